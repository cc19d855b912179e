// @vitest-environment node
/** The seed article, the committed dataset file, and the dataset inside the built extension. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { Dataset } from '../../../src/data/dataset-schema';
import { dataset } from '../../../src/data/dataset';
import { DATASET_FILE, readDatasetInputs, renderDataset } from '../../../scripts/build-dataset';

const root = resolve(import.meta.dirname, '../../..');
const committed = readFileSync(resolve(root, DATASET_FILE), 'utf8');

describe('seeds/000_a82303e51bffeff7.txt', () => {
  it('is the seed article byte for byte', () => {
    const bytes = readFileSync(resolve(root, 'seeds/000_a82303e51bffeff7.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('3d1c3b967025c337d6993aac1edb6fda32d5ae6abfd30ba9b729e42648360892');
  });
});

describe(DATASET_FILE, () => {
  it('is what seeds/ and the lexicon build now (if not: run `npm run build:dataset` and commit it)', async () => {
    expect(committed === (await renderDataset()), `${DATASET_FILE} is stale: run \`npm run build:dataset\` and commit it`).toBe(true);
  });

  it('passes the dataset schema, and every offset slices its source to its text', () => {
    const parsed = v.parse(Dataset, JSON.parse(committed));
    for (const item of parsed.evidence) {
      const source = parsed.sources.find((s) => s.id === item.sourceId);
      expect(source?.text.slice(item.start, item.end), item.id).toBe(item.text);
    }
  });

  it('is what the extension imports', () => {
    expect(dataset).toEqual(JSON.parse(committed));
  });
});

describe('readDatasetInputs', () => {
  it('pairs every article with its annotations, and names a file that has no partner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-seeds-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'An article.');
      writeFileSync(join(dir, 'b.annotations.json'), '{}');
      expect(() => readDatasetInputs(dir)).toThrow(
        /b\.annotations\.json › \(whole file\): has no article beside it[\s\S]*a\.annotations\.json › \(whole file\): is missing/,
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
    expect(readDatasetInputs('tests/fixtures/data').seeds.map((seed) => seed.article.file)).toEqual([
      'tests/fixtures/data/harbour-street.txt',
      'tests/fixtures/data/markup-quote.txt',
      'tests/fixtures/data/riverdale-vote.txt',
    ]);
  });
});

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = resolve(root, 'dist', browser);

  it('bundles the dataset into the extension’s code, with no separate file to fetch', () => {
    expect(existsSync(dist), 'run `npm run build` first (npm test does)').toBe(true);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.json') && file.includes('dataset'))).toEqual([]);
    const code = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(resolve(dist, file), 'utf8'));
    // One sentence of the article, with its slip, as JSON would escape it.
    expect(code.some((js) => js.includes('Without this, the scheme cannot be proceed.'))).toBe(true);
    expect(code.some((js) => js.includes(dataset.sources[0]!.sha256))).toBe(true);
  });
});
