/**
 * A sentence as the rules read it: prose split into sentences, a sentence's words indexed for
 * cue lookups (`SentenceWords`), and where its clauses and statements open. Apart from the cues
 * because it knows marks and clauses, which a cue alone does not.
 */
import { type CompiledCue, elisionEnd, foldedWords, GAP, indexOf, isNegatorIn, matchFrom, type Span, spanOf, spansOf, wordMatches, writtenWords } from './cues';

/** Where a clause opens after a mark: the index of its first word, the mark, and the mark's place in the text. */
export interface ClauseMark {
  readonly at: number;
  readonly mark: string;
  readonly index: number;
}

/**
 * A sentence's words, indexed so that a one-word cue (most of them) is answered by one set
 * lookup: every word (and its part after an elision) whole, and every start of it.
 */

export class SentenceWords {
  readonly #whole = new Set<string>();
  readonly #starts = new Set<string>();
  #clauses: readonly ClauseMark[] | null = null;
  #clauseStarts: readonly number[] | null = null;
  #breaks: ReadonlySet<number> | null = null;
  #quotes: readonly Span[] | null = null;
  /** `text`: the sentence the words are of, for where its clauses open. */
  constructor(
    readonly words: readonly string[],
    readonly text: string,
  ) {
    for (const word of words) {
      this.#add(word);
      const elided = elisionEnd(word);
      if (elided > 0) this.#add(word.slice(elided));
    }
  }

  #add(word: string): void {
    this.#whole.add(word);
    for (let end = 1; end <= word.length; end++) this.#starts.add(word.slice(0, end));
  }

  /** The clauses opened by a comma, semicolon, colon or dash, in order: worked out when first asked, which is seldom. */
  clauses(): readonly ClauseMark[] {
    this.#clauses ??= [...this.text.matchAll(/[,;:–—]/g)].map((mark) => ({
      at: foldedWords(this.text.slice(0, mark.index)).length,
      mark: mark[0],
      index: mark.index,
    }));
    return this.#clauses;
  }

  /** Where each clause starts: the first word, then the first word after each mark. */
  clauseStarts(): readonly number[] {
    this.#clauseStarts ??= [0, ...this.clauses().map(({ at }) => at)];
    return this.#clauseStarts;
  }

  /** The index, among `clauseStarts()`, of the clause the word at `at` stands in. */
  clauseIndexOf(at: number): number {
    return this.clauseStarts().findLastIndex((start) => start <= at);
  }

  /**
   * The quotes of the sentence as spans of words: between a pair of quote marks (“…”, „…“, «…»,
   * "…", ‘…’, '…'; an apostrophe inside a word opens or closes none). Asked only where a slogan's
   * word stands (`sloganQuotes`).
   */
  quotes(): readonly Span[] {
    this.#quotes ??= [...this.text.matchAll(/(?<![\p{L}\p{N}])(["“„«‘'‚])(.+?)(["”“»’'‘])(?![\p{L}\p{N}])/gu)].map((quote) => {
      const at = foldedWords(this.text.slice(0, quote.index)).length;
      return { at, end: at + foldedWords(quote[2]!).length };
    });
    return this.#quotes;
  }

  /**
   * Where the words break: the index of each word a mark of any kind stands before (a clause's,
   * a sentence's end, a closing quote), and the number of words when the sentence ends. Asked
   * only where a verb must end its clause (`keptCall`).
   */
  breaks(): ReadonlySet<number> {
    // A quote mark counts only where no letter follows it: the apostrophe of "dov'è" is no break.
    this.#breaks ??= new Set([
      ...[...this.text.matchAll(/[,;:–—.!?()"“”«»„]|['’‘](?![\p{L}\p{N}])/gu)].map((mark) => foldedWords(this.text.slice(0, mark.index)).length),
      this.words.length,
    ]);
    return this.#breaks;
  }

  has(cue: CompiledCue): boolean {
    if (cue.words.length === 0) return false;
    // Every word of the cue somewhere in the sentence before its order is looked for: a cue whose
    // first word is common ("que … se abra", "dass …", "no lo habría contado") mostly stops here.
    // A single word is found by that alone, unless it is an ending ("*ing"), which `#holds` leaves to the ordered match.
    const alone = cue.words.length === 1 && !cue.words[0]!.startsWith('*');
    return cue.words.every((word) => word === GAP || this.#holds(word)) && (alone || indexOf(cue, this.words) >= 0);
  }

  /** Is `word` (a cue's, maybe ending in `*`) one of the sentence's words or a start of one? */
  #holds(word: string): boolean {
    // A word's ending is left to the ordered match: such cues are few and asked rarely.
    if (word.startsWith('*')) return true;
    return word.endsWith('*') ? this.#starts.has(word.slice(0, -1)) : this.#whole.has(word);
  }
}

