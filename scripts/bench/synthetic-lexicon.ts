/**
 * The lexicon-scaling workload: the bundled lexicon plus thousands of made-up names. Some of
 * them start with words that really occur in pages ("drug", "the", "city"), so a matcher has
 * partial matches to follow and cannot reject every synthetic term at its first character.
 */
import { LANGS, type Lexicon, type LexiconTerm } from '../../src/data/lexicon-schema';
import { between, pick, seededRandom, type Random } from './random';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'st', 'tr', 'pl', 'sch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ei', 'ou', 'ä', 'é', 'ø'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'x', 'nd'];
/** Common page words that synthetic terms may start with. */
const REAL_STARTS = ['the', 'city', 'new', 'public', 'health', 'service', 'council', 'safe'];

function syntheticWord(random: Random): string {
  const syllables = between(random, 2, 4);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
  return word;
}

function firstWords(lexicon: Lexicon): string[] {
  return [...new Set(lexicon.terms.map((term) => term.form.toLowerCase().split(/\s+/)[0]!))];
}

/**
 * `lexicon` with `count` extra, distinct, made-up terms (family `synthetic`, spread over every
 * language). Deterministic for a given seed.
 */
export function syntheticLexicon(lexicon: Lexicon, count: number, seed = 10_000): Lexicon {
  const random = seededRandom(seed);
  const realStarts = [...REAL_STARTS, ...firstWords(lexicon)];
  const seen = new Set(lexicon.terms.map((term) => term.form.toLowerCase()));
  const extra: LexiconTerm[] = [];
  // Ambiguous synthetic terms ask what the lexicon's most lenient rule asks.
  const rule = Object.entries(lexicon.rules).sort(([, a], [, b]) => a.minScore - b.minScore)[0]?.[0];
  while (extra.length < count) {
    const words = Array.from({ length: between(random, 1, 4) }, () => syntheticWord(random));
    // About one term in four opens with a real word.
    if (words.length > 1 && random() < 0.25) words[0] = pick(random, realStarts);
    const form = words.join(' ');
    if (seen.has(form)) continue;
    seen.add(form);
    const ambiguous = random() < 0.1 && rule !== undefined;
    extra.push({ form, lang: LANGS[extra.length % LANGS.length]!, family: 'synthetic', ambiguous, ...(ambiguous ? { rule } : {}) });
  }
  return { ...lexicon, terms: [...lexicon.terms, ...extra] };
}
