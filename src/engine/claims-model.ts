/**
 * A learned recall aid for the claim finder: per language and per claim, a logistic model over a
 * sentence's folded words, their stems and adjacent word pairs (scripts/lib/train-claims-model.ts).
 * It only proposes: the finder gives a sentence a claim on its word only when the sentence's cues
 * made none, its probability reaches the claim's threshold, a part of the claim has a cue (if
 * asked), and none of the finder's vetoes applies. The model ships as data
 * (src/data/claims-model.generated.json, `npm run build:claims-model`), at even odds for every
 * claim (docs/DESIGN.md); a finding it makes says it was inferred, and from which of the
 * sentence's content words.
 */
import type { Lang } from '../data/lexicon-schema';
import { APOSTROPHES, elisionEnd, foldedWords, type Inference, type RecallAid } from './find-claims';

/** One claim's model in one language: its bias, threshold (above 1: never) and feature weights. */
export interface ClaimModelData {
  readonly bias: number;
  readonly threshold: number;
  /** Feature → weight: a folded word ("overdose"), a stem ending in "~" ("overd~"), or two adjacent words joined by "_" ("save_lives"). */
  readonly weights: Readonly<Record<string, number>>;
}

/** The model as trained (scripts/lib/train-claims-model.ts): how long a stem is, and per language, per claim, its model. */
export interface ClaimsModelData {
  readonly stemLength: number;
  readonly langs: Readonly<Partial<Record<Lang, Readonly<Record<string, ClaimModelData>>>>>;
  /**
   * Per language, the words that say nothing of a claim ("ist", "the", "raum") that one of the
   * model's pairs or stems may stand for: never shown as what a claim was inferred from (the
   * training learns no weight for them alone).
   */
  readonly common?: Readonly<Partial<Record<Lang, readonly string[]>>>;
}

interface CompiledClaimModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

export interface CompiledClaimsModel {
  readonly stemLength: number;
  readonly langs: ReadonlyMap<Lang, ReadonlyMap<string, CompiledClaimModel>>;
  readonly common: ReadonlyMap<Lang, ReadonlySet<string>>;
}

/** Words of a sentence shown as what a claim was inferred from. */
export const SHOWN_WORDS = 3;
const STEM_MARK = '~';
const PAIR_MARK = '_';

export function compileClaimsModel(data: ClaimsModelData): CompiledClaimsModel {
  return {
    stemLength: data.stemLength,
    common: new Map(Object.entries(data.common ?? {}).map(([lang, features]) => [lang as Lang, new Set(features)])),
    langs: new Map(
      Object.entries(data.langs).map(([lang, claims]) => [
        lang as Lang,
        new Map(Object.entries(claims).map(([id, m]) => [id, { bias: m.bias, threshold: m.threshold, weights: new Map(Object.entries(m.weights)) }])),
      ]),
    ),
  };
}

/** A folded word as the model reads it: without its elided article ("l'overdose" is "overdose", as the cues read it). */
export function modelWord(word: string): string {
  const elided = elisionEnd(word);
  return elided > 0 ? word.slice(elided) : word;
}

/** The stem feature a word makes ("overd~"), or null: only words longer than a stem make one. */
export const stemOf = (word: string, stemLength: number): string | null => (word.length > stemLength ? `${word.slice(0, stemLength)}${STEM_MARK}` : null);

/** The distinct features of a sentence's folded words (`modelWord`): each word, its stem ("overd~") when longer, and each adjacent pair ("save_lives"). */
export function sentenceFeatures(folded: readonly string[], stemLength: number): string[] {
  const words = folded.map(modelWord);
  const features = new Set<string>();
  for (const [i, word] of words.entries()) {
    features.add(word);
    const stem = stemOf(word, stemLength);
    if (stem) features.add(stem);
    if (i > 0) features.add(`${words[i - 1]!}${PAIR_MARK}${word}`);
  }
  return [...features];
}

/**
 * The words a feature stands for among `words` (as the model reads them): a word itself, the
 * words long enough to have made a stem that begin with it, a pair's two words. Training (which
 * words are never shown) and the card (which are) ask the same question here.
 */
