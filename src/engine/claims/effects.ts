/**
 * The measured claims' effects, and the parts a sentence's shape supplies: a harm still rising, a
 * fall of something of value, a speaker's own loss, credit given elsewhere, then and now, years of
 * an approach with a harm rising (`enduredCue`), parts set against each other (`setAgainst`), a
 * ceasing verb stopping some other thing, a harm complained of (`harmComplainedOf`). Apart: each reads a claim's parts, not its call.
 */
import { type CompiledCue, framedIn, indexOf, isNegatorIn, matchFrom, overlaps, ownSegments, type Span, spanOf, spansOf } from './cues';
import { COMPLEMENTIZERS, openingAt, opensBetween, type SentenceWords, withoutIgnored, YEAR } from './sentence';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { isNegative, negatorSpans } from './negation';
import { namesSpeaker } from './counter-cues';

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

export function enduredCue(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): CompiledCue | null {
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
export const CONTRAST_FORM = '(contrast)';
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
export function setAgainst(parts: readonly [number, number], language: CompiledLanguage, sentence: SentenceWords): boolean {
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
 * Is a weak cue the verb of a `ceasing` phrase ("stop pretending", "dejar de tratar", "smettere
 * di") with no cue of another part of the claim after it in its clause, in what it stops? Then
 * what stops is another activity, not the claim's harm: "families who lost sons to overdoses
 * told him to stop hiding behind reviews" saves no life, while "they stopped dying" and
 * "deixaram de encontrar seringas" keep theirs.
 */
export function ceasesOther(cue: CompiledCue, index: number, sentence: SentenceWords, language: CompiledLanguage): boolean {
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
export function risesUnreduced(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords, reduced: CompiledCue | null): boolean {
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
export function reductionContrasted(reduced: CompiledCue | null, sentence: SentenceWords, { contrasts }: CompiledLanguage): boolean {
  if (reduced === null || !contrasts.some((contrast) => sentence.has(contrast))) return false;
  const { words } = sentence;
  const at = indexOf(reduced, words);
  if (at < 0) return false;
  return contrasts.some((contrast) => spansOf(contrast, words).some(({ end }) => end <= at && at - end <= CONTRASTED_WITHIN));
}

/** Words either side of a reduction's cue where the thing of value it is said of stands, its complement between ("leur chiffre d'affaires baisser", "the budget of the street outreach teams has halved"). */
const VALUE_WITHIN = 6;

/**
 * Is the reduction's cue said of a thing of value (`values`: turnover, takings, prices; not
 * sales nor customers, since drug sales fall as a harm does and customers may be spared one),
 * a few words from it in its clause? "Shopkeepers feared their turnover would fall",
 * "certains commerçants s'inquiétaient de voir leur chiffre d'affaires baisser": what falls is
 * no harm, and no harm is reduced.
 */
export function valueFalls(reduced: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
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
export function toldOfSpeaker(cues: readonly CompiledCue[], sentence: SentenceWords, { tellers, relatives }: CompiledLanguage): boolean {
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
export const BYGONE_FORM = '(then … now)';
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
export function thenAndNow(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): 'gone' | 'persists' | null {
  const { formerly, nowadays, rising, callFrames, negators } = language;
  if (!formerly.some((cue) => sentence.has(cue)) || !nowadays.some((cue) => sentence.has(cue))) return null;
  const { words } = sentence;
  const starts = sentence.clauseStarts();
  const clauseOf = (at: number): number => sentence.clauseIndexOf(at);
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

/** Words after a displacement where a word naming the room, or inside, makes it the room taking the harm in ("moved indoors", "into the room"). */
const DISPLACED_TO_WITHIN = 8;
/** Words before a displacement where the room named is where a verb at the clause's end took the harm ("in den Konsumraum verlagert"), not a time before it. */
const DISPLACED_TO_BEFORE = 3;

/**
 * Is the harm said displaced rather than lessened: a word of its moving or turning up elsewhere
 * ("shifted to the park", "verlagert", "ahora aparecen en el parque") with no word naming the room,
 * its people or inside within a few words after it ("moved indoors", "into the room" is the room taking it in)?
 */
export function harmDisplaced(sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { displacements, roomLinks, indoors } = language;
  if (!displacements.some((moved) => sentence.has(moved))) return false;
  const { words } = sentence;
  return displacements.some((moved) =>
    spansOf(moved, words).some(({ at, end }) => {
      // Where the harm went names the room after the verb, or just before one at the clause's end: "in den Konsumraum verlagert".
      const whereTo = words.slice(Math.max(0, at - DISPLACED_TO_BEFORE), end + DISPLACED_TO_WITHIN);
      // Inside may come before a verb at the clause's end: "von der Straße nach drinnen verlagert".
      const around = words.slice(Math.max(0, at - DISPLACED_TO_WITHIN), end + DISPLACED_TO_WITHIN);
      return !roomLinks.some((link) => indexOf(link, whereTo) >= 0) && !indoors.some((inside) => indexOf(inside, around) >= 0);
    }),
  );
}

/** Words before a room named where a negator denies it the credit ("not to the rooms", "not to the nearby consumption room"). */
const ROOM_DENIED_WITHIN = 4;
/** The same through a connective naming the room's start ("y no con la apertura de la sala", "e não com a abertura da sala"). */
const ROOM_DENIED_THROUGH_OPENING = 6;

/** Words after a credit where the room may be denied it ("attributed to naloxone kits carried by every patrol officer rather than to the room"). */
const ROOM_DENIED_CREDIT_WITHIN = 20;

/** Words after the room where words denying it a part still speak of it ("the room playing no part"). */
const NO_PART_AFTER = 2;

/** Words after a connective ("since", "thanks to") where a service named is what it ties the figure to. */
const SERVICE_AFTER_CONNECTIVE = 10;
/** The word of belonging between a link ("équipe", "team") and the service whose it is ("… de nettoyage", "… of cleaners"). */
const OF = new Set(['of', 'von', 'der', 'de', 'des', 'du', 'van', 'del', 'da', 'do', 'das', 'dos', 'di', 'della', 'delle', 'dei']);

/** "Since then" as one word, and the "then" after "since", in the seven languages, folded. */
const SINCE_THEN = new Set(['seitdem', 'seither', 'sindsdien']);
const THEN = new Set(['then', 'lors', 'entonces', 'entao', 'allora', 'dann']);

/** Words after "since" where a time it names ("since last winter", "seit dem vergangenen Frühjahr") makes it say when. */
const TIME_AFTER_SINCE = 3;

/** A decade a figure is counted over: "in the early 2000s", "in den 2000er Jahren". */
const DECADE = /^(?:19|20)\d0(?:s|er)$/;

/**
 * Is the reduction lacked: a word of lack just before its cue ("without reducing trafficking",
 * "sem diminuir o tráfico", "sans réduire", "ohne … zu senken" is left to the negators)? It says
 * the harm was not lessened.
 */
export function reductionLacked(denied: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  // A negative cue after it says the claim: "300 overdoses sans aucun décès" were survived.
  if (!denied || isNegative(denied, language)) return false;
  const span = spanOf(denied, sentence.words);
  return span !== null && span.at > 0 && isNegatorIn(language.lacking, sentence.words[span.at - 1]!);
}

/**
 * Does a measured claim's sentence count its figure over a calendar period ("this year", "in
 * 2023", "last summer") with no word tying it to the room ("since", "after", the room, its
 * staff), or credit another service or measure ("the naloxone programme", "Housing First", "the
 * CCTV") with no word naming the room or its people ("since the cameras went up" names none)?
 * Then it tells what the period's figures or the service did: "overdose deaths in the city fell
 * this year, the coroner says". A period's zero, a negative cue of the denied part, stays the
 * room's record: "nobody died there last year".
 */
export function creditedElsewhere(sentence: SentenceWords, language: CompiledLanguage, denied: CompiledCue | null): boolean {
  const { periods, links } = language;
  const has = (cue: CompiledCue): boolean => sentence.has(cue);
  // A service that speaks ("…, the outreach team says") is a witness, not what the figure is credited to.
  const services = language.services.filter((service) => !has(service) || !namesSpeaker(service, sentence, language));
  // A link whose "of" names a service is that service's ("une équipe de nettoyage", "equipas de limpeza"), not the room's: the
  // room's nurses using naloxone stay the room's.
  const serviceSpans = services.flatMap((service) => spansOf(service, sentence.words));
  const serviceStarts = serviceSpans.map(({ at }) => at);
  const ownedByService = ({ end }: Span): boolean => OF.has(sentence.words[end] ?? '') && serviceStarts.includes(end + 1);
  // A link inside a service's name is the service's ("outreach workers", "straathoekwerkers").
  const inService = ({ at, end }: Span): boolean => serviceSpans.some((service) => at >= service.at && end <= service.end);
  const linkedToRoom = (link: CompiledCue): boolean => spansOf(link, sentence.words).some((span) => !ownedByService(span) && !inService(span));
  const counted = periods.some(has) || sentence.words.some((word) => YEAR.test(word) || DECADE.test(word));
  // A harm told gone ("no overdose deaths in 2023") needs no tie to the room: the period is when, not a figure's rise or fall.
  if (counted && !links.some(linkedToRoom) && !(denied && isNegative(denied, language))) return true;
  // A connective ties the figure to what follows it: to the room unless a service follows it closely ("since opening in 2021,
  // ambulance call-outs … have halved" is the room's; "since the cameras went up" the cameras').
  const { words } = sentence;
  const clauses = sentence.clauses();
  const tiedToService = (end: number): boolean =>
    services.some((service) => {
      const at = indexOf(service, words.slice(end, end + SERVICE_AFTER_CONNECTIVE));
      return at >= 0 && !opensBetween(clauses, end + 1, end + at);
    });
  // A room named only to be denied the credit ties nothing: "…, not to the rooms", "…, niet aan de gebruiksruimtes".
  // "Not only the room but also naloxone" gives it the credit too.
  // "Rather than", "plutôt que", "invece che" deny the room the credit as a negator does ("… rather than to the injection room").
  const denials = [...negatorSpans(language.negators, words), ...language.contrasts.flatMap((contrast) => spansOf(contrast, words))];
  // So does one said to play no part ("with the consumption room playing no measurable part").
  const noParts = language.noPart.flatMap((cue) => spansOf(cue, words));
  const deniedCredit = ({ at, end: after }: Span): boolean =>
    // "Not the police but the room" gives it the credit: a correction between ends the denial.
    denials.some(
      ({ end }) =>
        end <= at &&
        (at - end <= ROOM_DENIED_WITHIN ||
          (at - end <= ROOM_DENIED_THROUGH_OPENING && language.connectives.some((link) => indexOf(link, words.slice(end, at)) >= 0))) &&
        !opensBetween(clauses, end, at) &&
        !words.slice(end, at).some((word) => isNegatorIn(language.corrections, word)),
    ) || noParts.some((part) => part.at >= after && part.at - after <= NO_PART_AFTER && !opensBetween(clauses, after, part.at));
  // A room named inside a relative clause describes something else, which is not the room's credit: "the same hospital whose
  // addiction team staffs the room", "in derselben Klinik, deren Suchtambulanz den Konsumraum betreut". Relatives that are also
  // complementizers ("que", "che") may open what is said instead.
  const relativeEnds = language.relatives
    .filter((relative) => !COMPLEMENTIZERS.has(relative.words[0] ?? ''))
    .flatMap((relative) => spansOf(relative, words).map(({ end }) => end));
  const describedInRelative = ({ at }: Span): boolean => relativeEnds.some((end) => end <= at && !opensBetween(clauses, end, at));
  const { roomLinks } = language;
  const roomNamed = roomLinks.some((link) =>
    spansOf(link, words).some((span) => !deniedCredit(span) && !ownedByService(span) && !inService(span) && !describedInRelative(span)),
  );
  // A clause that opens by denying ("…, and not to the room", "…, e não à sala") goes on with the credit before it.
  const starts = sentence.clauseStarts();
  // So does a denial joined to the credit by "and" ("…, à distribuição de naloxona pelas equipas de rua e não à sala"), and a
  // room denied its part after the credit ("…, with the room playing no part").
  const joined = (word: string | undefined): boolean => JOINS.has(word ?? '') || isNegatorIn(language.coordinators, word ?? '');
  const opensWithDenial = (at: number): boolean => {
    const start = starts[sentence.clauseIndexOf(at)] ?? 0;
    const first = joined(words[start]) ? start + 1 : start;
    if (isNegatorIn(language.negators, words[first] ?? '')) return true;
    const deniedByJoin = negatorSpans(language.negators, words).some(
      (denial) => denial.end <= at && at - denial.end <= ROOM_DENIED_WITHIN && joined(words[denial.at - 1]),
    );
    return deniedByJoin || noParts.some((part) => part.at >= at && part.at - at <= NO_PART_AFTER + 2);
  };
  // A credit denied to the room in its own clause gives the effect to something else, named or not, even past a comma
  // ("verdankt … nicht dem Konsumraum, sondern dem Reinigungstrupp", "the fall is not due to the room"), whoever else the
  // sentence names ("which staff attribute not to the room but to…").
  const roomDeniedCredit = language.credits.some((credit) =>
    spansOf(credit, words).some(({ end }) =>
      roomLinks.some((link) =>
        spansOf(link, words).some(
          (span) =>
            span.at >= end &&
            span.at - end <= ROOM_DENIED_CREDIT_WITHIN &&
            deniedCredit(span) &&
            (!opensBetween(clauses, end + 1, span.at) || opensWithDenial(span.at)),
        ),
      ),
    ),
  );
  if (roomDeniedCredit) return true;
  if (!services.some(has)) return false;
  // A credit given to a service outright ("liegt vor allem an den Reinigungskolonnen", "is down to the street cleaners") is
  // theirs whatever a connective after it says ("… seit dem Frühjahr"), unless the room is named.
  // A verb-final credit holds its service ("führt … auf die Schwerpunkteinsätze zurück", "an einem Heroinfund liegen").
  const credited = language.credits.some((credit) =>
    spansOf(credit, words).some(({ at, end }) => tiedToService(end) || serviceStarts.some((start) => start > at && start < end)),
  );
  if (credited) return !roomNamed;
  // A connective inside the clause a service's connective opens tells the service's story, not the room's: "mainly because
  // supply dried up after a poor harvest" credits the shortage, and its "after" ties nothing back to the room.
  const connectiveSpans = language.connectives.flatMap((link) => spansOf(link, words));
  const causeStarts = connectiveSpans.filter((span) => tiedToService(span.end)).map(({ end }) => end);
  const inCauseClause = ({ at }: Span): boolean => causeStarts.some((start) => start <= at && !opensBetween(clauses, start, at));
  // "Since" and a time after a service ("the kits that outreach workers have handed out since the winter", "das Streetworker
  // seit dem Frühjahr verteilen") says when the service worked, not that the room did; a since of the room's opening names
  // it ("since the room opened"), and one before any service stays the room's ("depuis 2016, malgré les saisies").
  const sinceTime = ({ at, end }: Span): boolean => {
    if (!serviceSpans.some((service) => service.end <= at)) return false;
    // "Since then" after a service is the service's start ("het spuitomruilpunt … omdat er sindsdien minder naalden liggen").
    if (SINCE_THEN.has(words[at] ?? '') || THEN.has(words[end] ?? '')) return true;
    if (!language.dated.some((since) => matchFrom(since.words, 0, words, at) >= 0)) return false;
    const next = words.slice(end, end + TIME_AFTER_SINCE);
    return next.some((word) => YEAR.test(word) || DECADE.test(word)) || [...language.timesOfYear, ...periods].some((time) => indexOf(time, next) >= 0);
  };
  const roomTied = roomNamed || connectiveSpans.some((span) => !tiedToService(span.end) && !inCauseClause(span) && !sinceTime(span));
  return !roomTied;
}

/** Words between a minimizer and the cue it makes few ("einzelne Überdosen", "hier en daar een overdosis"). */
const MINIMIZED_WITHIN = 1;
/** Words before a minimizer where the hedge conceding it stands ("perhaps the odd", "mag … einzelne", "quizá la sala evite alguna"). */
const CONCEDED_WITHIN = 6;
/** Words before a turn that make it no turn ("nicht nur", "mit nur"). */
const NOT_A_TURN = new Set(['nicht', 'mit', 'noch']);

/**
 * Is the measured effect conceded in small and then set aside: a hedge (`concessives`: "perhaps",
 * "zugegeben", "mag", "peut-être", "misschien", "quizá", "talvez", "forse") a few words before a
 * minimizer (`minimizers`: "the odd", "einzelne", "alguna", "qualche", "uma ou outra", "hier en
 * daar") standing just before a cue of the claim, and a turn against it after every cue
 * (`concessionTurns`: "but", "aber", "nur", "mais", "reste que", "pero", "mas", "ma")? "Perhaps the
 * odd overdose is prevented, but the street is no safer" grants the least to deny the rest. With no
 * hedge, a minimizer is a quantity or a time ("within a few weeks", "sin duda alguna", "a few
 * hundred overdoses") and the effect is told.
 */
export function minimizedAndSetAside(present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const spans = present.flatMap((cue) => spansOf(cue, words));
  if (!spans.length) return false;
  const last = Math.max(...spans.map(({ end }) => end));
  const hedged = (at: number): boolean =>
    language.concessives.some((hedge) => spansOf(hedge, words).some(({ end }) => end <= at && at - end <= CONCEDED_WITHIN));
  const minimized = language.minimizers.some((minimizer) =>
    spansOf(minimizer, words).some(({ at, end }) => hedged(at) && spans.some((cue) => cue.at >= end && cue.at - end <= MINIMIZED_WITHIN)),
  );
  if (!minimized) return false;
  return language.concessionTurns.some((turn) => spansOf(turn, words).some(({ at }) => at >= last && !NOT_A_TURN.has(words[at - 1] ?? '')));
}

/**
 * The conditions a sentence opens, each from its opener to the mark it runs to: a `supposing` word
 * at a clause's start ("if", "wenn", "si"), a `supposingFirst` or `unrealFirst` verb first in the
 * sentence ("Mocht de ruimte…", "Had there been…", "Hätte es…"; after a mark the same word may be
 * a past or a consequence), not an opener that grants instead (`notSupposing`). The condition runs
 * on through a "that" clause it opens ("Sollte sich zeigen, dass der Raum …, werde man…"); one with
 * no mark after it has nothing following from it, and the clause may be something else ("Als
 * verpleegkundige zie ik…"), so it is left out.
 */
export function conditionsOf(
  sentence: SentenceWords,
  { supposing, supposingFirst, unrealFirst, notSupposing }: CompiledLanguage,
): { at: number; end: number; unreal: boolean }[] {
  const { words } = sentence;
  const ends = sentence.clauses().map(({ at }) => at);
  return sentence.clauseStarts().flatMap((start) => {
    const opens = (openers: readonly CompiledCue[]): boolean => openers.some((opener) => matchFrom(opener.words, 0, words, start) >= 0);
    const unreal = start === 0 && opens(unrealFirst);
    if (!(opens(supposing) || (start === 0 && opens(supposingFirst)) || unreal) || opens(notSupposing)) return [];
    let end = ends.find((at) => at > start);
    while (end !== undefined && COMPLEMENTIZERS.has(words[end] ?? '')) end = ends.find((at) => at > end!);
    return end === undefined || end >= words.length ? [] : [{ at: start, end, unreal }];
  });
}

/**
 * Is the measured effect told only as a regret: a condition, in an unreal past (`unrealPast` in it:
 * "had", "gegeben hätte", "avait existé", "hubiera", "fosse stata"; or opened by one: "Had there
 * been…", "Hätte es…"), that names the room and denies nothing, with every cue of the effect
 * outside it, and a hedge or a wish in the condition or between it and the effect (`unrealHedges`:
 * "might", "vielleicht", "if only", "ojalá")? "Had there been a room in Augsburg then, his son might still be alive" is a
 * wish in the past, not a report of lives saved; "had a site been open, several deaths would have
 * been prevented, the coroner found" is an assessment of what the room does, and stands. The room is named by its words or its
 * people's (`roomLinks`). A condition denying the room ("had the
 * room not been there, he would be dead", "if there had been no room") tells what the room did, and
 * is left to the other rules.
 */
export function effectWishedPast(present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { unrealPast, unrealFirst, unrealHedges, negators, roomLinks } = language;
  if (present.length === 0 || ![...unrealPast, ...unrealFirst].some((cue) => sentence.has(cue))) return false;
  const { words } = sentence;
  const hedges = unrealHedges.flatMap((hedge) => spansOf(hedge, words));
  if (!hedges.length) return false;
  const spans = present.map((cue) => spanOf(cue, words));
  const within = (cues: readonly CompiledCue[], at: number, end: number): boolean =>
    cues.some((cue) => spansOf(cue, words).some((span) => span.at >= at && span.end <= end));
  return conditionsOf(sentence, language).some(
    ({ at, end, unreal }) =>
      (unreal || within(unrealPast, at, end)) &&
      within(roomLinks, at, end) &&
      !within(negators, at, end) &&
      spans.every((span) => span !== null && (span.at >= end || span.end <= at)) &&
      // The hedge or wish in the condition or between it and the effect: "though he could not name a figure" after it hedges nothing.
      hedges.some((hedge) => hedge.at >= at && hedge.end <= Math.max(...spans.map((span) => span?.end ?? 0))),
  );
}

/**
 * Is the measured effect only supposed: every cue of it in a clause a condition opens
 * (`supposing`: "if", "even if", "wenn", "si", "als", "se", "qualora"), at the sentence's start
 * or a clause's, with the clause it conditions after a mark? "If the room saves even one life,
 * it was worth it", "Si la sala evita una sola muerte, habrá valido la pena" tell what would
 * follow from the effect, not that it happened; "If you ask the nurses, the room saves lives"
 * tells it, its cues after the condition. An opener that grants or concedes ("si bien", "se da un lato",
 * "wenn man bedenkt": `notSupposing`) opens no condition, and a consequence granting it ("è anche vero che":
 * `grants`) or crediting the effect to the room ("if deaths fell, it is thanks to the room": `credits`) takes it as real.
 */
export function effectSupposed(present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { supposing, supposingFirst, unrealFirst, credits, grants, negators, rooms, roomLinks } = language;
  if (present.length === 0 || ![...supposing, ...supposingFirst, ...unrealFirst].some((opener) => sentence.has(opener))) return false;
  const { words } = sentence;
  const ends = sentence.clauses().map(({ at }) => at);
  const spans = present.map((cue) => spanOf(cue, words));
  return conditionsOf(sentence, language).some(({ at: start, end: conditionEnd }) => {
    if (!spans.every((span) => span !== null && span.at >= start && span.end <= conditionEnd)) return false;
    const consequenceEnd = ends.find((at) => at > conditionEnd) ?? words.length;
    const inConsequence = ({ at }: Span): boolean => at >= conditionEnd && at < consequenceEnd;
    if (grants.some((grant) => spansOf(grant, words).some(inConsequence))) return false;
    // A credit takes the effect as real when it gives it to the room or its people, named in the consequence, and no negator
    // before it there denies it: "if deaths fell, it is not thanks to the room" and "…, it is thanks to naloxone" leave it supposed.
    const denials = negators.flatMap((negator) => spansOf(negator, words));
    const roomWords = [...rooms, ...roomLinks].flatMap((cue) => spansOf(cue, words));
    return !credits.some((credit) =>
      spansOf(credit, words).some(
        (span) =>
          inConsequence(span) &&
          !denials.some(({ at, end }) => at >= conditionEnd && end <= span.end) &&
          roomWords.some(({ at }) => at >= conditionEnd && at < consequenceEnd),
      ),
    );
  });
}

/** Words after an aim's words where the effect aimed at may start ("el objetivo declarado del programa es reducir un 20 % las muertes por sobredosis"). */
const AIMED_WITHIN = 16;

/** Words after words naming an aim only at once ("designed to", "vise à") where the effect may start: one, for "designed to help cut deaths". */
const AIMED_AT_ONCE = 1;

/** Words either side of an aim's words where a word telling it met speaks of that aim ("the aim … was met"), not of something else. */
const MET_WITHIN = 12;

/** Words before a result's word where a negator denies it ("deaths have not fallen"). */
const RESULT_DENIED_WITHIN = 3;

/** Words after an aim's words where a colon still opens what is aimed at ("Het verklaarde doel van de gebruiksruimte: …"). */
const COLON_AFTER_AIM = 3;

/**
 * Words giving a reason, in the seven languages, folded: after a comma they open a clause of their own ("we hope the room
 * stays open, because it has saved lives"). Wider than claims.json's `reasons`, which open a sentence answering a why: a
 * reason told after a comma is as often given by a coordinator ("denn", "car", "want", "pues").
 */
const REASONS = new Set(['because', 'weil', 'denn', 'parce', 'car', 'omdat', 'want', 'porque', 'pues', 'perche', 'poiche', 'giacche']);

/** "And" and an infinitive's marker, in the seven languages, joining another aim to a list of them ("and to", "et à", "y a", "e a"). */
const JOINS = new Set(['and', 'et', 'y', 'e', 'ed', 'und', 'en']);
const INFINITIVE_MARKERS = new Set(['to', 'a', 'ad', 'zu', 'te', 'om', 'de', 'di']);

/**
 * Is the measured effect only aimed at: every cue of it a few words after words naming an aim
 * (`goals`: "the aim is", "aims to", "Ziel ist", "objectif de", "met als doel", "objetivo declarado",
 * "mira a"; `goalsAtOnce`, words that name other things too, only with the effect right after them:
 * "designed to", "vise à", "destinado a"), whole within the aim's clause, with no word telling that
 * aim met (`goalsMet`: "achieved", "erreicht", "atteint", "alcanzado") near it? "The stated aim is to
 * cut overdose deaths by a fifth" tells a goal; "the room has met its aim of cutting overdose deaths"
 * and "with the aim of cutting deaths, which have since fallen by 40%" tell the result.
 */
export function effectAimed(claim: CompiledClaim, present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { goals, goalsAtOnce, goalsMet, parts, coordinators } = language;
  if (!present.length || !(goals.some((goal) => sentence.has(goal)) || goalsAtOnce.some((goal) => sentence.has(goal)))) return false;
  const { words } = sentence;
  const aims = [
    ...goals.flatMap((goal) => spansOf(goal, words).map((span) => ({ ...span, within: AIMED_WITHIN }))),
    ...goalsAtOnce.flatMap((goal) => spansOf(goal, words).map((span) => ({ ...span, within: AIMED_AT_ONCE }))),
  ];
  const met = goalsMet.flatMap((cue) => spansOf(cue, words));
  const clauses = sentence.clauses();
  const marks = clauses.map(({ at }) => at);
  const negators = language.negators.flatMap((cue) => spansOf(cue, words));
  const turns = [...language.concessionTurns, ...language.joiners];
  const turned = (at: number): boolean => openingAt(words, turns, [sentence.clauseStarts()[sentence.clauseIndexOf(at)]!]) >= 0;
  // What a later clause tells of the same effect came of it, unless denied or set against the aim ("…, but deaths have not fallen").
  const results = (parts[claim.deniedAt] ?? [])
    .flatMap((cue) => spansOf(cue, words).map(({ at }) => at))
    .filter((at) => !negators.some(({ end }) => end <= at && at - end <= RESULT_DENIED_WITHIN) && !turned(at));
  const since = language.connectives.flatMap((cue) => spansOf(cue, words).map(({ at }) => at));
  const spans = present.flatMap((cue) => spansOf(cue, words));
  return spans.every(({ at, end }) =>
    aims.some((aim) => {
      // A cue may stand inside the aim's own words ("pretende reduzir", "busca evitar"): the aim names the effect's verb.
      if (aim.at > at) return false;
      // The effect starts within the aim's reach: a few words after most, at once after the words that name other things too
      // (or after "and to" in their list: "designed to give users a safe place and to cut needle litter"); the effects joined
      // to it run on in its clause ("…, Todesfälle zu verhindern und den öffentlichen Konsum … zurückzudrängen").
      const effectStart = Math.min(...spans.filter((span) => span.at >= aim.end).map((span) => span.at));
      const joinedInList = JOINS.has(words[effectStart - 2] ?? '') && INFINITIVE_MARKERS.has(words[effectStart - 1] ?? '');
      if (effectStart - aim.end > aim.within && !(joinedInList && effectStart - aim.end <= AIMED_WITHIN)) return false;
      if (met.some((word) => word.at < aim.end + MET_WITHIN && word.end > aim.at - MET_WITHIN)) return false;
      // The aim runs on to the effect through marks that open no new clause ("Ziel ist es, …", "Het verklaarde doel van de
      // ruimte: …"; a colon only just after the aim's words), and the effect ends at the next mark.
      const opened = clauses.some(
        ({ at: mark, mark: kind }) =>
          mark >= aim.end &&
          mark <= effectStart &&
          (!',:'.includes(kind) ||
            (kind === ':' && mark - aim.end > COLON_AFTER_AIM) ||
            isNegatorIn(coordinators, words[mark] ?? '') ||
            REASONS.has(words[mark] ?? '')),
      );
      if (opened) return false;
      const clauseEnd = marks.find((mark) => mark > effectStart) ?? words.length;
      // A result told in a later clause, or after "since" in the aim's own ("…en dat aantal is sinds de opening gedaald").
      const resultTold = results.some((result) => result >= clauseEnd || since.some((at) => at > effectStart && at < result));
      return end <= clauseEnd && !resultTold;
    }),
  );
}

/** Where a measured claim's harm is named: the cues of its parts other than the reduction's. */
function harmSpans(claim: CompiledClaim, language: CompiledLanguage, words: readonly string[]): Span[] {
  return language.parts.filter((_, index) => index !== claim.deniedAt).flatMap((part) => part.flatMap((cue) => spansOf(cue, words)));
}

/** Words after a complaint where what it complains of may stand ("beklagen, dass seit der Eröffnung … mehr Spritzen"). */
const COMPLAINED_OF_WITHIN = 14;
/** Words before a complaint where a negator or a word of the past makes it none now ("no longer complain", "used to complain"). */
const COMPLAINT_TURNED_WITHIN = 3;

/** Words between a word of the harm still there and the harm's cue, on either side ("still find syringes", "liegen nach wie vor Spritzen"). */
const STILL_THERE_WITHIN = 4;

/**
 * Does the sentence tell a measured claim's harm complained of (`complaints`: "complain*",
 * "beklag*", "se plaignent", "klagen", "se quejan", "queixam-se", "lamentano"), a cue of the harm
 * after the complaint in its statement (a comma and "that" do not end it; a colon, semicolon or
 * dash does) or a few words before a complaint in its clause (a verb at the clause's end:
 * "nachdem sich Anwohner über Spritzen beschwert hatten"), or found still there (`stillThere`: "still find", "weiterhin", "trouvent encore",
 * "siguen encontrando"; the harm's cue a few words before or after it, in its clause), with no
 * cue of the reduction once the claim's ignored forms are blanked ("needles are being dropped" is
 * no fall)? The recall aid, which reads the harm's words, would take it for the claim; the
 * sentence says the harm is there. A complaint or a finding denied or past ("no longer
 * complain", "used to complain") is none.
 */
export function harmComplainedOf(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): boolean {
  if (!claim.measured || claim.deniedAt < 0) return false;
  const complaints = language.complaints.filter((cue) => sentence.has(cue));
  const stillThere = language.stillThere.filter((cue) => sentence.has(cue));
  if (complaints.length + stillThere.length === 0) return false;
  const blanked = withoutIgnored(sentence, language.ignore);
  const { words } = sentence;
  // A reduction said of "them" after the complaint acts on the harm still there: "…, and want to know who is meant to clear them".
  const firstComplaint = Math.min(...[...complaints, ...stillThere].map((cue) => spanOf(cue, words)!.at));
  const ofThem = ({ at, end }: Span): boolean =>
    at > firstComplaint &&
    language.objectPronouns.some((pronoun) => [words[at - 1], words[end]].some((word) => word !== undefined && matchFrom(pronoun.words, 0, [word], 0) >= 0));
  if (language.parts[claim.deniedAt]!.some((cue) => spansOf(cue, blanked.words).some((span) => !ofThem(span)))) return false;
  const closes = sentence
    .clauses()
    .filter(({ mark }) => mark !== ',')
    .map(({ at }) => at);
  const harms = harmSpans(claim, language, words);
  const turned = (at: number): boolean =>
    words.slice(Math.max(0, at - COMPLAINT_TURNED_WITHIN), at).some((word) => isNegatorIn(language.negators, word)) ||
    language.formerly.some((cue) => spansOf(cue, words).some(({ end }) => end <= at && at - end < COMPLAINT_TURNED_WITHIN));
  const clauseOf = (at: number): number => sentence.clauseIndexOf(at);
  // The harm after the complaint in its statement, or just before a complaint ending its clause ("sich über Spritzen im Treppenhaus beschwert hatten").
  const complained = complaints.some((cue) =>
    spansOf(cue, words).some(
      ({ at, end }) =>
        !turned(at) &&
        harms.some(
          (harm) =>
            (harm.at >= end && harm.at - end <= COMPLAINED_OF_WITHIN && !closes.some((mark) => mark > at && mark <= harm.at)) ||
            (harm.end <= at && at - harm.end <= STILL_THERE_WITHIN && clauseOf(harm.at) === clauseOf(at)),
        ),
    ),
  );
  if (complained) return true;
  return stillThere.some((cue) =>
    spansOf(cue, words).some(
      ({ at, end }) =>
        !turned(at) &&
        harms.some(
          (harm) =>
            clauseOf(harm.at) === clauseOf(at) &&
            (harm.at >= end ? harm.at - end <= STILL_THERE_WITHIN : harm.end <= at && at - harm.end <= STILL_THERE_WITHIN),
        ),
    ),
  );
}

/**
 * Does every cue of a measured claim's harm in the sentence lie inside the name of a service
 * (`services`: "récupérateurs de seringues", "needle exchange", "contenedores de jeringuillas")?
 * Then the sentence tells of that service ("la mairie a fait installer trois récupérateurs de
 * seringues dans le square"), and the recall aid, which reads the harm's words, has no harm to
 * read a reduction of.
 */
export function harmOnlyInServices(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): boolean {
  if (!claim.measured || claim.deniedAt < 0 || !language.services.some((service) => sentence.has(service))) return false;
  const { words } = sentence;
  const harms = harmSpans(claim, language, words);
  if (harms.length === 0) return false;
  const named = language.services.flatMap((service) => spansOf(service, words));
  return harms.every((harm) => named.some(({ at, end }) => harm.at >= at && harm.end <= end));
}

/** Words from a count still to be made, or a course, to the harm it counts or teaches ("va compter chaque mois les seringues"). */
const COUNTED_WITHIN = 6;

/**
 * Does the sentence tell a measured claim's harm as what a count still to be made will measure
 * (`countingPlans`: "will count", "to monitor", "zählen lassen", "va compter", "gaat tellen",
 * "contará", "vai contar", "conterà") or what a course teaches (`trainings`: "training in",
 * "Fortbildung zum", "formation sur", "curso sobre", "corso sulle"), a cue of the harm a few words
 * after it, with no cue of the reduction once the claim's ignored forms are blanked? "La Ville va
 * compter chaque mois les seringues ramassées autour de la salle" plans a measure; the recall aid,
 * which reads the harm's words, would take it for the fall.
 */
export function harmOnlyCountedOrTaught(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): boolean {
  const topics = [...language.countingPlans, ...language.trainings].filter((topic) => sentence.has(topic));
  if (!claim.measured || claim.deniedAt < 0 || topics.length === 0) return false;
  const blanked = withoutIgnored(sentence, language.ignore);
  if (language.parts[claim.deniedAt]!.some((cue) => blanked.has(cue))) return false;
  const { words } = sentence;
  const harms = harmSpans(claim, language, words);
  return topics.some((topic) => spansOf(topic, words).some(({ end }) => harms.some((harm) => harm.at >= end && harm.at - end <= COUNTED_WITHIN)));
}

/** Words after a contrast where the fall said alike elsewhere may stand ("but they fell by almost the same proportion"). */
const ALIKE_AFTER = 10;
/** Words either side of the word of the same measure where what places it elsewhere stands ("… in Dundee and Aberdeen, which have no such facility"). */
const ALIKE_WHERE_WITHIN = 10;

/**
 * Is a measured effect conceded and then set against the same fall elsewhere: a contrast after
 * the sentence's start (`recordContrasts`: "but", "doch", "mais", "maar", "pero", "mas", "ma"),
 * within ten words after it a word of the same measure (`alike`: "the same proportion",
 * "ähnlich stark", "even sterk", "la misma proporción", "nella stessa misura") and near that a
 * word placing it elsewhere within ten words (`alikeWhere`: "without", "elsewhere", "no such", "ohne",
 * "ailleurs", "sin"),
 * with no negator nor word adding another effect between (`alikeAlso`: "but it also cut public
 * injecting just as sharply", "but not by the same proportion everywhere")? "Drug deaths did fall
 * after the room opened, but they fell by almost the same proportion in towns without one"
 * credits the room with nothing.
 */
export function reducedAlikeElsewhere(sentence: SentenceWords, { alike, alikeWhere, alikeAlso, recordAgainst, negators }: CompiledLanguage): boolean {
  if (!alike.some((cue) => sentence.has(cue))) return false;
  const { words } = sentence;
  const same = alike.flatMap((cue) => spansOf(cue, words));
  const where = alikeWhere.flatMap((cue) => spansOf(cue, words));
  const also = alikeAlso.flatMap((cue) => spansOf(cue, words));
  return recordAgainst.contrasts
    .flatMap((cue) => spansOf(cue, words))
    .some(
      ({ at, end }) =>
        at > 0 &&
        same.some(
          (found) =>
            found.at >= end &&
            found.at - end <= ALIKE_AFTER &&
            where.some((place) => place.at >= end && Math.abs(place.at - found.at) <= ALIKE_WHERE_WITHIN) &&
            !words.slice(end, found.at).some((word) => isNegatorIn(negators, word)) &&
            !also.some((add) => add.at >= end && add.at < found.at),
        ),
    );
}
