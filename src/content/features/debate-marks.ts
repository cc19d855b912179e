/**
 * Marks what a page argues, beside the topic's mentions: the sentences that make one of the
 * dataset's claims (`claimlens-claim`) and the dataset's stakeholders' names
 * (`claimlens-stakeholder`), only in the stories that hold a mention, and publishes everything
 * the frame found, in page order, to `PageFindings`.
 *
 * A frame without a mention does nothing here. With one, as soon as its first scan has caught
 * up (and after any later change of its mentions, or of the prose of a story it read, once the
 * page has stood still and the browser is idle), the stories holding mentions are
 * read (story-scope.ts) and their prose sent to the background in one message, which finds
 * the claims and names (background/find-debate.ts) so the content script carries neither their
 * data nor their finders; the answer's offsets become ranges here. Prose the background has
 * already answered for is not sent again, and the highlights are touched only when what they
 * hold changed: each change of a registered highlight costs the page style and paint work.
 */
import { DEBATE_MAX_CHARS, DEBATE_MAX_PROSE, handleContentRequests, sendToBackground, type DebateFound, type DebateProse } from '../../platform/messages';
import { contextAround, rangeOf } from '../../engine/match-context';
import { StoryScope, StorySet, storyProse, type Story } from '../../engine/story-scope';
import { ownerOf, type ProseContext } from '../../engine/text-model';
import type { Feature } from '../feature';
import { HighlightGuard } from '../highlight-guard';
import { CLAIM_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../highlight-names';
import {
  compareRanges,
  mentionFinding,
  mergeInPageOrder,
  type ClaimFinding,
  type MentionFinding,
  type PageFinding,
  type StakeholderFinding,
} from '../page-findings';
import type { PageMention } from '../mention-store';
import { convertGrown, type Converted } from '../grown-list';
import { itemParagraphs } from '../page-items';
import { FindingPainter, paintTogether } from '../painter';

/** How long the mentions (or the stories' prose) must stay unchanged before the stories are read (a long scan publishes often). */
const SETTLE_MS = 200;
/**
 * Reads that follow one another (a clock ticking in a story, a feed rewriting it) are spaced
 * twice as far apart each time, up to this: such a page is read every few seconds, not on
 * every change that leaves it still for SETTLE_MS.
 */
const MAX_SPACING_MS = 3_200;
/** A read this long after the last one is spaced from the last by SETTLE_MS again. */
const CALM_MS = 10_000;
/** A busy page without idle periods still gets its claims and names after this long. */
const IDLE_TIMEOUT_MS = 1_000;

/** Runs `work` in the browser's next idle period (a task where it has none); returns how to cancel it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/** Does `a` read exactly as `b`? (String comparison is native; rebuilding a hash in script cost more than the walk on long stories.) */
const sameProse = (a: readonly DebateProse[], b: readonly DebateProse[]): boolean =>
  a.length === b.length && a.every((p, i) => p.text === b[i]!.text && p.lang === b[i]!.lang && p.story === b[i]!.story);

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

type DebateFinding = ClaimFinding | StakeholderFinding;

/** The declared language of the prose's owner, or of the document. */
function declaredLang(owner: Node): string | null {
  const element = owner.nodeType === Node.ELEMENT_NODE ? (owner as Element) : ((owner as Partial<ShadowRoot>).host ?? document.documentElement);
  return element.closest('[lang]')?.getAttribute('lang') || null;
}

/**
 * The prose of every story holding a mention, in page order, up to what one request may carry:
 * it stops there, so a page of tens of thousands of mentions asks for no more stories than fit.
 */
function storiesProse(mentions: readonly { range: StaticRange }[]): { contexts: ProseContext[]; prose: DebateProse[]; stories: ReadonlySet<Story> } {
  const scope = new StoryScope();
  const stories = new Set<Story>();
  const contexts: ProseContext[] = [];
  const prose: DebateProse[] = [];
  let chars = 0;
  let lastOwner: Node | null = null;
  let lastText: Node | null = null;
  for (const { range } of mentions) {
    // Several mentions in one text node share its owner.
    if (range.startContainer === lastText) continue;
    lastText = range.startContainer;
    const owner = ownerOf(range.startContainer, range.startContainer.getRootNode());
    // Mentions come in page order: the next one is most often in the same paragraph.
    if (!owner || owner === lastOwner) continue;
    lastOwner = owner;
    const story = scope.storyOf(owner);
    if (stories.has(story)) continue;
    const index = stories.size;
    stories.add(story);
    for (const context of storyProse(story)) {
      if (contexts.length >= DEBATE_MAX_PROSE || chars + context.text.length > DEBATE_MAX_CHARS) return { contexts, prose, stories };
      chars += context.text.length;
      contexts.push(context);
      prose.push({ text: context.text, lang: declaredLang(context.owner), story: index });
    }
  }
  return { contexts, prose, stories };
}

const sameRange = (a: StaticRange, b: StaticRange): boolean =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/**
 * Do the text nodes `range` spans still hold what `context` read from them? The page may change
 * them while the background reads: then the answer's offsets there cover other characters.
 */
function stillReads(context: ProseContext, range: StaticRange): boolean {
  for (let i = context.nodes.indexOf(range.startContainer as Text); i >= 0 && i < context.nodes.length; i++) {
    if (context.nodes[i]!.data !== context.parts[i]) return false;
    if (context.nodes[i] === range.endContainer) return true;
  }
  return false;
}

const connected = (finding: PageFinding): boolean => finding.range.startContainer.isConnected && finding.range.endContainer.isConnected;

export const debateMarks: Feature = {
  name: 'debate-marks',
  init(context, signal) {
    let painters: { claims: FindingPainter; names: FindingPainter; guard: HighlightGuard } | null = null;
    let found: DebateFinding[] = [];
    /** What each highlight holds now. */
    let painted: { claims: readonly StaticRange[]; names: readonly StaticRange[] } = { claims: [], names: [] };
    /** The stories the last read walked: a change of their prose reads them again. */
    let read: StorySet | null = null;
    /** The last prose the background answered for, and its answer. */
    let answered: { prose: readonly DebateProse[]; answer: DebateFound } | null = null;
    let lastId = 0;
    let asked = 0;
    let changedAt = 0;
    /** When the last read began, and how long the next must wait after it. */
    let readAt = -Infinity;
    let spacing = SETTLE_MS;
    /** Cancels the queued look (its wait for the mentions to settle, or for an idle period). */
    let cancelQueued: (() => void) | null = null;
    let looking = 0;
    /** The frame's report waits while a look is queued or under way (frame-reporter.ts). */
    const tellReading = (): void => context.findings.setReading(!signal.aborted && (cancelQueued !== null || looking > 0));

    /** The mentions as findings, last made: a list that only grew is extended, not mapped again. */
    let asFindings: Converted<PageMention, MentionFinding> = { from: [], to: [] };

    const publish = (): void => {
      asFindings = convertGrown(asFindings, context.mentions.mentions, (added) => added.map(mentionFinding));
      const mentions = asFindings.to;
      const live = found.filter(connected);
      context.findings.replace(
        live.length
          ? mergeInPageOrder(
              mentions,
              [...live].sort((a, b) => compareRanges(a.range, b.range)),
            )
          : mentions,
      );
    };

    /** Both highlights in one go, each only if what it holds changed. */
    const paint = (): void => {
      const claims = found.filter((f) => f.kind === 'claim').map((f) => f.range);
      const names = found.filter((f) => f.kind === 'stakeholder').map((f) => f.range);
      if (sameList(claims, painted.claims) && sameList(names, painted.names)) return;
      painters ??= {
        claims: new FindingPainter(CLAIM_HIGHLIGHT, -2),
        names: new FindingPainter(STAKEHOLDER_HIGHLIGHT, -1),
        guard: new HighlightGuard(() => {
          painters?.claims.heal();
          painters?.names.heal();
        }, signal),
      };
      const { claims: claimPainter, names: namePainter } = painters;
      paintTogether(() => {
        if (!sameList(claims, painted.claims)) claimPainter.paint(claims);
        if (!sameList(names, painted.names)) namePainter.paint(names);
      });
      painted = { claims, names };
      painters.guard.watch(found.length > 0);
    };

    /**
     * The finding as it was when its range, meaning, words and paragraph are unchanged (its id and
     * object kept), else a new one: text the page rewrote in place keeps its nodes and may keep
     * its offsets, and a panel reads an id's paragraph once.
     */
    const keep = <F extends DebateFinding>(next: Omit<F, 'id'>, same: (old: F) => boolean, prefix: string): F =>
      found.find(
        (old): old is F =>
          old.kind === next.kind && sameRange(old.range, next.range) && old.text === next.text && old.context === next.context && same(old as F),
      ) ?? ({ ...next, id: `${prefix}${++lastId}` } as F);

    /** The background's answer for `prose`: the last one again when the prose reads the same. */
    const answerFor = async (prose: DebateProse[]): Promise<DebateFound | null> => {
      if (prose.length === 0) return { claims: [], names: [] };
      if (answered && sameProse(prose, answered.prose)) return answered.answer;
      const answer = await sendToBackground('find-debate', { prose }).catch(() => null);
      if (answer) answered = { prose, answer };
      return answer;
    };

    const look = async (): Promise<void> => {
      const now = performance.now();
      spacing = now - readAt > CALM_MS ? SETTLE_MS : Math.min(spacing * 2, MAX_SPACING_MS);
      readAt = now;
      looking++;
      try {
        await lookNow();
      } finally {
        looking--;
        tellReading();
      }
    };

    const lookNow = async (): Promise<void> => {
      const request = ++asked;
      const mentions = context.mentions.mentions;
      const { contexts, prose, stories } = mentions.length ? storiesProse(mentions) : { contexts: [], prose: [], stories: [] };
      read = new StorySet(stories);
      const answer = await answerFor(prose);
      // The page or the mentions changed meanwhile (a newer look is under way), or the feature stopped.
      if (!answer || request !== asked || signal.aborted) return;
      const next: DebateFinding[] = [];
      // What the background said of the sentence (its claims, cues and, if inferred, the words) goes on as it came.
      for (const { index, start, end, ...said } of answer.claims) {
        const at = contexts[index];
        if (!at) continue;
        const range = rangeOf(at, start, end);
        if (!stillReads(at, range)) continue;
        const claim = {
          kind: 'claim',
          text: at.text.slice(start, end),
          range,
          context: contextAround(at.text, start, end),
          ...said,
        } as const;
        next.push(keep<ClaimFinding>(claim, (old) => old.claimIds.join() === said.claimIds.join(), 'c'));
      }
      for (const { index, start, end, stakeholderId } of answer.names) {
        const at = contexts[index];
        if (!at) continue;
        const range = rangeOf(at, start, end);
        if (!stillReads(at, range)) continue;
        const name = {
          kind: 'stakeholder',
          text: at.text.slice(start, end),
          range,
          context: contextAround(at.text, start, end),
          stakeholderId,
        } as const;
        next.push(keep<StakeholderFinding>(name, (old) => old.stakeholderId === stakeholderId, 's'));
      }
      // The same findings as before (the same prose, or prose that changed elsewhere): nothing to repaint or tell.
      if (sameList(next, found)) return;
      found = next;
      paint();
      publish();
    };

    /**
     * In an idle period once the scan has caught up and the mentions have stood still for
     * `settle` ms, and not sooner than `spacing` after the last read began: idle periods come
     * after the mentions are painted. A long scan's early parts are
     * not read: each read walks every mention, so reading each part would cost the square. The
     * settling is waited out with one timer (asking for idle period after idle period until then
     * made a task of each).
     */
    const lookWhenSettled = (settle = SETTLE_MS): void => {
      if (cancelQueued) return;
      const now = performance.now();
      const wait = Math.max(settle - (now - changedAt), readAt + spacing - now);
      if (wait > 0) {
        const timer = setTimeout(() => {
          cancelQueued = null;
          if (!signal.aborted && context.mentions.settled) lookWhenSettled(settle);
          tellReading();
        }, wait);
        cancelQueued = () => clearTimeout(timer);
      } else {
        cancelQueued = whenIdle(() => {
          cancelQueued = null;
          // Changed while waiting for the idle period: wait again.
          if (!signal.aborted && context.mentions.settled) {
            if (performance.now() - changedAt < settle) lookWhenSettled(settle);
            else void look();
          }
          tellReading();
        });
      }
      tellReading();
    };

    // The page panel asks for its items' paragraphs (reports carry none); this feature writes the findings they come from.
    handleContentRequests(
      { 'item-paragraphs': ({ ids }) => itemParagraphs(ids, { mentions: context.mentions.mentions, findings: context.findings.all }) },
      signal,
    );

    /**
     * The frame's first settled mentions are read in the next idle period, without waiting for
     * them to stand still: the scan has caught up, and the wait cost a timer and showed the claims
     * and names 200 ms later. Not in the task that published them: on a page of thousands of
     * mentions that task is long already. Later changes wait for the page to stand still (SETTLE_MS).
     */
    let readOnce = false;
    const lookOnChange = (): void => {
      changedAt = performance.now();
      if (!context.mentions.settled) return;
      // An empty list does not use up the first read: the frame's first mentions may come later (a late block, a shadow root).
      if (readOnce || context.mentions.mentions.length === 0) return lookWhenSettled();
      readOnce = true;
      cancelQueued?.();
      cancelQueued = null;
      lookWhenSettled(0);
    };

    context.mentions.subscribe(() => {
      if (signal.aborted) return;
      // Mentions are published at once; what they vouch for follows once they settle.
      publish();
      lookOnChange();
    }, signal);

    // The page changed prose the mentions may not show (a live update rewording a sentence of a story read).
    context.proseChanges.subscribe((touched) => {
      if (signal.aborted) return;
      // A claim or name whose text left the page goes at once (its story may be one no change names: a block removed from between headings).
      if (found.some((finding) => !connected(finding))) {
        found = found.filter(connected);
        paint();
        publish();
      }
      // Before the first read nothing was read: that read reads the prose as it is then.
      if (!read?.touchedBy(touched)) return;
      changedAt = performance.now();
      // While a scan catches up, its settled list brings the read.
      if (context.mentions.settled) lookWhenSettled();
    }, signal);
    publish();
    if (context.mentions.mentions.length) lookOnChange();

    signal.addEventListener(
      'abort',
      () => {
        cancelQueued?.();
        cancelQueued = null;
        tellReading();
        painters?.claims.dispose();
        painters?.names.dispose();
        found = [];
      },
      { once: true },
    );
  },
};
