/**
 * Finds sentences that make one of the dataset's claims, in their own words, in any of the
 * lexicon's languages. A sentence makes a claim when, in one language, every part of the
 * claim's proposition has a cue in it ("overdose" and "prevent" for "they save lives"), the
 * cues' weights reach the claim's minimum, no counter-cue of another debate is in it ("seat
 * belt", "tax"), and its story is about the topic. Pure: the caller says which stories are.
 * A sentence whose cues make no claim may be given one by the learned recall aid
 * (./claims-model.ts): its probability at the claim's threshold, a part of the claim cued, and
 * none of the vetoes above applying; such a finding is inferred, and says from which words.
 */
import { LANGS, type Lang } from '../data/lexicon-schema';
import { type CompiledCue, foldedWords, framedIn, indexOf, isNegatorIn, matchFrom, overlaps, ownSegments, type Span, spanOf, spansOf } from './claims/cues';
import { opensBetween, partCued, sentencesOf, SentenceWords, withoutIgnored, YEAR } from './claims/sentence';
import type { CompiledClaim, CompiledClaims, CompiledLanguage, RecallAid } from './claims/compiled-claims';
import { frameNegated, isDenied, isDeniedThrough, isNegative, negatesAnotherPart } from './claims/negation';
import { isDisputed } from './claims/disputes';
import { namesSpeaker, placedBy, withinOwnCue } from './claims/counter-cues';
import { correctsInto, frameFeared, framesCall, toldPermission } from './claims/frames';
import { answersYes, asksIndirectly, awaitedCall, type Question, questionOf, rhetoricalQuestion } from './claims/questions';
import { impliedCall, sloganQuotes } from './claims/implied-calls';
import { anyCallSupposed, callsInCondition, isAlternative, lawsCondition, negatedConditionEnd } from './claims/call-conditions';
import { callRefused, heardAndRejected, intentionRefused, isPurpose, purposeOfOtherCall, toldAsDated, toldByPoll, wishedUndone } from './claims/told-calls';
export { APOSTROPHES, elisionEnd, foldedWords } from './claims/cues';
export { sentencesOf } from './claims/sentence';
export { compileClaims, expandAlternatives, type CompiledClaims, type Inference, type RecallAid } from './claims/compiled-claims';

/** One prose context the scanner produced: its text, who owns it, and its language if known. */
export interface ClaimProse<Owner> {
  readonly text: string;
  readonly owner: Owner;
  /** The text's language; null tries every language (each on its own). */
  readonly lang: Lang | null;
}

/** A sentence that makes a claim, and why: the strongest cue of each part, as the data writes it. */
export interface ClaimFinding<Owner> {
  readonly claimId: string;
  readonly owner: Owner;
  /** The sentence's offsets in its prose context's text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly lang: Lang;
  /**
   * What orders a sentence's claims, strongest first: for a cued claim the sum of its cues'
   * weights, for an inferred one the recall aid's probability. Never compared across the two:
   * a sentence's claims are all cued or all inferred.
   */
  readonly score: number;
  readonly cues: readonly string[];
  /** Set when the recall aid inferred the claim: the sentence's words that weighed most for it. */
  readonly inferredFrom?: readonly string[];
}

/**
 * The claim's verdict on one sentence in one language: its score and reason, or null. `inferred`:
 * the recall aid proposes the claim, so a part may lack a cue (all may, unless `needsCue`), the
 * cues' minimum does not apply, and every veto does, more strictly where a missing cue leaves it
 * blind (a negator anywhere denies a claim whose denied part has no cue; any open question vetoes).
 */
