/**
 * The dataset builder's pure core: article bytes + curated annotations + topic + lexicon in,
 * a validated `Dataset` out, or a `DatasetError` listing every problem (file, entry, reason).
 * No file system here: `scripts/build-dataset.ts` reads `seeds/` and writes the result.
 */
import * as v from 'valibot';
import { Annotations, type EvidenceAnnotation, type NotAQuotation, type StakeholderAnnotation, type TextSelector } from './annotations-schema';
import { decodeArticle, lineOf, paragraphsOf, sentenceEnd, sentenceStart } from './article-text';
import { crossCheck, type Placed } from './cross-check';
import { Dataset, MEDIUM_WORDS, Topic, type EvidenceItem, type Source, type Span, type Stakeholder } from './dataset-schema';
import { DatasetError, parseJsonFile, throwIfAny, type Problem } from './dataset-error';
import { extractQuotations, type Quotation } from './extract-quotations';
import { extractReportedPositions } from './extract-positions';
import { Lexicon } from './lexicon-schema';
import { Claims } from './claims-schema';
import { clip, locateText } from './locate-text';
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
  /** The claims model (`src/data/claims.json`). */
  claims: JsonInput;
  seeds: readonly SeedInput[];
}

/** One seed read and checked on its own, before stakeholders are resolved across seeds. */
interface ReadSeed {
  source: Source;
  annotationsFile: string;
  annotations: Annotations;
  quotations: Quotation[];
}

export async function buildDataset({ topic, lexicon, claims, seeds }: DatasetInputs): Promise<Dataset> {
  const problems: Problem[] = [];
  const parsedTopic = collectProblems(problems, () => parseJsonFile(topic.file, topic.content, Topic));
  const parsedLexicon = collectProblems(problems, () => parseJsonFile(lexicon.file, lexicon.content, Lexicon));
  const parsedClaims = collectProblems(problems, () => parseJsonFile(claims.file, claims.content, Claims));
  if (!seeds.length) problems.push({ file: 'seeds/', entry: '(folder)', reason: 'holds no article (<name>.txt with <name>.annotations.json)' });
  const claimIds = parsedTopic && parsedLexicon && parsedClaims ? new Set(parsedClaims.claims.map((claim) => claim.id)) : null;
  for (const claim of parsedClaims?.claims.filter((c) => parsedTopic && c.topic !== parsedTopic.id) ?? []) {
    problems.push({ file: claims.file, entry: `claims "${claim.id}"`, reason: `topic "${claim.topic}" is not the dataset's topic "${parsedTopic!.id}"` });
  }
  const verified = await verifySeeds(seeds, { complete: true, claimIds });
  problems.push(...verified.problems);
  // A claim no item speaks to would be shown with nobody on record: the model and the seeds
  // disagree. Links refused above still count here, so one mistake is reported once.
  const linked = new Set(verified.linkedClaims);
  for (const id of verified.placed ? (claimIds ?? []) : []) {
    if (!linked.has(id)) {
      problems.push({
        file: claims.file,
        entry: `claims "${id}"`,
        reason: 'has no evidence: link at least one evidence item to it ("claims" in an annotations file), or remove it',
      });
    }
  }
  throwIfAny(problems);

  const dataset = {
    version: 1,
    topic: parsedTopic!,
    sources: verified.sources,
    stakeholders: verified.stakeholders,
    evidence: verified.evidence,
    lexicon: parsedLexicon!,
    claims: parsedClaims!,
  };
  const checked = v.safeParse(Dataset, dataset);
  if (!checked.success) {
    throw new DatasetError(checked.issues.map((issue) => ({ file: '(built dataset)', entry: v.getDotPath(issue) ?? '(top level)', reason: issue.message })));
  }
  return checked.output;
}

/** Runs `read`, moving a DatasetError's problems into `problems` (null then). */
function collectProblems<T>(problems: Problem[], read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    problems.push(...error.problems);
    return null;
  }
}

export interface VerifiedSeeds {
  sources: Source[];
  stakeholders: Stakeholder[];
  evidence: EvidenceItem[];
  /** Every claim an item links to, refused links included (so a wrong link is reported once). */
  linkedClaims: string[];
  /** Whether every seed could be read, so its items were placed (and their links checked). */
  placed: boolean;
  /** Empty when every seed passed. */
  problems: Problem[];
}

export interface VerifyOptions {
  /**
   * Adds the cross-check against every quotation and reported position the article holds
   * (the bundled dataset needs it; a reader's article still being annotated does not).
   */
  complete: boolean;
  /**
   * The claims an item may link to (`src/data/claims.json`); null when the model itself could
   * not be read: then only the articles' and annotations' own reading is checked.
   */
  claimIds: ReadonlySet<string> | null;
}

