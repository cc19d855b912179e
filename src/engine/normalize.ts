/**
 * Normalisation with an exact offset map. Text is folded one UTF-16 unit at a time into
 * reusable typed arrays, so matching the page allocates no strings:
 *   - case folded, diacritics removed ("Räume" → "raume"), ß/æ/œ/ø/ł spelled out;
 *   - whitespace runs (NBSP, tabs, line breaks) and hyphen/dash variants become one space,
 *     so "drug-consumption room" and "drug\u00a0consumption room" read as the lexicon form;
 *   - soft hyphens, zero-width characters, bidi controls and combining marks vanish;
 *   - apostrophe variants become "'" (a non-word character, so possessives end a word).
 * `rawOffsets[i]` is the index in the raw text of the character normalised unit i came from.
 */

export const SPACE = 0x20;
const APOSTROPHE = 0x27;
/** Fold-table markers (folded code units are ≥ 0). */
export const DROP = -1;
export const MULTI = -2;
const UNKNOWN = -3;

/**
 * The folded unit of each raw UTF-16 unit, filled on first sight (ASCII too: every frame
 * evaluates this module, most never fold a unit): read it directly, and call `foldUnit` only
 * where it holds a negative marker.
 */
export const fold = /* @__PURE__ */ new Int32Array(0x10000).fill(UNKNOWN);
const multi = new Map<number, string>();
const SPELLED_OUT: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const HYPHENS = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/;
const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u02bc\uff07\u00b4`]/;
/** Bidi controls (marks, embeddings, overrides, isolates): right-to-left pages put them between words. */
const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
/**
 * The Unicode-mode expressions are made on first use, not written as literals or made when the
 * module loads: the browser parses each (its property classes) when the script is compiled or
 * the expression made, about 0.2 ms each, and the small content script, which evaluates this
 * module in every frame, reads nearly every unit from the build's table (topic-sieve.ts).
 */
let invisible: RegExp | undefined;
let marks: RegExp | undefined;
const isInvisible = (char: string): boolean => (invisible ??= new RegExp(`[\u00ad\u200b-\u200d\u2060\ufeff\u180e${BIDI_CONTROLS}\\p{M}]`, 'u')).test(char);
const withoutMarks = (text: string): string => text.replace((marks ??= new RegExp('\\p{M}', 'gu')), '');
const SOFT_BREAK = /* @__PURE__ */ new RegExp(`[\u00ad\u200b-\u200d\u2060\ufeff${BIDI_CONTROLS}]`);

/**
 * ASCII as `foldFromRules` folds it, without its expressions: a frame that compiles its terms
 * folds the whole ASCII range, and compiling those Unicode expressions cold cost it about 1 ms.
 * A-Z lower-cased; tab, line breaks, space and "-" a space; "`" an apostrophe; the rest as is.
 */
function foldAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if ((code >= 0x09 && code <= 0x0d) || code === SPACE || code === 0x2d) return SPACE;
  return code === 0x60 ? APOSTROPHE : code;
}

/** The fold of one raw code unit, computed (`foldUnit` keeps it in the table of every unit). */
export function computeFold(code: number): number {
  return code < 0x80 ? foldAscii(code) : foldFromRules(code);
}

/** The fold of one code unit by the rules above (what `foldAscii` must agree with on ASCII). */
export function foldFromRules(code: number): number {
  const char = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return code <= 0xdbff ? 0xfffd : DROP; // astral: one non-word unit
  if (isInvisible(char)) return DROP;
  if (/\s/.test(char) || char === '-' || HYPHENS.test(char)) return SPACE;
  if (APOSTROPHES.test(char)) return APOSTROPHE;
  const lower = char.toLowerCase();
  const folded = SPELLED_OUT[lower] ?? withoutMarks(lower.normalize('NFD'));
  if (folded.length === 0) return DROP;
  if (folded.length === 1) return folded.charCodeAt(0);
  multi.set(code, folded);
  return MULTI;
}

/** The units a raw code unit whose fold is MULTI stands for ("ß" → "ss"). */
export const spelledOut = (code: number): string => multi.get(code)!;

/** The folded unit of one raw code unit, or DROP / MULTI. */
export function foldUnit(code: number): number {
  let folded = fold[code]!;
  if (folded === UNKNOWN) {
    folded = computeFold(code);
    fold[code] = folded;
  }
  return folded;
}

const WORD_UNKNOWN = 2;
const wordTable = /* @__PURE__ */ new Uint8Array(0x10000).fill(WORD_UNKNOWN);

