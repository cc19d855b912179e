/**
 * The lexicon in the compact form the content script carries (it is parsed in every frame of
 * every page). Consecutive terms of one language, family and rule share one string,
 * `<lang><family index>[?<rule index>]:<form>|<variant>…;<form>|…`; consecutive cues of one
 * language and weight share one, `<lang><"+" strong | "=" weak | "-" counter><form>|<form>…`.
 * The lexicon's own order is kept (the first spelling of a form wins). About a third of the
 * JSON objects' size.
 */
import type { CueWeight, Lang, Lexicon, LexiconTerm, TopicCue } from './lexicon-schema';

const WEIGHT_SIGNS: Record<CueWeight, string> = { strong: '+', weak: '=', counter: '-' };
const SIGN_WEIGHTS: Record<string, CueWeight> = { '+': 'strong', '=': 'weak', '-': 'counter' };

export interface PackedLexicon {
  weights: Lexicon['weights'];
  rules: Lexicon['rules'];
  /** Family names, indexed by the number in each group of terms. */
  families: string[];
  terms: string[];
  cues: string[];
}

/** Runs of consecutive items with the same key, each as its key and items. */
function runs<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const result: [string, T[]][] = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (last?.[0] === key(item)) last[1].push(item);
    else result.push([key(item), [item]]);
  }
  return result;
}

export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const families = [...new Set(lexicon.terms.map((t) => t.family))];
  const rules = Object.keys(lexicon.rules);
  for (const written of [...lexicon.terms.flatMap((t) => [t.form, ...(t.variants ?? [])]), ...lexicon.cues.map((c) => c.form)]) {
    if (/[|;]/.test(written)) throw new Error(`lexicon: "${written}" contains "|" or ";"`);
  }
  const termKey = (t: LexiconTerm): string => `${t.lang}${families.indexOf(t.family)}${t.ambiguous ? `?${rules.indexOf(t.rule ?? '')}` : ''}:`;
  const cueKey = (c: TopicCue): string => `${c.lang}${WEIGHT_SIGNS[c.weight]}`;
  return {
    weights: lexicon.weights,
    rules: lexicon.rules,
    families,
    terms: runs(lexicon.terms, termKey).map(([key, terms]) => key + terms.map((t) => [t.form, ...(t.variants ?? [])].join('|')).join(';')),
    cues: runs(lexicon.cues, cueKey).map(([key, cues]) => key + cues.map((c) => c.form).join('|')),
  };
}

export function unpackLexicon(packed: PackedLexicon): Lexicon {
  const rules = Object.keys(packed.rules);
  const terms = packed.terms.flatMap((group) => {
    const [, lang, family, rule, written] = /^([a-z]{2})(\d+)(?:\?(\d+))?:(.*)$/s.exec(group) ?? [];
    const ambiguous = rule !== undefined;
    return (written ?? '').split(';').map((forms): LexiconTerm => {
      const [form = '', ...variants] = forms.split('|');
      return {
        form,
        lang: lang as Lang,
        family: packed.families[Number(family)] ?? '',
        ambiguous,
        ...(ambiguous ? { rule: rules[Number(rule)] ?? '' } : {}),
        ...(variants.length ? { variants } : {}),
      };
    });
  });
  let cues: TopicCue[] | undefined;
  return {
    version: 1,
    weights: packed.weights,
    rules: packed.rules,
    terms,
    // Only a page with an ambiguous candidate weighs cues: most frames never make these 700 objects.
    get cues(): TopicCue[] {
      return (cues ??= unpackCues(packed.cues));
    },
  };
}

function unpackCues(groups: readonly string[]): TopicCue[] {
  return groups.flatMap((group) => {
    const lang = group.slice(0, 2) as Lang;
    const weight = SIGN_WEIGHTS[group[2] ?? ''] ?? 'weak';
    return group
      .slice(3)
      .split('|')
      .map((form) => ({ form, lang, weight }));
  });
}
