/**
 * Words and cues: prose folded into words the way cues are written, and where a cue (its
 * words, a `*` at either end, a `…` gap) stands among them. The primitives every rule of the
 * claim finder matches by, apart so that no rule module needs another to match a word.
 */

export interface CompiledCue {
  /** As written in the data, for the reason. */
  readonly form: string;
  /** Folded words; a word ending in `*` matches any word it starts, one opening with `*` any word it ends; `GAP` stands for up to `MAX_GAP` words of any kind. */
  readonly words: readonly string[];
  readonly weight: number;
}

const SPELLED_OUT: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l' };
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The apostrophes `foldedWords` reads as one ("'"): typographic, modifier letter, grave and acute. */
export const APOSTROPHES = "'’‘ʼ`´";
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

const withoutDiacritics = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');

/** Words of `text`, folded the way cues are written: lower case, no diacritics, "'s" dropped. */
export function foldedWords(text: string): string[] {
  const folded = withoutDiacritics(text)
    .toLowerCase()
    .replace(/[ßæœøł]/g, (c) => SPELLED_OUT[c]!)
    .replace(ANY_APOSTROPHE, "'");
  return (folded.match(WORD) ?? []).map((word) => word.replace(/'s$/, ''));
}

/** Words of `text` as written, case kept, one for each of `foldedWords(text)`: where a rule must know which words are capitalised. */
export const writtenWords = (text: string): string[] => withoutDiacritics(text).replace(ANY_APOSTROPHE, "'").match(WORD) ?? [];

/**
 * A cue's "…" (or "...") between two words: up to `MAX_GAP` words may stand there. German and
 * Dutch split what English says in one place: "werkt … niet", "nam … af", "damit … eröffnen".
 */
export const GAP = '…';
const MAX_GAP = 6;

/** Longest elided article or preposition before an apostrophe: l', d', qu', dell', nell'. */
const MAX_ELISION = 4;

/** Where a folded word's elision ends ("l'overdose" → 2), or -1 when it has none. */
export function elisionEnd(word: string): number {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && apostrophe <= MAX_ELISION ? apostrophe + 1 : -1;
}

export function wordMatches(cueWord: string, word: string): boolean {
  if (cueWord.startsWith('*')) return word.length > cueWord.length && word.endsWith(cueWord.slice(1));
  if (cueWord.endsWith('*') ? word.startsWith(cueWord.slice(0, -1)) : word === cueWord) return true;
  // "l'addiction" is "addiction" to a cue that does not spell the elision itself.
  const elided = elisionEnd(word);
  return elided > 0 && !cueWord.includes("'") && wordMatches(cueWord, word.slice(elided));
}

/** Where the cue occurs in `words` (as consecutive words, but for its gaps): its first word and the one after its last, or null. */
export function spanOf(cue: CompiledCue, words: readonly string[]): { at: number; end: number } | null {
  if (cue.words.length === 0) return null;
  for (let i = 0; i < words.length; i++) {
    const end = matchFrom(cue.words, 0, words, i);
    if (end >= 0) return { at: i, end };
  }
  return null;
}

/** Every place the cue occurs in `words`: its first word and the one after its last. */
export function spansOf(cue: CompiledCue, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = cue.words.length ? matchFrom(cue.words, 0, words, i) : -1;
    if (end >= 0) spans.push({ at: i, end });
  }
  return spans;
}

/** Does `cueWords` from `j` match `words` from `i`? The index after the match, or -1; a gap takes as few words as it can. */
export function matchFrom(cueWords: readonly string[], j: number, words: readonly string[], i: number): number {
  for (; j < cueWords.length; j++, i++) {
    const cueWord = cueWords[j]!;
    if (cueWord === GAP) {
      for (let skip = 0; skip <= MAX_GAP && i + skip < words.length; skip++) {
        const end = matchFrom(cueWords, j + 1, words, i + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (i >= words.length || !wordMatches(cueWord, words[i]!)) return -1;
  }
  return i;
}

/** Where the cue occurs in `words`, or -1. */
export const indexOf = (cue: CompiledCue, words: readonly string[]): number => spanOf(cue, words)?.at ?? -1;

/** Does a call's frame stand whole in words [from, to)? */
export const framedIn = (words: readonly string[], from: number, to: number, callFrames: readonly CompiledCue[]): boolean => {
  const between = words.slice(from, to);
  return callFrames.some((frame) => indexOf(frame, between) >= 0);
};

export type Span = { readonly at: number; readonly end: number };

/** The words a cue matched at `at`…`end` without its gap: its first run of words and, after a gap, its last. */
export function ownSegments(cue: CompiledCue, at: number, end: number): Span[] {
  const gap = cue.words.indexOf(GAP);
  if (gap < 0) return [{ at, end }];
  return [
    { at, end: at + gap },
    { at: end - (cue.words.length - 1 - cue.words.lastIndexOf(GAP)), end },
  ];
}

export const overlaps = (span: Span | null, at: number, end: number): boolean => span !== null && span.at < end && at < span.end;

export const isNegatorIn = (negators: readonly CompiledCue[], word: string): boolean =>
  negators.some((negator) => negator.words.length === 1 && wordMatches(negator.words[0]!, word));

export function compileCue(form: string, weight: number): CompiledCue {
  const words = form.split(/\s+/).flatMap((written) => {
    if (written === GAP || written === '...') return [GAP];
    // A leading "*" ends a word ("*ing": "pretending", "treating").
    if (/^\*[^*]/.test(written)) return foldedWords(written.slice(1)).map((word, i) => (i === 0 ? `*${word}` : word));
    const folded = foldedWords(written);
    // A trailing "*" is not a word character: put it back on the word it ends, and the
    // apostrophe of an elision before it ("n'*" is "n'est", "n'a", not every word in n).
    if (written.endsWith('*') && folded.length) folded.push(`${folded.pop()!}${/'\*$/.test(written.replace(/[’‘ʼ`´]/g, "'")) ? "'" : ''}*`);
    return folded;
  });
  if (words[0] === GAP || words.at(-1) === GAP) throw new Error(`cue "${form}": a gap "…" stands between two words`);
  return { form, weight, words };
}

/**
 * The forms one written form stands for: each "(a|b|c)" in it is one of its alternatives, in
 * order ("law* … to (allow|permit) (rooms|sites)" is four forms), so a list that crosses a few
 * words with a few others is written once, not as every combination.
 */
export function expandAlternatives(form: string): string[] {
  const group = /\(([^()]*)\)/.exec(form);
  if (!group) return [form];
  const [whole, inner] = group;
  const before = form.slice(0, group.index);
  const after = form.slice(group.index + whole.length);
  return inner!.split('|').flatMap((alternative) => expandAlternatives(`${before}${alternative.trim()}${after}`));
}

/** Written forms as cues of `weight` (none unless said), each bracketed alternative a cue of its own: how every word list compiles. */
export const compileForms = (forms: readonly string[], weight = 0): CompiledCue[] => forms.flatMap(expandAlternatives).map((form) => compileCue(form, weight));

/**
 * `make`'s result, made when first asked: a construction's word lists, which most compilations
 * (the recall aid's training, the tests) never read a sentence that needs.
 */
export function whenAsked<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