/**
 * Checks articles and their annotations by the builder's rules: schema, UTF-8, ids, every
 * selector found verbatim in its article, media, elisions and claim links as the article allows.
 */
export async function verifySeeds(seeds: readonly SeedInput[], { complete, claimIds }: VerifyOptions): Promise<VerifiedSeeds> {
  const problems: Problem[] = [];
  const read: ReadSeed[] = [];
  for (const seed of seeds) {
    const annotations = collectProblems(problems, () => parseJsonFile(seed.annotations.file, seed.annotations.content, Annotations));
    const source = collectProblems(problems, () => decodeSource(seed.article.file, seed.article.bytes));
    if (!annotations || !source) continue;
    const scan = extractQuotations(source.text);
    if (complete)
      for (const { offset, reason } of scan.problems) problems.push({ file: seed.article.file, entry: `line ${lineOf(source.text, offset)}`, reason });
    read.push({
      source: { ...source, ...annotations.source, sha256: await sha256Hex(seed.article.bytes) },
      annotationsFile: seed.annotations.file,
      annotations,
      quotations: scan.quotations,
    });
  }
  const linkedClaims = read.flatMap((seed) => seed.annotations.evidence.flatMap((item) => item.claims.map((link) => link.claim)));
  const none: VerifiedSeeds = { sources: [], stakeholders: [], evidence: [], linkedClaims, placed: false, problems };
  if (problems.length || !claimIds) return none;
  const placedNone = { ...none, placed: true };

  const declared = read.flatMap(({ annotations }) => annotations.stakeholders);
  problems.push(...duplicateIds(read, (seed) => seed.annotations.stakeholders, 'stakeholders'));
  problems.push(...duplicateIds(read, (seed) => seed.annotations.evidence, 'evidence'));
  const stakeholders: Stakeholder[] = [];
  const evidence: EvidenceItem[] = [];
  for (const seed of read) {
    const placed = placeSeed(seed, declared, claimIds, problems);
    if (complete) {
      const positions = extractReportedPositions(seed.source.text, seed.quotations);
      problems.push(
        ...crossCheck({ file: seed.annotationsFile, article: seed.source.text, quotations: seed.quotations, positions, ...placed, stakeholders: declared }),
      );
    }
    stakeholders.push(...placed.stakeholders.map((at) => stakeholderOf(at, seed.source)));
    evidence.push(...placed.evidence.map((item) => evidenceOf(item, seed)));
  }
  return problems.length ? placedNone : { sources: read.map((seed) => seed.source), stakeholders, evidence, linkedClaims, placed: true, problems };
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
      else
        problems.push({
          file: seed.annotationsFile,
          entry: `${kind} "${id}"`,
          reason: `duplicate id: "${id}" is already declared${first === seed.annotationsFile ? ' above' : ` in ${first}`}`,
        });
    }
  }
  return problems;
}

/** A claim link with its basis found in the article. */
interface PlacedClaimLink {
  claimId: string;
  position: EvidenceItem['claims'][number]['position'];
  basis: Span[];
}

/** An evidence item found in its article, with the passages its stance, claims and medium rest on. */
interface PlacedEvidence extends Placed<EvidenceAnnotation> {
  stanceBasis: Span[];
  claims: PlacedClaimLink[];
  mediumBasis: Span | null;
  elisions: Span[];
}

/** A stakeholder found in its article; a framing also with the passages that say who it is. */
interface PlacedStakeholder extends Placed<StakeholderAnnotation> {
  framingBasis: Span[];
}

interface PlacedSeed {
  stakeholders: PlacedStakeholder[];
  evidence: PlacedEvidence[];
  notQuotations: Placed<NotAQuotation>[];
}