function judge(
  claim: CompiledClaim,
  language: CompiledLanguage,
  sentence: SentenceWords,
  counters: readonly CompiledCue[],
  question: Question | null,
  inferred: { needsCue: boolean } | null = null,
): { score: number; cues: string[]; weights: number[] } | null {
  // Blanking ignored names only takes cues away, so a part with no cue in the sentence as it stands has none
  // after it either: most sentences stop here, before the ignored names are looked for.
  const cued = partCued(sentence);
  // A call said by a construction rather than a cue of its part ("shutting the site would be madness", "demands a second room"),
  // or, in a rhetorical question, by a place's waiting for a room ("why is Dundee still waiting for one of its own?").
  const implied = impliedCall(claim, language, sentence);
  const awaiting = inferred || !question ? null : awaitedCall(claim, language, sentence, question);
  // Two parts set against each other ("a doctor, not a cell") say the claim of whom the story is about: they stand in for the third.
  // Set against each other, their cues weigh as strong ones: "como utente de saúde e não como suspeito" leaves no doubt of either.
  const contrasted = claim.contrast !== null && !inferred && setAgainst(claim.contrast.parts, language, sentence);
  // A harm told as the past and a now after it ("Früher lagen hier Spritzen, heute …") says the harm is gone: it stands for the reduction.
  const times = claim.measured ? thenAndNow(claim, language, sentence) : null;
  const bygone = !inferred && times === 'gone';
  // Years of the approach with the harm still rising say it failed ("fifty years of arrests, and the deaths keep climbing").
  const endured = enduredCue(claim, language, sentence);
  const cuedOrImplied = (part: readonly CompiledCue[], index: number): boolean =>
    cued(part) ||
    (index === claim.calledAt && (implied !== null || awaiting !== null)) ||
    (contrasted && index === claim.contrast.supplies) ||
    (index === claim.enduredAt && endured !== null) ||
    (bygone && index === claim.deniedAt);
  if (inferred ? inferred.needsCue && !language.parts.some(cuedOrImplied) : !language.parts.every(cuedOrImplied)) return null;
  const words = withoutIgnored(sentence, language.ignore);
  let score = 0;
  const cues: string[] = [];
  const weights: number[] = [];
  const found: (CompiledCue | null)[] = [];
  let denied: CompiledCue | null = null;
  // Whether the waiting of a rhetorical question said the call (no cue of the call part did).
  let supplied = false;
  for (const [index, part] of language.parts.entries()) {
    // The part's strongest cue counts: cues are listed strongest first.
    // A claim that can be denied reads a negative cue ("no one died") as negating another part; in
    // a claim that cannot, the negation is the cue's own sense ("not working").
    const listed = part.find(
      (cue) =>
        words.has(cue) &&
        (claim.deniedAt < 0 || !isNegative(cue, language) || negatesAnotherPart(cue, index, words.words, language)) &&
        !ceasesOther(cue, index, words, language),
    );
    if (!listed && !implied && awaiting && index === claim.calledAt) {
      supplied = true;
      // The waiting is the call, and denies nothing: "perché Roma non può avere una sala?" asks for one.
      score += language.strong;
      cues.push(awaiting.form);
      weights.push(language.strong);
      found.push(awaiting);
      continue;
    }
    if (!listed && bygone && index === claim.deniedAt) {
      score += language.strong;
      cues.push(BYGONE_FORM);
      weights.push(language.strong);
      found.push(null);
      continue;
    }
    if (!listed && contrasted && index === claim.contrast.supplies) {
      score += language.strong;
      cues.push(CONTRAST_FORM);
      weights.push(language.strong);
      found.push(null);
      continue;
    }
    // A listed cue of the call is preferred: the construction stands in for it only when there is none, or below (too weak),
    // or when the negator denying it is the construction's own ("pide que la sala no cierre y amplíe su horario": "no" keeps the room).
    const ownNegator =
      listed !== undefined &&
      index === claim.calledAt &&
      index === claim.deniedAt &&
      implied !== null &&
      isNegative(implied.cue, language) &&
      isDenied(listed, words, language, null);
    const best =
      index === claim.enduredAt && endured && (!listed || listed.weight < endured.weight)
        ? endured
        : ownNegator
          ? implied.cue
          : (listed ?? (index === claim.calledAt ? implied?.cue : undefined));
    if (!best) {
      if (!inferred) return null;
      found.push(null);
      weights.push(0);
      continue;
    }
    const weight = contrasted && claim.contrast.parts.includes(index) ? Math.max(best.weight, language.strong) : best.weight;
    score += weight;
    cues.push(best.form);
    weights.push(weight);
    found.push(best);
    if (index === claim.deniedAt) denied = best;
  }
  // A claim that needs its call framed ("should", "fordert", "il faut") is not made by a sentence only telling of the thing.
  // Its frame in a part of the sentence with the claim's words: "the mayor wants a bus station; the room was approved last year" calls for no room.
  // A negated frame calls for nothing, unless asked: "Is het niet hoog tijd dat…?" asserts it.
  const framedBySentence = (): boolean => {
    const present = found.filter((cue): cue is CompiledCue => cue !== null);
    return language.frames.some(
      (frame) =>
        words.has(frame) &&
        !toldPermission(frame, words, language) &&
        (question !== null || !frameNegated(frame, words, language) || correctsInto(present, words, language)) &&
        !frameFeared(frame, words, language) &&
        framesCall(frame, claim, present, words, language.joiners),
    );
  };
  // A weaker listed cue of the call gives way to a construction saying it when the claim would fall short of its minimum
  // ("apoyaremos una nueva sala") or of a frame the construction gives ("we would support a consumption room").
  const listedCall = found[claim.calledAt];
  if (
    !inferred &&
    implied &&
    listedCall &&
    listedCall !== implied.cue &&
    listedCall.weight < implied.cue.weight &&
    (score < claim.minScore || (implied.framed && language.frames.length > 0 && !framedBySentence()))
  ) {
    score += implied.cue.weight - listedCall.weight;
    cues[claim.calledAt] = implied.cue.form;
    weights[claim.calledAt] = implied.cue.weight;
    found[claim.calledAt] = implied.cue;
    if (claim.calledAt === claim.deniedAt) denied = implied.cue;
  }
  if (inferred && inferred.needsCue && found.every((cue) => cue === null)) return null;
  // Counter-cues are read without the ignored names, so a name holding one ("Colegio de Médicos") does not rule the claim out.
  if (
    (!inferred && score < claim.minScore) ||
    counters.some(
      (cue) => words.has(cue) && !withinOwnCue(cue, language.parts, words) && !placedBy(cue, words, language.placings) && !namesSpeaker(cue, words, language),
    )
  )
    return null;
  // Decriminalising possession or legalising cannabis, with no room named, is a wider change than the room's.
  if (language.wider.some((cue) => words.has(cue)) && !language.rooms.some((cue) => words.has(cue))) return null;
  const present = found.filter((cue): cue is CompiledCue => cue !== null);
  // A listed call inside a quote a slogan frames is the call of those who carry it ("'Keep the room open,' read the banner").
  const sloganFramed = (): boolean => {
    const call = found[claim.calledAt];
    const span = call ? spanOf(call, words.words) : null;
    return span !== null && sloganQuotes(words, language).some((quote) => span.at >= quote.at && span.end <= quote.end);
  };
  if (language.frames.length && !supplied && !(implied?.framed && found[claim.calledAt] === implied.cue) && !framedBySentence() && !sloganFramed()) return null;
  if (asksIndirectly(sentence, language.questions)) return null;
  if (
    claim.measured &&
    (creditedElsewhere(words, language, denied) ||
      risesUnreduced(claim, language, words, denied) ||
      times === 'persists' ||
      reductionContrasted(denied, words, language) ||
      valueFalls(denied, words, language) ||
      toldOfSpeaker(
        found.filter((cue): cue is CompiledCue => cue !== null),
        words,
        language,
      ))
  )
    return null;
  if (claim.isCall) {
    if (
      callsInCondition(sentence, language, saysLack(claim, language), present, found[claim.calledAt] ?? null, implied?.cue ?? null) ||
      isPurpose(present, words, language) ||
      purposeOfOtherCall(present, words, language, inferred === null, sentence) ||
      intentionRefused(
        // A call said by a refused undoing holds its intention: "n'a pas l'intention de s'opposer à l'ouverture" refuses no call.
        implied && found[claim.calledAt] === implied.cue
          ? [implied.cue]
          : found[claim.calledAt]
            ? language.parts[claim.calledAt]!.filter((cue) => words.has(cue))
            : present,
        // An ignored refusal ("no plans to amend") blanks the cue it refuses, which the recall aid may read all the same:
        // an inferred claim's refusal is read in the sentence as written.
        inferred ? sentence : words,
        language,
        sentence,
      ) ||
      toldByPoll(found[claim.calledAt] ?? present[0] ?? null, words, language) ||
      heardAndRejected(found[claim.calledAt] ?? present[0] ?? null, words, language) ||
      toldAsDated(words, language, found[claim.calledAt] ?? null) ||
      (saysLack(claim, language) && lawsCondition(found[claim.calledAt] ? [found[claim.calledAt]!] : present, words, language)) ||
      wishedUndone(claim, language, words) ||
      isAlternative(present, words, language) ||
      (saysLack(claim, language) && question === null && callRefused(found[claim.calledAt] ?? null, words, language)) ||
      anyCallSupposed(language.parts[claim.calledAt]!, words, language)
    )
      return null;
  }
  const asked = question ? rhetoricalQuestion(sentence, language, question.clauseStarts) : null;
  // An open question asks what its own clause says: "the room has cut deaths; will the council keep it?" still says the first.
  // An inferred claim's words are not placed, so any open question leaves it unsaid.
  if (question && !asked && (inferred || present.some((cue) => (spanOf(cue, words.words)?.at ?? -1) >= question.asksFrom))) return null;
  const disputed = isDisputed(sentence, language, present, asked?.askerAt ?? -1, !inferred);
  const through = claim.deniedThrough >= 0 ? found[claim.deniedThrough] : null;
  const deniedHere =
    denied !== null
      ? isDenied(denied, words, language, asked?.proposal ?? null, saysLack(claim, language) ? negatedConditionEnd(sentence, language) : 0) ||
        (through != null && isDeniedThrough(through, denied, words, language))
      : // With no cue of the part a negator would deny, an inferred claim cannot tell what one denies: any does.
        inferred !== null && claim.deniedAt >= 0 && words.words.some((word) => isNegatorIn(language.negators, word));
  // A rhetorical question disputing a denial asserts the claim: "wie durft te beweren dat ze geen levens redden?"
  if (asked ? disputed !== deniedHere : disputed || deniedHere) return null;
  return { score, cues, weights };
}

