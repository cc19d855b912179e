/**
 * The lexicon: every name of the topic, per language; the cues that weigh for or against an
 * ambiguous name; and the rule each ambiguous name must meet to count. Data, not code:
 * `lexicon.json` is validated against this schema when the dataset is built (and by
 * `checkLexicon` for lexicons from elsewhere).
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
  /** True when the form also means something else: it counts only when its `rule` is met. */
  ambiguous: v.boolean(),
  /** For an ambiguous form: the name of the rule (in `rules`) its evidence must meet. */
  rule: v.optional(v.pipe(v.string(), v.minLength(1))),
  /**
   * Other written forms of the same name: plurals and inflections ("Drogenkonsumräume",
   * "salles de consommation"). English forms and all-capital short forms also get the
   * regular English plural ("rooms", "facilities", "DCRs") without listing it.
   */
  variants: v.optional(v.array(Written)),
});
export type LexiconTerm = v.InferOutput<typeof LexiconTerm>;

/** strong: says the topic ("supervised", "overdose"); weak: common near it and elsewhere ("drug"); counter: says another sense ("surgery", "pump"). */
export const CUE_WEIGHTS = ['strong', 'weak', 'counter'] as const;
export const CueWeight = v.picklist(CUE_WEIGHTS);
export type CueWeight = v.InferOutput<typeof CueWeight>;

export const TopicCue = v.strictObject({
  /** A word or phrase: "heroin"; a trailing `*` makes it a word start: "overdos*". */
  form: Written,
  lang: Lang,
  weight: CueWeight,
});
export type TopicCue = v.InferOutput<typeof TopicCue>;

/** Where evidence is looked for: the candidate's sentence, its paragraph, or its story. */
export const Scope = v.picklist(['sentence', 'paragraph', 'story']);
export type Scope = v.InferOutput<typeof Scope>;

/** What an ambiguous form needs to count. Any one way in suffices, unless a counter-cue vetoes. */
export const TermRule = v.strictObject({
  /** Only spelled as the lexicon spells it, a leading article aside ("Insite", "the Thistle"; not "insite", "InSite"). */
  capitalised: v.optional(v.boolean()),
  /** Counts in text of any language (a facility's name); otherwise only in text of the form's own language. */
  anyLanguage: v.optional(v.boolean()),
  /**
   * A way in: the story defined this short form ("drug consumption rooms (DCRs)"), in any
   * language. A story that defines it as something else ("Ottawa Police Service (OPS)") shuts it out.
   */
  definition: v.optional(v.boolean()),
  /** A way in: an unambiguous name of the topic in this scope. */
  clearMention: v.optional(Scope),
  /** A way in: the cues in this scope score at least `minScore`, with at least one strong cue… (0 with `weakCues`: any text without a counter-cue) */
  cues: Scope,
  minScore: v.number(),
  /** …or, for a form rarely meant otherwise ("fix room"), with weak cues alone. */
  weakCues: v.optional(v.boolean()),
  /** Any counter-cue in this scope rejects the candidate, whatever else it has. */
  veto: v.optional(Scope),
  /**
   * Accepted on one weak cue or none, it is turned down when its story shows another sense (a
   * counter-cue anywhere in it) and has no strong cue of the topic: its story is about that sense.
   */
  otherSenseInStory: v.optional(v.boolean()),
});
export type TermRule = v.InferOutput<typeof TermRule>;

export const Lexicon = v.pipe(
  v.strictObject({
    version: v.literal(1),
    /** What one cue of each weight adds to a candidate's score. */
    weights: v.strictObject({ strong: v.number(), weak: v.number(), counter: v.number() }),
    rules: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/)), TermRule),
    terms: v.pipe(v.array(LexiconTerm), v.minLength(1)),
    cues: v.array(TopicCue),
  }),
  v.check(
    (lexicon) => lexicon.terms.every((term) => (term.ambiguous ? term.rule !== undefined && term.rule in lexicon.rules : term.rule === undefined)),
    (issue) => {
      const terms = (issue.input as { terms: LexiconTerm[]; rules: Record<string, unknown> }).terms;
      const rules = (issue.input as { rules: Record<string, unknown> }).rules;
      const bad = terms.find((term) => (term.ambiguous ? term.rule === undefined || !(term.rule in rules) : term.rule !== undefined));
      return `term "${bad?.form}": an ambiguous form needs a rule named in "rules", an unambiguous one none`;
    },
  ),
);
export type Lexicon = v.InferOutput<typeof Lexicon>;

/** Checks lexicon data from outside the build, with every problem named. */
export function checkLexicon(input: unknown): Lexicon {
  const result = v.safeParse(Lexicon, input);
  if (!result.success) throw new Error(`Invalid lexicon: ${v.summarize(result.issues)}`);
  return result.output;
}
