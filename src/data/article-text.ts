/**
 * Reading an article's plain text: its paragraphs (separated by blank lines), its sentences,
 * and line numbers for error messages. Offsets are UTF-16 indices into the text.
 */

/** Decodes an article's bytes as strict UTF-8: a bad byte is an error, not a silent U+FFFD. */
export function decodeArticle(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export interface Paragraph {
  start: number;
  /** Exclusive; trailing whitespace is not part of the paragraph. */
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r]*\n))*/g)) {
    paragraphs.push({ start: match.index, end: match.index + match[0].trimEnd().length });
  }
  return paragraphs;
}

/** 1-based line of an offset, for messages a curator can follow in an editor. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Titles whose full stop does not end a sentence. */
const ABBREVIATIONS =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Sgt|Insp|Cllr|Rev|Gen|Col|Capt|No|vs|e\.g|i\.e|Mme|Mlle|M|Hr|Fr|Dres|Sr|Sra|Dra|Sig|Dott|Dhr|Mevr|Drs|bzw|z\.B|u\.a)$/;

const CLOSERS = /[”"’')\]]/;
/** Marks that open a quotation in one language and close it in another (German „…“, »…«, French « … »). */
const TWO_WAY = /[“»«›‹‘]/;
/** A closing quotation mark of any of the seven languages' styles. */
const CLOSING_MARK = /[”"“»«’›‹‘]/;

/** Does a closing mark or bracket stand at `i`: a two-way mark only where no word follows it. */
function closesAt(text: string, i: number): boolean {
  const char = text[i]!;
  return CLOSERS.test(char) || (TWO_WAY.test(char) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
}

/**
 * Does a sentence end at `index`: terminal punctuation, perhaps closing marks, then a space
 * or the end. Inside a quotation (`quoted`) only where the quotation closes right after it:
 * a quoted passage of several sentences is one sentence of the article.
 */
function endsSentenceAt(text: string, index: number, quoted: boolean): boolean {
  const char = text[index];
  if (char !== '.' && char !== '!' && char !== '?') return false;
  // French sets its closing guillemet off with a (narrow) no-break space: « … fin. »
  if (quoted && !CLOSING_MARK.test(text[index + 1] ?? '') && !(/[\u00a0\u202f ]/.test(text[index + 1] ?? '') && CLOSING_MARK.test(text[index + 2] ?? '')))
    return false;
  let next = index + 1;
  while (next < text.length && closesAt(text, next)) next++;
  if (next < text.length && !/\s/.test(text[next]!)) return false;
  return char !== '.' || !ABBREVIATIONS.test(text.slice(Math.max(0, index - 8), index));
}

/** Is this offset inside quotation marks? Sentence scanning needs to know. */
export type IsQuoted = (index: number) => boolean;
const NOTHING_QUOTED: IsQuoted = () => false;

/** Where the sentence holding `index` starts, never before `floor` (its paragraph's start). */
export function sentenceStart(text: string, index: number, floor: number, quoted = NOTHING_QUOTED): number {
  for (let i = index - 1; i >= floor; i--) {
    if (!endsSentenceAt(text, i, quoted(i))) continue;
    let start = i + 1;
    while (start < index && (closesAt(text, start) || /\s/.test(text[start]!))) start++;
    return start;
  }
  return floor;
}

/** Where the sentence holding `index` ends (exclusive, after its stop and closing marks), never past `ceiling`. */
export function sentenceEnd(text: string, index: number, ceiling: number, quoted = NOTHING_QUOTED): number {
  for (let i = index; i < ceiling; i++) {
    if (!endsSentenceAt(text, i, quoted(i))) continue;
    let end = i + 1;
    while (end < ceiling && closesAt(text, end)) end++;
    return end;
  }
  return ceiling;
}