/** Letters and digits of any script (what `isAsciiAlphanumeric` must agree with on ASCII). */
export const isWordByRules = (code: number): boolean => /[\p{L}\p{N}]/u.test(String.fromCharCode(code));

/** ASCII letters and digits, without compiling a Unicode expression in every frame. */
const isAsciiAlphanumeric = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/** Is this (folded) code unit part of a word: a letter or a digit in any script? */
export function isWordUnit(code: number): boolean {
  let word = wordTable[code]!;
  if (word === WORD_UNKNOWN) {
    word = (code < 0x80 ? isAsciiAlphanumeric(code) : isWordByRules(code)) ? 1 : 0;
    wordTable[code] = word;
  }
  return word === 1;
}

/** A normalised text held in growable typed arrays; reused from one context to the next. */
export class NormalizedText {
  codes = new Uint16Array(1024);
  rawOffsets = new Int32Array(1024);
  length = 0;
  /** Was the last unit a space (or is the text empty)? Leading and repeated spaces are dropped. */
  #afterSpace = true;

  /** Makes room for `capacity` units. */
  #reserve(capacity: number): void {
    if (capacity <= this.codes.length) return;
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    const offsets = new Int32Array(size);
    offsets.set(this.rawOffsets);
    this.rawOffsets = offsets;
  }

  /** Empties the text. */
  clear(): this {
    this.length = 0;
    this.#afterSpace = true;
    return this;
  }

  /** Replaces the content with the normalised form of `raw`. Leading whitespace is dropped. */
  load(raw: string): this {
    return this.clear().append(raw, 0);
  }

  /**
   * Appends the normalised form of `raw`, a piece of a longer raw text that starts at `base`
   * in it: pieces appended in turn read as their concatenation would, with no string built.
   */
  append(raw: string, base: number): this {
    this.#reserve(this.length + raw.length);
    let { codes, rawOffsets, length } = this;
    let afterSpace = this.#afterSpace;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      let folded = fold[code]!;
      if (folded < 0) {
        folded = foldUnit(code);
        if (folded === DROP) continue;
        if (folded === MULTI) {
          const spelled = multi.get(code)!;
          this.length = length;
          this.#reserve(length + spelled.length + raw.length - i);
          ({ codes, rawOffsets } = this);
          for (let k = 0; k < spelled.length; k++) {
            codes[length] = spelled.charCodeAt(k);
            rawOffsets[length++] = base + i;
          }
          afterSpace = false;
          continue;
        }
      }
      if (folded === SPACE) {
        if (afterSpace) continue;
        afterSpace = true;
      } else {
        afterSpace = false;
      }
      codes[length] = folded;
      rawOffsets[length++] = base + i;
    }
    this.length = length;
    this.#afterSpace = afterSpace;
    return this;
  }

  /** The normalised units [start, end) as a string. */
  slice(start: number, end: number): string {
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(this.codes[i]!);
    return text;
  }

  /** Is there a word boundary before unit `index`? */
  boundaryBefore(index: number): boolean {
    return index <= 0 || !isWordUnit(this.codes[index - 1]!);
  }

  /** Is there a word boundary after the unit before `end`? */
  boundaryAt(end: number): boolean {
    return end >= this.length || !isWordUnit(this.codes[end]!);
  }

  /**
   * The raw range [start, end) that normalised units [from, to) came from. The end takes in
   * what normalisation dropped inside the last character: a low surrogate, combining marks.
   */
  rawSpan(raw: string, from: number, to: number): [number, number] {
    const start = this.rawOffsets[from]!;
    let end = this.rawOffsets[to - 1]! + 1;
    while (end < raw.length && foldUnit(raw.charCodeAt(end)) === DROP && !isSoftBreak(raw.charCodeAt(end))) end++;
    return [start, end];
  }
}

/** Soft hyphens, zero-width characters and bidi controls separate nothing, so a mention never ends on them. */
function isSoftBreak(code: number): boolean {
  return SOFT_BREAK.test(String.fromCharCode(code));
}

const phraseScratch = /* @__PURE__ */ new NormalizedText();

/** The normalised form of a lexicon phrase, as a string (leading/trailing spaces removed). */
export function normalizePhrase(phrase: string): string {
  const text = phraseScratch.load(phrase);
  let end = text.length;
  while (end > 0 && text.codes[end - 1] === SPACE) end--;
  return text.slice(0, end);
}
