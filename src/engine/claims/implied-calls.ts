/**
 * Calls said by a construction rather than by a cue of the call part: the room's undoing judged
 * a folly or refused, a demand whose object is the room, the room kept (`keptCall`), a slogan.
 * Apart: these supply a cue the verdict scores, where most other rules only veto.
 */
import { type CompiledCue, isNegatorIn, matchFrom, overlaps, type Span, spansOf, wordMatches } from './cues';
import { COMPLEMENTIZERS, opensBetween, type SentenceWords, statementsOf } from './sentence';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { DENIAL_BEFORE, frameNegated, negatedAt, negatedSubjectOf, negativeSubjectAt } from './negation';

/** How far, in words, the parts of `impliedCall`'s constructions may stand from each other. */
const IMPLIED_WITHIN = {
  /** An `undoing` verb and the cue of the thing it undoes ("shutting OnPoint's Harlem site"). */
  undone: 6,
  /** An `undoing` verb and the folly judging it, either side ("closing it now would be madness"; "it would be madness to close it"). */
  folly: 10,
  /** A negator before a folly, saying it is none ("would not be madness", "non sarebbe affatto un errore", "ne serait pas une folie"). */
  follyNegated: 4,
  /** A negator before an `undoing` verb, keeping the thing ("que la sala no cierre", "not to close"). */
  undoingNegated: 2,
  /** A negated wish, plan or call's frame and the `undoing` verb it governs ("do not want the room to close", "plant nicht, den Konsumraum zu schließen"). */
  undoingWished: 10,
  /** An `objectCalls` verb and its object's article ("braucht Dortmund einen", "necesita ya una", "plaide pour une"). */
  article: 2,
  /** The article and the cue it opens ("einen zweiten Konsumraum", "a supervised room"). */
  object: 1,
  /** A verb-final clause's object and its verb ("die einen zweiten Drogenkonsumraum für Köln-Kalk verlangt"). */
  verbAfter: 3,
} as const;

/** Words from a belief's verb to the `undoing` verb it holds ("think the consumption room will close"). */
const BELIEF_HOLDS = 8;
/** Words that make a belief's verb opening its clause an infinitive subject ("to think…", "zu glauben, …"). */
const INFINITIVE_OPENERS = new Set(['to', 'zu', 'te']);

/**
 * Does the folly judge a belief that the room will close rather than its closing (`beliefs`)?
 * The belief stands between the folly and the closing ("it would be a mistake to think the room
 * will close", "ce serait une erreur de croire que la salle va fermer"), or is the subject the
 * folly judges after it, opening its clause as a gerund or infinitive or after a generic
 * ("Thinking the room will close is a mistake", "To think…", "anyone who expects it to close is
 * making a mistake"). "I think closing the room would be a mistake" keeps the call: the belief
 * has its own subject.
 */
function judgesBelief(folly: Span, undo: Span, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  if (folly.end <= undo.at) return words.slice(folly.end, undo.at).some((word) => isNegatorIn(language.beliefs, word));
  const clauses = sentence.clauses();
  const opens = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  return language.beliefs
    .flatMap((belief) => spansOf(belief, words))
    .some(
      ({ at, end }) =>
        end <= undo.at &&
        undo.at - end <= BELIEF_HOLDS &&
        (opens(at) ||
          (INFINITIVE_OPENERS.has(words[at - 1] ?? '') && opens(at - 1)) ||
          language.generics.some((generic) => spansOf(generic, words).some((span) => span.end === at))),
    );
}

/** The words that make a German or Dutch verb after them an infinitive ("zu fordern", "te eisen"). */
const INFINITIVE_MARKERS = new Set(['zu', 'te']);
/** How a French, Dutch or German infinitive ends ("fermer", "sluiten", "schließen"), so an object pronoun may stand before it. */
const INFINITIVE_ENDING = /(?:er|en)$/;

/** A call said by a construction: its verb as the call part's cue, and whether that construction frames the call itself. */
interface ImpliedCall {
  readonly cue: CompiledCue;
  readonly framed: boolean;
}