/** Finds every selector of one seed in its article and checks what refers to what. */
function placeSeed(
  { source, annotationsFile: file, annotations }: ReadSeed,
  declared: readonly StakeholderAnnotation[],
  claimIds: ReadonlySet<string>,
  problems: Problem[],
): PlacedSeed {
  const stakeholderIds = new Set(declared.map((s) => s.id));
  const find = (selector: TextSelector, name: string): Span | null => {
    const found = locateText(source.text, selector);
    if (!('error' in found)) return found;
    problems.push({ file, entry: name, reason: found.error });
    return null;
  };
  const findAll = (selectors: readonly TextSelector[], name: string): Span[] | null => {
    const spans = selectors.map((selector, index) => find(selector, `${name}[${index}]`));
    return spans.every((span) => span !== null) ? spans : null;
  };
  const placed: PlacedSeed = { stakeholders: [], evidence: [], notQuotations: [] };
  for (const stakeholder of annotations.stakeholders) {
    const name = `stakeholders "${stakeholder.id}"`;
    const at = find(stakeholder.introducedAs, `${name} introducedAs`);
    const framing = stakeholder.framingOf;
    for (const id of framing?.stakeholderIds ?? []) {
      const target = declared.find((s) => s.id === id);
      if (!target) problems.push({ file, entry: `${name} framingOf`, reason: `unknown stakeholder id "${id}"` });
      else if (target.framingOf)
        problems.push({ file, entry: `${name} framingOf`, reason: `"${id}" is itself a framing of others: name the stakeholders it stands for` });
    }
    const framingBasis = framing ? findAll(framing.basis, `${name} framingOf.basis`) : [];
    if (at && framingBasis) placed.stakeholders.push({ entry: stakeholder, ...at, framingBasis });
  }
  for (const item of annotations.evidence) {
    const name = `evidence "${item.id}"`;
    for (const id of item.stakeholderIds.filter((id) => !stakeholderIds.has(id))) {
      problems.push({ file, entry: name, reason: `unknown stakeholder id "${id}" (declared ids: ${[...stakeholderIds].join(', ')})` });
    }
    const at = find(item, name);
    const stanceBasis = placeStanceBasis(item, name, findAll, problems, file);
    const mediumBasis = placeMediumBasis(item, name, find, problems, file, source.text);
    const elisions = at ? placeElisions(item, at, name, problems, file, source.text) : null;
    const claims = placeClaimLinks(item, name, claimIds, findAll, problems, file);
    // A refused basis or elision is a problem already, which stops the build; the item still
    // takes part in the cross-check, so one mistake is not reported again as a missing item.
    if (at) placed.evidence.push({ entry: item, ...at, stanceBasis: stanceBasis ?? [], claims, mediumBasis: mediumBasis ?? null, elisions: elisions ?? [] });
  }
  if (source.outlet !== null && !source.text.includes(source.outlet)) {
    problems.push({
      file,
      entry: 'source.outlet',
      reason: `"${source.outlet}" does not appear in the article: the outlet is known only if the article names it`,
    });
  }
  for (const [index, notQuotation] of annotations.notQuotations.entries()) {
    const at = find(notQuotation, `notQuotations[${index}]`);
    if (at) placed.notQuotations.push({ entry: notQuotation, ...at });
  }
  return placed;
}

/** Every stance rests on words of the article: an item without them is refused. */
function placeStanceBasis(
  item: EvidenceAnnotation,
  name: string,
  findAll: (s: readonly TextSelector[], n: string) => Span[] | null,
  problems: Problem[],
  file: string,
): Span[] | null {
  if (!item.stanceBasis?.length) {
    problems.push({
      file,
      entry: name,
      reason: `has no stanceBasis: name the sentence(s) of the article that establish "${item.stance}" (e.g. "stanceBasis": [{ "text": "…" }]); the item's own words count when they say it`,
    });
    return null;
  }
  return findAll(item.stanceBasis, `${name} stanceBasis`);
}

/** Each claim link names a real claim, once, and the article's words that show the position. */
function placeClaimLinks(
  item: EvidenceAnnotation,
  name: string,
  claimIds: ReadonlySet<string>,
  findAll: (s: readonly TextSelector[], n: string) => Span[] | null,
  problems: Problem[],
  file: string,
): PlacedClaimLink[] {
  const placed: PlacedClaimLink[] = [];
  const seen = new Set<string>();
  for (const [index, link] of item.claims.entries()) {
    const entry = `${name} claims[${index}]`;
    if (!claimIds.has(link.claim)) {
      problems.push({ file, entry, reason: `unknown claim "${link.claim}" (claims in src/data/claims.json: ${[...claimIds].join(', ')})` });
      continue;
    }
    if (seen.has(link.claim)) problems.push({ file, entry, reason: `links claim "${link.claim}" twice` });
    seen.add(link.claim);
    if (!link.basis?.length) {
      problems.push({
        file,
        entry,
        reason: `has no basis: name the sentence(s) of the article that show it ${link.position} "${link.claim}" (e.g. "basis": [{ "text": "…" }])`,
      });
      continue;
    }
    const basis = findAll(link.basis, `${entry} basis`);
    if (basis) placed.push({ claimId: link.claim, position: link.position, basis });
  }
  return placed;
}

/**
 * A medium only where the article names it: the basis must be words of the article that say
 * it ("In a letter to Atkins"). Undefined when the annotation is refused.
 */
