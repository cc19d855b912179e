/**
 * Holds the curated annotations to what the article itself says: every quotation the
 * extractor finds must be an evidence item with the same words, kind and speakers (or be
 * declared not a quotation, with a reason), and every quote item must be such a quotation.
 * Every position the article reports in its own words ("backed", "called on", "opposition
 * to", "resistance to", "bar …") must be an item covering those words, given to whom the
 * article gives it, with the stance the words establish where they establish one.
 */
import { lineOf } from './article-text';
import type { EvidenceAnnotation, NotAQuotation, StakeholderAnnotation } from './annotations-schema';
import type { Problem } from './dataset-error';
import type { Quotation } from './extract-quotations';
import type { ReportedPosition } from './extract-positions';
import { clip } from './locate-text';

export interface Placed<T> {
  entry: T;
  start: number;
  end: number;
}

export interface CrossCheckInput {
  /** The annotations file, where any fix goes. */
  file: string;
  article: string;
  quotations: readonly Quotation[];
  positions: readonly ReportedPosition[];
  evidence: readonly Placed<EvidenceAnnotation>[];
  notQuotations: readonly Placed<NotAQuotation>[];
  /** Everyone declared, in any annotations file. */
  stakeholders: readonly StakeholderAnnotation[];
}

export function crossCheck({ file, article, quotations, positions, evidence, notQuotations, stakeholders }: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  problems.push(...checkPositions(file, article, positions, evidence, stakeholders));
  const at = (q: { start: number; end: number }) => (item: { start: number; end: number }) => item.start === q.start && item.end === q.end;
  const quoteItems = evidence.filter((item) => item.entry.kind !== 'reported-position');

  for (const quotation of quotations) {
    const entry = `quotation at line ${lineOf(article, quotation.start)} "${clip(quotation.text, 40)}"`;
    const items = quoteItems.filter(at(quotation));
    const declared = notQuotations.find(at(quotation));
    const said = saidBy(quotation);
    if (declared) {
      if (quotation.speaker) problems.push({ file, entry, reason: `is listed in notQuotations, but the article attributes it to ${said}` });
      if (items.length) problems.push({ file, entry, reason: `is both an evidence item (${idList(items)}) and listed in notQuotations` });
      continue;
    }
    if (!items.length) {
      const reason = quotation.speaker
        ? `the article quotes ${said}, but no evidence item covers these words`
        : 'the article has these words in quotation marks and names no speaker: add an evidence item, or list it in notQuotations with a reason';
      problems.push({ file, entry, reason });
      continue;
    }
    if (items.length > 1) {
      problems.push({ file, entry, reason: `is covered by ${items.length} evidence items (${idList(items)}): one quotation, one item` });
      continue;
    }
    const item = items[0]!.entry;
    const itemEntry = `evidence "${item.id}"`;
    if (item.kind !== quotation.kind) {
      problems.push({ file, entry: itemEntry, reason: `is marked ${item.kind}, but the article has it as a ${quotation.kind}` });
    }
    if (!quotation.speaker) {
      problems.push({ file, entry: itemEntry, reason: 'the article names no speaker for this quotation (no reporting verb or named speaker around it)' });
      continue;
    }
    const speakers = stakeholdersNamedIn(quotation.speaker.text, stakeholders);
    const expected = [...speakers].sort().join(', ');
    const annotated = [...item.stakeholderIds].sort().join(', ');
    if (!speakers.length) {
      problems.push({
        file,
        entry: itemEntry,
        reason: `the article attributes it to ${said}, which names no declared stakeholder (add their name or an alias)`,
      });
    } else if (expected !== annotated) {
      problems.push({ file, entry: itemEntry, reason: `the article attributes it to ${said} (${expected}), but the annotation says ${annotated}` });
    }
  }

  for (const { entry: item, start, end } of quoteItems) {
    if (!quotations.some(at({ start, end }))) {
      problems.push({
        file,
        entry: `evidence "${item.id}"`,
        reason: `is marked ${item.kind}, but the article has no quotation marks around exactly these words`,
      });
    }
  }
  for (const { entry: item, start, end } of evidence) {
    if (item.kind === 'reported-position' && quotations.some((q) => start >= q.start && end <= q.end)) {
      problems.push({ file, entry: `evidence "${item.id}"`, reason: 'is marked reported-position, but the words are inside quotation marks: make it a quote' });
    }
  }
  for (const { entry: declared, start, end } of notQuotations) {
    if (!quotations.some(at({ start, end }))) {
      problems.push({ file, entry: `notQuotations "${clip(declared.text, 40)}"`, reason: 'the article has no quotation marks around exactly these words' });
    }
  }
  return problems;
}

