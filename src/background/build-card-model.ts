/**
 * What a mention's card shows: the card data ranked for the mention's paragraph. Built here in
 * the background, on request, so the content script (parsed in every frame of every page)
 * does not carry the evidence, which only a frame whose reader opens a card needs.
 */
import {
  stanceCounts,
  type CardData,
  type CardEvidence,
  type CardModel,
  type ClaimCardModel,
  type ClaimSide,
  type StakeholderCardModel,
} from '../data/card-data';
import { statementIn } from '../data/claim-text';
import type { MentionReason } from '../data/mention-reason';
import type { Stance } from '../data/dataset-schema';
import { rankEvidence } from '../engine/rank-evidence';

/** Items shown before "Show all". */
export const INITIALLY_SHOWN = 3;
/** Stances that must be visible up front whenever the data holds them. */
const BOTH_SIDES: readonly Stance[] = ['supports', 'opposes'];

/**
 * The ranked items, changed only so that each side the data holds is among the first `shown`:
 * the best-ranked item of a missing side takes the last shown place, and the item it displaces
 * (the lowest-ranked shown item of a side that has more than one there) comes right after.
 */
export function withBothSides<T extends { stance: Stance }>(ranked: readonly T[], shown: number): T[] {
  const result = [...ranked];
  for (const stance of BOTH_SIDES) {
    const head = result.slice(0, shown);
    if (head.some((item) => item.stance === stance)) continue;
    const best = result.findIndex((item, index) => index >= shown && item.stance === stance);
    const displace = head.findLastIndex((item) => head.filter((other) => other.stance === item.stance).length > 1);
    if (best < 0 || displace < 0) continue;
    const promoted = result[best]!;
    const displaced = result[displace]!;
    const rest = result.filter((item) => item !== promoted && item !== displaced);
    result.splice(0, result.length, ...rest.slice(0, shown - 1), promoted, displaced, ...rest.slice(shown - 1));
  }
  return result;
}

/** `sourcesPageUrl`: the extension's sources page, which citations link to. */
export function buildCardModel(mention: { text: string; context: string; reason?: MentionReason | null }, data: CardData, sourcesPageUrl: string): CardModel {
  const reason = mention.reason ?? null;
  return {
    termFound: mention.text,
    // An unambiguous name needs no reason; an ambiguous one shows what it was judged by.
    markedBecause: reason?.kind === 'unambiguous' ? null : reason,
    topicName: data.topic.name,
    topicDescription: data.topic.description,
    counts: data.counts,
    sourceCount: data.sourceCount,
    items: withBothSides(rankEvidence(mention.context, data.evidence, data.claimCues), INITIALLY_SHOWN),
    initiallyShown: INITIALLY_SHOWN,
    sourcesPageUrl,
  };
}

/** Positions on a claim, in the order its card lists them: for, against, did not back. */
const POSITION_ORDER: readonly Stance[] = ['supports', 'opposes', 'did-not-back'];

/**
 * A claim on its card: every item linked to it, shown with its position on the claim (not its
 * stance on the topic: the Home Office opposes the rooms and supports preventing drug use),
 * and that position's own basis and inference.
 */
function claimSide(claimId: string, data: CardData, language: string): ClaimSide | null {
  const claim = data.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  const items = data.evidence.flatMap((item): CardEvidence[] => {
    const link = item.claimLinks.find((l) => l.claimId === claimId);
    return link ? [{ ...item, stance: link.position, stanceInferred: link.inferred, stanceBasis: link.basis }] : [];
  });
  items.sort((a, b) => POSITION_ORDER.indexOf(a.stance) - POSITION_ORDER.indexOf(b.stance));
  return { claimId, statement: statementIn(claim, language), counts: stanceCounts(items), items };
}

/** The card for a sentence that makes `claimIds`: each claim in `language` with who is on record for and against it. */
export function buildClaimCardModel(
  found: { text: string; claimIds: readonly string[]; cues: readonly string[]; inferredFrom?: readonly string[] | undefined },
  data: CardData,
  language: string,
  sourcesPageUrl: string,
): ClaimCardModel {
  return {
    kind: 'claim',
    textFound: found.text,
    // A claim the learned recall aid inferred says so, and from which words; else a cue's "*" (any word it starts) reads as "…": "overdos…".
    markedBecause: found.inferredFrom
      ? { kind: 'inferred', words: [...found.inferredFrom] }
      : found.cues.length
        ? { kind: 'cues', cues: found.cues.map((cue) => cue.replace(/\*$/, '…')) }
        : null,
    claims: found.claimIds.flatMap((id) => claimSide(id, data, language) ?? []),
    sourcesPageUrl,
  };
}

/** The card for a stakeholder's name: their role as reported and every item they are a voice of. */
export function buildStakeholderCardModel(found: { text: string; stakeholderId: string }, data: CardData, sourcesPageUrl: string): StakeholderCardModel | null {
  const stakeholder = data.stakeholders.find((s) => s.id === found.stakeholderId);
  if (!stakeholder) return null;
  // Their own words first, then what others (a framing) said for them.
  const own = (item: CardEvidence): number => (item.speakers.some((speaker) => speaker.name === stakeholder.name) ? 0 : 1);
  const items = data.evidence.filter((item) => item.voices.includes(stakeholder.id)).sort((a, b) => own(a) - own(b));
  return {
    kind: 'stakeholder',
    textFound: found.text,
    stakeholder,
    counts: stanceCounts(items),
    items: withBothSides(items, INITIALLY_SHOWN),
    initiallyShown: INITIALLY_SHOWN,
    sourcesPageUrl,
  };
}