/** The sentence with every ignored name blanked out, so its words are no cue. */
export function withoutIgnored(sentence: SentenceWords, ignore: readonly CompiledCue[]): SentenceWords {
  if (!ignore.some((name) => sentence.has(name))) return sentence;
  let kept = sentence.words;
  for (const name of ignore) {
    for (let span = spanOf(name, kept); span; span = spanOf(name, kept)) {
      kept = [...kept.slice(0, span.at), ...kept.slice(span.at, span.end).map(() => ''), ...kept.slice(span.end)];
    }
  }
  return new SentenceWords(kept, sentence.text);
}

/** Words at most from the opener of a topic asked about to the mark that closes it. */
const ASKED_TOPIC_WORDS = 16;

/**
 * The sentence with the topic someone was asked about blanked: from an opener of `askedAbout`
 * that opens a clause ("Asked about…", "…, interrogé sur…") to the mark that ends it. What was asked
 * is no claim of the sentence's; the answer after it still is ("Asked about the delays, the
 * minister said the law must change").
 */
export function askedAboutBlanked(sentence: SentenceWords, askedAbout: readonly CompiledCue[]): SentenceWords {
  const openers = askedAbout.filter((opener) => sentence.has(opener));
  if (!openers.length) return sentence;
  const starts = new Set(sentence.clauseStarts());
  const ends = sentence.clauses().map(({ at }) => at);
  let kept = sentence.words;
  for (const opener of openers) {
    for (const { at } of spansOf(opener, sentence.words)) {
      // Only a topic a mark closes: with none ("Gevraagd naar het eerste jaar zei de coördinator dat…") the answer runs on in it.
      const end = ends.find((mark) => mark > at);
      if (!starts.has(at) || end === undefined || end - at > ASKED_TOPIC_WORDS) continue;
      kept = kept.map((word, i) => (i >= at && i < end ? '' : word));
    }
  }
  return kept === sentence.words ? sentence : new SentenceWords(kept, sentence.text);
}

/** A headline's share of capitalised words (of four letters or more) above which capitals name nothing. */
const TITLE_CASE_SHARE = 0.6;

// An all-capitals word is a dateline's or an acronym's ("NEW YORK — Fewer people…"), not a name's capital.
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/**
 * The sentence with each one-word cue of `cues` blanked where it stands inside a name: a run of
 * two or more capitalised words after the sentence's first ("Manhattan's Lower East Side", "the
 * Clear Lake marina", "the Harm Reduction Alliance"), where "lower", "clear" or "reduction" says
 * no change. Only for a language that capitalises names alone (not German, which capitalises every
 * noun), and not in a headline written in title case, where capitals name nothing.
 */
export function changeInNamesBlanked(sentence: SentenceWords, cues: readonly CompiledCue[]): SentenceWords {
  const single = cues.filter((cue) => cue.words.length === 1 && sentence.has(cue));
  if (!single.length) return sentence;
  const written = writtenWords(sentence.text);
  if (written.length !== sentence.words.length) return sentence;
  const long = written.filter((word) => word.length >= 4);
  if (long.filter(isCapitalised).length > TITLE_CASE_SHARE * long.length) return sentence;
  const inName = (i: number): boolean =>
    i >= 1 && isCapitalised(written[i]!) && ((i >= 2 && isCapitalised(written[i - 1]!)) || (i + 1 < written.length && isCapitalised(written[i + 1]!)));
  const named = (word: string, i: number): boolean => inName(i) && single.some((cue) => wordMatches(cue.words[0]!, word));
  if (!sentence.words.some(named)) return sentence;
  return new SentenceWords(
    sentence.words.map((word, i) => (named(word, i) ? '' : word)),
    sentence.text,
  );
}

/** Whether a part of a claim has a cue in `sentence`: the test the finder and the recall aid's training share. */
export const partCued =
  (sentence: SentenceWords) =>
  (part: readonly CompiledCue[]): boolean =>
    part.some((cue) => sentence.has(cue));

/** The words that open a reported clause in the seven languages ("that", "dass", "que", "dat", "che"). */
export const COMPLEMENTIZERS = new Set(['that', 'dass', 'que', 'dat', 'che']);

/** "and", "und", "et", "en", "y", "e": a coordinator that, before a complementizer, opens a second reported clause ("… y que …"). */
const REPORT_JOINERS = new Set(['and', 'und', 'et', 'en', 'y', 'e']);

