/**
 * Matches one prose context: the lexicon's terms and cues in one pass over its normalised
 * text, plus the short forms the page has defined. Keeps leftmost-longest term occurrences
 * on word boundaries, notes whether a topic cue is near each, and whether a parenthesised
 * short form follows it ("drug consumption facilities (DCFs)").
 */
import type { CompiledLexicon, CompiledTerm } from './compile-lexicon';
import { NormalizedText } from './normalize';
import type { ProseContext } from './text-model';

/** A cue counts for an ambiguous term this many normalised characters away, within the context. */
export const CUE_WINDOW = 300;
/** Longest prose kept as a mention's context. */
const CONTEXT_CHARS = 1000;

export interface Candidate {
  readonly range: StaticRange;
  readonly text: string;
  readonly term: CompiledTerm;
  /** The form needs a topic cue or an unambiguous mention elsewhere to count. */
  readonly ambiguous: boolean;
  readonly cueNearby: boolean;
  /** A page-defined short form ("DKR"): counts because the page said what it stands for. */
  readonly definedShortForm: boolean;
  /** The short form this occurrence defines, singular ("DCF" for "(DCFs)"). */
  readonly defines: string | null;
  /** The prose around it. */
  readonly context: string;
}

/** Short forms the page defined, singular, with the term each stands for. */
export type ShortForms = ReadonlyMap<string, CompiledTerm>;

interface Span {
  start: number;
  end: number;
  term: CompiledTerm;
  shortForm: boolean;
  normStart: number;
  normEnd: number;
}

const DEFINITION = /\s*\(\s*(\p{Lu}[\p{L}\p{N}]{1,7})\s*\)/uy;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One expression finding every defined short form (and its -s plural) as a whole word. */
export function shortFormPattern(shortForms: ShortForms): RegExp | null {
  if (shortForms.size === 0) return null;
  const alternatives = [...shortForms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
}

/** The singular short form defined after a mention whose normalised text is `longForm`, if it fits. */
export function definedShortForm(raw: string, end: number, longForm: string): string | null {
  DEFINITION.lastIndex = end;
  const found = DEFINITION.exec(raw);
  if (!found) return null;
  let short = found[1]!;
  if (/^\p{Lu}+s$/u.test(short)) short = short.slice(0, -1);
  if (!/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(short)) return null;
  // Its letters must be the long form's initial and then letters of it in order: "DKR" for
  // "Drogenkonsumräume", not "UK" after "drug consumption rooms".
  const letters = longForm.replace(/[^\p{L}]/gu, '');
  const wanted = short.toLowerCase();
  if (letters[0] !== wanted[0]) return null;
  let at = 1;
  for (const letter of wanted.slice(1)) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return null;
  }
  return short;
}

/** The text node and offset of a context offset; `end` prefers the node that ends there. */
function position(context: ProseContext, offset: number, end: boolean): [Text, number] {
  const { starts, nodes } = context;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (start === offset && !end)) low = mid;
    else high = mid - 1;
  }
  return [nodes[low]!, offset - starts[low]!];
}

export function rangeOf(context: ProseContext, start: number, end: number): StaticRange {
  const [startContainer, startOffset] = position(context, start, false);
  const [endContainer, endOffset] = position(context, end, true);
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

function contextAround(raw: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start - CONTEXT_CHARS / 2, raw.length - CONTEXT_CHARS));
  return raw.slice(from, Math.max(end, from + CONTEXT_CHARS)).replace(/\s+/g, ' ').trim();
}

/** Leftmost-longest: sorted by start, then longest first; overlapping later spans dropped. */
function leftmostLongest(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.start < reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

/** "DCR", "DCRs": capitals, with an optional plural s. */
const inCapitals = (spelled: string): boolean => !/\p{Ll}/u.test(spelled.replace(/s$/, ''));

/** Reused from one context to the next: most contexts hold nothing, and should cost no allocation. */
const scratch = new NormalizedText();
const spans: Span[] = [];
const cues: number[] = [];

export function matchContext(context: ProseContext, lexicon: CompiledLexicon, shortForms: ShortForms, shortFormRegex: RegExp | null): Candidate[] {
  const text = scratch.clear();
  const { parts, starts } = context;
  for (let i = 0; i < parts.length; i++) text.append(parts[i]!, starts[i]!);
  spans.length = 0;
  cues.length = 0;
  lexicon.matcher.scan(text.codes, text.length, (id, start, end) => {
    const phrase = lexicon.phrases[id]!;
    if (!text.boundaryBefore(start)) return;
    if (phrase.kind === 'cue') {
      if (phrase.wordStart || text.boundaryAt(end)) cues.push(start, end);
      return;
    }
    if (!text.boundaryAt(end)) return;
    const raw = context.text;
    const [rawStart, rawEnd] = text.rawSpan(raw, start, end);
    if (phrase.capitals && !inCapitals(raw.slice(rawStart, rawEnd))) return;
    spans.push({ start: rawStart, end: rawEnd, term: phrase.term, shortForm: false, normStart: start, normEnd: end });
  });
  if (shortFormRegex) {
    for (const found of context.text.matchAll(shortFormRegex)) {
      const short = found[0].endsWith('s') && !shortForms.has(found[0]) ? found[0].slice(0, -1) : found[0];
      const term = shortForms.get(short);
      if (term) spans.push({ start: found.index, end: found.index + found[0].length, term, shortForm: true, normStart: -1, normEnd: -1 });
    }
  }
  if (spans.length === 0) return [];
  const raw = context.text;

  return leftmostLongest(spans).map((span) => {
    const spelled = raw.slice(span.start, span.end);
    const definedHere = span.shortForm ? span.term : shortForms.get(spelled) ?? shortForms.get(spelled.replace(/s$/, ''));
    let cueNearby = false;
    for (let i = 0; i < cues.length && !cueNearby && !span.shortForm; i += 2) {
      const cueStart = cues[i]!;
      const cueEnd = cues[i + 1]!;
      const apart = cueEnd <= span.normStart ? span.normStart - cueEnd : cueStart >= span.normEnd ? cueStart - span.normEnd : -1;
      cueNearby = apart >= 0 && apart <= CUE_WINDOW;
    }
    return {
      range: rangeOf(context, span.start, span.end),
      text: spelled,
      term: span.term,
      ambiguous: span.term.ambiguous,
      cueNearby,
      definedShortForm: definedHere !== undefined,
      defines: span.shortForm ? null : definedShortForm(raw, span.end, text.slice(span.normStart, span.normEnd)),
      context: contextAround(raw, span.start, span.end),
    };
  });
}
