/**
 * `npm run claims:corpus`: the claim finder over the prose of the 130 real corpus pages
 * (../shared/corpus/pages, none about drug consumption rooms), every story read as if it were
 * about the rooms. Every sentence it marks there is a candidate false alarm that only the
 * topic check stands between and the reader; the count should not grow when cues are widened.
 * The claims are compiled as the background ships them, with the learned recall aid.
 * Also times the finder a sentence, with the page's language and without, and with
 * `--baseline <claims.json>` does both for another claims file too, interleaved in the same run,
 * so a cue change is compared with what it replaces on the same machine at the same moment.
 *
 *   npm run claims:corpus
 *   git show main:src/data/claims.json > /tmp/old-claims.json
 *   npm run claims:corpus -- --baseline /tmp/old-claims.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { Claims } from '../src/data/claims-schema';
import { LANGS, type Lang } from '../src/data/lexicon-schema';
import { CLAIMS_MODEL_FILE, parseClaimsModel } from '../src/data/claims-model-file';
import { compileShippedClaims } from '../src/engine/claims-as-shipped';
import { findClaims, sentencesOf, type ClaimProse, type CompiledClaims } from '../src/engine/find-claims';
import { CORPUS_DIR, corpusPages } from './lib/corpus-pages';

const ROUNDS = 5;
const CLAIMS_FILE = 'src/data/claims.json';

/** Tags whose content is no prose (as the text model skips them). */
const NOT_PROSE = /<(script|style|noscript|template|textarea|select|button|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
/** Tags that end a prose context (block elements and `<br>`): the text model's split, roughly. */
const BLOCK =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|section|article|header|footer|nav|aside|main|blockquote|pre|figure|figcaption|dd|dt|dl|form|hr|title)\b[^>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', hellip: '…' };

/** A page's prose contexts, near enough to the text model's for counting (no DOM in Node). */
function proseOf(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(NOT_PROSE, '\n')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split(/\n/)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

const langOf = (html: string): Lang | null => {
  const tag = /<html\b[^>]*\blang=["']?([\w-]+)/i.exec(html)?.[1]?.toLowerCase().split('-')[0] ?? '';
  return (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : null;
};

/** The recall aid as shipped: both claims files are read with it, as the background reads claims.json. */
const claimsModel = parseClaimsModel(readFileSync(CLAIMS_MODEL_FILE, 'utf8'));
const compiledFrom = (file: string): CompiledClaims => compileShippedClaims(v.parse(Claims, JSON.parse(readFileSync(file, 'utf8'))), claimsModel);

const { values } = parseArgs({ options: { baseline: { type: 'string' } } });
const files = values.baseline ? [{ name: 'baseline', file: values.baseline }] : [];
files.push({ name: 'current', file: CLAIMS_FILE });
const models = files.map(({ name, file }) => ({ name, compiled: compiledFrom(file) }));

const prose: ClaimProse<string>[] = corpusPages().flatMap(({ name }) => {
  const html = readFileSync(join(CORPUS_DIR, name), 'utf8');
  const lang = langOf(html);
  return proseOf(html).map((text) => ({ text, owner: name, lang }));
});
const unknown = prose.map((p) => ({ ...p, lang: null }));
const sentences = prose.reduce((sum, p) => sum + sentencesOf(p.text).length, 0);
console.log(`${corpusPages().length} pages, ${prose.length} prose contexts, ${sentences} sentences`);

for (const { name, compiled } of models) {
  const found = findClaims(prose, compiled, () => true);
  const bySentence = new Set(found.map((f) => `${f.owner} ${f.start}`));
  const byClaim = new Map<string, number>();
  for (const f of found) byClaim.set(f.claimId, (byClaim.get(f.claimId) ?? 0) + 1);
  console.log(`\n${name}: ${bySentence.size} candidate sentences (${found.length} claims) read as if about the rooms`);
  for (const [id, count] of [...byClaim].sort()) console.log(`  ${id.padEnd(28)} ${count}`);
  for (const f of found) console.log(`  ${f.claimId.padEnd(28)} ${f.owner}: ${f.sentence.slice(0, 140)} [${f.cues.join(' | ')}]`);
}

// Interleaved rounds: each model in turn, language known then unknown, so the machine's drift is shared.
const micros = new Map(models.map(({ name }) => [name, { known: [] as number[], unknown: [] as number[] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const { name, compiled } of models) {
    for (const kind of ['known', 'unknown'] as const) {
      const started = performance.now();
      findClaims(kind === 'known' ? prose : unknown, compiled, () => true);
      micros.get(name)![kind].push(((performance.now() - started) * 1000) / sentences);
    }
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nµs a sentence, median of ${ROUNDS} interleaved rounds (language of the page / unknown):`);
for (const [name, { known, unknown: without }] of micros) console.log(`  ${name.padEnd(10)} ${median(known).toFixed(1)} / ${median(without).toFixed(1)}`);
