/**
 * `npm run build:dataset`: builds the dataset from `seeds/` (every `<name>.txt` with its
 * `<name>.annotations.json`, plus `seeds/topic.json`), `src/data/lexicon.json` and `src/data/claims.json`, and writes
 * `src/data/dataset.generated.json`, which the extension imports.
 * `--check` writes nothing and fails when the committed file is stale (CI runs the build so).
 * `--import FILE` adds the articles of a reader's evidence file (the extension's export) to
 * `seeds/` as `<id>.txt` + `<id>.annotations.json`, then rebuilds: one format from reader to release.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, serializeDataset, type DatasetInputs } from '../src/data/build-dataset';
import { Claims } from '../src/data/claims-schema';
import { DatasetError, parseJsonFile } from '../src/data/dataset-error';
import { parseEvidenceFile, seedOf } from '../src/data/evidence-file';
import { runAsScript } from './lib/run-as-script';

const root = resolve(import.meta.dirname, '..');
export const DATASET_FILE = 'src/data/dataset.generated.json';
const TOPIC_FILE = 'seeds/topic.json';
const LEXICON_FILE = 'src/data/lexicon.json';
const CLAIMS_FILE = 'src/data/claims.json';

const text = (file: string) => ({ file, content: readFileSync(resolve(root, file), 'utf8') });

/** Everything the builder reads, paired by name; an article or annotations file alone is an error. */
export function readDatasetInputs(seedsDir = 'seeds'): DatasetInputs {
  const files = readdirSync(resolve(root, seedsDir)).sort();
  const names = new Set(files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)));
  const orphans = files.filter((f) => f.endsWith('.annotations.json') && !names.has(f.slice(0, -'.annotations.json'.length)));
  const missing = [...names].filter((name) => !files.includes(`${name}.annotations.json`));
  const problems = [
    ...orphans.map((f) => ({ file: `${seedsDir}/${f}`, entry: '(whole file)', reason: 'has no article beside it (expected the .txt of the same name)' })),
    ...missing.map((name) => ({
      file: `${seedsDir}/${name}.annotations.json`,
      entry: '(whole file)',
      reason: `is missing: every article needs its annotations (for ${name}.txt)`,
    })),
  ];
  if (problems.length) throw new DatasetError(problems);
  return {
    topic: text(TOPIC_FILE),
    lexicon: text(LEXICON_FILE),
    claims: text(CLAIMS_FILE),
    seeds: [...names].map((name) => ({
      article: { file: `${seedsDir}/${name}.txt`, bytes: new Uint8Array(readFileSync(resolve(root, seedsDir, `${name}.txt`))) },
      annotations: text(`${seedsDir}/${name}.annotations.json`),
    })),
  };
}

/** The dataset file's content as the seeds make it now. */
export async function renderDataset(): Promise<string> {
  return serializeDataset(await buildDataset(readDatasetInputs()));
}

/** Rebuilds the dataset file (or, with `check`, fails if it differs). Returns whether it changed. */
export async function writeDataset({ check }: { check: boolean }): Promise<boolean> {
  const fresh = await renderDataset();
  const target = resolve(root, DATASET_FILE);
  let committed: string | null = null;
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // No file yet: the first build writes it.
  }
  if (committed === fresh) return false;
  if (check)
    throw new Error(`${DATASET_FILE} is stale: it does not match seeds/, ${LEXICON_FILE} and ${CLAIMS_FILE}. Run \`npm run build:dataset\` and commit it.`);
  writeFileSync(target, fresh);
  console.log(`wrote ${DATASET_FILE} (changed: commit it)`);
  return true;
}

/**
 * Writes a reader's evidence file into `seeds/` (text byte for byte; its sha256 was checked on
 * reading) after building the dataset with it in memory under the seed's full rules: an
 * article already in `seeds/`, or any problem, writes nothing. Returns the ids added.
 */
export async function importEvidenceFile(file: string, seedsDir = 'seeds'): Promise<string[]> {
  const inputs = readDatasetInputs(seedsDir);
  const claims = parseJsonFile(inputs.claims.file, inputs.claims.content, Claims);
  const articles = await parseEvidenceFile(file, readFileSync(resolve(file), 'utf8'), new Set(claims.claims.map((claim) => claim.id)));
  const taken = articles.filter(
    (article) => existsSync(resolve(root, seedsDir, `${article.id}.txt`)) || existsSync(resolve(root, seedsDir, `${article.id}.annotations.json`)),
  );
  if (taken.length) {
    throw new DatasetError(
      taken.map((article) => ({
        file,
        entry: `articles "${article.id}"`,
        reason: `${seedsDir}/${article.id}.txt already exists: an article in seeds/ is never overwritten`,
      })),
    );
  }
  const seeds = articles.map((article) => seedOf(file, article));
  await buildDataset({ ...inputs, seeds: [...inputs.seeds, ...seeds] });
  for (const [index, article] of articles.entries()) {
    writeFileSync(resolve(root, seedsDir, `${article.id}.txt`), seeds[index]!.article.bytes);
    writeFileSync(resolve(root, seedsDir, `${article.id}.annotations.json`), `${JSON.stringify(article.annotations, null, 2)}\n`);
  }
  return articles.map((article) => article.id);
}

/** `--import FILE`'s argument, or null without the flag. */
function importArgument(argv: readonly string[]): string | null {
  const at = argv.indexOf('--import');
  if (at === -1) return null;
  const file = argv[at + 1];
  if (!file || file.startsWith('--')) throw new Error('--import needs a file: npm run build:dataset -- --import my-evidence.json');
  return file;
}

if (runAsScript(import.meta)) {
  try {
    const importing = importArgument(process.argv);
    if (importing) {
      const ids = await importEvidenceFile(importing);
      console.log(`added to seeds/: ${ids.map((id) => `${id}.txt`).join(', ')}`);
    }
    await writeDataset({ check: process.argv.includes('--check') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