function placeMediumBasis(
  item: EvidenceAnnotation,
  name: string,
  find: (s: TextSelector, n: string) => Span | null,
  problems: Problem[],
  file: string,
  text: string,
): Span | null | undefined {
  if (item.medium === null) {
    if (!item.mediumBasis) return null;
    problems.push({ file, entry: name, reason: 'has a mediumBasis but no medium' });
    return undefined;
  }
  if (!item.mediumBasis) {
    problems.push({ file, entry: name, reason: `says medium "${item.medium}" without a mediumBasis: a medium is given only where the article names it` });
    return undefined;
  }
  const at = find(item.mediumBasis, `${name} mediumBasis`);
  if (!at) return undefined;
  if (!MEDIUM_WORDS[item.medium].test(text.slice(at.start, at.end))) {
    problems.push({ file, entry: name, reason: `says medium "${item.medium}", but its mediumBasis "${clip(text.slice(at.start, at.end))}" does not say so` });
    return undefined;
  }
  return at;
}

/** A reporter's aside in parentheses, inside a reported position: the only text a card may elide. */
function placeElisions(item: EvidenceAnnotation, at: Span, name: string, problems: Problem[], file: string, text: string): Span[] | null {
  const spans: Span[] = [];
  for (const [index, selector] of item.elide.entries()) {
    const entry = `${name} elide[${index}]`;
    const inside = locateText(text.slice(at.start, at.end), selector);
    if ('error' in inside) {
      problems.push({ file, entry, reason: inside.error.replace('in the article', 'in the item’s text') });
    } else if (item.kind !== 'reported-position') {
      problems.push({ file, entry, reason: 'only a reported position may be shortened on the card: quotes are shown whole' });
    } else if (!/^\([^()]*\)$/.test(selector.text)) {
      problems.push({ file, entry, reason: `"${clip(selector.text)}" is not a parenthetical aside: only "(…)" may be elided` });
    } else {
      spans.push({ start: at.start + inside.start, end: at.start + inside.end });
    }
  }
  return spans.length === item.elide.length ? spans : null;
}

function passage(source: Source, start: number, end: number): Stakeholder['introducedAt'] {
  return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

function stakeholderOf({ entry, start, end, framingBasis }: PlacedStakeholder, source: Source): Stakeholder {
  const { id, name, role, organisation, kind, label, note, framingOf } = entry;
  return {
    id,
    name,
    role,
    organisation,
    kind,
    label,
    introducedAt: passage(source, start, end),
    note,
    framingOf: framingOf ? { stakeholderIds: framingOf.stakeholderIds, basis: framingBasis.map((span) => passage(source, span.start, span.end)) } : null,
  };
}

function evidenceOf({ entry, start, end, stanceBasis, claims, mediumBasis, elisions }: PlacedEvidence, { source, quotations }: ReadSeed): EvidenceItem {
  const { id, stakeholderIds, kind, medium, stance, note } = entry;
  // Inferred when any of it lies outside the item's own words.
  const outside = (spans: readonly Span[]) => spans.some((span) => span.start < start || span.end > end);
  const quotation = kind === 'reported-position' ? undefined : quotations.find((q) => q.start === start && q.end === end);
  const attribution = quotation?.attribution ? passage(source, quotation.attribution.start, quotation.attribution.end) : null;
  return {
    id,
    sourceId: source.id,
    stakeholderIds,
    kind,
    medium,
    stance,
    claims: claims.map((link) => ({
      claimId: link.claimId,
      position: link.position,
      basis: link.basis.map((span) => passage(source, span.start, span.end)),
      inferred: outside(link.basis),
    })),
    text: source.text.slice(start, end),
    start,
    end,
    context: contextOf(source.text, start, end, quotations),
    attribution,
    note,
    stanceBasis: stanceBasis.map((span) => passage(source, span.start, span.end)),
    stanceInferred: outside(stanceBasis),
    mediumBasis: mediumBasis ? passage(source, mediumBasis.start, mediumBasis.end) : null,
    elisions,
  };
}

/** The sentence(s) holding the item, within its paragraph(s). */
function contextOf(text: string, start: number, end: number, quotations: readonly Quotation[]): EvidenceItem['context'] {
  const paragraphs = paragraphsOf(text);
  const first = paragraphs.find((p) => start >= p.start && start < p.end) ?? { start, end };
  const last = paragraphs.find((p) => end > p.start && end <= p.end) ?? first;
  const quoted = (i: number) => quotations.some((q) => i >= q.start && i < q.end);
  return { start: sentenceStart(text, start, first.start, quoted), end: sentenceEnd(text, Math.max(start, end - 1), last.end, quoted) };
}
