/**
 * `npm run build:claims-model`: trains the claim finder's recall aid on the dev claim sets (the
 * ones `npm run claims:model-cv` reads; never a held-out one) with `TRAINING`, every claim's
 * threshold `AID_THRESHOLD`, and writes src/data/claims-model.generated.json, which the
 * background bundles. Training reads the compiled claims (src/data/dataset.generated.json), so
 * rerun it after `npm run build:dataset` or a change to the claims, the dev sets or the
 * training; a unit test fails while the committed file differs from a retraining.
 * `--check` writes nothing and fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../src/data/dataset';
import { CLAIMS_MODEL_FILE, type ClaimsModelFile } from '../src/data/claims-model-file';
import { TRAINING, trainModel } from './lib/train-claims-model';
import { readTrainingSentences } from './claims-model-cv';
import { runAsScript } from './lib/run-as-script';

const root = resolve(import.meta.dirname, '..');

/**
 * Every claim is inferred at even odds: a probability of at least one half, the model's own
 * "more likely than not". Chosen as a principle, not tuned: thresholds chosen on the dev sets'
 * cross-validation understated the aid (there the cues, tuned on those sets, already find 95 %
 * of claims), and on the held-out sets even odds added 33 right claims for 2 false.
 */
export const AID_THRESHOLD = 0.5;

/** Keys sorted at every level, so the file reads the same whatever order training made them in. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

/** The model file's content as the dev sets and the claims train it now: one line per claim's model, so a diff shows which changed. */
export function renderClaimsModel(): string {
  const model = trainModel(
    readTrainingSentences(),
    dataset.claims,
    TRAINING,
    Object.fromEntries(dataset.claims.claims.map((claim) => [claim.id, AID_THRESHOLD])),
  );
  const file = sorted({ ...model, needsCue: TRAINING.needsCue }) as ClaimsModelFile;
  const langs = Object.entries(file.langs).map(
    ([lang, claims]) =>
      `    ${JSON.stringify(lang)}: {\n${Object.entries(claims ?? {})
        .map(([id, claim]) => `      ${JSON.stringify(id)}: ${JSON.stringify(claim)}`)
        .join(',\n')}\n    }`,
  );
  const common = Object.entries(file.common).map(([lang, features]) => `    ${JSON.stringify(lang)}: ${JSON.stringify(features)}`);
  return [
    '{',
    `  "common": {\n${common.join(',\n')}\n  },`,
    `  "langs": {\n${langs.join(',\n')}\n  },`,
    `  "needsCue": ${JSON.stringify(file.needsCue)},`,
    `  "stemLength": ${JSON.stringify(file.stemLength)}`,
    '}',
    '',
  ].join('\n');
}

if (runAsScript(import.meta)) {
  const fresh = renderClaimsModel();
  const target = resolve(root, CLAIMS_MODEL_FILE);
  let committed: string | null = null;
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // No file yet: the first build writes it.
  }
  if (committed === fresh) console.log(`${CLAIMS_MODEL_FILE} is up to date (${(fresh.length / 1024).toFixed(1)} KB)`);
  else if (process.argv.includes('--check')) {
    console.error(`${CLAIMS_MODEL_FILE} is stale: run \`npm run build:claims-model\` and commit it.`);
    process.exit(1);
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${CLAIMS_MODEL_FILE} (${(fresh.length / 1024).toFixed(1)} KB; changed: commit it)`);
  }
}
