/**
 * The failing approach said as enforcement that achieved nothing, in three constructions, each
 * a cue of both of the claim's parts (the approach and its failure) at once:
 * - removed nothing: an enforcer (`enforcers`: prohibition, prisons, arrests, raids, police,
 *   fines, bulldozers, the criminal code), then in its statement a negated verb of removal
 *   (`removals`), with drugs, dealing or users (`removedThings`) and a street or neighbourhood
 *   (`streets`) beside it: "prohibition has not taken drugs off the street", "encher as cadeias
 *   não tirou a heroína de um único bairro", "die Razzien haben keinen Dealer aus dem Park vertrieben";
 * - a pretence it works: a verb of pretending (`pretences`), then a verb or noun of solving
 *   (`solutions`) with an enforcer just beside it: "cannot keep pretending that Rogoredo is
 *   solved with bulldozers", "so tun, als ließe sich das mit Razzien lösen";
 * - a futile likeness: an enforcer (or a strong cue of the approach) as the means of what is
 *   likened (`instruments`: "with fines", "como un asunto policial"), a verb of enforcing opening
 *   the sentence (`enforcing`: "arresting addicts is like"), or an enforcer just before the likening
 *   to an act (`likenings`: "is like *ing", "es como *ar"), and a judgement of uselessness after
 *   it (`futilities`): "treating addiction as a police matter is like fighting flu with fines: useless".
 * Each needs every one of its pieces, near each other and in order, so that a raid that did clear
 * a street, litter removed by cleaners, or a pretence about a budget says nothing. Read by the
 * claim with an `enduredAt` part (the failing approach), whose other part is the approach.
 */
import type { Claims } from '../../data/claims-schema';
import type { Lang } from '../../data/lexicon-schema';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { compileForms, isNegatorIn, ownSegments, spansOf, type CompiledCue, type Span } from './cues';
import { ONLY } from './negation';
import { opensBetween, type SentenceWords } from './sentence';

/** A language's word lists for the three constructions (claims.json's keys of the same names). */
export interface FutileEnforcementWords {
  readonly enforcers: readonly CompiledCue[];
  readonly removals: readonly CompiledCue[];
  readonly removedThings: readonly CompiledCue[];
  readonly streets: readonly CompiledCue[];
  readonly pretences: readonly CompiledCue[];
  readonly solutions: readonly CompiledCue[];
  readonly instruments: readonly CompiledCue[];
  readonly enforcing: readonly CompiledCue[];
  readonly likenings: readonly CompiledCue[];
  readonly futilities: readonly CompiledCue[];
}

/** The lists of `lang`, each form's bracketed alternatives one cue of its own. */
export function compileFutileEnforcement(model: Claims, lang: Lang): FutileEnforcementWords {
  const of = compileForms;
  return {
    enforcers: of(model.enforcers[lang]),
    removals: of(model.removals[lang]),
    removedThings: of(model.removedThings[lang]),
    streets: of(model.streets[lang]),
    pretences: of(model.pretences[lang]),
    solutions: of(model.solutions[lang]),
    instruments: of(model.instruments[lang]),
    enforcing: of(model.enforcing[lang]),
    likenings: of(model.likenings[lang]),
    futilities: of(model.futilities[lang]),
  };
}

/** Words before a removal where its enforcer may stand ("encher as cadeias de consumidores não tirou"). */
const ENFORCER_BEFORE = 10;
/** Words before a removal where its negator may stand: verb-final German and Dutch put the object between ("hat das Heroin nicht aus dem Viertel vertrieben"). */
const NEGATED_BEFORE = 7;
/** Words on either side of a removal where what is removed, and whence, may stand. */
const REMOVED_WITHIN = 8;
/** Words after a pretence where what it pretends solves may stand. */
const PRETENDED_WITHIN = 10;
/** Words after a solving where the enforcer said to do it stands ("si risolva con le ruspe"); before it, anywhere after the pretence ("dat de politie het … zal oplossen"). */
const SOLVED_BY = 4;
/** Words between a means ("with", "como un asunto") and its enforcer. */
const MEANS_BEFORE = 3;
/** Words between an enforcer as the subject and the likening ("prohibition is like"). */
const SUBJECT_BEFORE = 1;
/** Words before a verb of enforcing that still open the sentence ("But arresting…"), and words from it to the likening ("arresting drug users is like"). */
const ACT_OPENS = 1;
const ACT_BEFORE = 3;
/** Words after a likening where its judgement of uselessness may stand ("es como combatir la gripe a base de multas: caro, inútil"). */
const JUDGED_WITHIN = 14;

