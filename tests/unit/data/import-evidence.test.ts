// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build-dataset';
import { DatasetError } from '../../../src/data/dataset-error';
import { sha256Hex } from '../../../src/data/sha256';
import { importEvidenceFile, readDatasetInputs } from '../../../scripts/build-dataset';
import { evidenceFileOf, HARBOUR_TEXT, harbourArticle } from '../../support/reader-evidence';

const root = resolve(import.meta.dirname, '../../..');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of seeds/ and an evidence file beside it, in a temporary folder. */
function workspace(content: string): { seeds: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-import-'));
  made.push(dir);
  const seeds = join(dir, 'seeds');
  cpSync(resolve(root, 'seeds'), seeds, { recursive: true });
  const file = join(dir, 'my-evidence.json');
  writeFileSync(file, content);
  return { seeds, file };
}

describe('build:dataset --import', () => {
  it('writes each article into seeds/ as <id>.txt byte for byte with its annotations, and the dataset builds from them', async () => {
    const { seeds, file } = workspace(evidenceFileOf([await harbourArticle('reader-harbour')]));
    expect(await importEvidenceFile(file, seeds)).toEqual(['reader-harbour']);
    const bytes = new Uint8Array(readFileSync(join(seeds, 'reader-harbour.txt')));
    expect(new TextDecoder().decode(bytes)).toBe(HARBOUR_TEXT);
    const dataset = await buildDataset(readDatasetInputs(seeds));
    const source = dataset.sources.find((s) => s.id === 'reader-harbour')!;
    expect(source.sha256).toBe(await sha256Hex(new TextEncoder().encode(HARBOUR_TEXT)));
    expect(dataset.evidence.filter((item) => item.sourceId === 'reader-harbour').map((item) => item.text)).toContain(
      'We lost forty-one people to overdoses last year,',
    );
  });

  it('holds an imported article to the seed’s full rules (every quotation annotated), writing nothing when it fails', async () => {
    const article = await harbourArticle('reader-harbour');
    article.annotations.evidence = article.annotations.evidence.filter((item) => item.kind === 'reported-position');
    const { seeds, file } = workspace(evidenceFileOf([article]));
    const before = readdirSync(seeds).sort();
    const error = await importEvidenceFile(file, seeds).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.some((p) => p.file === `${file} › articles/reader-harbour.annotations.json`)).toBe(true);
    expect(readdirSync(seeds).sort()).toEqual(before);
  });

  it('never overwrites an article already in seeds/', async () => {
    const { seeds, file } = workspace(evidenceFileOf([await harbourArticle('000_a82303e51bffeff7')]));
    const seedBefore = readFileSync(join(seeds, '000_a82303e51bffeff7.txt'));
    await expect(importEvidenceFile(file, seeds)).rejects.toThrow(/000_a82303e51bffeff7\.txt already exists: an article in seeds\/ is never overwritten/);
    expect(readFileSync(join(seeds, '000_a82303e51bffeff7.txt'))).toEqual(seedBefore);
    expect(existsSync(join(seeds, '000_a82303e51bffeff7.annotations.json'))).toBe(true);
  });
});
