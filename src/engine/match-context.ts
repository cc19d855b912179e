/**
 * Matches one prose context: the lexicon's terms and cues in one pass over its normalised
 * text, plus the short forms the page has defined. Keeps leftmost-longest term occurrences
 * on word boundaries, gathers the cues of each ambiguous one's sentence and paragraph, and
 * notes whether a parenthesised short form follows it ("drug consumption facilities (DCFs)").
 */
import type { TermRule } from '../data/lexicon-schema';
import type { CompiledCue, CompiledLexicon, CompiledTerm } from './compile-lexicon';
import type { CueEvidence } from './judge-candidate';
import { NormalizedText } from './normalize';
import type { ProseContext } from './text-model';

/** A paragraph's cues count this many characters either side of a candidate (bounds a huge text node's cost). */
const PARAGRAPH_REACH = 1500;
/** Longest prose kept as a mention's context. */
const CONTEXT_CHARS = 1000;

export interface Candidate {
  readonly range: StaticRange;
  readonly text: string;
  readonly term: CompiledTerm;
  /** The same written form in other languages, for the judge to pick by the text's language. */
  readonly alternatives: readonly CompiledTerm[];
  /** What the form needs to count; null for an unambiguous form, which always counts. */
  readonly rule: TermRule | null;
  /** The short form it is written as, singular ("DCR" for "DCRs"), whose definition in its story makes it count. */
  readonly shortForm: string | null;
  /** The cues around an ambiguous candidate (null for an unambiguous one). */
  readonly cues: CueEvidence | null;
  /** The short form this occurrence defines, singular ("DCF" for "(DCFs)"). */
  readonly defines: string | null;
  /** Is this short form defined here as something else: "Ottawa Police Service (OPS)", "OPS (Ottawa Police Service)"? */
  readonly definedOtherwise: boolean;
  /** The prose around it. */
  readonly context: string;
}

/** Short forms the page defined, singular, with the term each stands for. */
export type ShortForms = ReadonlyMap<string, CompiledTerm>;

interface Span {
  start: number;
  end: number;
  term: CompiledTerm;
  alternatives: readonly CompiledTerm[];
  shortForm: boolean;
  normStart: number;
  normEnd: number;
}

/**
 * The words that bring in a short form after the long one, in the seven languages: "(kurz:
 * DKR)", ", or DCRs,", "also known as", "oder kurz", "dites SCMR", "of kortweg DCR",
 * "conocidas como", "ou seja", "ossia". Lower case only: a capitalised word there is a name.
 */
const SHORT_FORM_LEAD = String.raw`(?:or(?:\s+simply)?|also\s+called|also\s+known\s+as|known\s+as|aka|oder|kurz|abgek(?:ürzt|\.)|ou(?:\s+encore|\s+seja)?|dites?|appelée?s?|en\s+abrégé|of|kortweg|afgekort|o|llamad[ao]s?|conocid[ao]s?\s+como|abreviad[ao]s?|chamad[ao]s?|dett[aei]|ossia|cioè|in\s+breve|abbreviat[aoei])`;
/** The first letters of the lead words: a mention followed by a word starting otherwise defines nothing. */
const LEAD_STARTS = 'acdeiklo';
const SHORT_FORM = String.raw`(\p{Lu}[\p{L}\p{N}]{1,7})`;
/** A short form defined right after a long form: in parentheses, with a lead word or none, or after a lead word ("…, or DCR", "…, of kortweg DCR"). */
const DEFINITION = new RegExp(
  String.raw`\s*(?:\(\s*(?:${SHORT_FORM_LEAD}\s*:?\s+)?${SHORT_FORM}\s*\)|[,;:]?\s*${SHORT_FORM_LEAD}\s*:?\s+(?:(?:kortweg|kurz|simply)\s+)?${SHORT_FORM}(?![\p{L}\p{N}]))`,
  'uy',
);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One expression finding every defined short form (and its -s plural) as a whole word. */
export function shortFormPattern(shortForms: ShortForms): RegExp | null {
  if (shortForms.size === 0) return null;
  const alternatives = [...shortForms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Can a definition follow `end`: past white space (`\s`, as `DEFINITION` reads it), "(", a
 * comma, semicolon or colon, or a lower-case letter (a lead word)? Most mentions are followed by
 * none of these or by a word no lead starts: they skip the expression, and the normalised long
 * form it would need.
 */
function definitionMayFollow(raw: string, end: number): boolean {
  for (let i = end; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x28 || code === 0x2c || code === 0x3a || code === 0x3b) return true;
    if (code >= 0x61 && code <= 0x7a) return LEAD_STARTS.includes(raw[i]!);
    const space = code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(raw[i]!));
    if (!space) return false;
  }
  return false;
}

