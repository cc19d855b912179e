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
import { FrameTerms, termsGrewIn } from '../frame-terms';
import { convertGrown, type Converted } from '../grown-list';
import { HighlightGuard } from '../highlight-guard';
import { LateShadowRoots } from '../late-shadow-roots';
import type { MentionStore, PageMention } from '../mention-store';
import { PageWatcher, touchedProse } from '../page-watcher';
import type { ProseChanges } from '../prose-changes';
import { MentionPainter } from '../painter';
import { ScanScheduler } from '../scan-scheduler';
import type { TopicScope, TopicTools } from '../topic-watch';
import { WorkMeter } from '../work-meter';

export interface AnnotateOptions {
  /** Languages whose names are detected; all by default. */
  languages?: readonly Lang[];
  /** The style to paint in (`claimlens-style-<style>` in highlight-styles.css). */
  style: string;
  /** Where the first scan reads (the topic sieve's hits) and the anchors there; the whole document when absent. */
  scope?: TopicScope;
  /** The frame's topic sieve and its data: which terms the frame's text holds. */
  topic: Pick<TopicTools, 'sieve' | 'source'>;
  /** Told which prose each change touched, for the features that read prose the scanner does not keep. */
  proseChanges?: ProseChanges;
}

/** A long scan's early parts are shown when this many times the last shown. */
const EARLY_GROWTH = 2;
/** Between a long scan's publishes, what it found is converted for the next one at most this often. */
const PREPARE_EVERY_MS = 50;

/** Did the engine judge the same range differently since (a story's language came back, its text changed)? */
function judgedAnew(page: PageMention, mention: EngineMention): boolean {
  // Unambiguous mentions share one reason object: most comparisons end at the identity check.
  return (
    page.term !== mention.term ||
    page.lang !== mention.lang ||
    (page.reason !== mention.reason && JSON.stringify(page.reason) !== JSON.stringify(mention.reason))
  );
}

/** The mentions published so far, by the text node each starts in (a rescan makes new range objects for the same places). */
type MentionsByPlace = WeakMap<Node, PageMention[]>;

const samePlace = (a: StaticRange, b: StaticRange): boolean =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/**
 * Keeps each mention's id and object for as long as its place lives and its judgement stands,
 * also across a rescan with a grown lexicon (whose ranges are new objects): an open card stays
 * open. A mention judged anew is a new mention, so its card (and "Marked because") is asked afresh.
 */
function toPageMentions(
  found: readonly EngineMention[],
  known: WeakMap<StaticRange, PageMention>,
  byPlace: MentionsByPlace,
  nextId: () => number,
): PageMention[] {
  return found.map((mention) => {
    const node = mention.range.startContainer;
    const here = byPlace.get(node);
    let page = known.get(mention.range) ?? here?.find((kept) => samePlace(kept.range, mention.range));
    if (!page || judgedAnew(page, mention)) {
      const stale = page;
      page = { id: nextId(), ...mention };
      // A first scan finds each place once: the node's list grows in place, not copied per mention.
      if (!here) byPlace.set(node, [page]);
      else if (!stale) here.push(page);
      else byPlace.set(node, [...here.filter((kept) => !samePlace(kept.range, mention.range)), page]);
    }
    known.set(mention.range, page);
    return page;
  });
}

