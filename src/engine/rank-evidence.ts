/**
 * Orders evidence by how well it fits the paragraph a mention sits in: the claims it makes
 * (claims whose cue words occur there, rarer claims weighing more, focused items more than
 * broad ones), the people it names, the words it shares with the paragraph, and a slight preference
 * for people's own words over reported positions. Pure and deterministic:
 * ties keep the dataset's order.
 */

export interface RankableSpeaker {
  name: string;
  role: string;
  organisation: string | null;
}

export interface RankableEvidence {
  /** The evidence's own words: shared words with the paragraph count a little. */
  text: string;
  /** Ids of the claims it supports or opposes. */
  claims: readonly string[];
  kind: string;
  speakers: readonly RankableSpeaker[];
}

/** Lower case, no diacritics, apostrophes and dashes unified: how cues are written. */
export function foldForCues(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[‐-―]/g, '-');
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
/** Words too common in roles and names to say anything ("and", "for", "the"). */
const MIN_ROLE_WORD = 5;

const KIND_PRIOR: Readonly<Record<string, number>> = { 'direct-quote': 0.3, 'partial-quote': 0.2 };
const NAME_WEIGHT = 3;
const ROLE_WEIGHT = 1;
const MAX_CUE_HITS = 2;
const SHARED_WORD_WEIGHT = 0.4;
const DOMAIN_WEIGHT = 0.5;
const MAX_SHARED_WORDS = 4;
/** Shorter words are mostly function words. */
const MIN_SHARED_WORD = 5;
/** Words every paragraph with a mention shares with every item: they say nothing. */
const TOPIC_WORDS = new Set([
  'drugs',
  'consumption',
  'rooms',
  'facility',
  'facilities',
  'injection',
  'supervised',
  'which',
  'there',
  'their',
  'these',
  'those',
  'would',
  'could',
  'should',
  'about',
  'after',
  'before',
]);

class FoldedText {
  readonly text: string;
  readonly words: readonly string[];
  constructor(text: string) {
    this.text = foldForCues(text);
    this.words = this.text.match(WORD) ?? [];
  }

  /** A multi-word cue occurs as a phrase; a one-word cue is some word, or starts one when it ends in "*". */
  has(cue: string): boolean {
    if (cue.includes(' ')) return this.text.includes(cue.replace(/\*/g, ''));
    return cue.endsWith('*') ? this.words.some((word) => word.startsWith(cue.slice(0, -1))) : this.words.includes(cue);
  }

  /** A whole word occurs. */
  hasWord(word: string): boolean {
    return this.words.includes(word);
  }
}

function speakerScore(paragraph: FoldedText, speakers: readonly RankableSpeaker[]): number {
  let score = 0;
  for (const speaker of speakers) {
    // A parenthetical is not the name: "Scottish Parliament parties (all bar the Tories)" is
    // not named by "Tories".
    const nameWords = foldForCues(speaker.name.replace(/\s*\([^()]*\)/g, '')).match(WORD) ?? [];
    // A surname or a one-word name ("Thewliss", "Tories") is enough.
    const named = nameWords.length > 0 && (paragraph.has(foldForCues(speaker.name)) || paragraph.hasWord(nameWords.at(-1)!));
    if (named) score += NAME_WEIGHT;
    const roleWords = foldForCues(`${speaker.role} ${speaker.organisation ?? ''}`).match(WORD) ?? [];
    if (roleWords.some((word) => word.length >= MIN_ROLE_WORD && paragraph.has(word))) score += ROLE_WEIGHT;
  }
  return score;
}

/**
 * Who speaks for a matched claim: a speaker whose name, role or organisation carries the
 * claim's cues (the Home Office for government policy, a commissioner for law enforcement,
 * Glasgow's MP for Glasgow) gains half that claim's weight once.
 */
function domainScore(
  speakers: readonly RankableSpeaker[],
  claimScores: ReadonlyMap<string, number>,
  claimCues: Readonly<Record<string, readonly string[]>>,
): number {
  const who = new FoldedText(speakers.map((s) => `${s.name} ${s.role} ${s.organisation ?? ''}`).join(' '));
  let score = 0;
  for (const [claim, claimScore] of claimScores) {
    if (claimScore > 0 && (claimCues[claim] ?? []).some((cue) => who.has(cue))) score += DOMAIN_WEIGHT * claimScore;
  }
  return score;
}

/** Distinct content words of `text` that the paragraph has too. */
function sharedWords(paragraph: FoldedText, text: string): number {
  const words = new Set((foldForCues(text).match(WORD) ?? []).filter((w) => w.length >= MIN_SHARED_WORD && !TOPIC_WORDS.has(w)));
  let shared = 0;
  for (const word of words) if (paragraph.hasWord(word)) shared++;
  return shared;
}

/** Items in order of relevance to `paragraph` (a new array; the input is not changed). */
export function rankEvidence<T extends RankableEvidence>(paragraph: string, items: readonly T[], claimCues: Readonly<Record<string, readonly string[]>>): T[] {
  const folded = new FoldedText(paragraph);
  const documentFrequency = new Map<string, number>();
  for (const item of items) for (const claim of item.claims) documentFrequency.set(claim, (documentFrequency.get(claim) ?? 0) + 1);
  const claimScores = new Map<string, number>();
  for (const [claim, frequency] of documentFrequency) {
    const hits = (claimCues[claim] ?? []).filter((cue) => folded.has(cue)).length;
    claimScores.set(claim, Math.min(MAX_CUE_HITS, hits) * Math.log(1 + items.length / frequency));
  }
  const scored = items.map((item, order) => {
    // Claims that fit, divided by the root of how many claims the item makes: an item about
    // exactly this beats one that touches it among many other things.
    const claims = item.claims.reduce((sum, claim) => sum + (claimScores.get(claim) ?? 0), 0);
    let score = (KIND_PRIOR[item.kind] ?? 0) + (item.claims.length ? claims / Math.sqrt(item.claims.length) : 0);
    score += speakerScore(folded, item.speakers);
    score += domainScore(item.speakers, claimScores, claimCues);
    score += SHARED_WORD_WEIGHT * Math.min(MAX_SHARED_WORDS, sharedWords(folded, item.text));
    return { item, order, score };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((entry) => entry.item);
}
