/**
 * Turns the lexicon (data) into what the matcher runs: every written form of every term and
 * every topic cue, normalised, in one automaton.
 */
import * as v from 'valibot';
import { Lang, LANGS, Lexicon } from '../data/lexicon-schema';
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
  /**
   * The lexicon has already passed the schema (the bundled dataset is checked when it is
   * built), so checking it again in every frame's cold start can be skipped.
   */
  validated?: boolean;
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

function parse<T extends v.GenericSchema>(schema: T, input: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new Error(`Invalid ${what}: ${v.summarize(result.issues)}`);
  return result.output;
}

/** Validates `lexicon` (throwing an error that names every problem) and compiles it. */
export function compileLexicon(lexicon: Lexicon, options: CompileOptions = {}): CompiledLexicon {
  const valid = options.validated ? lexicon : parse(Lexicon, lexicon, 'lexicon');
  const languages = options.languages ? parse(v.array(Lang), options.languages, 'languages option') : [...LANGS];
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
  return { terms, phrases, matcher: new PhraseMatcher(texts), languages };
}