function checkPositions(
  file: string,
  article: string,
  positions: readonly ReportedPosition[],
  evidence: readonly Placed<EvidenceAnnotation>[],
  stakeholders: readonly StakeholderAnnotation[],
): Problem[] {
  const problems: Problem[] = [];
  for (const position of positions) {
    const entry = `reported position at line ${lineOf(article, position.cue.start)} "${clip(position.holder.text, 40)} … ${position.cue.text}"`;
    const covering = evidence.filter((item) => item.start <= position.cue.start && item.end >= position.cue.end);
    const excepted = position.except ? holdersNamedIn(position.except.text, stakeholders) : [];
    const holders = holdersNamedIn(position.holder.text, stakeholders).filter((id) => !excepted.includes(id));
    if (!covering.length) {
      problems.push({
        file,
        entry,
        reason: `the article reports a position of "${position.holder.text}" ("${position.cue.text}"), but no evidence item covers these words`,
      });
      continue;
    }
    if (!holders.length) {
      problems.push({
        file,
        entry,
        reason: `the article gives this position to "${position.holder.text}", which names no declared stakeholder (add their name, an alias or a framing)`,
      });
      continue;
    }
    const theirs = covering.filter((item) => item.entry.stakeholderIds.some((id) => holders.includes(id)));
    if (!theirs.length) {
      problems.push({
        file,
        entry,
        reason: `the article gives this position to "${position.holder.text}" (${holders.join(', ')}), but the items covering it (${idList(covering)}) give it to ${[...new Set(covering.flatMap((c) => c.entry.stakeholderIds))].join(', ')}`,
      });
      continue;
    }
    for (const { entry: item } of theirs) {
      if (position.stance && item.stance !== position.stance) {
        problems.push({
          file,
          entry: `evidence "${item.id}"`,
          reason: `says "${item.stance}", but the article's words ("${position.holder.text}" … "${position.cue.text}") say only "${position.stance}"`,
        });
      }
    }
  }
  return problems;
}

/** Like `stakeholdersNamedIn`, ignoring case (a reporter writes "police chiefs"), and by the words that introduce them too. */
function holdersNamedIn(phrase: string, stakeholders: readonly StakeholderAnnotation[]): string[] {
  const folded = phrase.toLowerCase();
  return stakeholders
    .filter((stakeholder) => [...namesOf(stakeholder), stakeholder.introducedAs.text].some((name) => containsWords(folded, name.toLowerCase())))
    .map((stakeholder) => stakeholder.id);
}

/** `"Thewliss" ("Thewliss told the National")`, `"She" → "Thewliss" ("She added")`. */
function saidBy(quotation: Quotation): string {
  const speaker = quotation.pronoun ? `"${quotation.pronoun}" → "${quotation.speaker?.text ?? '?'}"` : `"${quotation.speaker?.text ?? '?'}"`;
  return quotation.attribution ? `${speaker} ("${quotation.attribution.text}")` : speaker;
}

function idList(items: readonly Placed<EvidenceAnnotation>[]): string {
  return items.map((item) => item.entry.id).join(', ');
}

/**
 * Which stakeholders a speaker phrase names: by full name, by an alias, or (a person) by
 * surname, as whole words. "A Home Office spokesman" names the Home Office.
 */
export function stakeholdersNamedIn(phrase: string, stakeholders: readonly StakeholderAnnotation[]): string[] {
  return stakeholders.filter((stakeholder) => namesOf(stakeholder).some((name) => containsWords(phrase, name))).map((stakeholder) => stakeholder.id);
}

function namesOf({ name, aliases, kind }: StakeholderAnnotation): string[] {
  const surname = kind === 'person' ? name.split(/\s+/).slice(-1) : [];
  return [name, ...aliases, ...surname];
}

function containsWords(phrase: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(phrase);
}
