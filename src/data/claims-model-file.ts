/**
 * The claim finder's learned recall aid as it ships: src/data/claims-model.generated.json,
 * written by `npm run build:claims-model` (scripts/build-claims-model.ts) from the dev claim
 * sets and the compiled claims. Data, checked against `ClaimsModelFile` when read (the build's
 * `virtual:claimlens/debate`, the evaluation), so a malformed file fails naming the file, the
 * entry and the reason, as every other data file does.
 */
import * as v from 'valibot';
import { LANGS } from './lexicon-schema';
import { DatasetError, parseJsonFile, type Problem } from './dataset-error';

export const CLAIMS_MODEL_FILE = 'src/data/claims-model.generated.json';

const Finite = v.pipe(v.number(), v.finite());
const Feature = v.pipe(v.string(), v.minLength(1));

/** One claim's model in one language: bias, threshold (above 1: never) and each feature's weight. */
const ClaimModel = v.strictObject({
  bias: Finite,
  threshold: v.pipe(Finite, v.minValue(0)),
  weights: v.record(Feature, Finite),
});

/** Per language (each of `LANGS`, or none), per claim id, its model. */
const perLanguage = <S extends v.GenericSchema>(schema: S) => v.strictObject(Object.fromEntries(LANGS.map((lang) => [lang, v.optional(schema)])));

export const ClaimsModelFile = v.strictObject({
  /** Letters in a stem feature ("overd~"). */
  stemLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Whether a claim may be inferred only when one of its parts has a cue. */
  needsCue: v.boolean(),
  langs: perLanguage(v.record(v.string(), ClaimModel)),
  /** Per language, the words that say nothing of a claim which a weighed pair or stem may stand for: never shown as what a claim was inferred from. */
  common: perLanguage(v.array(Feature)),
});
export type ClaimsModelFile = v.InferOutput<typeof ClaimsModelFile>;

/** The model file's content, validated; throws a DatasetError naming each bad entry. */
export function parseClaimsModel(content: string, file = CLAIMS_MODEL_FILE): ClaimsModelFile {
  return parseJsonFile(file, content, ClaimsModelFile);
}

/** A feature as training writes it: a folded word, a stem ending in "~", or two words joined by "_". */
const FEATURE = /^([\p{Ll}\p{Lo}\p{N}']+)(~|_[\p{Ll}\p{Lo}\p{N}']+)?$/u;

/**
 * The model file against the claims it is for (`claimIds`): a model for every claim in each of its
 * languages and none for a claim that does not exist (a renamed claim would ship with no aid),
 * every feature shaped as training writes it, every stem `stemLength` letters (another length
 * never matches a sentence's). Throws a DatasetError naming each problem.
 */
export function checkClaimsModel(model: ClaimsModelFile, claimIds: readonly string[], file = CLAIMS_MODEL_FILE): void {
  const problems: Problem[] = [];
  const known = new Set(claimIds);
  for (const [lang, claims] of Object.entries(model.langs)) {
    if (!claims) continue;
    for (const id of claimIds) if (!(id in claims)) problems.push({ file, entry: `langs.${lang}`, reason: `no model of claim "${id}"` });
    for (const [id, claim] of Object.entries(claims)) {
      if (!known.has(id)) problems.push({ file, entry: `langs.${lang}`, reason: `unknown claim "${id}"` });
      for (const feature of Object.keys(claim.weights)) {
        const shape = FEATURE.exec(feature);
        const reason = !shape
          ? 'is not a folded word, a stem ("overd~") or a pair ("save_lives")'
          : shape[2] === '~' && shape[1]!.length !== model.stemLength
            ? `is a stem of ${shape[1]!.length} letters, not ${model.stemLength}`
            : null;
        if (reason) problems.push({ file, entry: `langs.${lang}.${id}.weights`, reason: `"${feature}" ${reason}` });
      }
    }
  }
  if (problems.length) throw new DatasetError(problems);
}
