/**
 * Trains the claim finder's recall aid (src/engine/claims-model.ts): per language and per
 * claim, a one-vs-rest logistic regression with L2, full batch, a fixed number of steps from
 * zero, no randomness, over a sentence's features (`sentenceFeatures`), pruned to its strongest
 * features. And the k-fold cross-validation that chooses each claim's threshold: folds fixed by
 * a sentence's place among its language's, the combined finder (cues, then the aid) run on each
 * held-out fold with a model trained on the others.
 */
import { LANGS, type Lang } from '../../src/data/lexicon-schema';
import {
  compileClaimsModel,
  featureWords,
  infer,
  modelWord,
  recallAid,
  sentenceFeatures,
  stemOf,
  type ClaimModelData,
  type ClaimsModelData,
} from '../../src/engine/claims-model';
import { compileClaims, cuesAPart, findClaims, foldedWords, type CompiledClaims } from '../../src/engine/find-claims';
import type { Claims } from '../../src/data/claims-schema';
import type { LabelledSentence } from './claim-sets';
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

export interface TrainingOptions {
  readonly stemLength: number;
  /** L2 penalty on the mean log loss. */
  readonly l2: number;
  readonly steps: number;
  readonly rate: number;
  /** Features a sentence must share with this many training sentences of its language to be learned. */
  readonly minCount: number;
  /** Features kept per claim and language, strongest |weight| first. */
  readonly keep: number;
  readonly needsCue: boolean;
  /** Train each claim's model only on the sentences it will judge: those with a cue of one of the claim's parts. */
  readonly onCued: boolean;
  /**
   * A word in at least this share of a language's training sentences is the debate's own: the
   * aid learns nothing from it, and it is never shown as what a claim was inferred from.
   */
  readonly commonShare: number;
  /** Per language, its function words: not learned from, nor shown, however rare in the training sentences. */
  readonly functionWords: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * One training sentence in twelve or more (8 %). Measured on the dev sets, in every language that
 * takes in the articles, conjunctions and most prepositions ("the" in 93 % of English sentences,
 * "de" in 66 % of Spanish, "und" in 18 % of German) and the words the whole debate shares
 * ("room", "consumption", "drug", "people", "said"), which say nothing of which claim a sentence
 * makes; the words that tell claims apart ("deaths", "health", "crime", "trial", "overdose")
 * each stay under one sentence in twelve. Rarer function words fall below it ("zu", "van"):
 * `FUNCTION_WORDS` names those.
 */
export const COMMON_SHARE = 0.08;

/**
 * The function words of each language, from the `stopword` package (a dev dependency; only the
 * ones a weighed pair or stem may show reach the model file): the share above cannot tell a rare
 * function word from a rare content word ("weil", "they", "ces", "su" are in a handful of the
 * ~500 sentences a language has, as "needles" is), and the card should show only content words.
 */
export const FUNCTION_WORDS: Readonly<Record<Lang, readonly string[]>> = { en: eng, de: deu, fr: fra, nl: nld, es: spa, pt: por, it: ita };

export const TRAINING: TrainingOptions = {
  stemLength: 5,
  l2: 0.001,
  steps: 1000,
  rate: 2,
  minCount: 2,
  keep: 120,
  needsCue: true,
  onCued: false,
  commonShare: COMMON_SHARE,
  functionWords: FUNCTION_WORDS,
};

/** Numbers: a year or a count says which claim a sentence makes only in the training sentences that happen to hold it. */
const NUMBER = /^\p{N}+$/u;

/**
 * Which features say nothing of a claim, so the aid learns no weight for them: a word that says
 * nothing (`nothing`: a function word, a word the whole debate shares, a number), a pair of two
 * such ("raum_ist"), and a stem that mostly stands for such words in `read` (the training
 * sentences' words), as "diese~" for "dieser", "dieses". Learned, they decided findings the card
 * could not name (it shows only the words that tell claims apart), and years learned from the
 * training sentences ("2019") would be read as evidence in a reader's page.
 */
function wordsSayingNothing(read: readonly (readonly string[])[], nothing: (word: string) => boolean, stemLength: number): (feature: string) => boolean {
  // Per stem, how often a training word of each kind made it.
  const byStem = new Map<string, { nothing: number; content: number }>();
  for (const words of read)
    for (const word of words) {
      const stem = stemOf(word, stemLength);
      if (!stem) continue;
      const tally = byStem.get(stem) ?? { nothing: 0, content: 0 };
      if (nothing(word)) tally.nothing++;
      else tally.content++;
      byStem.set(stem, tally);
    }
  return (feature) => {
    const stem = byStem.get(feature);
    if (stem) return stem.nothing > stem.content;
    const words = featureWords(feature, [], stemLength);
    return words.length > 0 && words.every(nothing);
  };
}

/** A dev sentence with the set it came from. */
export interface TrainingSentence extends LabelledSentence {
  readonly set: string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** One claim's model for sentences of one language: `features[i]` of sentence i, `labels[i]` whether it makes the claim. */
function trainOne(
  features: readonly (readonly number[])[],
  labels: readonly boolean[],
  vocabulary: readonly string[],
  options: TrainingOptions,
): ClaimModelData {
  const n = features.length;
  const positives = labels.filter(Boolean).length;
  const w = new Float64Array(vocabulary.length);
  // From the base rate, so a claim with few examples starts where it should.
  let bias = Math.log((positives + 0.5) / (n - positives + 0.5));
  const grad = new Float64Array(vocabulary.length);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const f of features[i]!) z += w[f]!;
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
      gradBias += error;
      for (const f of features[i]!) grad[f]! += error;
    }
    for (let f = 0; f < w.length; f++) w[f]! -= options.rate * (grad[f]! / n + options.l2 * w[f]!);
    bias -= options.rate * (gradBias / n);
  }
  const kept = [...w.keys()]
    .filter((f) => Math.abs(w[f]!) >= 0.0005)
    .sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!) || (vocabulary[a]! < vocabulary[b]! ? -1 : 1))
    .slice(0, options.keep)
    .sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  return { bias: round(bias), threshold: 2, weights: Object.fromEntries(kept.map((f) => [vocabulary[f]!, round(w[f]!)])) };
}