const spansIn = (cues: readonly CompiledCue[], sentence: SentenceWords): { cue: CompiledCue; span: Span }[] =>
  cues.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, sentence.words).map((span) => ({ cue, span })));

const overlaps = (a: Span, b: Span): boolean => a.at < b.end && b.at < a.end;

/** Does `span` overlap the words the cue matched at `own` itself, not its gap ("taken a single gram of heroin off")? */
const overlapsOwn = (span: Span, { cue, span: own }: { cue: CompiledCue; span: Span }): boolean =>
  ownSegments(cue, own.at, own.end).some((segment) => overlaps(span, segment));

/**
 * The cue the claim's two parts take from one of the constructions, strong, or null. Null too
 * for any claim without an `enduredAt` part.
 */
export function enforcementRemovedNothing(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): CompiledCue | null {
  if (claim.enduredAt < 0) return null;
  const words = language.futileEnforcement();
  const enforcers = spansIn(words.enforcers, sentence);
  // A likening's subject may be a verb of enforcing instead ("arresting addicts is like…").
  const found =
    (enforcers.length ? (removedNothing(enforcers, words, language, sentence) ?? pretendedSolved(enforcers, words, sentence)) : null) ??
    likenedToFutility(claim, enforcers, words, language, sentence);
  return found ? { form: found, words: [], weight: language.strong } : null;
}

/** "Prohibition has not taken drugs off the street": the pieces' forms, or null. */
function removedNothing(
  enforcers: readonly { cue: CompiledCue; span: Span }[],
  { removals, removedThings, streets }: FutileEnforcementWords,
  language: CompiledLanguage,
  sentence: SentenceWords,
): string | null {
  const { negators, joiners } = language;
  const { words } = sentence;
  const clauses = sentence.clauses();
  // A comma may set off a speaker between the enforcer and its verb ("a proibição, escreve o cronista, não tirou"), not a second statement.
  const joined = (from: number, to: number): boolean =>
    clauses.some(({ at, mark }) => at >= from && at <= to && (mark !== ',' || joiners.some((joiner) => spansOf(joiner, words).some(({ at: j }) => j === at))));
  for (const removal of spansIn(removals, sentence)) {
    const { at, end } = removal.span;
    // Negated in its statement, and not "not only" ("hat nicht nur die Dealer vertrieben").
    let negatedAt = -1;
    for (let i = Math.max(0, at - NEGATED_BEFORE); i < at; i++)
      if (isNegatorIn(negators, words[i]!) && !ONLY.has(words[i + 1]!) && !opensBetween(clauses, i + 1, at)) negatedAt = i;
    if (negatedAt < 0 || hedged(negatedAt, at, language, sentence)) continue;
    const enforcer = enforcers.find(
      ({ span }) =>
        span.end <= at &&
        at - span.end <= ENFORCER_BEFORE &&
        !joined(span.end, at) &&
        // "Without the police, the dealers would never have been driven out": the enforcer's absence, not its failure.
        !words.slice(Math.max(0, span.at - LACK_BEFORE), span.at).some((word) => isNegatorIn(language.lacking, word)),
    );
    if (!enforcer) continue;
    const near = (items: { cue: CompiledCue; span: Span }[]) =>
      items.find(
        ({ span }) =>
          span.at >= enforcer.span.end &&
          !overlapsOwn(span, removal) &&
          (span.at >= end
            ? span.at - end <= REMOVED_WITHIN && !opensBetween(clauses, end, span.at)
            : at - span.end <= REMOVED_WITHIN && !opensBetween(clauses, span.end, at)),
      );
    const thing = near(spansIn(removedThings, sentence));
    const street = thing && near(spansIn(streets, sentence).filter(({ span }) => !overlaps(span, thing.span)));
    if (thing && street) return `${enforcer.cue.form} … not ${removal.cue.form} … ${thing.cue.form} … ${street.cue.form}`;
  }
  return null;
}

/** Words before an enforcer where a word of lack makes it absent ("without the police"). */
const LACK_BEFORE = 2;
/** Words before a removal's negator where a condition makes it one ("as long as the police do not…"). */
const CONDITION_BEFORE = 6;