/**
 * A call claim's call said with none of its call part's cues, by one of five constructions (the fifth, `keptCall`, first)
 * around a cue of another part (the room):
 * - its opposite judged a folly: an `undoing` verb near the room and, in the same statement, a
 *   folly not negated ("shutting the site now would be madness", "es wäre Wahnsinn, die
 *   Einrichtung zu schließen"): it frames the call itself; "closing it would be the right
 *   decision" holds no folly, and "not closing it would be madness" is denied as any call is;
 * - its opposite negated: a negator just before an `undoing` verb near the room ("pide que la
 *   sala no cierre"): keeping the room, which still needs a frame of the sentence's, or a
 *   sentence opening as a wish (`jussiveOver`: "«Que no nos cierren la sala»");
 * - a verb of demand, need or support whose object, opened by an indefinite article, is the
 *   room's strong cue ("a petition demanding a second room", "necesita ya una sala", "…, die
 *   einen zweiten Drogenkonsumraum verlangt" with the verb ending its clause): it frames the
 *   call itself; "demand at the room rose" has no such object.
 * - its opposite under a negated wish, plan or frame (`refusedUndoing`: "the residents do not
 *   want the room to close", "plant nicht, den Konsumraum zu schließen"): it frames the call.
 * Word lists cannot say these: the call is in how the words stand, not in any one of them.
 */