/** How many words after a cue of the approach a rise is still said of it ("arrests in Dundee have risen"). */
const RISE_OF_APPROACH = 4;

/**
 * The cue a claim's `enduredAt` part takes from a span of years and a harm still growing, or
 * null: a `spans` word ("fifty years of", "seit zwanzig Jahren", "cuatro décadas de"), a cue of
 * the claim's other part (the approach: "crackdowns", "arrest our way out", "guerra contra las
 * drogas"), and after that cue's first words, outside its own, a `rising` word or a weak cue of the part ("the
 * deaths keep climbing", "el consumo no deja de crecer", "topping Europe's drug death tables").
 * It counts as a strong cue. A rise inside the approach's own cue, before it ("deaths rose;
 * a decade of raids followed"), or said of it ("ten years of raids, and arrests rose") is not
 * the approach's outcome.
 */

function enduredCue(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): CompiledCue | null {
  if (claim.enduredAt < 0) return null;
  const span = language.spans.find((cue) => sentence.has(cue));
  if (!span) return null;
  const { words } = sentence;
  const part = language.parts[claim.enduredAt]!;
  const approach = language.parts[1 - claim.enduredAt]!.filter((cue) => sentence.has(cue));
  const clauses = sentence.clauses();
  const approachEnds = approach.flatMap((cue) => spansOf(cue, words).map(({ end }) => end));
  // A rise just after a cue of the approach in its clause is the approach's own ("arrests in Dundee have risen"), not a harm's.
  const ofApproach = (rise: CompiledCue, at: number): boolean =>
    language.rising.includes(rise) && approachEnds.some((end) => end <= at && at - end < RISE_OF_APPROACH && !opensBetween(clauses, end, at));
  // A balance sheet of the years ("fifty years of kicking in doors have bought us the highest death rate") tells what they left.
  const growths = [...language.rising, ...part.filter((cue) => cue.weight < language.strong), ...language.balances].filter((cue) => sentence.has(cue));
  for (const cue of approach)
    for (const { at, end } of spansOf(cue, words)) {
      const own = ownSegments(cue, at, end);
      // After the approach's first words, outside its own: in its gap too ("verurteile seit zwanzig Jahren dieselben Leute wegen").
      const growth = growths.find((rise) =>
        spansOf(rise, words).some(
          (found) => found.at >= own[0]!.end && !own.some((segment) => overlaps(found, segment.at, segment.end)) && !ofApproach(rise, found.at),
        ),
      );
      if (growth) return { form: `${span.form} … ${cue.form} … ${growth.form}`, words: [], weight: language.strong };
    }
  return null;
}