/** The singular short form defined after a mention whose normalised text is `longForm`, if it fits. */
export function definedShortForm(raw: string, end: number, longForm: string): string | null {
  DEFINITION.lastIndex = end;
  const found = DEFINITION.exec(raw);
  if (!found) return null;
  let short = (found[1] ?? found[2])!;
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

/**
 * A run of white space other than one plain space: what folding must replace. Every run made one
 * space, as `/\s+/g` would, but the plain spaces between words (most runs) are not matched, and
 * so not replaced one by one.
 */
const FOLDABLE_SPACE = /[^\S ]\s*| \s+/g;

/** The prose around `start`–`end`, at most `CONTEXT_CHARS`, white space folded: what a finding keeps of its block. */
export function contextAround(raw: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start - CONTEXT_CHARS / 2, raw.length - CONTEXT_CHARS));
  return raw
    .slice(from, Math.max(end, from + CONTEXT_CHARS))
    .replace(FOLDABLE_SPACE, ' ')
    .trim();
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

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'der', 'die', 'das', 'de', 'het', 'el', 'il', 'lo', 'o', 'a']);

/** A name spelled as the lexicon spells it ("Insite", "The Thistle" or "the Thistle"), not "insite" or "InSite". */
function asSpelled(spelled: string, form: string): boolean {
  const written = spelled.split(/\s+/);
  const wanted = form.split(/\s+/);
  if (written.length !== wanted.length) return false;
  return wanted.every((word, i) => written[i] === word || (i === 0 && wanted.length > 1 && ARTICLES.has(word.toLowerCase())));
}

const WORDS_BEFORE = /((?:[\p{L}\p{N}'’]+[\s-]+){1,8})\(\s*$/u;
const WORDS_AFTER = /^s?(?:’s|'s)?\s*\(\s*([^()]{2,120})\)/u;

/** Do the words' initials (all of them, or the capitalised ones) spell `short`? */
function spells(words: string, short: string): boolean {
  const list = words.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  const wanted = short.toLowerCase();
  for (let from = 0; from < list.length; from++) {
    const tail = list.slice(from);
    if (tail.map((word) => word[0]!.toLowerCase()).join('') === wanted) return true;
    if (
      tail
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0]!.toLowerCase())
        .join('') === wanted &&
      /^\p{Lu}/u.test(tail[0]!)
    )
      return true;
  }
  return false;
}

/** Is the short form at [start, end) spelled out here as something other than a lexicon term? */
function definedOtherwise(raw: string, start: number, end: number, short: string, kept: readonly Span[]): boolean {
  const before = WORDS_BEFORE.exec(raw.slice(Math.max(0, start - 120), start));
  if (before && /^\s*\)/.test(raw.slice(end)) && spells(before[1]!, short)) {
    // A lexicon term right before the parenthesis is the topic's own definition.
    const parenthesis = raw.lastIndexOf('(', start);
    return !kept.some((span) => span.end <= parenthesis && parenthesis - span.end <= 2);
  }
  const after = WORDS_AFTER.exec(raw.slice(end, end + 160));
  return after !== null && spells(after[1]!, short) && !kept.some((span) => span.start > end && span.start < end + after[0].length);
}

/** The raw bounds of the sentence around [start, end): from after the last ". " before it to the first after it. */
function sentenceAround(raw: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !(/[.!?]/.test(raw[from - 1]!) && /\s/.test(raw[from] ?? ' '))) from--;
  let to = end;
  while (to < raw.length && !(/[.!?]/.test(raw[to]!) && /\s/.test(raw[to + 1] ?? ' '))) to++;
  return [from, to];
}

/** Reused from one context to the next: most contexts hold nothing, and should cost no allocation. */
const scratch = new NormalizedText();
const spans: Span[] = [];
/** Cue hits as (start, end, phrase id), in order of their end. */
const cues: number[] = [];

/** Finds the context's cues (in `cues`), once it holds an ambiguous candidate. */
function findCues(text: NormalizedText, lexicon: CompiledLexicon): void {
  const { matcher, phrases } = lexicon.cues();
  cues.length = 0;
  matcher.scan(text.codes, text.length, (id, start, end) => {
    if (text.boundaryBefore(start) && (phrases[id]!.wordStart || text.boundaryAt(end))) cues.push(start, end, id);
  });
}

/** Read apart from `scratch`: a story's cues are read while judging, after matching is done, but need not know that. */
const storyScratch = new NormalizedText();

/**
 * The distinct cues in a story's prose (`texts`, each a context's text), read in turn until
 * `limit` characters have been: what a rule that weighs the story's cues asks for, once per
 * story and only when nothing nearer decided.
 */
export function cuesInTexts(texts: Iterable<string>, lexicon: CompiledLexicon, limit: number): CompiledCue[] {
  const { matcher, phrases } = lexicon.cues();
  const found = new Set<CompiledCue>();
  let read = 0;
  for (const raw of texts) {
    const text = storyScratch.load(raw.length > limit - read ? raw.slice(0, limit - read) : raw);
    matcher.scan(text.codes, text.length, (id, start, end) => {
      if (text.boundaryBefore(start) && (phrases[id]!.wordStart || text.boundaryAt(end))) found.add(phrases[id]!.cue);
    });
    read += raw.length;
    if (read >= limit) break;
  }
  return [...found];
}