export function impliedCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  if (claim.calledAt < 0) return null;
  const kept = keptCall(claim, language, sentence) ?? sloganCall(claim, language, sentence);
  if (kept) return kept;
  const undoing = language.undoing.filter((cue) => sentence.has(cue));
  const objectCalls = language.objectCalls.filter((cue) => sentence.has(cue));
  if (!undoing.length && !objectCalls.length) return null;
  const { words } = sentence;
  const others = language.parts.filter((_, index) => index !== claim.calledAt).flat();
  const thingSpans = others.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words).map((span) => ({ ...span, weight: cue.weight })));
  if (!thingSpans.length) return null;
  const isNegator = (word: string): boolean => isNegatorIn(language.negators, word);
  const near = (span: Span, within: number) => (other: Span) => other.at < span.end + within + 1 && span.at < other.end + within + 1;
  const statementOf = statementsOf(sentence, language.joiners);
  // An undoing verb whose object is a pronoun ("closing it", "la fermer", "ihn zu schließen") or a clitic joined to it
  // ("cerrarla", "chiuderla", the undoing lists' own forms) undoes the room said before it in its statement, however far: after
  // "but" or a semicolon the pronoun is something else's ("…, but the police station is understaffed and closing it…").
  // Before the verb only where it is an infinitive ("la fermer", "haar sluiten", "ihn jetzt zu schließen"): before a noun the
  // same word is an article ("la fermeture du bar").
  const isPronoun = (word: string | undefined): boolean => word !== undefined && isNegatorIn(language.objectPronouns, word);
  const pronounObject = ({ at, end }: Span): boolean =>
    isPronoun(words[end]) ||
    (isPronoun(words[at - 1]) && INFINITIVE_ENDING.test(words[at]!)) ||
    ((isPronoun(words[at - 2]) || isPronoun(words[at - 3])) && INFINITIVE_MARKERS.has(words[at - 1]!)) ||
    language.objectPronouns.some(
      (pronoun) => pronoun.words.length === 1 && words[end - 1]!.length > pronoun.words[0]!.length + 3 && words[end - 1]!.endsWith(pronoun.words[0]!),
    );
  // Where the room is named in full, a weak word for it elsewhere ("el centro de salud") is likely another place.
  const named = thingSpans.some((thing) => thing.weight >= language.strong);
  const refersBack = (span: Span): boolean =>
    pronounObject(span) &&
    thingSpans.some((thing) => (thing.weight >= language.strong || !named) && thing.end <= span.at && statementOf(thing.at) === statementOf(span.at));
  for (const cue of undoing)
    for (const span of spansOf(cue, words)) {
      if (!thingSpans.some(near(span, IMPLIED_WITHIN.undone)) && !refersBack(span)) continue;
      const judged = language.follies
        .flatMap((folly) => spansOf(folly, words))
        .some(
          (folly) =>
            near(span, IMPLIED_WITHIN.folly)(folly) &&
            statementOf(folly.at) === statementOf(span.at) &&
            !words.slice(Math.max(0, folly.at - IMPLIED_WITHIN.follyNegated), folly.at).some(isNegator) &&
            !judgesBelief(folly, span, sentence, language),
        );
      if (judged) return { cue, framed: true };
      const refused = refusedUndoing(span, sentence, language, statementOf);
      if (refused) return { cue: { form: refused.join(' '), words: refused, weight: cue.weight }, framed: true };
      const negatedAt = words.slice(Math.max(0, span.at - IMPLIED_WITHIN.undoingNegated), span.at).findIndex(isNegator);
      if (negatedAt >= 0) {
        const from = Math.max(0, span.at - IMPLIED_WITHIN.undoingNegated) + negatedAt;
        // The negator and the verb as the cue: a negative cue, so the negator in it denies nothing.
        const kept = words.slice(from, span.end);
        // In a sentence opening as a wish ("Que no nos cierren la sala") the wish frames it; elsewhere it needs a frame of the sentence's.
        return { cue: { form: kept.join(' '), words: kept, weight: cue.weight }, framed: jussiveOver(span.at, sentence, language) };
      }
    }
  const isArticle = (at: number): boolean =>
    at >= 0 && at < words.length && language.indefinites.some((article) => matchFrom(article.words, 0, words, at) >= 0);
  // A weak cue names the room only as a new one, its article right after the verb ("apoyaremos una nueva sala", "calls for a
  // second site"): "needs a room" may be any room, and "needs before a second site can open" has another object.
  const isNew = (at: number): boolean => at >= 1 && isNegatorIn(language.novelties, words[at]!) && isArticle(at - 1);
  const strongThings = thingSpans.filter((thing) => thing.weight >= language.strong);
  const newThings = thingSpans.filter((thing) => thing.weight < language.strong && isNew(thing.at - 1));
  const clauses = sentence.clauses();
  // The room wanted undone ("want the site closed", "will … verhindern", "wil … sluiten") or the demand judged a folly
  // ("demanding a room is pointless"), later in the verb's clause or statement: no call.
  const undoneAfter = (span: Span): boolean =>
    language.undoing.some((undo) => spansOf(undo, words).some(({ at }) => at >= span.end && !opensBetween(clauses, span.end, at))) ||
    language.follies.some((folly) => spansOf(folly, words).some(({ at }) => at >= span.end && statementOf(at) === statementOf(span.at)));
  for (const cue of objectCalls)
    for (const span of spansOf(cue, words)) {
      const after =
        newThings.some((thing) => thing.at === span.end + 2) ||
        strongThings.some((thing) => {
          for (let article = span.end; article <= span.end + IMPLIED_WITHIN.article; article++)
            if (isArticle(article) && thing.at > article && thing.at <= article + 1 + IMPLIED_WITHIN.object) return !opensBetween(clauses, span.end, thing.at);
          return false;
        });
      // A verb ending its clause with its object before it: German and Dutch subordinate clauses ("…, die einen zweiten Konsumraum verlangt").
      // Not an infinitive ("…, einen Konsumraum zu fordern"): whatever governs it says whether it is called for ("hat nicht vor").
      const endsClause = (span.end === words.length || clauses.some(({ at }) => at === span.end)) && !INFINITIVE_MARKERS.has(words[span.at - 1] ?? '');
      const before =
        endsClause &&
        strongThings.some(
          (thing) =>
            thing.end <= span.at &&
            span.at - thing.end <= IMPLIED_WITHIN.verbAfter &&
            (isArticle(thing.at - 1) || isArticle(thing.at - 1 - IMPLIED_WITHIN.object)) &&
            !opensBetween(clauses, thing.end, span.at),
        );
      // "None of the parties backs a supervised site": no one makes the demand.
      if ((after || before) && !undoneAfter(span) && !negatedSubjectOf(span, sentence, language)) return { cue, framed: true };
    }
  return null;
}

/** Words between the room as subject and its `stays` verb (a modal, an auxiliary, a reflexive: "must", "se", "soit"). */
const STAY_SUBJECT = 2;
/** The longest word that may link the room to its `stays` verb without being its governor ("se", "soit", "sia"). */
const SHORT_LINK = 4;
/** Words between the wish, modal or demand governing a `stays` verb and the verb ("piden ahora que el local se quede"). */
const STAY_WISHED = 8;
/** Words between a `stays` verb and an `undoing` word saying the room is kept shut ("must stay closed", "geschlossen bleiben"). */
const STAY_SHUT = 2;
/** Words between "hands off" and the room ("hands off the room", "giù le mani dalla stanza", "touche pas à ma salle"). */
const HANDS_OFF_BEFORE = 3;

