/**
 * Build time: the topic sieve's expressions (topic-sieve.ts runs them), derived from the
 * lexicon and from the normaliser's own fold table, so that the browser's native RegExp can
 * say "no term here" about a whole frame's text without the lexicon being compiled.
 *
 * Anchors are substrings such that every normalised written form the engine matches contains
 * at least one. Each anchor letter becomes the class of every UTF-16 unit the normaliser folds
 * to it (case, diacritics, ligatures it spells out), a space every unit it folds to a space,
 * repeated. The units it drops (soft hyphens, zero-width and bidi characters, combining marks)
 * are removed from the text before the test, when there are any. A unit the normaliser spells
 * out as several letters ("ß" → "ss", "þ" → "th") may stand for the run of an anchor's letters
 * it spells, or for its first or last letters.
 *
 * Short forms that count only in capitals ("DCR", "K&A") have an expression of their own whose
 * letters are only the units that are not lower case. Neither expression looks for word
 * boundaries: a frame's text read as one string runs its blocks together ("…end" + "DCR"), so a
 * boundary there would say "no" where the engine, reading blocks apart, finds a mention.
 *
 * The build writes the expressions themselves (letters that stand for both cases as one letter
 * under the `i` flag), so a frame only compiles them: building them in every frame took ~4 ms.
 * It also writes the class of ASCII units no anchor holds, where a long text may be cut, and
 * the longest anchor's length, how far a change's neighbours must be read.
 */
import { LANGS, type Lexicon } from '../data/lexicon-schema';
import { packAnchorTerms } from './anchor-terms';
import { anchorTrie } from './anchor-trie';
import { isShortForm, writtenForms } from './compile-lexicon';
import { DROP, foldUnit, MULTI, normalizePhrase, spelledOut } from './normalize';
import { commonReadings, type SieveSource } from './topic-sieve';

/** What the build hands the content script (topic-sieve.ts reads it; annotate.ts the anchors' terms). */
export interface SievePatterns extends SieveSource {
  /** Per anchor, then per capital form, the indices of the lexicon's terms whose forms hold it, packed (anchor-terms.ts). */
  readonly anchorTerms: string;
}

/** Anchors are at least this long (a shorter form is its own): shorter ones ("consumpti", "supervis") match too much prose. */
const MIN_ANCHOR = 12;
const MAX_ANCHOR = 20;

/** Is this unit lower case (a short form counts only without one)? */
export const isLowerCase = (code: number): boolean => /\p{Ll}/u.test(String.fromCharCode(code));

/**
 * The non-ASCII units whose fold can take part in an anchor: those the normaliser drops, folds
 * to an ASCII unit, or spells out with one. Only these are replaced before the test.
 */
