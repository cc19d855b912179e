/**
 * Turns the lexicon (data) into what the matcher runs: every written form of every term,
 * normalised, in one automaton; the cues in another, built only once a page has an ambiguous
 * candidate to weigh.
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

/** A term's written form in the terms' automaton. */
export interface TermPhrase {
  readonly term: CompiledTerm;
  /** A short form ("DCR") counts only in capitals, not as the word "sis" or "ops". */
  readonly capitals: boolean;
  /** The same written form in other languages ("SCS" is English and French), told apart by the text's language. */
  readonly alternatives: CompiledTerm[];
}

/** A cue's written form in the cues' automaton. */
export interface CuePhrase {
  readonly cue: CompiledCue;
  /** The cue may continue into a longer word ("overdos*" → "overdoses"). */
  readonly wordStart: boolean;
}

/** The cues' automaton: built on first need, since only a prose context holding an ambiguous candidate is read for cues. */
export interface CueMatcher {
  readonly matcher: PhraseMatcher;
  /** Indexed by phrase id. */
  readonly phrases: readonly CuePhrase[];
}

export interface CompiledLexicon {
  readonly terms: readonly CompiledTerm[];
  /** Indexed by phrase id. */
  readonly phrases: readonly TermPhrase[];
  readonly matcher: PhraseMatcher;
  readonly languages: readonly Lang[];
  /** The rule a short form the page itself defined must meet ("DKR" after "Drogenkonsumräume (DKR)"): its story's definition. */
  readonly shortFormRule: TermRule;
  cues(): CueMatcher;
}

/**
 * A short form the page itself defined counts only in the story that defined it, and not in a
 * paragraph there that shows another sense (a counter-cue) without naming the topic plainly.
 */
const DEFINITION_ONLY: TermRule = { definition: true, cues: 'sentence', minScore: Number.POSITIVE_INFINITY, veto: 'paragraph' };

export interface CompileOptions {
  /** Which languages' terms are detected; all by default. Cues of every language still count. */
  languages?: readonly Lang[];
  /**
   * Which terms (indices into `lexicon.terms`) are compiled; all by default. A text holding no
   * written form of the others finds the same mentions with these alone (what a frame knows from
   * the topic sieve's anchors).
   */
  terms?: ReadonlySet<number>;
}

export const isShortForm = (form: string): boolean => form.length <= 6 && form === form.toUpperCase() && /\p{Lu}/u.test(form);

/** The regular English plural of a form: its last word gets -s, -es or -ies. */
export function englishPlural(form: string): string {
  if (/[^aeiou]y$/i.test(form)) return form.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(form)) return form + 'es';
  return form + 's';
}

/** A term's written forms, normalised as the matcher reads them, empty ones left out (what `compileLexicon` puts in its automaton). */
export function phraseTexts(term: { form: string; lang: Lang; variants?: string[] | undefined }): string[] {
  return writtenForms(term).flatMap((written) => normalizePhrase(written) || []);
}

export function writtenForms(term: { form: string; lang: Lang; variants?: string[] | undefined }): string[] {
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

  // The first spelling of a normalised form wins; a term of another language becomes its alternative.
  const texts: string[] = [];
  const phrases: TermPhrase[] = [];
  const seen = new Map<string, TermPhrase>();
  const terms: CompiledTerm[] = [];
  for (const [index, term] of valid.terms.entries()) {
    if (!wanted.has(term.lang) || (options.terms && !options.terms.has(index))) continue;
    const rule = term.ambiguous ? (valid.rules[term.rule ?? ''] ?? DEFINITION_ONLY) : null;
    const compiled: CompiledTerm = { form: term.form, lang: term.lang, family: term.family, ambiguous: term.ambiguous, rule };
    terms.push(compiled);
    const capitals = isShortForm(term.form);
    for (const text of phraseTexts(term)) {
      const first = seen.get(text);
      if (first) {
        if (first.term.lang !== term.lang && !first.alternatives.some((t) => t.lang === term.lang)) first.alternatives.push(compiled);
      } else {
        const phrase = { term: compiled, capitals, alternatives: [] };
        seen.set(text, phrase);
        texts.push(text);
        phrases.push(phrase);
      }
    }
  }
  let cues: CueMatcher | null = null;
  return { terms, phrases, matcher: new PhraseMatcher(texts), languages, shortFormRule: DEFINITION_ONLY, cues: () => (cues ??= compileCues(valid)) };
}

/** Every cue of every language in one automaton; a form several languages share counts in each. */
function compileCues(lexicon: Lexicon): CueMatcher {
  const texts: string[] = [];
  const phrases: CuePhrase[] = [];
  const seen = new Map<string, CuePhrase>();
  for (const { form: written, lang, weight } of lexicon.cues) {
    const wordStart = written.endsWith('*');
    const form = wordStart ? written.slice(0, -1) : written;
    const text = normalizePhrase(form);
    const first = seen.get(text);
    if (first) {
      if (!first.cue.langs.includes(lang)) first.cue.langs.push(lang);
    } else if (text) {
      const phrase = { wordStart, cue: { form, weight, score: lexicon.weights[weight], langs: [lang] } };
      seen.set(text, phrase);
      texts.push(text);
      phrases.push(phrase);
    }
  }
  return { matcher: new PhraseMatcher(texts), phrases };
}
