/**
 * Marks what a page argues, beside the topic's mentions: the sentences that make one of the
 * dataset's claims (`claimlens-claim`) and the dataset's stakeholders' names
 * (`claimlens-stakeholder`), only in the stories that hold a mention, and publishes everything
 * the frame found, in page order, to `PageFindings`.
 *
 * A frame without a mention does nothing here. With one, the stories holding mentions are
 * read (story-scope.ts) and their prose sent to the background, which finds the claims and
 * names (background/find-debate.ts) so the content script carries neither their data nor
 * their finders; the answer's offsets become ranges here.
 */
import { DEBATE_MAX_CHARS, DEBATE_MAX_PROSE, sendToBackground, type DebateProse } from '../../platform/messages';
import { contextAround, rangeOf } from '../../engine/match-context';
import { StoryScope, storyProse, type Story } from '../../engine/story-scope';
import { ownerOf, type ProseContext } from '../../engine/text-model';
import type { Feature } from '../feature';
import { HighlightGuard } from '../highlight-guard';
import { CLAIM_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../highlight-names';
import { compareRanges, mentionFinding, type ClaimFinding, type PageFinding, type StakeholderFinding } from '../page-findings';
import { FindingPainter } from '../painter';

/** How long the mentions must stay unchanged before their stories are read (a long scan publishes often). */
const SETTLE_MS = 200;

type DebateFinding = ClaimFinding | StakeholderFinding;

/** The declared language of the prose's owner, or of the document. */
function declaredLang(owner: Node): string | null {
  const element = owner.nodeType === Node.ELEMENT_NODE ? (owner as Element) : ((owner as Partial<ShadowRoot>).host ?? document.documentElement);
  return element.closest('[lang]')?.getAttribute('lang') || null;
}

/** The prose of every story holding a mention, in page order, up to what one request may carry. */
function storiesProse(mentions: readonly { range: StaticRange }[]): { contexts: ProseContext[]; prose: DebateProse[] } {
  const scope = new StoryScope();
  const stories = new Map<Story, number>();
  for (const { range } of mentions) {
    const owner = ownerOf(range.startContainer, range.startContainer.getRootNode());
    if (!owner) continue;
    const story = scope.storyOf(owner);
    if (!stories.has(story)) stories.set(story, stories.size);
  }
  const contexts: ProseContext[] = [];
  const prose: DebateProse[] = [];
  let chars = 0;
  for (const [story, index] of stories) {
    for (const context of storyProse(story)) {
      if (contexts.length >= DEBATE_MAX_PROSE || chars + context.text.length > DEBATE_MAX_CHARS) return { contexts, prose };
      chars += context.text.length;
      contexts.push(context);
      prose.push({ text: context.text, lang: declaredLang(context.owner), story: index });
    }
  }
  return { contexts, prose };
}

const sameRange = (a: StaticRange, b: StaticRange): boolean =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

const connected = (finding: PageFinding): boolean => finding.range.startContainer.isConnected && finding.range.endContainer.isConnected;

export const debateMarks: Feature = {
  name: 'debate-marks',
  init(context, signal) {
    let painters: { claims: FindingPainter; names: FindingPainter; guard: HighlightGuard } | null = null;
    let found: DebateFinding[] = [];
    let lastId = 0;
    let asked = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const publish = (): void => {
      const mentions = context.mentions.mentions.map(mentionFinding);
      const live = found.filter(connected);
      context.findings.replace(live.length ? [...mentions, ...live].sort((a, b) => compareRanges(a.range, b.range)) : mentions);
    };

    const paint = (): void => {
      if (!painters && found.length === 0) return;
      painters ??= {
        claims: new FindingPainter(CLAIM_HIGHLIGHT, -2),
        names: new FindingPainter(STAKEHOLDER_HIGHLIGHT, -1),
        guard: new HighlightGuard(() => {
          painters?.claims.heal();
          painters?.names.heal();
        }, signal),
      };
      painters.claims.paint(found.filter((f) => f.kind === 'claim').map((f) => f.range));
      painters.names.paint(found.filter((f) => f.kind === 'stakeholder').map((f) => f.range));
      painters.guard.watch(found.length > 0);
    };

    /** The finding as it was when its range and meaning are unchanged (its id and object kept), else a new one. */
    const keep = <F extends DebateFinding>(next: Omit<F, 'id'>, same: (old: F) => boolean, prefix: string): F =>
      found.find((old): old is F => old.kind === next.kind && sameRange(old.range, next.range) && same(old as F)) ??
      ({ ...next, id: `${prefix}${++lastId}` } as F);

    const look = async (): Promise<void> => {
      const request = ++asked;
      const mentions = context.mentions.mentions;
      const { contexts, prose } = mentions.length ? storiesProse(mentions) : { contexts: [], prose: [] };
      const answer = prose.length ? await sendToBackground('find-debate', { prose }).catch(() => null) : { claims: [], names: [] };
      // The page or the mentions changed meanwhile (a newer look is under way), or the feature stopped.
      if (!answer || request !== asked || signal.aborted) return;
      const next: DebateFinding[] = [];
      for (const { index, start, end, claimIds, cues } of answer.claims) {
        const at = contexts[index];
        if (!at) continue;
        const claim = {
          kind: 'claim',
          text: at.text.slice(start, end),
          range: rangeOf(at, start, end),
          context: contextAround(at.text, start, end),
          claimIds,
          cues,
        } as const;
        next.push(keep<ClaimFinding>(claim, (old) => old.claimIds.join() === claimIds.join(), 'c'));
      }
      for (const { index, start, end, stakeholderId } of answer.names) {
        const at = contexts[index];
        if (!at) continue;
        const name = {
          kind: 'stakeholder',
          text: at.text.slice(start, end),
          range: rangeOf(at, start, end),
          context: contextAround(at.text, start, end),
          stakeholderId,
        } as const;
        next.push(keep<StakeholderFinding>(name, (old) => old.stakeholderId === stakeholderId, 's'));
      }
      found = next;
      paint();
      publish();
    };

    context.mentions.subscribe(() => {
      if (signal.aborted) return;
      // Mentions are published at once; what they vouch for follows once they settle.
      publish();
      clearTimeout(timer);
      timer = setTimeout(() => void look(), SETTLE_MS);
    }, signal);
    publish();
    if (context.mentions.mentions.length) timer = setTimeout(() => void look(), SETTLE_MS);

    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        painters?.claims.dispose();
        painters?.names.dispose();
        found = [];
      },
      { once: true },
    );
  },
};
