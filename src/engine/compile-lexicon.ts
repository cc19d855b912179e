/**
 * Turns the lexicon (data) into what the matcher runs: every written form of every term and
 * every topic cue, normalised, in one automaton.
 */
import { LANGS, type CueWeight, type Lang, type Lexicon, type TermRule } from '../data/lexicon-schema';
import { normalizePhrase } from './normalize';
import { PhraseMatcher } from './phrase-matcher';

export interface CompiledTerm {
  /** The lexicon form (canonical spelling), e.g. "drug consumption room". */
  readonly form: string;
  readonly lang: Lang;
  readonly family: string;
  readonly ambiguous: boolean;
  /** What an ambiguous form needs to count (null for an unambiguous one). */
  readonly rule: TermRule | null;
}

/** A cue as the judge weighs it. */
export interface CompiledCue {
  /** As the lexicon writes it (without a trailing `*`), for the reason shown on the card. */
  readonly form: string;
  readonly weight: CueWeight;
  /** What it adds to a candidate's score. */
  readonly score: number;
  /** The languages whose text it counts in ("ventil*" is German, not the French "ventilée"). */
  readonly langs: Lang[];
}

/** What a phrase of the automaton stands for. */
export type Phrase =
  /** `capitals`: a short form ("DCR") counts only in capitals, not as the word "sis" or "ops". */
  /** `alternatives`: the same written form in other languages ("SCS" is English and French), told apart by the text's language. */
  | { readonly kind: 'term'; readonly term: CompiledTerm; readonly capitals: boolean; readonly alternatives: CompiledTerm[] }
  /** `wordStart`: the cue may continue into a longer word ("overdos*" → "overdoses"). */
  | { readonly kind: 'cue'; readonly wordStart: boolean; readonly cue: CompiledCue };

export interface CompiledLexicon {
  readonly terms: readonly CompiledTerm[];
  /** Indexed by phrase id. */
  readonly phrases: readonly Phrase[];
  readonly matcher: PhraseMatcher;
  readonly languages: readonly Lang[];
  /** The rule a short form the page itself defined must meet ("DKR" after "Drogenkonsumräume (DKR)"). */
  readonly shortFormRule: TermRule;
}

/** Without an "acronym" rule in the lexicon, a page-defined short form counts only where its story defined it. */
const DEFINITION_ONLY: TermRule = { definition: true, cues: 'sentence', minScore: Number.POSITIVE_INFINITY };

export interface CompileOptions {
  /** Which languages' terms are detected; all by default. Cues of every language still count. */
  languages?: readonly Lang[];
}

const isShortForm = (form: string): boolean => form.length <= 6 && form === form.toUpperCase() && /\p{Lu}/u.test(form);

/** The regular English plural of a form: its last word gets -s, -es or -ies. */
export function englishPlural(form: string): string {
  if (/[^aeiou]y$/i.test(form)) return form.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(form)) return form + 'es';
  return form + 's';
}

function writtenForms(term: { form: string; lang: Lang; variants?: string[] | undefined }): string[] {
  const forms = [term.form, ...(term.variants ?? [])];
  if (isShortForm(term.form)) forms.push(term.form + 's');
  else if (term.lang === 'en' && !term.variants) forms.push(englishPlural(term.form));
  return forms;
}

/**
 * Compiles a lexicon that has passed its schema: the bundled one is checked when the dataset
 * is built, so no frame pays for a schema library or a second check at start-up. Data from
 * anywhere else goes through `checkLexicon` (src/data/lexicon-schema.ts) first.
 */
export function compileLexicon(lexicon: Lexicon, options: CompileOptions = {}): CompiledLexicon {
  const valid = lexicon;
  const languages = options.languages ? LANGS.filter((lang) => options.languages?.includes(lang)) : [...LANGS];
  const wanted = new Set(languages);

  const texts: string[] = [];
  const phrases: Phrase[] = [];
  const seen = new Map<string, Phrase>();
  const add = (written: string, phrase: Phrase): void => {
    const text = normalizePhrase(written);
    if (!text) return;
    const first = seen.get(text);
    if (first) {
      // The first spelling of a normalised form wins; a term of another language becomes its alternative.
      if (first.kind === 'term' && phrase.kind === 'term' && first.term.lang !== phrase.term.lang && !first.alternatives.some((t) => t.lang === phrase.term.lang)) {
        first.alternatives.push(phrase.term);
      }
      if (first.kind === 'cue' && phrase.kind === 'cue' && !first.cue.langs.includes(phrase.cue.langs[0]!)) first.cue.langs.push(phrase.cue.langs[0]!);
      return;
    }
    seen.set(text, phrase);
    texts.push(text);
    phrases.push(phrase);
  };

  const terms: CompiledTerm[] = [];
  for (const term of valid.terms) {
    if (!wanted.has(term.lang)) continue;
    const rule = term.ambiguous ? valid.rules[term.rule ?? ''] ?? DEFINITION_ONLY : null;
    const compiled: CompiledTerm = { form: term.form, lang: term.lang, family: term.family, ambiguous: term.ambiguous, rule };
    terms.push(compiled);
    const capitals = isShortForm(term.form);
    for (const written of writtenForms(term)) add(written, { kind: 'term', term: compiled, capitals, alternatives: [] });
  }
  for (const cue of valid.cues) {
    const wordStart = cue.form.endsWith('*');
    const form = wordStart ? cue.form.slice(0, -1) : cue.form;
    add(form, { kind: 'cue', wordStart, cue: { form, weight: cue.weight, score: valid.weights[cue.weight], langs: [cue.lang] } });
  }
  const shortFormRule = valid.rules['acronym'] ?? DEFINITION_ONLY;
  return { terms, phrases, matcher: new PhraseMatcher(texts), languages, shortFormRule };
}