/** The spans of the cues of the claim's parts other than its call: what a construction calls for (the room). */
const thingsOf = (claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): Span[] =>
  language.parts
    .filter((_, index) => index !== claim.calledAt)
    .flat()
    .filter((cue) => sentence.has(cue))
    .flatMap((cue) => spansOf(cue, sentence.words));

/**
 * Does a jussive ("que", "che") open the sentence, the word at `at` in its first clause: "Que la
 * salle soit maintenue", "Que no nos cierren la sala" wish what they say.
 */
function jussiveOver(at: number, sentence: SentenceWords, { jussives }: CompiledLanguage): boolean {
  const { words } = sentence;
  return words.length > 0 && isNegatorIn(jussives, words[0]!) && !opensBetween(sentence.clauses(), 1, at);
}

/**
 * The call to keep the room said with the room as the subject of a verb of staying, or by
 * "hands off" before it, with no cue of the call: a fifth construction of `impliedCall`, framing
 * the call itself.
 * - A `stays` verb ("stay", "bleiben", "rester", "blijven", "se quede", "fique", "resti") whose
 *   subject is the room (a cue of another part ending at most two words before it, no mark
 *   between: "the room must stay", "el local se quede", "la salle soit maintenue"), ending its
 *   clause or going on with where it is (`inPlace`: "dov'è"), and governed by a wish, modal or
 *   demand (`wishes` or the claim's frames, the nearest a few words before it, commas allowed:
 *   "Der Raum muss bleiben", "piden que el local se quede", "querem agora que a sala fique") or
 *   by a jussive opening the sentence ("Que la salle soit maintenue"). A negated governor calls
 *   for nothing ("ne veulent pas que la salle reste"), a negated verb is denied as any cue is
 *   ("the room must not stay"), and one kept shut is no call ("muss geschlossen bleiben").
 *   Without a governor the verb reports ("the room stayed"); with the room after it, someone
 *   else stays ("users must stay in the room for 30 minutes"); a clause going on says how the
 *   room stays ("will stay open until 8pm" is the listed cue's, and holds no frame).
 * - "Hands off" (`handsOff`) a few words before the room: "hands off the room!", "Finger weg
 *   vom Konsumraum", "Giù le mani dalla stanza!".
 */
function keptCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  const stays = language.stays.filter((cue) => sentence.has(cue));
  const handsOff = language.handsOff.filter((cue) => sentence.has(cue));
  if (!stays.length && !handsOff.length) return null;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const rooms = thingsOf(claim, language, sentence);
  if (!rooms.length) return null;
  for (const cue of handsOff)
    for (const span of spansOf(cue, words))
      if (rooms.some(({ at }) => at >= span.end && at - span.end <= HANDS_OFF_BEFORE && !opensBetween(clauses, span.end, at)))
        return { cue: { ...cue, weight: language.strong }, framed: true };
  const breaks = sentence.breaks();
  const governors = [...language.wishes, ...language.frames].flatMap((frame) => spansOf(frame, words).map((span) => ({ frame, span })));
  const shut = language.undoing.flatMap((undo) => spansOf(undo, words));
  for (const cue of stays)
    for (const span of spansOf(cue, words)) {
      // Between the room and the verb only its governor or a short word (a reflexive, an auxiliary: "se", "soit", "sia"): a
      // predicate there says how something stays ("de afspraken over de ruimte ongewijzigd blijven").
      const linking = (at: number): boolean => words[at]!.length <= SHORT_LINK || governors.some(({ span: g }) => g.at <= at && at < g.end);
      const subject = rooms.some(
        ({ end }) =>
          end <= span.at &&
          span.at - end <= STAY_SUBJECT &&
          !opensBetween(clauses, end, span.at) &&
          words.slice(end, span.at).every((_, i) => linking(end + i)),
      );
      const ends = breaks.has(span.end) || language.inPlace.some((place) => matchFrom(place.words, 0, words, span.end) >= 0);
      if (!subject || !ends || shut.some(({ at, end }) => at < span.end + STAY_SHUT && span.at < end + STAY_SHUT)) continue;
      const governor = governors
        .filter(
          ({ span: { at, end } }) =>
            end <= span.at && span.at - end <= STAY_WISHED && !clauses.some((clause) => clause.mark !== ',' && clause.at > at && clause.at <= span.at),
        )
        .sort((a, b) => b.span.at - a.span.at)
        .at(0);
      if (governor ? !frameNegated(governor.frame, sentence, language) : jussiveOver(span.at, sentence, language))
        // Listed with no weight, as the shared words are: the call it says is strong.
        return { cue: { ...cue, weight: language.strong }, framed: true };
    }
  return null;
}