/** What a contrast standing in for a part gives as its cue, in the finding's reasons. */
const CONTRAST_FORM = '(contrast)';
/** Words before a contrast where the first of the parts set against each other ends ("a doctor, not", "als patiënten in plaats van"). */
const CONTRAST_BEFORE = 4;
/** Words after a contrast where the second of them starts ("not a cell", "pas d'une garde à vue", "niet als daders"). */
const CONTRAST_AFTER = 3;
/** Words between a negator and the cue it denies, when the denied thing comes first ("no era un delincuente, era un enfermo"). */
const CONTRAST_DENIED_WITHIN = 2;

/**
 * Are cues of the two `parts` set against each other, in either order: the second up to
 * `CONTRAST_AFTER` words after a `contrasts` word or a negator opening a clause ("he needed a
 * doctor, not a cell", "comme des patients plutôt que comme des suspects", "mijn dochter was ziek,
 * geen crimineel"), the first ending up to `CONTRAST_BEFORE` words before it; or the first denied
 * by a negator just before it, ending its clause, and the second in the next ("mein Bruder war nie
 * ein Verbrecher, er war krank")? A negator inside a clause ("the doctor did not call the police")
 * sets nothing against anything; nor does a contrast with only one of them ("a doctor, not a lecture").
 */
function setAgainst(parts: readonly [number, number], language: CompiledLanguage, sentence: SentenceWords): boolean {
  const { words } = sentence;
  const spansOfPart = (index: number): Span[] => language.parts[index]!.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words));
  const [one, other] = [spansOfPart(parts[0]), spansOfPart(parts[1])];
  if (!one.length || !other.length) return false;
  const clauses = sentence.clauses();
  const opensAt = (at: number): boolean => clauses.some((clause) => clause.at === at);
  // The contrasts: a listed one's span, or a negator opening a clause.
  const contrasts: Span[] = [
    ...language.contrasts.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words)),
    ...words.flatMap((word, at) => (opensAt(at) && isNegatorIn(language.negators, word) ? [{ at, end: at + 1 }] : [])),
  ];
  const pairs = (first: Span[], second: Span[]): boolean =>
    first.some((a) =>
      second.some(
        (b) =>
          contrasts.some((c) => a.end <= c.at && c.at - a.end <= CONTRAST_BEFORE && c.end <= b.at && b.at - c.end <= CONTRAST_AFTER) ||
          // The denied one first: a negator just before it, its clause ending with it, the other in the next clause.
          (a.end < b.at &&
            opensAt(a.end) &&
            b.at - a.end <= CONTRAST_BEFORE &&
            words.slice(Math.max(0, a.at - CONTRAST_DENIED_WITHIN - 1), a.at).some((word) => isNegatorIn(language.negators, word))),
      ),
    );
  return pairs(one, other) || pairs(other, one);
}