/** The model of `sentences` (only stories about the rooms count), every threshold `thresholds[claim]` (never, when none is given). */
export function trainModel(
  sentences: readonly LabelledSentence[],
  claims: Claims,
  options: TrainingOptions,
  thresholds: Readonly<Record<string, number>> = {},
): ClaimsModelData {
  const claimIds = claims.claims.map((c) => c.id);
  const byCues = compileClaims(claims);
  const langs: Partial<Record<Lang, Record<string, ClaimModelData>>> = {};
  const common: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const own = sentences.filter((s) => s.lang === lang && s.story === 'rooms');
    // Nothing to learn from: no model, so the aid proposes nothing in that language (`infer` gives null).
    if (own.length === 0) continue;
    const read = own.map((s) => foldedWords(s.text).map(modelWord));
    const featured = read.map((words) => sentenceFeatures(words, options.stemLength));
    const counts = new Map<string, number>();
    for (const features of featured) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    const functionWords = new Set(options.functionWords[lang].flatMap((word) => foldedWords(word)));
    const isCommon = (word: string): boolean => (counts.get(word) ?? 0) >= options.commonShare * own.length;
    const saysNothing = wordsSayingNothing(read, (word) => functionWords.has(word) || isCommon(word) || NUMBER.test(word), options.stemLength);
    const vocabulary = [...counts.keys()].filter((f) => counts.get(f)! >= options.minCount && !saysNothing(f)).sort();
    const index = new Map(vocabulary.map((f, i) => [f, i]));
    const indexed = featured.map((features) => features.flatMap((f) => index.get(f) ?? []));
    langs[lang] = Object.fromEntries(
      claimIds.map((id) => {
        const judged = own.flatMap((s, i) => (!options.onCued || cuesAPart(byCues, id, lang, s.text) ? [i] : []));
        const model = trainOne(
          judged.map((i) => indexed[i]!),
          judged.map((i) => own[i]!.claims.includes(id)),
          vocabulary,
          options,
        );
        return [id, { ...model, threshold: thresholds[id] ?? 2 }];
      }),
    );
    // Only the model's own features need saying which are common; and the function words they may show (a pair's other word, a stem's).
    const weighed = new Set(Object.values(langs[lang]).flatMap((model) => Object.keys(model.weights)));
    const ownWords = [...new Set([...functionWords, ...read.flat()])];
    common[lang] = [
      ...new Set([...weighed].flatMap((f) => featureWords(f, ownWords, options.stemLength)).filter((word) => functionWords.has(word) || isCommon(word))),
    ].sort();
  }
  return { stemLength: options.stemLength, langs, common };
}

/** What the combined finder made of one held-out sentence: the cues' claims, and each claim the aid proposed with its probability. */
export interface HeldOutResult {
  readonly sentence: TrainingSentence;
  readonly cued: readonly string[];
  readonly proposed: ReadonlyMap<string, number>;
  /** Each proposed claim's cues and the words it was inferred from. */
  readonly reasons: ReadonlyMap<string, readonly string[]>;
  /** The model's probability of every claim, vetoes and cues aside: how it does alone. */
  readonly alone: ReadonlyMap<string, number>;
}

