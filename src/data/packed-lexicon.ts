/**
 * The lexicon in the compact form the content script carries (it is parsed in every frame of
 * every page): one string per term, `<lang><family index>[?<rule>]:<form>|<variant>…` (a rule
 * only for an ambiguous form), and `<lang><"+" strong | "=" weak | "-" counter><form>` per cue,
 * in the lexicon's own order (the first spelling of a form wins). Weights and rules stay objects.
 */
import type { CueWeight, Lang, Lexicon, LexiconTerm } from './lexicon-schema';

const WEIGHT_SIGNS: Record<CueWeight, string> = { strong: '+', weak: '=', counter: '-' };
const SIGN_WEIGHTS: Record<string, CueWeight> = { '+': 'strong', '=': 'weak', '-': 'counter' };

export interface PackedLexicon {
  weights: Lexicon['weights'];
  rules: Lexicon['rules'];
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
    weights: lexicon.weights,
    rules: lexicon.rules,
    families,
    terms: lexicon.terms.map((t) => `${t.lang}${families.indexOf(t.family)}${t.ambiguous ? `?${t.rule ?? ''}` : ''}:${[t.form, ...(t.variants ?? [])].join('|')}`),
    cues: lexicon.cues.map((c) => `${c.lang}${WEIGHT_SIGNS[c.weight]}${c.form}`),
  };
}

export function unpackLexicon(packed: PackedLexicon): Lexicon {
  const terms = packed.terms.map((entry): LexiconTerm => {
    const [, lang, family, rule, written] = /^([a-z]{2})(\d+)(?:\?([a-z-]*))?:(.*)$/s.exec(entry) ?? [];
    const [form = '', ...variants] = (written ?? '').split('|');
    const ambiguous = rule !== undefined;
    return { form, lang: lang as Lang, family: packed.families[Number(family)] ?? '', ambiguous, ...(ambiguous ? { rule } : {}), ...(variants.length ? { variants } : {}) };
  });
  const cues = packed.cues.map((entry) => ({ lang: entry.slice(0, 2) as Lang, weight: SIGN_WEIGHTS[entry[2] ?? ''] ?? 'weak', form: entry.slice(3) }));
  return { version: 1, weights: packed.weights, rules: packed.rules, terms, cues };
}