/**
 * Whether the claim is said by the lack of its call ("without a change in the law, no room can
 * open" says the law must change): a call claim that needs no frame. One that needs its call
 * framed ("should", "fordert") is not called for by a condition that says it is not met: "if
 * the council does not approve the room, the charity will look elsewhere".
 */
const saysLack = (claim: CompiledClaim, language: CompiledLanguage): boolean => claim.isCall && language.frames.length === 0;

/**
 * Is a weak cue the verb of a `ceasing` phrase ("stop pretending", "dejar de tratar", "smettere
 * di") with no cue of another part of the claim after it in its clause, in what it stops? Then
 * what stops is another activity, not the claim's harm: "families who lost sons to overdoses
 * told him to stop hiding behind reviews" saves no life, while "they stopped dying" and
 * "deixaram de encontrar seringas" keep theirs.
 */
function ceasesOther(cue: CompiledCue, index: number, sentence: SentenceWords, language: CompiledLanguage): boolean {
  if (cue.weight >= language.strong || !language.ceasing.some((ceasing) => sentence.has(ceasing))) return false;
  const { words } = sentence;
  const span = spanOf(cue, words);
  if (!span || !language.ceasing.some((ceasing) => matchFrom(ceasing.words, 0, words, span.at) >= 0)) return false;
  const clauses = sentence.clauses();
  const stopped = words.slice(span.at);
  const stopsHarm = language.parts.some(
    (part, other) =>
      other !== index &&
      part.some((harm) => {
        const found = sentence.has(harm) ? spanOf(harm, stopped) : null;
        // A harm's cue opening on the verb itself goes on past it ("stopped breathing").
        return found !== null && found.end > 1 && !opensBetween(clauses, span.at + 1, span.at + found.at);
      }),
  );
  return !stopsHarm;
}

/** Words between a contrast ("instead of", "statt") and the reduction or rise it sets aside ("statt zu sinken", "instead of rising"). */
const CONTRASTED_WITHIN = 1;

/** How many words before a harm's cue a word of its rise may stand ("the rise in overdose deaths", "steigende Zahl der Drogentoten"), and after it ("deaths in the city have climbed"). */

const RISE_BEFORE = 3;
const RISE_AFTER = 6;

/**
 * Does a measured claim's harm (its part other than the reduction) rise in the sentence ("the
 * death toll climbs", "as mortes voltaram a subir", "steigende Drogentote"), a word of `rising`
 * near its cue in its clause, with no strong cue of the reduction? Then the harm grew, which is
 * no life saved; "deaths had been rising, but since the room opened they have halved" says the
 * reduction (strong, or weak in another clause than the rise) and keeps the claim, and so does a
 * rise set aside by a contrast ("bajan en lugar de subir"). `reduced`: the reduction's cue found, if any.
 */
