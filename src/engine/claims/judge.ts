/**
 * The verdict on one claim in one sentence and language: its cues, the constructions that supply
 * a missing one, and every veto, composed. Apart as the one module that imports all the rules;
 * none of them imports it.
 */
import { keptOpenOther } from './kept-open';
import { type CompiledCue, isNegatorIn, spanOf } from './cues';
import { partCued, type SentenceWords, withoutIgnored } from './sentence';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { claimedAfterTurn, deniedInVain, frameNegated, isDenied, isDeniedThrough, isNegative, negatesAnotherPart } from './negation';
import { isDisputed } from './disputes';
import { namesSpeaker, placedBy, withinOwnCue } from './counter-cues';
import {
  correctsInto,
  effectFeared,
  frameFeared,
  frameRedirected,
  frameScheduled,
  frameSupposing,
  framesCall,
  imperativeFrames,
  toldAsHyperbole,
  toldInMockery,
  toldPermission,
} from './frames';
import { asksIndirectly, awaitedCall, type Question, rhetoricalQuestion } from './questions';
import { impliedCall, pronounCall, sloganQuotes } from './implied-calls';
import {
  anyCallSupposed,
  callContrasted,
  callsInCondition,
  isAlternative,
  lawsCondition,
  negatedConditionEnd,
  requiredByLaw,
  thingContrasted,
} from './call-conditions';
import {
  calledForServiceThere,
  calledForStudy,
  callDeniedToAll,
  callRefused,
  changeAtStage,
  changeCompleted,
  heardAndRejected,
  intentionRefused,
  isPurpose,
  pronounPurposeOfOtherCall,
  purposeOfOtherCall,
  toldAsDated,
  toldByPoll,
  wishedUndone,
} from './told-calls';
import {
  BYGONE_FORM,
  ceasesOther,
  CONTRAST_FORM,
  creditedElsewhere,
  reducedAlikeElsewhere,
  enduredCue,
  reductionContrasted,
  reductionLacked,
  harmDisplaced,
  harmComplainedOf,
  minimizedAndSetAside,
  effectAimed,
  effectSupposed,
  effectWishedPast,
  risesUnreduced,
  setAgainst,
  thenAndNow,
  toldOfSpeaker,
  valueFalls,
} from './effects';
import { exitAgainstKit } from './exit-not-kit';
import { AVERTED_FORM, avertedDeath, savedByRescuer } from './averted-death';
import { illnessAnalogy } from './illness-analogy';
import { enforcementRemovedNothing } from './enforcement-removed-nothing';

/** A claim judged made, or (`spokenOfOnly`) spoken of without being claimed: its words hold, but only as aimed at. */
export interface Verdict {
  readonly score: number;
  readonly cues: string[];
  readonly weights: number[];
  readonly spokenOfOnly?: true;
}

/**
 * The claim's verdict on one sentence in one language: its score and reason, or null. `inferred`:
 * the recall aid proposes the claim, so a part may lack a cue (all may, unless `needsCue`), the
 * cues' minimum does not apply, and every veto does, more strictly where a missing cue leaves it
 * blind (a negator anywhere denies a claim whose denied part has no cue; any open question vetoes).
 */