/**
 * The statement (0, 1, …) of the sentence each word stands in, statements ending at a semicolon or a comma before a joiner.
 * With `reportsApart`, a second reported clause ("said that A and that B", "afirmó que A y que B") is a statement of its own
 * too, comma or not: what one says is not framed by the other's modal.
 */
export function statementsOf(sentence: SentenceWords, joiners: readonly CompiledCue[], reportsApart = false): (at: number) => number {
  const { words } = sentence;
  const reports = reportsApart ? words.flatMap((word, i) => (i > 0 && REPORT_JOINERS.has(word) && COMPLEMENTIZERS.has(words[i + 1] ?? '') ? [i] : [])) : [];
  if (!/[;,]/.test(sentence.text) && !reports.length) return () => 0;
  const stops = [
    ...sentence
      .clauses()
      .filter(({ mark, at }) => mark === ';' || (mark === ',' && joiners.some((joiner) => matchFrom(joiner.words, 0, words, at) >= 0)))
      .map(({ at }) => at),
    ...reports,
  ];
  return (at) => stops.filter((stop) => stop <= at).length;
}

/** A year of an event told: "in 2000", "seit 2000", "em 2001". */
export const YEAR = /^(?:19|20)\d\d$/;

/** Every place of every one of `forms` in the sentence (a form it does not hold is not searched for). */
export function spansIn(forms: readonly CompiledCue[], sentence: SentenceWords): Span[] {
  return forms.flatMap((form) => (sentence.has(form) ? spansOf(form, sentence.words) : []));
}

/** Does a clause open at a word from `from` to `to`, so that a mark stands between the words before `from` and the word at `to`? */
export function opensBetween(clauses: readonly ClauseMark[], from: number, to: number): boolean {
  return clauses.some(({ at }) => at >= from && at <= to);
}

/**
 * Does the clause open at `from` run on to `to`: no semicolon, colon or dash between, and no
 * comma followed by a coordinator ("…, and")? A bare comma may open what the clause governs
 * ("befürchten, dass…", "Ziel ist es, … zu halbieren").
 */
export function clauseRunsOn(sentence: SentenceWords, from: number, to: number, coordinators: readonly CompiledCue[]): boolean {
  return sentence.clauses().every(({ at, mark }) => at < from || at > to || (mark === ',' && !isNegatorIn(coordinators, sentence.words[at] ?? '')));
}

/** Words at a clause's opening where an asker or "whether" may stand: the first, or the second after "but", "und", "mais", "pero"… */
export const OPENING_WORDS = 2;

/** The index of the first cue of `cues` that starts among the opening words of a clause starting at one of `starts`, or -1. */
export function openingAt(words: readonly string[], cues: readonly CompiledCue[], starts: readonly number[] = [0]): number {
  for (const start of starts)
    for (let i = start; i < Math.min(start + OPENING_WORDS, words.length); i++) if (cues.some((cue) => matchFrom(cue.words, 0, words, i) >= 0)) return i;
  return -1;
}

/**
 * Titles and abbreviations of the seven languages whose full stop ends no sentence ("Dr. Meier",
 * "M. Dupont", "z. B.", "Sra. Gómez"), folded to lower case; a single letter is an initial.
 */
const ABBREVIATIONS = new Set('mr mrs ms dr prof st nr vs hr fr mme mlle sr sra srta dra dott dssa sig ing avv dhr mevr mw ca bzw bzgl vgl z e g'.split(' '));

/** Does the full stop at `at` end a title, an abbreviation or an initial rather than a sentence? */
function endsAbbreviation(text: string, at: number): boolean {
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
  return word !== undefined && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word === word.toUpperCase()));
}

/**
 * Sentences of `text` with their offsets: ends at . ! ? … (and closing quotes), or a line break; not at a title's or initial's full stop.
 * A French closing quote set off by a space ("! »") closes with the mark, and one its speaker follows ("« Ouvrez la salle ! »,
 * scandaient-ils") ends nothing.
 */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  const END = /[.!?…]+[ \u00a0\u202f][»”](?=\s|$)|[.!?…]+["”»’'")\]]*(?=\s|$)(?![ \u00a0\u202f][»”])|\n+/g;
  let start = 0;
  for (const found of text.matchAll(END)) {
    if (found[0] === '.' && endsAbbreviation(text, found.index)) continue;
    const end = found.index + found[0].length;
    pushTrimmed(text, start, end, sentences);
    start = end;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}