/**
 * Is the removal's failure not told as a fact: under a condition ("if the police do not drive
 * the dealers out…", "as long as…"), opening the sentence or the removal's clause, or feared
 * ("residents fear the raids will not drive the dealers out")?
 */
function hedged(negatedAt: number, removalAt: number, { hypotheses, conditions, fears }: CompiledLanguage, sentence: SentenceWords): boolean {
  const { words } = sentence;
  const opening = Math.max(
    0,
    ...sentence
      .clauses()
      .map(({ at }) => at)
      .filter((at) => at <= negatedAt),
  );
  const opens = (at: number): boolean => hypotheses.some((cue) => spansOf(cue, words).some((span) => span.at === at || span.at === at + 1));
  if (opens(0) || opens(opening)) return true;
  const before = { at: Math.max(0, negatedAt - CONDITION_BEFORE), end: negatedAt + 1 };
  if (conditions.some((cue) => spansOf(cue, words).some((span) => overlaps(span, before)))) return true;
  return fears.some((cue) => spansOf(cue, words).some((span) => span.end <= removalAt));
}

/** "Cannot keep pretending that Rogoredo is solved with bulldozers": the pieces' forms, or null. */
function pretendedSolved(
  enforcers: readonly { cue: CompiledCue; span: Span }[],
  { pretences, solutions }: FutileEnforcementWords,
  sentence: SentenceWords,
): string | null {
  const clauses = sentence.clauses();
  for (const pretence of spansIn(pretences, sentence))
    for (const solution of spansIn(solutions, sentence)) {
      const { at, end } = solution.span;
      if (at < pretence.span.end || at - pretence.span.end > PRETENDED_WITHIN) continue;
      const enforcer = enforcers.find(
        ({ span }) =>
          span.at >= pretence.span.end &&
          !overlaps(span, solution.span) &&
          (span.at >= end ? span.at - end <= SOLVED_BY : span.end <= at) &&
          // A comma may open what is pretended ("einreden, dass mehr Polizei … lösen wird"); another mark ends it.
          !clauses.some(({ at: opens, mark }) => mark !== ',' && opens >= pretence.span.end && opens <= Math.max(span.at, at)),
      );
      if (enforcer) return `${pretence.cue.form} … ${solution.cue.form} … ${enforcer.cue.form}`;
    }
  return null;
}

/** "Treating addiction as a police matter is like fighting flu with fines: useless": the pieces' forms, or null. */
function likenedToFutility(
  claim: CompiledClaim,
  enforcers: readonly { cue: CompiledCue; span: Span }[],
  { likenings, futilities, instruments, enforcing }: FutileEnforcementWords,
  language: CompiledLanguage,
  sentence: SentenceWords,
): string | null {
  // Most sentences liken nothing to anything, and judge nothing useless: they stop here.
  const likened = spansIn(likenings, sentence);
  if (!likened.length || !futilities.some((cue) => sentence.has(cue))) return null;
  // The approach's strong cues name an enforcement too ("criminalisation is like…").
  const approach = language.parts[1 - claim.enduredAt]!.filter((cue) => cue.weight >= language.strong);
  const subjects = [...enforcers, ...spansIn(approach, sentence)];
  const means = spansIn(instruments, sentence);
  const acts = spansIn(enforcing, sentence).filter(({ span }) => span.at <= ACT_OPENS);
  for (const likening of likened) {
    // The means of what is likened ("mit dem Strafrecht zu bekämpfen ist, als wollte man"), or the likening's own subject ("prohibition is like").
    const subject =
      subjects.find(
        ({ span }) =>
          span.end <= likening.span.at &&
          (likening.span.at - span.end <= SUBJECT_BEFORE || means.some(({ span: mean }) => mean.end <= span.at && span.at - mean.end <= MEANS_BEFORE)),
      ) ?? acts.find(({ span }) => span.end <= likening.span.at && likening.span.at - span.end <= ACT_BEFORE);
    const judged = spansIn(futilities, sentence).find(({ span }) => span.at >= likening.span.end && span.at - likening.span.end <= JUDGED_WITHIN);
    if (subject && judged) return `${subject.cue.form} … ${likening.cue.form} … ${judged.cue.form}`;
  }
  return null;
}