export function judge(
  claim: CompiledClaim,
  language: CompiledLanguage,
  sentence: SentenceWords,
  counters: readonly CompiledCue[],
  question: Question | null,
  inferred: { needsCue: boolean } | null = null,
  roomBefore = false,
): Verdict | null {
  // Blanking ignored names only takes cues away, so a part with no cue in the sentence as it stands has none
  // after it either: most sentences stop here, before the ignored names are looked for.
  const cued = partCued(sentence);
  // A call said by a construction rather than a cue of its part ("shutting the site would be madness", "demands a second room"),
  // or, in a rhetorical question, by a place's waiting for a room ("why is Dundee still waiting for one of its own?").
  const implied = impliedCall(claim, language, sentence);
  const awaiting = inferred || !question || question.answered ? null : awaitedCall(claim, language, sentence, question);
  // Two parts set against each other ("a doctor, not a cell") say the claim of whom the story is about: they stand in for the third.
  // Set against each other, their cues weigh as strong ones: "como utente de saúde e não como suspeito" leaves no doubt of either.
  const contrasted = claim.contrast !== null && !inferred && setAgainst(claim.contrast.parts, language, sentence);
  // A harm told as the past and a now after it ("Früher lagen hier Spritzen, heute …") says the harm is gone: it stands for the reduction.
  const times = claim.measured ? thenAndNow(claim, language, sentence) : null;
  const bygone = !inferred && times === 'gone';
  // Years of the approach with the harm still rising say it failed ("fifty years of arrests, and the deaths keep climbing").
  // Enforcement that removed nothing, pretended to work or likened to a futile act ("prohibition has not taken drugs off the street") says both parts.
  const futile = enforcementRemovedNothing(claim, language, sentence);
  const endured = enduredCue(claim, language, sentence) ?? futile;
  // A way out set against the room's kit ("a way out, not a clean needle") says every part of its claim.
  // Said of the room as its subject, the contrast defends it ("the room is a way into treatment, not a place to keep using").
  const exitOrDefence = claim.exitAgainstKit ? exitAgainstKit(language, sentence) : null;
  if (exitOrDefence === 'defended') return null;
  const exit = inferred ? null : exitOrDefence;
  // A death told as averted ("would otherwise have ended in a station toilet") says the claim with no cue of it;
  // told of another rescuer ("every overdose brought into A&E…"), it is that rescuer's record.
  const told = claim.avertsDeath ? avertedDeath(language.averted(), sentence) : null;
  if (told === 'elsewhere') return null;
  const averted = told === 'averted' && !inferred;
  // Addiction as an illness like another, or answered by care rather than a fine: the construction stands for the parts it leaves uncued.
  const analogy = inferred ? null : illnessAnalogy(claim, language, sentence);
  // A call whose object is a pronoun for the room a sentence before named, or this one before it ("Rooms save lives. Open one
  // now!", "Rooms save lives: open one now!"), says every part.
  const pronoun = !inferred ? pronounCall(language, sentence, roomBefore) : null;
  const cuedOrImplied = (part: readonly CompiledCue[], index: number): boolean =>
    averted ||
    cued(part) ||
    analogy !== null ||
    pronoun !== null ||
    exit !== null ||
    (index === claim.calledAt && (implied !== null || awaiting !== null)) ||
    (contrasted && index === claim.contrast.supplies) ||
    (index === claim.enduredAt && endured !== null) ||
    futile !== null ||
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
        !ceasesOther(cue, index, words, language) &&
        !(index === claim.calledAt && keptOpenOther(cue, index, words, language)),
    );
    // The construction holds its own negation ("nobody … in a body bag"): it says the denied part, and any part with no cue.
    if (averted && (index === claim.deniedAt || !listed)) {
      score += language.strong;
      cues.push(AVERTED_FORM);
      weights.push(language.strong);
      found.push(null);
      continue;
    }
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
    if (exit && (!listed || listed.weight < exit.weight)) {
      score += exit.weight;
      cues.push(exit.form);
      weights.push(exit.weight);
      found.push(null);
      continue;
    }
    if (!listed && pronoun) {
      score += language.strong;
      cues.push(pronoun.form);
      weights.push(language.strong);
      found.push(pronoun);
      if (index === claim.deniedAt) denied = pronoun;
      continue;
    }
    if (!listed && (analogy || (contrasted && index === claim.contrast.supplies))) {
      score += language.strong;
      cues.push(analogy?.form ?? CONTRAST_FORM);
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
          : (listed ?? (index === claim.calledAt ? implied?.cue : undefined) ?? futile ?? undefined);
    if (!best) {
      if (!inferred) return null;
      found.push(null);
      weights.push(0);
      continue;
    }
    const weight = analogy || (contrasted && claim.contrast.parts.includes(index)) ? Math.max(best.weight, language.strong) : best.weight;
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
        !frameScheduled(frame, words, language) &&
        !frameRedirected(frame, present, words, language) &&
        !frameSupposing(frame, words, language) &&
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
  // A call's cue in the imperative, opening its clause, frames itself ("Keep the consumption room open").
  const imperativeFramed = (): boolean => {
    const call = found[claim.calledAt];
    if (!call) return false;
    const things = found.filter((cue, index): cue is CompiledCue => cue !== null && index !== claim.calledAt);
    return imperativeFrames(call, things, words, language);
  };
  if (
    language.frames.length &&
    !supplied &&
    !(implied?.framed && found[claim.calledAt] === implied.cue) &&
    !framedBySentence() &&
    !sloganFramed() &&
    !imperativeFramed() &&
    !pronoun
  )
    return null;
  if (asksIndirectly(sentence, language.questions)) return null;
  // An effect told in mockery ("ya no queda ni un pinchazo, dice con sorna un vecino") is quoted to deride it; a failure so
  // told ("la même chose depuis trente ans, ironise le médecin") is the speaker's own barb, and stands.
  // An effect only aimed at is spoken of, not claimed: a claim that shares its words still yields to it ("Ziel ist es, den
  // öffentlichen Konsum zurückzudrängen" is no call to prevent use). One only mocked, supposed, wished in the past or feared is not claimed either,
  // and leaves the rest of the sentence its own ("Even if the room saves lives, we should be preventing drug use").
  if (claim.measured && effectAimed(claim, present, words, language)) return { score, cues, weights, spokenOfOnly: true };
  if (
    claim.measured &&
    (toldInMockery(present, words, language) ||
      toldAsHyperbole(present, words, language) ||
      effectSupposed(present, words, language) ||
      effectWishedPast(present, words, language) ||
      effectFeared(present, words, language))
  )
    return null;
  if (
    claim.measured &&
    (creditedElsewhere(words, language, denied) ||
      (claim.avertsDeath && savedByRescuer(language.averted(), words, present, language)) ||
      reducedAlikeElsewhere(words, language) ||
      risesUnreduced(claim, language, words, denied) ||
      reductionLacked(denied, words, language) ||
      harmDisplaced(words, language) ||
      harmComplainedOf(claim, language, words) ||
      times === 'persists' ||
      reductionContrasted(denied, words, language) ||
      valueFalls(denied, words, language) ||
      minimizedAndSetAside(present, words, language) ||
      toldOfSpeaker(
        found.filter((cue): cue is CompiledCue => cue !== null),
        words,
        language,
      ))
  )
    return null;
  if (claim.isCall) {
    // What the call is for: every cue found but the call's own.
    const calledThings = found.filter((cue, index): cue is CompiledCue => cue !== null && index !== claim.calledAt);
    if (
      callsInCondition(sentence, language, saysLack(claim, language), present, found[claim.calledAt] ?? null, implied?.cue ?? null) ||
      isPurpose(present, words, language) ||
      purposeOfOtherCall(present, words, language, inferred === null, sentence) ||
      pronounPurposeOfOtherCall(found[claim.calledAt] ?? null, words, language) ||
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
      (!saysLack(claim, language) && question === null && callDeniedToAll(found[claim.calledAt] ?? null, words, language)) ||
      calledForServiceThere(found[claim.calledAt] ?? null, calledThings, words, language) ||
      calledForStudy(found[claim.calledAt] ?? null, calledThings, words, language) ||
      heardAndRejected(found[claim.calledAt] ?? present[0] ?? null, words, language) ||
      toldAsDated(words, language, found[claim.calledAt] ?? null) ||
      (saysLack(claim, language) && changeCompleted(language.parts[claim.calledAt]!, sentence, language)) ||
      changeAtStage(sentence, language, saysLack(claim, language) ? null : language.parts[claim.calledAt]!.filter((cue) => words.has(cue))) ||
      (saysLack(claim, language) && lawsCondition(found[claim.calledAt] ? [found[claim.calledAt]!] : present, words, language)) ||
      wishedUndone(claim, language, words) ||
      isAlternative(present, words, language) ||
      callContrasted(found[claim.calledAt] ?? null, words, language, sentence) ||
      thingContrasted(found, claim.calledAt, words, language, sentence) ||
      (saysLack(claim, language) && question === null && callRefused(found[claim.calledAt] ?? null, words, language)) ||
      anyCallSupposed(language.parts[claim.calledAt]!, words, language) ||
      requiredByLaw(words, language, saysLack(claim, language) ? language.parts[claim.calledAt]! : null)
    )
      return null;
  }
  const asked = question && !question.answered ? rhetoricalQuestion(sentence, language, question.clauseStarts) : null;
  // An open question asks what its own clause says: "the room has cut deaths; will the council keep it?" still says the first.
  // An inferred claim's words are not placed, so any open question leaves it unsaid.
  if (question && !asked && (inferred || present.some((cue) => (spanOf(cue, words.words)?.at ?? -1) >= question.asksFrom))) return null;
  const disputed = isDisputed(sentence, language, present, asked?.askerAt ?? -1, !inferred);
  const through = claim.deniedThrough >= 0 ? found[claim.deniedThrough] : null;
  const deniedHere =
    denied !== null
      ? (isDenied(denied, words, language, asked?.proposal ?? null, saysLack(claim, language) ? negatedConditionEnd(sentence, language) : 0) ||
          (through != null && isDeniedThrough(through, denied, words, language)) ||
          // An effort in vain denies an effect, not a call: "repression has done little, so the law must change".
          (claim.measured && deniedInVain(denied, words, language))) &&
        // A limit granted, then the claim: "can't prevent every death, but it has prevented dozens".
        !(claim.measured && claimedAfterTurn(denied, claim.deniedAt, words, language))
      : // With no cue of the part a negator would deny, an inferred claim cannot tell what one denies: any does.
        inferred !== null && claim.deniedAt >= 0 && words.words.some((word) => isNegatorIn(language.negators, word));
  // A rhetorical question disputing a denial asserts the claim: "wie durft te beweren dat ze geen levens redden?"
  if (asked ? disputed !== deniedHere : disputed || deniedHere) return null;
  return { score, cues, weights };
}

/**
 * Whether the claim is said by the lack of its call ("without a change in the law, no room can
 * open" says the law must change): a call claim that needs no frame. One that needs its call
 * framed ("should", "fordert") is not called for by a condition that says it is not met: "if
 * the council does not approve the room, the charity will look elsewhere".
 */
export const saysLack = (claim: CompiledClaim, language: CompiledLanguage): boolean => claim.isCall && language.frames.length === 0;
