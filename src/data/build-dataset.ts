/**
 * The dataset builder's pure core: article bytes + curated annotations + topic + lexicon in,
 * a validated `Dataset` out, or a `DatasetError` listing every problem (file, entry, reason).
 * No file system here: `scripts/build-dataset.ts` reads `seeds/` and writes the result.
 */
import * as v from 'valibot';
import { Annotations, type EvidenceAnnotation, type NotAQuotation, type StakeholderAnnotation, type TextSelector } from './annotations-schema';
import { decodeArticle, lineOf, paragraphsOf, sentenceEnd, sentenceStart } from './article-text';
import { crossCheck, type Placed } from './cross-check';
import { Dataset, Topic, type EvidenceItem, type Source, type Stakeholder } from './dataset-schema';
import { DatasetError, parseJsonFile, throwIfAny, type Problem } from './dataset-error';
import { extractQuotations, type Quotation } from './extract-quotations';
import { Lexicon } from './lexicon-schema';
import { locateText } from './locate-text';
import { sha256Hex } from './sha256';

/** A JSON file's name (as the curator should see it in messages) and content. */
export interface JsonInput {
  file: string;
  content: string;
}

/** One article (`<name>.txt`) and its annotations (`<name>.annotations.json`). */
export interface SeedInput {
  article: { file: string; bytes: Uint8Array<ArrayBuffer> };
  annotations: JsonInput;
}

export interface DatasetInputs {
  topic: JsonInput;
  lexicon: JsonInput;
  seeds: readonly SeedInput[];
}

/** One seed read and checked on its own, before stakeholders are resolved across seeds. */
interface ReadSeed {
  source: Source;
  annotationsFile: string;
  annotations: Annotations;
  quotations: Quotation[];
}

export async function buildDataset({ topic, lexicon, seeds }: DatasetInputs): Promise<Dataset> {
  const problems: Problem[] = [];
  const collect = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const parsedTopic = collect(() => parseJsonFile(topic.file, topic.content, Topic));
  const parsedLexicon = collect(() => parseJsonFile(lexicon.file, lexicon.content, Lexicon));
  if (!seeds.length) problems.push({ file: 'seeds/', entry: '(folder)', reason: 'holds no article (<name>.txt with <name>.annotations.json)' });
  const read: ReadSeed[] = [];
  for (const seed of seeds) {
    const annotations = collect(() => parseJsonFile(seed.annotations.file, seed.annotations.content, Annotations));
    const source = collect(() => decodeSource(seed.article.file, seed.article.bytes));
    if (!annotations || !source) continue;
    const scan = extractQuotations(source.text);
    for (const { offset, reason } of scan.problems) problems.push({ file: seed.article.file, entry: `line ${lineOf(source.text, offset)}`, reason });
    read.push({ source: { ...source, ...annotations.source, sha256: await sha256Hex(seed.article.bytes) }, annotationsFile: seed.annotations.file, annotations, quotations: scan.quotations });
  }
  throwIfAny(problems);

  const declared = read.flatMap(({ annotations }) => annotations.stakeholders);
  problems.push(...duplicateIds(read, (seed) => seed.annotations.stakeholders, 'stakeholders'));
  problems.push(...duplicateIds(read, (seed) => seed.annotations.evidence, 'evidence'));
  const stakeholders: Stakeholder[] = [];
  const evidence: EvidenceItem[] = [];
  for (const seed of read) {
    const placed = placeSeed(seed, new Set(declared.map((s) => s.id)), problems);
    problems.push(...crossCheck({ file: seed.annotationsFile, article: seed.source.text, quotations: seed.quotations, ...placed, stakeholders: declared }));
    stakeholders.push(...placed.stakeholders.map(({ entry, start, end }) => stakeholderOf(entry, passage(seed.source, start, end))));
    evidence.push(...placed.evidence.map((item) => evidenceOf(item, seed)));
  }
  throwIfAny(problems);

  const dataset = { version: 1, topic: parsedTopic!, sources: read.map((seed) => seed.source), stakeholders, evidence, lexicon: parsedLexicon! };
  const checked = v.safeParse(Dataset, dataset);
  if (!checked.success) {
    throw new DatasetError(checked.issues.map((issue) => ({ file: '(built dataset)', entry: v.getDotPath(issue) ?? '(top level)', reason: issue.message })));
  }
  return checked.output;
}