export function foldingUnits(): number[] {
  const units: number[] = [];
  for (let code = 0x80; code < 0x10000; code++) {
    const folded = foldUnit(code);
    if (folded === DROP || (folded === MULTI ? /[ -~]/.test(spelledOut(code)) : folded < 0x80 && folded !== code)) units.push(code);
  }
  return units;
}

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * A class (for the `u` flag) of exactly `units`: combining marks by property (as the normaliser
 * itself names them, so the browser's own Unicode tables decide both), the rest by range.
 */
export function foldingClass(units: readonly number[]): string {
  const mark = /\p{M}/u;
  const rest = units.filter((code) => !mark.test(String.fromCharCode(code)));
  let ranges = '';
  for (let i = 0; i < rest.length;) {
    let j = i;
    while (j + 1 < rest.length && rest[j + 1] === rest[j]! + 1) j++;
    ranges += j === i ? hex(rest[i]!) : `${hex(rest[i]!)}-${hex(rest[j]!)}`;
    i = j + 1;
  }
  return `[\\p{M}${ranges}]`;
}

/**
 * Picks anchors greedily: the substring (of at least MIN_ANCHOR units, not starting or ending
 * with a space) that the most forms not yet covered contain,
 * longer first among equals; a shorter form is its own anchor.
 */
export function chooseAnchors(forms: readonly string[], minLength = MIN_ANCHOR): string[] {
  const candidatesOf = (form: string): Set<string> => {
    const found = new Set<string>();
    for (let start = 0; start < form.length; start++) {
      for (let end = start + minLength; end <= Math.min(form.length, start + MAX_ANCHOR); end++) {
        const text = form.slice(start, end);
        if (text.startsWith(' ') || text.endsWith(' ')) continue;
        found.add(text);
      }
    }
    // A form shorter than that is its own anchor.
    if (found.size === 0) found.add(form);
    return found;
  };
  let uncovered = [...new Set(forms)];
  const anchors: string[] = [];
  while (uncovered.length > 0) {
    const counts = new Map<string, number>();
    for (const form of uncovered) for (const candidate of candidatesOf(form)) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
    let best = '';
    let bestCount = 0;
    for (const [candidate, count] of counts) {
      if (
        count > bestCount ||
        (count === bestCount && candidate.length > best.length) ||
        (count === bestCount && candidate.length === best.length && candidate < best)
      ) {
        best = candidate;
        bestCount = count;
      }
    }
    anchors.push(best);
    uncovered = uncovered.filter((form) => !form.includes(best));
  }
  return anchors.sort();
}

/** Every normalised written form of every term of every language, split by whether it counts only in capitals. */
export function sieveForms(lexicon: Lexicon): { anywhere: string[]; capitals: string[] } {
  const anywhere = new Set<string>();
  const capitals = new Set<string>();
  for (const term of lexicon.terms) {
    if (!LANGS.includes(term.lang)) continue;
    for (const written of writtenForms(term)) {
      const text = normalizePhrase(written);
      if (text) (isShortForm(term.form) ? capitals : anywhere).add(text);
    }
  }
  // A form written by any term that counts in any case is matched in any case.
  for (const text of anywhere) capitals.delete(text);
  return { anywhere: [...anywhere], capitals: [...capitals] };
}

export function sievePatterns(lexicon: Lexicon): SievePatterns {
  const forms = sieveForms(lexicon);
  const anchors = withoutRedundant(chooseAnchors(forms.anywhere));
  const capitalForms = withoutRedundant(forms.capitals);
  for (const anchor of [...anchors, ...capitalForms]) {
    if (/[^ -~]/.test(anchor)) throw new Error(`topic sieve: the normalised form "${anchor}" is not ASCII`);
  }
  // Each ASCII unit by the unit the normaliser folds it to, and the fold of each, in order.
  let asciiFold = '';
  const units = new Map<number, number[]>();
  for (let code = 0; code < 0x80; code++) {
    const folded = foldUnit(code);
    if (folded < 0) throw new Error(`topic sieve: the ASCII unit ${code} folds to no single unit`);
    units.set(folded, [...(units.get(folded) ?? []), code]);
    asciiFold += String.fromCharCode(folded);
  }
  // With the `i` flag, a letter stands for both cases (outside Unicode mode, only ASCII ones).
  const anywhere = anchors.map((anchor) => anchorSource(anchor, units, () => true, true));
  // In capitals: a letter only as a capital, but a last "s" in either case ("SCs": the plural's s is not the form's).
  const capitals = capitalForms.map((form) =>
    anchorSource(form, units, (code, index) => !isLetterCode(code) || code < 0x61 || (index === form.length - 1 && form.endsWith('s'))),
  );
  // The breakers, written as what they are not: the ASCII units that fold into an anchor's unit, and every non-ASCII unit.
  const held = new Set([...anchors, ...capitalForms].join(''));
  let holding = '';
  for (let code = 0; code < 0x80; code++) if (held.has(String.fromCharCode(foldUnit(code)))) holding += classChar(code);
  return {
    folding: foldingClass(foldingUnits()),
    anchors: anywhere,
    anyAnchor: anchorTrie(anywhere),
    capitals,
    texts: [...anchors, ...capitalForms],
    asciiFold,
    breakers: `[^${holding}\\u0080-\\uffff]`,
    reach: Math.max(0, ...[...anchors, ...capitalForms].map((anchor) => anchor.length)),
    readings: commonReadings(),
    anchorTerms: packAnchorTerms(anchorTerms(lexicon, [...anchors, ...capitalForms])),
  };
}

/**
 * For each anchor, the indices (in `lexicon.terms`) of the terms with a normalised written form
 * holding it. A form that occurs in a text holds all its anchors there too, so a text whose
 * anchors are known needs no term outside their lists.
 */
export function anchorTerms(lexicon: Lexicon, anchors: readonly string[]): number[][] {
  const forms = lexicon.terms.map((term) => (LANGS.includes(term.lang) ? writtenForms(term).map(normalizePhrase) : []));
  return anchors.map((anchor) => forms.flatMap((texts, index) => (texts.some((text) => text.includes(anchor)) ? [index] : [])));
}

/** One unit, written to stand inside a character class. */
const classChar = (code: number): string => String.fromCharCode(code).replace(/[\\\]^-]/, '\\$&');

/**
 * The expression of one ASCII anchor over folded text: each character is any ASCII unit the
 * normaliser folds to it (`units`, by folded unit; `keep` may narrow the letters), a space a run of them.
 */
function anchorSource(
  anchor: string,
  units: ReadonlyMap<number, readonly number[]>,
  keep: (code: number, index: number) => boolean,
  ignoringCase = false,
): string {
  let source = '';
  for (let index = 0; index < anchor.length; index++) {
    const kept = (units.get(anchor.charCodeAt(index)) ?? []).filter((code) => keep(code, index));
    if (kept.length === 0) throw new Error(`topic sieve: no ASCII unit folds to "${anchor[index]}" of "${anchor}"`);
    const letter = anchor[index]!;
    const bothCases = /[a-z]/.test(letter) && kept.length === 2 && kept.includes(letter.charCodeAt(0)) && kept.includes(letter.toUpperCase().charCodeAt(0));
    const one = kept.length === 1 ? String.fromCharCode(kept[0]!).replace(/[.*+?^${}()|[\]\\]/, '\\$&') : null;
    source += ignoringCase && bothCases ? letter : `${one ?? `[${kept.map(classChar).join('')}]`}${letter === ' ' ? '+' : ''}`;
  }
  return source;
}

const isLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Drops anchors holding another ("insites" holds "insite"; "dcrs" holds "dcr"). */
function withoutRedundant(anchors: readonly string[]): string[] {
  return [...new Set(anchors)].filter((anchor, _, all) => !all.some((other) => other !== anchor && anchor.includes(other))).sort();
}