/**
 * The quotes a slogan's word (`slogans`: "read the banner", "steht auf dem Transparent",
 * "scandeerden", "rezaba la pancarta", "scandivano") stands outside of: each is the call of
 * those who carry it, as a demand's frame makes one ("'Keep the room open,' read the banner").
 * Quotes are otherwise read as the sentence's own words, whoever is said to speak them.
 */
export function sloganQuotes(sentence: SentenceWords, { slogans }: CompiledLanguage): Span[] {
  const present = slogans.filter((slogan) => sentence.has(slogan));
  if (!present.length) return [];
  const carriers = present.flatMap((slogan) => spansOf(slogan, sentence.words));
  return sentence.quotes().filter((quote) => carriers.some((carrier) => !overlaps(carrier, quote.at, quote.end)));
}

/** Words between the room and a slogan's closing "now": the place it is wanted for ("for Leipzig", "per Bologna e Modena"). */
const SLOGAN_PLACE_WITHIN = 5;

/**
 * The call of a slogan with no verb of permission, in a quote a slogan's word frames: an
 * imperative opening it ("'Open the consumption room,' read the banner", "«Aprite la stanza!»,
 * scandivano") or "now" ending it just after the room or the place it is wanted for
 * ("„Konsumraum jetzt!“", "«Sala de consumo para Tijuana, ya!»"; not after a word sending it
 * away, `sloganAway`: "„Konsumraum raus aus Kalk – jetzt!“"), the room's cue in it, no negator
 * up to the room nor undoing word ("'No room now'", "'Close the room now'" call for nothing). A sixth construction of `impliedCall`, framing the call itself.
 */

function sloganCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  const quotes = sloganQuotes(sentence, language);
  if (!quotes.length) return null;
  const { words } = sentence;
  const rooms = thingsOf(claim, language, sentence);
  const calls = (at: number): CompiledCue | undefined =>
    language.sloganCalls.find((call) => call.words.length === 1 && wordMatches(call.words[0]!, words[at] ?? ''));
  const undone = language.undoing.flatMap((undo) => spansOf(undo, words));
  const away = language.sloganAway.flatMap((word) => spansOf(word, words));
  for (const quote of quotes) {
    const inside = rooms.filter(({ at, end }) => at >= quote.at && end <= quote.end);
    // A negator up to the room's last word denies the call ("'No room now'"); one in a clause after it says why ("Open the room — Dundee can't wait").
    const lastRoom = Math.max(...inside.map(({ end }) => end));
    if (
      !inside.length ||
      words.slice(quote.at, lastRoom).some((word) => isNegatorIn(language.negators, word)) ||
      undone.some((undo) => overlaps(undo, quote.at, quote.end))
    )
      continue;
    // "Now" ends the quote just after the room, or after the place it is wanted for ("Konsumraum für Leipzig – jetzt!"), not one it is sent out of ("raus aus Kalk").
    const sentAway = (from: number): boolean => away.some(({ at, end }) => at >= from && end <= quote.end);
    const call =
      (inside.some(({ at }) => at > quote.at) ? calls(quote.at) : undefined) ??
      (inside.some(({ end }) => end < quote.end && quote.end - 1 - end <= SLOGAN_PLACE_WITHIN && !sentAway(end)) ? calls(quote.end - 1) : undefined);
    if (call) return { cue: { ...call, weight: language.strong }, framed: true };
  }
  return null;
}

/**
 * The words saying a negated wish or plan that governs the `undoing` verb at `undo`, from the
 * negator to the verb, or null: a wish or obligation (`wishes`) or an intention at most a few
 * words before the verb in its statement (commas allowed: "plant nicht, den Konsumraum zu
 * schließen"), refused by a negator beside it or a negative subject, and no other frame between.
 * "The residents do not want the room to close", "n'a pas l'intention de s'opposer à l'ouverture
 * de la salle", "Nobody wants the room to close", "should not close it" call for keeping the
 * room; a negated demand or decision ("did not call for it to close", "hat nicht beschlossen,
 * ihn zu schließen") is only none of closing. The words hold the negator, so that no denial
 * reads it again.
 */
