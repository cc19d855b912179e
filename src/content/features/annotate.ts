/**
 * Finds the topic's mentions in this frame and paints them, and keeps both up to date while
 * the page changes: the engine's MentionScanner does the finding, ScanScheduler runs it in
 * idle slices, PageWatcher feeds it mutations, MentionPainter paints in the reader's style
 * (and HighlightGuard keeps the paint registered on pages that clear CSS.highlights), and the
 * MentionStore tells the other features.
 */
import packedLexicon from 'virtual:claimlens/lexicon';
import { unpackLexicon } from '../../data/packed-lexicon';
import type { Lang } from '../../data/lexicon-schema';
import { compileLexicon, MentionScanner, type EngineMention } from '../../engine';
import { detectLanguage } from '../../platform/detect-language';
import type { ContentContext, Feature } from '../feature';
import { HighlightGuard } from '../highlight-guard';
import type { MentionStore, PageMention } from '../mention-store';
import { PageWatcher } from '../page-watcher';
import { MentionPainter } from '../painter';
import { ScanScheduler } from '../scan-scheduler';
import { WorkMeter } from '../work-meter';

export interface AnnotateOptions {
  /** Languages whose names are detected; all by default. */
  languages?: readonly Lang[];
  /** The style to paint in (`claimlens-style-<style>` in highlight-styles.css). */
  style: string;
  /** Where the first scan reads (the topic sieve's hits); the whole document when absent. */
  scope?: readonly Node[] | null;
}

/** Did the engine judge the same range differently since (a story's language came back, its text changed)? */
function judgedAnew(page: PageMention, mention: EngineMention): boolean {
  // Unambiguous mentions share one reason object: most comparisons end at the identity check.
  return (
    page.term !== mention.term ||
    page.lang !== mention.lang ||
    (page.reason !== mention.reason && JSON.stringify(page.reason) !== JSON.stringify(mention.reason))
  );
}

/**
 * Keeps each mention's id and object for as long as its range lives and its judgement stands;
 * a mention judged anew is a new mention, so its card (and "Marked because") is asked afresh.
 */
function toPageMentions(found: readonly EngineMention[], known: WeakMap<StaticRange, PageMention>, nextId: () => number): PageMention[] {
  return found.map((mention) => {
    let page = known.get(mention.range);
    if (!page || judgedAnew(page, mention)) {
      page = { id: nextId(), ...mention };
      known.set(mention.range, page);
    }
    return page;
  });
}

/** Starts annotating `document` until `signal` aborts; returns the painter (to change its style). */
export function startAnnotating(mentions: MentionStore, options: AnnotateOptions, signal: AbortSignal): MentionPainter {
  const meter = new WorkMeter();
  const compileStart = performance.now();
  const lexicon = compileLexicon(unpackLexicon(packedLexicon), options.languages ? { languages: options.languages } : {});
  meter.record(compileStart);
  // Made in the order they need each other, so no callback reaches an object not yet made.
  // Painting tens of thousands of mentions goes on after the scan: it counts as our work, and
  // nothing is settled until both the scan and the painting are done.
  const painter = new MentionPainter(options.style, (start) => {
    meter.record(start);
    meter.publish(meter.scanDone());
  });
  meter.stillWorking = () => painter.painting || scanner.judging;
  // The watcher is made from the scanner, so it learns the shadow roots the scan enters once it exists.
  let watcher: PageWatcher | null = null;
  let scheduler: ScanScheduler | null = null;
  const scanner = new MentionScanner(document, lexicon, {
    ...(options.scope ? { scope: options.scope } : {}),
    detectLanguage,
    // A story's language came back: what counts there may have changed.
    onJudged: () => scheduler?.request(),
    onShadowRoot: (root) => {
      watcher?.watch(root);
      painter.reach(root);
    },
  });
  meter.scanDone = () => scanner.done;
  const guard = new HighlightGuard(() => painter.heal(), signal);
  const known = new WeakMap<StaticRange, PageMention>();
  let lastId = 0;
  let paintedVersion = -1;

  const publish = (): void => {
    const current = scanner.mentions(); // drops removed content's mentions first, if any
    if (scanner.version === paintedVersion) return;
    paintedVersion = scanner.version;
    const found = toPageMentions(current, known, () => ++lastId);
    painter.paint(found.map((mention) => mention.range));
    guard.watch(found.length > 0);
    mentions.replace(found);
  };
  scheduler = new ScanScheduler(scanner, meter, publish, signal);
  watcher = new PageWatcher(
    scanner,
    meter,
    (removed) => {
      // Removed content's highlights go at once (a cheap filter); the rescan waits for idle time.
      if (removed) publish();
      scheduler.request();
    },
    signal,
  );
  watcher.watch(document);
  scheduler.start();

  signal.addEventListener('abort', () => {
    painter.dispose();
    mentions.replace([]);
  });
  return painter;
}

export const annotate: Feature = {
  name: 'annotate',
  init(context: ContentContext, signal) {
    // A change of languages restarts the features (content/index.ts), so this is read once.
    const settings = context.settings();
    const painter = startAnnotating(context.mentions, { languages: settings.languages, style: settings.highlightStyle, scope: context.topicScope }, signal);
    context.onSettingsChange((next) => painter.setStyle(next.highlightStyle), signal);
  },
};
