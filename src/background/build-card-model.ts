/**
 * What a mention's card shows: the card data ranked for the mention's paragraph. Built here in
 * the background, on request, so the content script (parsed in every frame of every page)
 * does not carry the evidence, which only a frame whose reader opens a card needs.
 */
import type { CardData, CardModel } from '../data/card-data';
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
