/**
 * A learned recall aid for the claim finder: per language and per claim, a logistic model over a
 * sentence's folded words, their stems and adjacent word pairs (scripts/lib/train-claims-model.ts).
 * It only proposes: the finder gives a sentence a claim on its word only when the sentence's cues
 * made none, its probability reaches the claim's threshold, a part of the claim has a cue (if
 * asked), and none of the finder's vetoes applies. No model ships: cross-validation on the dev
 * sets found none that adds findings without weakening precision (docs/DESIGN.md); the
 * measurement (`npm run claims:model-cv`) is what uses it.
 */
import type { Lang } from '../data/lexicon-schema';
import type { Inference, RecallAid } from './find-claims';

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
}

interface CompiledClaimModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

export interface CompiledClaimsModel {
  readonly stemLength: number;
  readonly langs: ReadonlyMap<Lang, ReadonlyMap<string, CompiledClaimModel>>;
}

/** Words of a sentence shown as what a claim was inferred from. */
const SHOWN_WORDS = 3;
const STEM_MARK = '~';
const PAIR_MARK = '_';

export function compileClaimsModel(data: ClaimsModelData): CompiledClaimsModel {
  return {
    stemLength: data.stemLength,
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

/** How a feature reads to a reader: a stem as "overd…", a pair as its two words. */
const readable = (feature: string): string => (feature.endsWith(STEM_MARK) ? `${feature.slice(0, -STEM_MARK.length)}…` : feature.split(PAIR_MARK).join(' '));

/** The model's inference of `claimId` for a sentence of `lang` with `features`, or null when it has no model for them. */
export function infer(model: CompiledClaimsModel, lang: Lang, claimId: string, features: readonly string[]): Inference | null {
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
  contributing.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  const words: string[] = [];
  for (const { feature } of contributing) {
    const shown = readable(feature);
    // A stem or pair says no more than a word of it already shown.
    if (words.some((w) => w.includes(shown.replace(/…$/, '')) || shown.replace(/…$/, '').includes(w.replace(/…$/, '')))) continue;
    words.push(shown);
    if (words.length === SHOWN_WORDS) break;
  }
  return { probability: sigmoid(z), threshold: claim.threshold, words };
}

/** The model as the finder's recall aid (`compileClaims(claims, aid)`). */
export function recallAid(model: CompiledClaimsModel, needsCue: boolean): RecallAid {
  return { needsCue, infer: (lang, claimId, words) => infer(model, lang, claimId, sentenceFeatures(words, model.stemLength)) };
}