function risesUnreduced(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords, reduced: CompiledCue | null): boolean {
  if (claim.deniedAt < 0 || (reduced !== null && reduced.weight >= language.strong)) return false;
  if (!language.rising.some((rise) => sentence.has(rise))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  // A rise set aside by a contrast just before it is none: "han caído en lugar de aumentar", "sinkt, statt zu steigen".
  const setAside = language.contrasts.flatMap((contrast) => spansOf(contrast, words).map(({ end }) => end));
  const rises = language.rising
    .flatMap((rise) => spansOf(rise, words).map(({ at }) => at))
    .filter((at) => !setAside.some((end) => end <= at && at - end <= CONTRASTED_WITHIN));
  if (rises.length === 0) return false;
  // A weak reduction in another clause than a rise is said too: "die Zahl der Toten war gestiegen, seither ist sie gesunken".
  const reducedAt = reduced ? indexOf(reduced, words) : -1;
  if (reducedAt >= 0 && rises.every((rise) => opensBetween(clauses, Math.min(rise, reducedAt) + 1, Math.max(rise, reducedAt)))) return false;
  const harms = language.parts.filter((_, index) => index !== claim.deniedAt).flat();
  return harms.some((harm) => {
    if (!sentence.has(harm)) return false;
    return spansOf(harm, words).some(({ at, end }) =>
      rises.some((rise) =>
        rise >= end
          ? rise - end < RISE_AFTER && !opensBetween(clauses, end, rise)
          : at - rise <= RISE_BEFORE && rise < at && !opensBetween(clauses, rise + 1, at),
      ),
    );
  });
}

/**
 * Is the reduction's cue set aside by a contrast just before it ("rises instead of falling",
 * "steigt statt sinkt", "augmente au lieu de baisser", "sube en lugar de bajar")? Then the harm
 * did not fall: the sentence says the opposite of the claim. "Deaths fell rather than rose"
 * keeps it (the contrast sets the rise aside).
 */
function reductionContrasted(reduced: CompiledCue | null, sentence: SentenceWords, { contrasts }: CompiledLanguage): boolean {
  if (reduced === null || !contrasts.some((contrast) => sentence.has(contrast))) return false;
  const { words } = sentence;
  const at = indexOf(reduced, words);
  if (at < 0) return false;
  return contrasts.some((contrast) => spansOf(contrast, words).some(({ end }) => end <= at && at - end <= CONTRASTED_WITHIN));
}

/** Words either side of a reduction's cue where the thing of value it is said of stands ("leur chiffre d'affaires baisser"). */
const VALUE_WITHIN = 3;

/**
 * Is the reduction's cue said of a thing of value (`values`: turnover, takings, prices; not
 * sales nor customers, since drug sales fall as a harm does and customers may be spared one),
 * a few words from it in its clause? "Shopkeepers feared their turnover would fall",
 * "certains commerçants s'inquiétaient de voir leur chiffre d'affaires baisser": what falls is
 * no harm, and no harm is reduced.
 */
function valueFalls(reduced: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { values } = language;
  // A negative cue says a harm stopped ("no longer put off"), not that a figure fell.
  if (reduced === null || isNegative(reduced, language) || !values.some((value) => sentence.has(value))) return false;
  const { words } = sentence;
  const span = spanOf(reduced, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  return values.some((value) =>
    spansOf(value, words).some(({ at, end }) =>
      end <= span.at
        ? span.at - end <= VALUE_WITHIN && !opensBetween(clauses, end, span.at)
        : at >= span.end && at - span.end <= VALUE_WITHIN && !opensBetween(clauses, span.end, at),
    ),
  );
}

/** Words between a verb telling who speaks and the relative pronoun describing the speaker ("said a father who", "sagt ein Vater aus Augsburg, dessen"). */
const SPEAKER_WITHIN = 5;
/** Relative pronouns that are also a complementizer ("que", "che"): one opens a description only after a mark. German and Dutch list only the unambiguous ("dessen", "wiens"): "sagte die Leiterin, der Raum habe…" opens reported speech. */
const AMBIGUOUS_RELATIVE = /^(?:que|che)$/;

/**
 * Do all the claim's cues stand in a description of the speaker: a relative clause opened a few
 * words after a verb telling who speaks, and its speaker ("…, said a father who lost his son to an
 * overdose", "sagt ein Vater, dessen Tochter an einer Überdosis starb", "dice una madre, che ha
 * perso il figlio per overdose")? A death told of the speaker's life is not the room's record.
 * A relative that is also "that" or an article counts only after a mark ("dice el médico que la
 * sala salva vidas" reports the claim).
 */
function toldOfSpeaker(cues: readonly CompiledCue[], sentence: SentenceWords, { tellers, relatives }: CompiledLanguage): boolean {
  if (cues.length === 0 || !tellers.some((teller) => sentence.has(teller)) || !relatives.some((relative) => sentence.has(relative))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const tellersEnd = tellers.flatMap((teller) => spansOf(teller, words).map(({ end }) => end));
  const describedFrom = relatives
    .flatMap((relative) => spansOf(relative, words))
    .filter(
      ({ at }) =>
        (!AMBIGUOUS_RELATIVE.test(words[at]!) || clauses.some((clause) => clause.at === at)) &&
        tellersEnd.some((end) => at > end && at - end <= SPEAKER_WITHIN),
    )
    .map(({ at }) => at);
  if (describedFrom.length === 0) return false;
  const from = Math.min(...describedFrom);
  return cues.every((cue) => spansOf(cue, words).every(({ at }) => at > from));
}

/** What `thenAndNow` gives as the reduction's cue, in the finding's reasons. */
const BYGONE_FORM = '(then … now)';
/** Words from a clause's start where its word of time may stand (after a quote mark's empty word, or "hier"). */
const TIME_OPENS_WITHIN = 2;

/**
 * Is the measured claim's harm told as the past and then set against the present (`gone`): a
 * `formerly` word among the first words of a clause holding a cue of the harm ("Früher lagen
 * hier morgens Spritzen im Sandkasten", "Avant, je ramassais les seringues", "Antes fechávamos
 * a esplanada com gente a injetar-se"), and a later clause opened by a `nowadays` word with no
 * cue of the harm nor a rise in it ("heute finden wir höchstens noch Zigarettenkippen",
 * "maintenant, la pince dort au garage")? Then the harm is gone, which is the reduction.
 * "Früher lagen hier Spritzen, heute liegen dort noch mehr" names the harm again now, with no
 * cue of the reduction nor a negator there: it `persists`, and no claim is made, not even the
 * recall aid's. A now holding a call's frame tells a call, and no harm gone. A dated past ("ten years ago", "damals") is a
 * period's story, not the habit the room ended, so `formerly` holds none.
 */
function thenAndNow(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): 'gone' | 'persists' | null {
  const { formerly, nowadays, rising, callFrames, negators } = language;
  if (!formerly.some((cue) => sentence.has(cue)) || !nowadays.some((cue) => sentence.has(cue))) return null;
  const { words } = sentence;
  const starts = [0, ...sentence.clauses().map((clause) => clause.at)];
  const clauseOf = (at: number): number => starts.findLastIndex((start) => start <= at);
  // The clauses a word of time opens: its own, and the next when the word stands alone before a comma ("Avant, on trouvait…").
  const opening = (list: readonly CompiledCue[]): number[][] =>
    list
      .flatMap((cue) => spansOf(cue, words))
      .flatMap(({ at, end }) => {
        const clause = clauseOf(at);
        if (at - starts[clause]! > TIME_OPENS_WITHIN) return [];
        const next = starts[clause + 1];
        return [next !== undefined && next - end <= 1 ? [clause, clause + 1] : [clause]];
      });
  const harms = language.parts.filter((_, index) => index !== claim.deniedAt).flat();
  const harmClauses = harms.flatMap((cue) => spansOf(cue, words).map(({ at }) => clauseOf(at)));
  const risingClauses = rising.flatMap((cue) => spansOf(cue, words).map(({ at }) => clauseOf(at)));
  const then = opening(formerly).filter((clauses) => clauses.some((clause) => harmClauses.includes(clause)));
  const nows = then.flatMap((past) => opening(nowadays).filter((now) => now[0]! > past.at(-1)!));
  const wordsOf = (now: number[]): string[] => words.slice(starts[now[0]!], starts[now.at(-1)! + 1] ?? words.length);
  const gone = nows.some(
    (now) =>
      !now.some((clause) => harmClauses.includes(clause) || risingClauses.includes(clause)) &&
      // A call now is no harm gone: "antes de que abriera la sala morían…; ahora el ayuntamiento quiere cerrarla".
      !framedIn(words, starts[now[0]!]!, starts[now.at(-1)! + 1] ?? words.length, callFrames),
  );
  if (gone) return 'gone';
  // The harm named again now, with no cue of the reduction nor a negator there, is still there: "vroeger lag hier af en toe
  // een spuit, nu liggen er elke ochtend spuiten" (the recall aid reads the two times as a fall).
  const reduced = language.parts[claim.deniedAt] ?? [];
  const persists = nows.some((now) => {
    const here = wordsOf(now);
    return (
      now.some((clause) => harmClauses.includes(clause)) && !reduced.some((cue) => indexOf(cue, here) >= 0) && !here.some((word) => isNegatorIn(negators, word))
    );
  });
  return persists ? 'persists' : null;
}

/**
 * Does a measured claim's sentence count its figure over a calendar period ("this year", "in
 * 2023", "last summer") or credit another service ("the naloxone programme", "Housing First"),
 * with no word tying it to the room ("since", "after", the room, its staff)? Then it tells what
 * the period's figures or the service did: "overdose deaths in the city fell this year, the
 * coroner says". A period's zero, a negative cue of the denied part, stays the room's record:
 * "nobody died there last year".
 */
function creditedElsewhere(sentence: SentenceWords, language: CompiledLanguage, denied: CompiledCue | null): boolean {
  const { periods, services, links } = language;
  if (denied && isNegative(denied, language)) return false;
  const counted = periods.some((period) => sentence.has(period)) || sentence.words.some((word) => YEAR.test(word));
  return (counted || services.some((service) => sentence.has(service))) && !links.some((link) => sentence.has(link));
}

/**
 * Every sentence of `prose` that makes a claim, best first within a sentence, in page order.
 * `storyIsAboutTopic` is asked once per owner, and only for prose that has a candidate: a
 * sentence the cues made a claim of, or, with a recall aid, one in a known language they made none of.
 */
export function findClaims<Owner>(
  prose: readonly ClaimProse<Owner>[],
  compiled: CompiledClaims,
  storyIsAboutTopic: (owner: Owner) => boolean,
): ClaimFinding<Owner>[] {
  const about = new Map<Owner, boolean>();
  const isAbout = (owner: Owner): boolean => {
    let answer = about.get(owner);
    if (answer === undefined) {
      answer = storyIsAboutTopic(owner);
      about.set(owner, answer);
    }
    return answer;
  };
  const findings: ClaimFinding<Owner>[] = [];
  for (const { text, owner, lang } of prose) {
    const sentences = sentencesOf(text);
    for (const [index, { start, end }] of sentences.entries()) {
      const sentence = text.slice(start, end);
      const words = new SentenceWords(foldedWords(sentence), sentence);
      // A question mark anywhere: a question quoted before its speaker ("…?», pergunta a vereadora") still asks,
      // unless the next sentence answers it yes ("…? The residents say yes.").
      const next = sentences[index + 1];
      const question = sentence.includes('?') && !(next && answersYes(text.slice(next.start, next.end), lang, compiled.answers)) ? questionOf(words) : null;
      const inSentence: { claim: CompiledClaim; finding: ClaimFinding<Owner>; weights: readonly number[] }[] = [];
      for (const claim of compiled.claims) {
        const langs = lang ? [lang] : LANGS;
        // With the language unknown, another debate's words in any language rule it out.
        const allCounters = lang ? null : [...claim.langs.values()].flatMap((l) => l.counter);
        let best: { finding: ClaimFinding<Owner>; weights: readonly number[] } | null = null;
        for (const l of langs) {
          const language = claim.langs.get(l)!;
          const verdict = judge(claim, language, words, allCounters ?? language.counter, question);
          if (verdict && (!best || verdict.score > best.finding.score))
            best = { finding: { claimId: claim.id, owner, start, end, sentence, lang: l, score: verdict.score, cues: verdict.cues }, weights: verdict.weights };
        }
        if (best) inSentence.push({ claim, ...best });
      }
      // A claim whose words another claim made here shares, and which argues the other way, is not made;
      // nor one whose weak part ("in the neighbourhood") only places what another claim made here says ("fewer overdose deaths").
      const made = new Set(inSentence.map(({ claim }) => claim.id));
      const yields = ({ claim, weights }: (typeof inSentence)[number]): boolean =>
        claim.yieldsTo.some((id) => made.has(id)) ||
        (claim.weakYield !== null && weights[claim.weakYield.at]! < claim.weakYield.strong && claim.weakYield.to.some((id) => made.has(id)));
      const kept = inSentence.filter((found) => !yields(found)).map(({ finding }) => finding);
      if (!kept.length && compiled.aid && lang && isAbout(owner))
        kept.push(...inferClaims(compiled.claims, compiled.aid, { owner, start, end, sentence, lang }, words, question));
      if (kept.length && isAbout(owner)) findings.push(...kept.sort((a, b) => b.score - a.score));
    }
  }
  return findings;
}

/** Does `text` hold a cue of some part of the claim `claimId` in `lang`: is it a sentence the recall aid, needing one, may judge? */
export function cuesAPart(compiled: CompiledClaims, claimId: string, lang: Lang, text: string): boolean {
  const sentence = new SentenceWords(foldedWords(text), text);
  const language = compiled.claims.find((claim) => claim.id === claimId)?.langs.get(lang);
  return language !== undefined && language.parts.some(partCued(sentence));
}

/**
 * The claims the recall aid gives a sentence whose cues made none, in its known language: each
 * whose probability reaches its threshold and which the finder's vetoes leave standing, scored
 * by its probability, with the cues it has and the words it was inferred from.
 */
function inferClaims<Owner>(
  claims: readonly CompiledClaim[],
  aid: RecallAid,
  at: { owner: Owner; start: number; end: number; sentence: string; lang: Lang },
  words: SentenceWords,
  question: Question | null,
): ClaimFinding<Owner>[] {
  return claims.flatMap((claim) => {
    const inference = aid.infer(at.lang, claim.id, words.words, at.sentence);
    if (!inference || inference.probability < inference.threshold) return [];
    const language = claim.langs.get(at.lang)!;
    const verdict = judge(claim, language, words, language.counter, question, { needsCue: aid.needsCue });
    if (!verdict) return [];
    return [{ claimId: claim.id, ...at, score: inference.probability, cues: verdict.cues, inferredFrom: inference.words }];
  });
}