/** Starts annotating `document` until `signal` aborts; returns the painter (to change its style). */
export function startAnnotating(mentions: MentionStore, options: AnnotateOptions, signal: AbortSignal): MentionPainter {
  const meter = new WorkMeter();
  const source = unpackLexicon(packedLexicon);
  const languages = options.languages;
  // Only the terms whose anchors the frame's text holds; more when a change brings another's.
  const terms = new FrameTerms(options.topic.sieve, options.topic.source, (index) => !languages || languages.includes(source.terms[index]!.lang));
  // Made in the order they need each other, so no callback reaches an object not yet made.
  // Painting tens of thousands of mentions goes on after the scan: it counts as our work, and
  // nothing is settled until both the scan and the painting are done.
  const painter = new MentionPainter(options.style, (start) => {
    meter.record(start);
    meter.publish(meter.scanDone());
  });
  const guard = new HighlightGuard(() => painter.heal(), signal);
  const known = new WeakMap<StaticRange, PageMention>();
  const byPlace: MentionsByPlace = new WeakMap();
  let lastId = 0;
  let scanner: MentionScanner | null = null;
  let paintedVersion = -1;
  /** The engine's list last published as page mentions, and those as ranges: the engine keeps its objects while a scan appends. */
  let published: Converted<EngineMention, PageMention> = { from: [], to: [] };
  let painted: Converted<PageMention, StaticRange> = { from: [], to: [] };
  /** How many mentions the store was last given (a long scan's early parts double it). */
  let shown = 0;
  let preparedAt = -Infinity;
  const convert = (current: readonly EngineMention[]): void => {
    published = convertGrown(published, current, (added) => toPageMentions(added, known, byPlace, () => ++lastId));
    painted = convertGrown(painted, published.to, (added) => added.map((mention) => mention.range));
  };
  /**
   * Between a long scan's publishes: converts what it has found so far, so the publish that
   * shows them (and makes the browser's pass over every range right after) is not one long
   * task of converting half the page's mentions too. The conversion keeps what it made.
   */
  const prepare = (): void => {
    const now = performance.now();
    if (!scanner || now - preparedAt < PREPARE_EVERY_MS) return;
    preparedAt = now;
    convert(scanner.mentions());
  };
  meter.stillWorking = () => painter.painting || (scanner?.judging ?? false);
  meter.scanDone = () => scanner?.done ?? false;

  /** `settled`: the scan has caught up with the page (not a long scan's early part, nor a removal before its rescan). */
  const publish = (settled: boolean): void => {
    if (!scanner) return;
    const current = scanner.mentions(); // drops removed content's mentions first, if any
    // A long scan shows more only once they have doubled: each change of the highlight costs
    // the browser a pass over every range it holds, so the passes add up to about twice the last.
    if (!settled && current.length > shown && current.length < shown * EARLY_GROWTH) return;
    if (scanner.version === paintedVersion) {
      // The last early part was the whole list: say it is settled now.
      if (settled && !mentions.settled) mentions.replace(mentions.mentions, true);
      return;
    }
    paintedVersion = scanner.version;
    convert(current);
    const found = published.to;
    shown = found.length;
    painter.paint(painted.to);
    guard.watch(found.length > 0);
    mentions.replace(found, settled);
  };

  let run: AbortController | null = null;
  /** Compiles the terms found so far and scans (`scope`, or the whole frame), in place of any scan before; the compile's time counts from `start`. */
  const scan = (scope: readonly Node[] | null, start = performance.now()): void => {
    run?.abort();
    const current = (run = new AbortController());
    const runSignal = AbortSignal.any([signal, current.signal]);
    const lexicon = compileLexicon(source, { ...(languages ? { languages } : {}), ...terms.options });
    meter.recordCompile(start, lexicon.terms.length);
    // The watcher is made from the scanner, so it learns the shadow roots the scan enters once it exists.
    let watcher: PageWatcher | null = null;
    let scheduler: ScanScheduler | null = null;
    scanner = new MentionScanner(document, lexicon, {
      ...(scope ? { scope } : {}),
      detectLanguage,
      // A story's language came back: what counts there may have changed.
      onJudged: () => scheduler?.request(),
      onShadowRoot: (root) => {
        watcher?.watch(root);
        painter.reach(root);
        // Its text may have come after the frame's was read: then the scan starts again, once this slice is over.
        if (terms.grow(root)) queueMicrotask(() => runSignal.aborted || scan(null));
      },
    });
    paintedVersion = -1;
    const runScheduler = (scheduler = new ScanScheduler(scanner, meter, publish, runSignal, prepare));
    // A shadow root attached late records no change: its host is read again when one comes.
    const lateRoots = new LateShadowRoots((host) => {
      scanner?.subtreeChanged(host);
      runScheduler.request();
    }, runSignal);
    lateRoots.lookUnder(document);
    watcher = new PageWatcher(
      scanner,
      meter,
      (removed, records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) lateRoots.lookUnder(node);
        // Elements added or removed may move one the highlight rules name: they follow before the next frame (the painted mentions stay shown through a rescan).
        if (records.some((record) => record.type === 'childList')) painter.elementsChanged();
        const touched = touchedProse(records);
        // A change brought a term not compiled: compile again and scan the whole frame (rare: a term of another family or language).
        const grew = termsGrewIn(terms, touched);
        // Removed content's highlights go at once (a cheap filter); the rescan waits for idle time.
        if (removed && !grew) publish(false);
        // After the mentions' own update, so a feature reading both sees them as they are now.
        options.proseChanges?.tell(touched);
        if (grew) scan(null);
        else runScheduler.request();
      },
      runSignal,
    );
    watcher.watch(document);
    scheduler.start();
  };
  // The located blocks hold every anchor of the frame (and nothing changed since they were located): the sieve named them as it located them.
  // A frame with the topic all over it compiles every term: naming thousands of anchors costs more than compiling them all.
  const start = performance.now();
  const scope = options.scope ?? null;
  if (scope === 'everywhere') terms.addEvery();
  else if (scope) terms.addAnchors(scope.anchors);
  else terms.add(document);
  scan(scope === 'everywhere' ? null : (scope?.nodes ?? null), start);

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
    const painter = startAnnotating(
      context.mentions,
      { languages: settings.languages, style: settings.highlightStyle, scope: context.topicScope, topic: context.topic, proseChanges: context.proseChanges },
      signal,
    );
    context.onSettingsChange((next) => painter.setStyle(next.highlightStyle), signal);
  },
};