/** The fold of each sentence: its place among its language's sentences, modulo `k`. */
export function foldsOf(sentences: readonly TrainingSentence[], k: number): number[] {
  const seen = new Map<Lang, number>();
  return sentences.map((s) => {
    const n = seen.get(s.lang) ?? 0;
    seen.set(s.lang, n + 1);
    return n % k;
  });
}

/** K-fold cross-validation of the combined finder on stories about the rooms: every claim the aid proposes above no threshold, for sweeping. */
export function crossValidate(
  sentences: readonly TrainingSentence[],
  claims: Claims,
  k: number,
  options: TrainingOptions,
  foldOf: (sentences: readonly TrainingSentence[], k: number) => number[] = foldsOf,
): HeldOutResult[] {
  const rooms = sentences.filter((s) => s.story === 'rooms');
  const folds = foldOf(rooms, k);
  const claimIds = claims.claims.map((c) => c.id);
  const everything = Object.fromEntries(claimIds.map((id) => [id, 0]));
  const results: HeldOutResult[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = trainModel(
      rooms.filter((_, i) => folds[i] !== fold),
      claims,
      options,
      everything,
    );
    const aid = compileClaimsModel(model);
    const compiled: CompiledClaims = compileClaims(claims, recallAid(aid, options.needsCue));
    rooms.forEach((sentence, i) => {
      if (folds[i] !== fold) return;
      const found = findClaims([{ text: sentence.text, owner: 0, lang: sentence.lang }], compiled, () => true);
      results.push({
        sentence,
        cued: found.filter((f) => !f.inferredFrom).map((f) => f.claimId),
        proposed: new Map(found.filter((f) => f.inferredFrom).map((f) => [f.claimId, f.score])),
        reasons: new Map(found.filter((f) => f.inferredFrom).map((f) => [f.claimId, [...f.cues, '<-', ...f.inferredFrom!]])),
        alone: new Map(claimIds.map((id) => [id, infer(aid, sentence.lang, id, foldedWords(sentence.text))?.probability ?? 0])),
      });
    });
  }
  return results;
}

export interface Counts {
  found: number;
  right: number;
  labelled: number;
}

/** Counts of one claim over `results`: by cues alone when `threshold` is null, else cues and the aid at `threshold`. */
export function countsOf(results: readonly HeldOutResult[], claimId: string, threshold: number | null): Counts {
  const counts: Counts = { found: 0, right: 0, labelled: 0 };
  for (const { sentence, cued, proposed } of results) {
    const labelled = sentence.claims.includes(claimId);
    const p = proposed.get(claimId);
    const found = cued.includes(claimId) || (threshold !== null && p !== undefined && p >= threshold);
    if (labelled) counts.labelled++;
    if (found) counts.found++;
    if (found && labelled) counts.right++;
  }
  return counts;
}

export const precisionOf = (c: Counts): number => (c.found ? c.right / c.found : 1);
export const recallOf = (c: Counts): number => (c.labelled ? c.right / c.labelled : 1);

/** What a claim's threshold must keep, over every held-out fold. */
export interface ThresholdRule {
  /** The combined finder's precision on the claim. */
  readonly minPrecision: number;
  /**
   * The precision of what the aid adds to the cues: the cues score 1.000 on the sets they were
   * tuned on, so the combined precision alone would let the aid add two false findings for each
   * right one, which on fresh prose (cues at 0.93–0.98) would weaken the finder.
   */
  readonly minAddedPrecision: number;
  /** Right findings the aid must add, so that a threshold does not rest on one sentence. */
  readonly minAdded: number;
}

/**
 * The lowest threshold at which the claim keeps `rule` (the highest recall that does), among
 * the held-out probabilities seen; `NEVER` when none does.
 */
export function chooseThreshold(results: readonly HeldOutResult[], claimId: string, rule: ThresholdRule): number {
  // Thresholds as stored (three decimals, rounded down, so the probability that set one reaches it), none below even odds.
  const candidates = [...new Set(results.flatMap((r) => r.proposed.get(claimId) ?? []).map((p) => Math.floor(p * 1000) / 1000))]
    .filter((t) => t >= MIN_THRESHOLD)
    .sort((a, b) => a - b);
  const byCues = countsOf(results, claimId, null);
  for (const t of candidates) {
    const counts = countsOf(results, claimId, t);
    const added = { found: counts.found - byCues.found, right: counts.right - byCues.right };
    if (precisionOf(counts) >= rule.minPrecision && added.right >= rule.minAdded && added.right / added.found >= rule.minAddedPrecision) return t;
  }
  return NEVER;
}

/** No claim is inferred at less than even odds. */
export const MIN_THRESHOLD = 0.5;
/** A threshold no probability reaches. */
export const NEVER = 2;