function refusedUndoing(undo: Span, sentence: SentenceWords, language: CompiledLanguage, statementOf: (at: number) => number): string[] | null {
  const { words } = sentence;
  const before = ({ at, end }: Span): boolean => end <= undo.at && undo.at - end <= IMPLIED_WITHIN.undoingWished && statementOf(at) === statementOf(undo.at);
  const spansIn = (cues: readonly CompiledCue[]): Span[] => cues.flatMap((cue) => spansOf(cue, words)).filter(before);
  const wished = spansIn([...language.wishes, ...language.intentions]);
  // The nearest frame before the verb governs it: "does not want more deaths and wants the site closed" refuses nothing,
  // nor does "did not call for the room to close" (a demand's frame, no wish's), a wish's word among it or not.
  const nearest = [...wished, ...spansIn([...language.frames, ...language.callFrames])]
    .sort((a, b) => b.at - a.at || Number(wished.includes(b)) - Number(wished.includes(a)))
    .at(0);
  if (!nearest || !wished.includes(nearest) || sentence.clauses().some(({ at, mark }) => mark !== ',' && at > nearest.at && at <= undo.at)) return null;
  const subjectAt = negativeSubjectAt(nearest, sentence, language);
  // A negator of the frame's own words counts: "hat nicht vor, … zu schließen".
  const ownNegator = words.slice(nearest.at, nearest.end).some((word) => isNegatorIn(language.negators, word));
  if (subjectAt < 0 && !ownNegator && !negatedAt(nearest, sentence, language.negators, language.delays)) return null;
  // From the negative subject, or from far enough before the frame to hold a negator beside it.
  const from = subjectAt >= 0 ? subjectAt : Math.max(0, nearest.at - DENIAL_BEFORE);
  return words.slice(from, undo.end);
}

/**
 * A call in the imperative or a wish whose object is a pronoun for the room (`pronounCalls`: "open one",
 * "macht … einen … auf", "ouvrez-en une", "open er … een", "que … abra una", "apri la tua"), opening its clause and ending it or
 * followed by a place or a time (`pronounCallFollowers`: "… in Dundee", "… ya"), or following a frame and its "that"
 * closely: the caller's judge reads it only after a sentence naming the room (`roomBefore`) or with the room named
 * before it in its own sentence. Followed by anything else the pronoun is an article ("abrir uma investigação").
 */

/** Words before a pronoun call where a frame of the call, with its "that", still asks for it ("pedem agora que se abra outra"). */
const FRAME_BEFORE_PRONOUN_CALL = 3;

export function pronounCall(language: CompiledLanguage, sentence: SentenceWords, roomBefore = true): CompiledCue | null {
  if (!language.pronounCalls.some((cue) => sentence.has(cue))) return null;
  const { words } = sentence;
  const marks = sentence.clauses().map(({ at }) => at);
  const ends = new Set([words.length, ...marks]);
  // It opens its clause, as an imperative or a wish does, after a vocative's comma too ("Torino, apri la tua!"), or follows
  // a frame of the call closely ("pedem agora que se abra outra"): "plans to open one", "jetzt macht auch Basel einen auf",
  // "refuse qu'on en ouvre une" report or refuse.
  const opens = new Set([0, ...marks, ...sentence.quotes().map(({ at }) => at)]);
  // Only a frame asking that it be done, its "that" between: "plans to open one" tells a plan.
  const framed = (at: number): boolean =>
    language.frames.some((frame) =>
      spansOf(frame, words).some(
        ({ end }) =>
          end <= at && at - end <= FRAME_BEFORE_PRONOUN_CALL && words.slice(end, at + 1).some((word) => COMPLEMENTIZERS.has(word) || word.startsWith("qu'")),
      ),
    );
  // With no earlier sentence naming the room, its own must, before the call: "Le stanze salvano vite: apritene una anche a Torino".
  const named = (at: number): boolean => roomBefore || language.rooms.some((room) => spansOf(room, words).some(({ end }) => end <= at));
  for (const cue of language.pronounCalls)
    for (const { at, end } of spansOf(cue, words))
      if ((opens.has(at) || framed(at)) && (ends.has(end) || isNegatorIn(language.pronounCallFollowers, words[end]!)) && named(at)) return cue;
  return null;
}
