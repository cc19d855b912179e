// @vitest-environment node
/** The committed recall-aid model: what training makes now, valid, and what the background bundles. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import debate from 'virtual:claimlens/debate';
import { CLAIMS_MODEL_FILE, checkClaimsModel, parseClaimsModel } from '../../../src/data/claims-model-file';
import { DatasetError } from '../../../src/data/dataset-error';
import { renderClaimsModel } from '../../../scripts/build-claims-model';

const root = resolve(import.meta.dirname, '../../..');
const committed = readFileSync(resolve(root, CLAIMS_MODEL_FILE), 'utf8');

describe(CLAIMS_MODEL_FILE, () => {
  it('is what the dev sets and the claims train now (if not: run `npm run build:claims-model` and commit it)', () => {
    expect(
      committed === renderClaimsModel(),
      `${CLAIMS_MODEL_FILE} is stale (the claims, the dataset, the dev sets or the training changed): run \`npm run build:claims-model\` and commit it`,
    ).toBe(true);
    // Retraining on every dev set took 5.6 s once with the whole suite sharing two cores: past vitest's default of 5 s.
  }, 30_000);

  it('passes its schema, has a model of every claim in every language, at even odds, and stays small', () => {
    const model = parseClaimsModel(committed);
    const ids = debate.claims.claims.map((claim) => claim.id).sort();
    for (const claims of Object.values(model.langs)) {
      expect(Object.keys(claims ?? {}).sort()).toEqual(ids);
      for (const claim of Object.values(claims ?? {})) expect(claim.threshold).toBe(0.5);
    }
    expect(Object.keys(model.langs)).toHaveLength(7);
    expect(committed.length).toBeLessThanOrEqual(120 * 1024);
    expect(committed.endsWith('}\n')).toBe(true);
  });

  it('is what the background bundles', () => {
    expect(debate.claimsModel).toEqual(JSON.parse(committed));
  });

  it('fails on a malformed file naming the file, the entry and the reason', () => {
    const model = JSON.parse(committed) as { langs: { en: Record<string, { weights: Record<string, unknown> }> }; stemLength: unknown };
    const first = Object.keys(model.langs.en)[0]!;
    model.langs.en[first]!.weights.overdose = 'heavy';
    model.stemLength = 0;
    let error: unknown = null;
    try {
      parseClaimsModel(JSON.stringify(model), 'broken.json');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { problems } = error as DatasetError;
    expect(problems).toContainEqual({ file: 'broken.json', entry: `langs.en.${first}.weights`, reason: '"overdose" should be number, not "heavy"' });
    expect(problems.map((p) => `${p.file} › ${p.entry}`)).toContain('broken.json › (top level)');
    expect(() => parseClaimsModel('{', 'broken.json')).toThrow(/broken\.json › \(whole file\): not valid JSON/);
  });

  it('fails when it is not the claims’ model: a claim renamed or missing, a feature misshapen, a stem of another length', () => {
    const ids = debate.claims.claims.map((claim) => claim.id);
    const model = parseClaimsModel(committed);
    expect(() => checkClaimsModel(model, ids)).not.toThrow();
    const { 'save-lives': saveLives, ...rest } = model.langs.en!;
    const broken = {
      ...model,
      langs: { ...model.langs, en: { ...rest, 'saves-lives': { ...saveLives!, weights: { Overdose: 1, 'ov~': 1, 'overd~': 1 } } } },
    };
    let error: unknown = null;
    try {
      checkClaimsModel(broken, ids, 'broken.json');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      { file: 'broken.json', entry: 'langs.en', reason: 'no model of claim "save-lives"' },
      { file: 'broken.json', entry: 'langs.en', reason: 'unknown claim "saves-lives"' },
      { file: 'broken.json', entry: 'langs.en.saves-lives.weights', reason: '"Overdose" is not a folded word, a stem ("overd~") or a pair ("save_lives")' },
      { file: 'broken.json', entry: 'langs.en.saves-lives.weights', reason: '"ov~" is a stem of 2 letters, not 5' },
    ]);
  });
});
