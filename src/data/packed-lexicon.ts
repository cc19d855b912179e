/**
 * The lexicon in the compact form the content script carries (it is parsed in every frame of
 * every page): one string per term, `<lang><family index><":" | "?" if ambiguous><form>|<variant>…`,
 * and `<lang>:<form>` per cue, in the lexicon's own order (the first spelling of a form wins).
 * 18 KB of JSON objects become about 5 KB.
 */
import type { Lang, Lexicon, LexiconTerm } from './lexicon-schema';

export interface PackedLexicon {
  /** Family names, indexed by the number in each term. */
  families: string[];
  terms: string[];
  cues: string[];
}

export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const families = [...new Set(lexicon.terms.map((t) => t.family))];
  for (const term of lexicon.terms) {
    if ([term.form, ...(term.variants ?? [])].some((written) => written.includes('|'))) throw new Error(`lexicon: "${term.form}" contains "|"`);
  }
  return {
    families,
    terms: lexicon.terms.map((t) => `${t.lang}${families.indexOf(t.family)}${t.ambiguous ? '?' : ':'}${[t.form, ...(t.variants ?? [])].join('|')}`),
    cues: lexicon.cues.map((c) => `${c.lang}:${c.form}`),
  };
}

export function unpackLexicon(packed: PackedLexicon): Lexicon {
  const terms = packed.terms.map((entry): LexiconTerm => {
    const [, lang, family, flag, written] = /^([a-z]{2})(\d+)([:?])(.*)$/s.exec(entry) ?? [];
    const [form = '', ...variants] = (written ?? '').split('|');
    return { form, lang: lang as Lang, family: packed.families[Number(family)] ?? '', ambiguous: flag === '?', ...(variants.length ? { variants } : {}) };
  });
  const cues = packed.cues.map((entry) => ({ lang: entry.slice(0, 2) as Lang, form: entry.slice(3) }));
  return { version: 1, terms, cues };
}
