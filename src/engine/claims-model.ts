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
import { foldedWords, type Inference, type RecallAid } from './find-claims';

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
   * Per language, the model's words and stems too common in its training sentences to say why a
   * claim was inferred ("de", "the", "and"): they weigh as learned, but are never shown.
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

/** The distinct features of a sentence's folded words: each word, its stem ("overd~") when longer, and each adjacent pair ("save_lives"). */
export function sentenceFeatures(words: readonly string[], stemLength: number): string[] {
  const features = new Set<string>();
  for (const [i, word] of words.entries()) {
    features.add(word);
    if (word.length > stemLength) features.add(`${word.slice(0, stemLength)}${STEM_MARK}`);
    if (i > 0) features.add(`${words[i - 1]!}${PAIR_MARK}${word}`);
  }
  return [...features];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The sentence's words a feature stands for, folded, leaving out the common ones: a word itself,
 * the sentence's words a stem begins, a pair's two words.
 */
function wordsOf(feature: string, words: readonly string[], common: ReadonlySet<string>): string[] {
  if (common.has(feature)) return [];
  const shown = feature.endsWith(STEM_MARK)
    ? words.filter((word) => word.startsWith(feature.slice(0, -STEM_MARK.length)))
    : feature.includes(PAIR_MARK)
      ? feature.split(PAIR_MARK)
      : [feature];
  return shown.filter((word) => !common.has(word));
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
  const contributing: { feature: string; weight: number }[] = [];
  for (const feature of features) {
    const weight = claim.weights.get(feature);
    if (weight === undefined) continue;
    z += weight;
    if (weight > 0) contributing.push({ feature, weight });
  }
  const probability = sigmoid(z);
  // Below its threshold nothing is shown, so nothing is ranked.
  if (probability < claim.threshold) return { probability, threshold: claim.threshold, words: [] };
  const common = model.common.get(lang) ?? new Set<string>();
  contributing.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  const shown = new Set<string>();
  for (const { feature } of contributing) for (const word of wordsOf(feature, words, common)) if (shown.size < SHOWN_WORDS) shown.add(word);
  return { probability, threshold: claim.threshold, words: [...shown] };
}

/** Each folded word as the sentence writes it ("Überdosis" for "uberdosis"), or as folded when it cannot be found. */
export function asWritten(text: string, folded: readonly string[]): string[] {
  const written = new Map<string, string>();
  for (const token of text.match(/[\p{L}\p{M}\p{N}'’]+/gu) ?? []) {
    const [fold] = foldedWords(token);
    if (fold && !written.has(fold)) written.set(fold, token.replace(/['’]s$/, ''));
  }
  return folded.map((word) => written.get(word) ?? word);
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