/** The distinct cues of the sentence and paragraph around the raw span [start, end). */
function cuesAround(text: NormalizedText, raw: string, lexicon: CompiledLexicon, start: number, end: number): CueEvidence {
  const [sentenceStart, sentenceEnd] = sentenceAround(raw, start, end);
  const from = start - PARAGRAPH_REACH;
  const to = end + PARAGRAPH_REACH;
  const { phrases } = lexicon.cues();
  const sentence = new Set<CompiledCue>();
  const paragraph = new Set<CompiledCue>();
  for (let i = 0; i < cues.length; i += 3) {
    const cueStart = text.rawOffsets[cues[i]!]!;
    const cueEnd = text.rawOffsets[cues[i + 1]! - 1]! + 1;
    if (cueEnd <= from || (cueStart < end && cueEnd > start)) continue; // too far before, or part of the candidate
    if (cueStart >= to) break;
    const { cue } = phrases[cues[i + 2]!]!;
    paragraph.add(cue);
    if (cueStart >= sentenceStart && cueEnd <= sentenceEnd) sentence.add(cue);
  }
  return { sentence: [...sentence], paragraph: [...paragraph] };
}

/**
 * Normalises the context from part `from` on and matches the terms there (into `spans`).
 * Matching starts in the state of no phrase under way, which is what the context's
 * `firstPart` guarantees for its part (text-model.ts).
 */
function findSpans(context: ProseContext, from: number, lexicon: CompiledLexicon, shortForms: ShortForms, shortFormRegex: RegExp | null): NormalizedText {
  const text = scratch.clear();
  const { parts, starts } = context;
  for (let i = from; i < parts.length; i++) text.append(parts[i]!, starts[i]!);
  spans.length = 0;
  lexicon.matcher.scan(text.codes, text.length, (id, start, end) => {
    const phrase = lexicon.phrases[id]!;
    if (!text.boundaryBefore(start) || !text.boundaryAt(end)) return;
    const raw = context.text;
    const [rawStart, rawEnd] = text.rawSpan(raw, start, end);
    if (phrase.capitals && !inCapitals(raw.slice(rawStart, rawEnd))) return;
    if (phrase.term.rule?.capitalised && !asSpelled(raw.slice(rawStart, rawEnd), phrase.term.form)) return;
    spans.push({ start: rawStart, end: rawEnd, term: phrase.term, alternatives: phrase.alternatives, shortForm: false, normStart: start, normEnd: end });
  });
  if (shortFormRegex) {
    for (const found of context.text.matchAll(shortFormRegex)) {
      const short = found[0].endsWith('s') && !shortForms.has(found[0]) ? found[0].slice(0, -1) : found[0];
      const term = shortForms.get(short);
      if (term) spans.push({ start: found.index, end: found.index + found[0].length, term, alternatives: [], shortForm: true, normStart: -1, normEnd: -1 });
    }
  }
  return text;
}

const weighed = (span: Span): boolean => span.shortForm || span.term.rule !== null;

export function matchContext(context: ProseContext, lexicon: CompiledLexicon, shortForms: ShortForms, shortFormRegex: RegExp | null): Candidate[] {
  // The parts before `firstPart` hold no term (the sieve read them), so they are not normalised:
  // on a long paragraph whose mention comes late, most of the work.
  let text = findSpans(context, context.firstPart, lexicon, shortForms, shortFormRegex);
  if (spans.length === 0) return [];
  let kept = leftmostLongest(spans);
  // An ambiguous candidate weighs the cues of its whole paragraph: then the whole context is read.
  if (context.firstPart > 0 && kept.some(weighed)) {
    text = findSpans(context, 0, lexicon, shortForms, shortFormRegex);
    kept = leftmostLongest(spans);
  }
  const raw = context.text;
  if (kept.some(weighed)) findCues(text, lexicon);
  return kept.map((span) => {
    const spelled = raw.slice(span.start, span.end);
    const singular = spelled.replace(/(?:’s|'s|s)$/, '');
    const shortForm = span.shortForm
      ? shortForms.has(spelled)
        ? spelled
        : singular
      : shortForms.has(spelled)
        ? spelled
        : shortForms.has(singular)
          ? singular
          : span.term.rule?.definition && inCapitals(spelled)
            ? span.term.form
            : null;
    const rule = span.shortForm ? lexicon.shortFormRule : span.term.rule;
    return {
      range: rangeOf(context, span.start, span.end),
      text: spelled,
      term: span.term,
      alternatives: span.alternatives,
      rule,
      shortForm,
      cues: rule ? cuesAround(text, raw, lexicon, span.start, span.end) : null,
      defines: span.shortForm || !definitionMayFollow(raw, span.end) ? null : definedShortForm(raw, span.end, text.slice(span.normStart, span.normEnd)),
      definedOtherwise: rule?.definition && shortForm ? definedOtherwise(raw, span.start, span.end, shortForm, kept) : false,
      context: contextAround(raw, span.start, span.end),
    };
  });
}