export function featureWords(feature: string, words: readonly string[], stemLength: number): string[] {
  if (feature.endsWith(STEM_MARK)) return words.filter((word) => stemOf(word, stemLength) === feature);
  return feature.includes(PAIR_MARK) ? feature.split(PAIR_MARK) : [feature];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The sentence's words a feature stands for (`featureWords`), leaving out the common ones. */
function shownWordsOf(feature: string, words: readonly string[], stemLength: number, common: ReadonlySet<string>): string[] {
  if (common.has(feature)) return [];
  return featureWords(feature, words, stemLength).filter((word) => !common.has(word));
}

/**
 * The model's inference of `claimId` for a sentence of `lang` with folded `words`, or null when
 * it has no model for them. Its words: the sentence's content words behind the features that
 * weighed most for the claim, folded, at most `SHOWN_WORDS`.
 */
export function infer(
  model: CompiledClaimsModel,
  lang: Lang,
  claimId: string,
  words: readonly string[],
  features: readonly string[] = sentenceFeatures(words, model.stemLength),
): Inference | null {
  const claim = model.langs.get(lang)?.get(claimId);
  if (!claim) return null;
  let z = claim.bias;
  for (const feature of features) z += claim.weights.get(feature) ?? 0;
  const probability = sigmoid(z);
  // Below its threshold nothing is shown, so nothing is ranked: most sentences end here.
  if (probability < claim.threshold) return { probability, threshold: claim.threshold, words: [] };
  const contributing = features.flatMap((feature) => {
    const weight = claim.weights.get(feature) ?? 0;
    return weight > 0 ? [{ feature, weight }] : [];
  });
  const common = model.common.get(lang) ?? new Set<string>();
  contributing.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  const read = words.map(modelWord);
  const shown = new Set<string>();
  for (const { feature } of contributing)
    for (const word of shownWordsOf(feature, read, model.stemLength, common)) if (shown.size < SHOWN_WORDS) shown.add(word);
  return { probability, threshold: claim.threshold, words: [...shown] };
}

const TOKEN = new RegExp(`[\\p{L}\\p{M}\\p{N}${APOSTROPHES}]+`, 'gu');
const EDGE_APOSTROPHES = new RegExp(`^[${APOSTROPHES}]+|[${APOSTROPHES}]+$`, 'gu');
const POSSESSIVE = new RegExp(`[${APOSTROPHES}]s$`, 'u');
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'u');

/**
 * Each word as the model reads it (`modelWord`) as the sentence writes it ("Überdosis" for
 * "uberdosis", "overdose" for the "overdose" of "l’overdose"), or as read when it cannot be found.
 * Quote marks around a word ("the ‘lifeline’") are not part of it.
 */
export function asWritten(text: string, read: readonly string[]): string[] {
  const written = new Map<string, string>();
  for (const match of text.match(TOKEN) ?? []) {
    const token = match.replace(EDGE_APOSTROPHES, '').replace(POSSESSIVE, '');
    const [fold] = foldedWords(token);
    if (!fold) continue;
    const elided = elisionEnd(fold);
    const [word, shown] = elided > 0 ? [fold.slice(elided), token.slice(token.search(APOSTROPHE) + 1)] : [fold, token];
    if (!written.has(word)) written.set(word, shown);
  }
  return read.map((word) => written.get(word) ?? word);
}

/** The model as the finder's recall aid (`compileClaims(claims, aid)`). */
export function recallAid(model: CompiledClaimsModel, needsCue: boolean): RecallAid {
  // The finder asks once per claim for the same sentence: its features are made once.
  let lastWords: readonly string[] | null = null;
  let lastFeatures: readonly string[] = [];
  return {
    needsCue,
    infer: (lang, claimId, words, text) => {
      if (words !== lastWords) {
        lastWords = words;
        lastFeatures = sentenceFeatures(words, model.stemLength);
      }
      const inference = infer(model, lang, claimId, words, lastFeatures);
      // Most sentences fall short: only a proposal's words are looked up as the sentence writes them.
      return inference && inference.probability >= inference.threshold ? { ...inference, words: asWritten(text, inference.words) } : inference;
    },
  };
}
