/**
 * Turns the lexicon (data) into what the matcher runs: every written form of every term and
 * every topic cue, normalised, in one automaton.
 */
import { LANGS, type Lang, type Lexicon } from '../data/lexicon-schema';
import { normalizePhrase } from './normalize';
import { PhraseMatcher } from './phrase-matcher';

export interface CompiledTerm {
  /** The lexicon form (canonical spelling), e.g. "drug consumption room". */
  readonly form: string;
  readonly lang: Lang;
  readonly family: string;
  readonly ambiguous: boolean;
}

/** What a phrase of the automaton stands for. */
export type Phrase =
  /** `capitals`: a short form ("DCR") counts only in capitals, not as the word "sis" or "ops". */
  | { readonly kind: 'term'; readonly term: CompiledTerm; readonly capitals: boolean }
  /** `wordStart`: the cue may continue into a longer word ("overdos*" → "overdoses"). */
  | { readonly kind: 'cue'; readonly wordStart: boolean };

export interface CompiledLexicon {
  readonly terms: readonly CompiledTerm[];
  /** Indexed by phrase id. */
  readonly phrases: readonly Phrase[];
  readonly matcher: PhraseMatcher;
  readonly languages: readonly Lang[];
}

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
  const seen = new Set<string>();
  const add = (written: string, phrase: Phrase): void => {
    const text = normalizePhrase(written);
    if (!text || seen.has(text)) return; // the first spelling of a normalised form wins
    seen.add(text);
    texts.push(text);
    phrases.push(phrase);
  };

  const terms: CompiledTerm[] = [];
  for (const term of valid.terms) {
    if (!wanted.has(term.lang)) continue;
    const compiled: CompiledTerm = { form: term.form, lang: term.lang, family: term.family, ambiguous: term.ambiguous };
    terms.push(compiled);
    const capitals = isShortForm(term.form);
    for (const written of writtenForms(term)) add(written, { kind: 'term', term: compiled, capitals });
  }
  for (const cue of valid.cues) {
    const wordStart = cue.form.endsWith('*');
    add(wordStart ? cue.form.slice(0, -1) : cue.form, { kind: 'cue', wordStart });
  }
  // Only terms wake the walk's sieve: a context with cues alone holds no candidate.
  const wakes = phrases.map((phrase) => phrase.kind === 'term');
  return { terms, phrases, matcher: new PhraseMatcher(texts, wakes), languages };
}
