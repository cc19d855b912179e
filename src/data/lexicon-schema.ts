/**
 * The lexicon: every name of the topic, per language, and the topic cues that make an
 * ambiguous name count. Data, not code: `lexicon.json` is validated against this schema
 * when the dataset is built (and by `checkLexicon` for lexicons from elsewhere).
 */
import * as v from 'valibot';

export const LANGS = ['en', 'de', 'fr', 'nl', 'es', 'pt', 'it'] as const;
export const Lang = v.picklist(LANGS);
export type Lang = v.InferOutput<typeof Lang>;

const Written = v.pipe(v.string(), v.trim(), v.minLength(1));

export const LexiconTerm = v.strictObject({
  /** The name as written, singular where it has one: "drug consumption room". */
  form: Written,
  lang: Lang,
  /** Which family of names it belongs to, e.g. "drug-consumption-room", "supervised-injection-site". */
  family: v.pipe(v.string(), v.minLength(1)),
  /** True when the form also means something else and needs a topic cue nearby. */
  ambiguous: v.boolean(),
  /**
   * Other written forms of the same name: plurals and inflections ("Drogenkonsumräume",
   * "salles de consommation"). English forms and all-capital short forms also get the
   * regular English plural ("rooms", "facilities", "DCRs") without listing it.
   */
  variants: v.optional(v.array(Written)),
});
export type LexiconTerm = v.InferOutput<typeof LexiconTerm>;

export const TopicCue = v.strictObject({
  /** A word that signals the topic nearby: "heroin"; a trailing `*` makes it a word start: "overdos*". */
  form: Written,
  lang: Lang,
});
export type TopicCue = v.InferOutput<typeof TopicCue>;

export const Lexicon = v.strictObject({
  version: v.literal(1),
  terms: v.pipe(v.array(LexiconTerm), v.minLength(1)),
  cues: v.array(TopicCue),
});
export type Lexicon = v.InferOutput<typeof Lexicon>;

/** Checks lexicon data from outside the build, with every problem named. */
export function checkLexicon(input: unknown): Lexicon {
  const result = v.safeParse(Lexicon, input);
  if (!result.success) throw new Error(`Invalid lexicon: ${v.summarize(result.issues)}`);
  return result.output;
}