/** The dataset as committed: two-space JSON in schema key order, one final newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function decodeSource(file: string, bytes: Uint8Array): Omit<Source, 'sha256' | 'outlet' | 'outletNote' | 'date' | 'url'> {
  const fileName = file.split('/').at(-1)!;
  let text: string;
  try {
    text = decodeArticle(bytes);
  } catch {
    throw new DatasetError([{ file, entry: '(whole file)', reason: 'is not valid UTF-8' }]);
  }
  if (!text.trim()) throw new DatasetError([{ file, entry: '(whole file)', reason: 'is empty' }]);
  const id = fileName.replace(/\.txt$/, '');
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(id)) {
    throw new DatasetError([{ file, entry: '(file name)', reason: 'an article is named <id>.txt, the id in lower-case letters, digits, "-" and "_"' }]);
  }
  return { id, fileName, text };
}

function duplicateIds(seeds: readonly ReadSeed[], entries: (seed: ReadSeed) => readonly { id: string }[], kind: string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const seed of seeds) {
    for (const { id } of entries(seed)) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, seed.annotationsFile);
      else problems.push({ file: seed.annotationsFile, entry: `${kind} "${id}"`, reason: `duplicate id: "${id}" is already declared${first === seed.annotationsFile ? ' above' : ` in ${first}`}` });
    }
  }
  return problems;
}

interface PlacedSeed {
  stakeholders: Placed<StakeholderAnnotation>[];
  evidence: Placed<EvidenceAnnotation>[];
  notQuotations: Placed<NotAQuotation>[];
}

/** Finds every selector of one seed in its article and checks what refers to what. */
function placeSeed({ source, annotationsFile: file, annotations }: ReadSeed, stakeholderIds: ReadonlySet<string>, problems: Problem[]): PlacedSeed {
  const place = <T>(entry: T, selector: TextSelector, name: string): Placed<T> | null => {
    const found = locateText(source.text, selector);
    if ('error' in found) {
      problems.push({ file, entry: name, reason: found.error });
      return null;
    }
    return { entry, ...found };
  };
  const placed: PlacedSeed = { stakeholders: [], evidence: [], notQuotations: [] };
  for (const stakeholder of annotations.stakeholders) {
    const at = place(stakeholder, stakeholder.introducedAs, `stakeholders "${stakeholder.id}" introducedAs`);
    if (at) placed.stakeholders.push(at);
  }
  for (const item of annotations.evidence) {
    for (const id of item.stakeholderIds.filter((id) => !stakeholderIds.has(id))) {
      problems.push({ file, entry: `evidence "${item.id}"`, reason: `unknown stakeholder id "${id}" (declared ids: ${[...stakeholderIds].join(', ')})` });
    }
    const at = place(item, item, `evidence "${item.id}"`);
    if (at) placed.evidence.push(at);
  }
  if (source.outlet !== null && !source.text.includes(source.outlet)) {
    problems.push({ file, entry: 'source.outlet', reason: `"${source.outlet}" does not appear in the article: the outlet is known only if the article names it` });
  }
  for (const [index, declared] of annotations.notQuotations.entries()) {
    const at = place(declared, declared, `notQuotations[${index}]`);
    if (at) placed.notQuotations.push(at);
  }
  return placed;
}

function passage(source: Source, start: number, end: number): Stakeholder['introducedAt'] {
  return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

function stakeholderOf({ id, name, role, organisation, kind, label, note }: StakeholderAnnotation, introducedAt: Stakeholder['introducedAt']): Stakeholder {
  return { id, name, role, organisation, kind, label, introducedAt, note };
}

function evidenceOf({ entry, start, end }: Placed<EvidenceAnnotation>, { source, quotations }: ReadSeed): EvidenceItem {
  const { id, stakeholderIds, kind, medium, stance, tags, note } = entry;
  const quotation = kind === 'reported-position' ? undefined : quotations.find((q) => q.start === start && q.end === end);
  const attribution = quotation?.attribution ? passage(source, quotation.attribution.start, quotation.attribution.end) : null;
  return { id, sourceId: source.id, stakeholderIds, kind, medium, stance, tags, text: source.text.slice(start, end), start, end, context: contextOf(source.text, start, end, quotations), attribution, note };
}

/** The sentence(s) holding the item, within its paragraph(s). */
function contextOf(text: string, start: number, end: number, quotations: readonly Quotation[]): EvidenceItem['context'] {
  const paragraphs = paragraphsOf(text);
  const first = paragraphs.find((p) => start >= p.start && start < p.end) ?? { start, end };
  const last = paragraphs.find((p) => end > p.start && end <= p.end) ?? first;
  const quoted = (i: number) => quotations.some((q) => i >= q.start && i < q.end);
  return { start: sentenceStart(text, start, first.start, quoted), end: sentenceEnd(text, Math.max(start, end - 1), last.end, quoted) };
}
