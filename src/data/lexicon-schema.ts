/**
 * The lexicon: every name of the topic, per language, and the topic cues that make an
 * ambiguous name count. Data, not code: `lexicon.json` is validated against this schema
 * when the dataset is built.
 */
import * as v from 'valibot';

export const LANGS = ['en', 'de', 'fr', 'nl', 'es', 'pt', 'it'] as const;
export const Lang = v.picklist(LANGS);
export type Lang = v.InferOutput<typeof Lang>;

export const LexiconTerm = v.strictObject({
  /** The name as written, singular where it has one: "drug consumption room". */
  form: v.pipe(v.string(), v.minLength(1)),
  lang: Lang,
  /** Which family of names it belongs to, e.g. "drug-consumption-room", "supervised-injection-site". */
  family: v.pipe(v.string(), v.minLength(1)),
  /** True when the form also means something else and needs a topic cue nearby. */
  ambiguous: v.boolean(),
});
export type LexiconTerm = v.InferOutput<typeof LexiconTerm>;

export const TopicCue = v.strictObject({
  /** A word or word start that signals the topic nearby: "overdose", "inject". */
  form: v.pipe(v.string(), v.minLength(1)),
  lang: Lang,
});
export type TopicCue = v.InferOutput<typeof TopicCue>;

export const Lexicon = v.strictObject({
  version: v.literal(1),
  terms: v.pipe(v.array(LexiconTerm), v.minLength(1)),
  cues: v.array(TopicCue),
});
export type Lexicon = v.InferOutput<typeof Lexicon>;
