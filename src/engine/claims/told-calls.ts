/**
 * A call claim's cue told of rather than made: a purpose, another call's goal, a refused
 * intention or frame, a poll's finding, a call heard and rejected, a change dated, a room wished
 * undone. Vetoes the verdict asks of call claims only.
 */
import { type CompiledCue, framedIn, indexOf, isNegatorIn, matchFrom, type Span, spanOf, spansOf, writtenWords } from './cues';
import { COMPLEMENTIZERS, opensBetween, type SentenceWords, spansIn, statementsOf, YEAR } from './sentence';
import { ANY_WORD, type CompiledClaim, type CompiledLanguage } from './compiled-claims';
import { negatedAt, negatedSubjectOf, negatesAt, negativeSubjectAt } from './negation';

/**
 * Does a negated frame of a call (any claim's: "does not want", "will nicht", "no quiere") govern
 * the call's cue at `call`: stand before it in its clause, or in the clause before one opened by
 * "that" ("will nicht, dass das Gesetz geändert wird")? Then the change it would call for is
 * refused, and a claim said without a frame (the law's change) is not made.
 */
export function callRefused(call: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { callFrames, negators } = language;
  if (call === null) return false;
  const { words } = sentence;
  const callAt = spanOf(call, words)?.at ?? -1;
  if (callAt < 0) return false;
  const clauses = sentence.clauses();
  const governs = (span: Span): boolean => clauses.every(({ at }) => at < span.end || at > callAt || COMPLEMENTIZERS.has(words[at] ?? ''));
  // The nearest frame before the call is the one that governs it: "we don't want deaths, we want the law changed" calls.
  return callFrames.some((frame) => {
    if (!sentence.has(frame)) return false;
    const before = spansOf(frame, words).filter((span) => span.end <= callAt);
    const nearest = before.at(-1);
    return nearest !== undefined && (negatedAt(nearest, sentence, negators) || negatedSubjectOf(nearest, sentence, language)) && governs(nearest);
  });
}

/**
 * Does the sentence open with a purpose ("to", "um", "pour", "om", "para", "per", not "pour que") whose clause,
 * up to the first comma or other mark or a frame of a call or a need after its words, holds one of the claim's cues (the room, its opening)?
 * Then the rest tells a step towards it ("to run a room, an operator must first obtain a
 * licence"), a procedure, not a call; another claim's call after it stands ("to open a room,
 * the law must change"), and so does a call after a purpose of other words ("to save lives, the
 * city must open a room").
 */
export function isPurpose(cues: readonly CompiledCue[], sentence: SentenceWords, { purposes, callFrames, necessities, roomNouns }: CompiledLanguage): boolean {
  const { words } = sentence;
  // An infinitive's purpose: "pour que Lille puisse ouvrir sa salle, il faut…" wishes the room, as "so that" would.
  const opens = purposes.some((purpose) => {
    const end = matchFrom(purpose.words, 0, words, 0);
    return end >= 0 && !COMPLEMENTIZERS.has(words[end] ?? '');
  });
  if (!opens) return false;
  // The purpose ends at its mark, or where the main clause's call or need opens after the room it names: "Para abrir salas é
  // preciso mudar a lei, afirmou…" (not at a word of calling before it: "Per aprire la tanto invocata narcosala, …").
  const mark = sentence.clauses()[0]?.at ?? words.length;
  const ownEnd = Math.min(...roomNouns.map((room) => spanOf(room, words)?.end ?? words.length));
  const framed = [...callFrames, ...necessities].flatMap((frame) => spansOf(frame, words).map(({ at }) => at)).filter((at) => at >= ownEnd && at < mark);
  const closes = Math.min(mark, ...framed);
  if (closes >= words.length) return false;
  const purpose = words.slice(0, closes);
  return cues.some((cue) => indexOf(cue, purpose) >= 0);
}

/** Words from another claim's call to a purpose word after it ("chiede una deroga nazionale per"). */
const PURPOSE_AFTER_CALL = 8;

/** Words after an indefinite room where the name placing it may stand ("una sala de consumo en Son Gotleu"). */
const PLACE_AFTER_ROOM = 5;

/** Words from a law's word to the relative pronoun of its clause ("una ley propia que"). */
const LAW_TO_RELATIVE = 2;
/** Words from a call's cue to the law it governs ("aprobar una nueva ley", "pass a law"). */
const CALL_TO_LAW = 3;

/**
 * Do all the claim's cues stand after a purpose ("to", "um", "pour", "om", "para", "per", or a
 * finite "so that", "damit", "para que") that follows another claim's call in its statement, at
 * most a few words on? Then they tell what that call is for. Rooms in general there (`generic`: a
 * room named in the plural) are the law's purpose: "Le associazioni chiedono al Parlamento di
 * modificare il Testo unico per consentire le stanze del consumo", "a lei tem de ser revista para
 * que as câmaras possam abrir salas" call for the law's change only, while "change the law to
 * allow the room planned for Leeds" calls for that room too. A finite purpose with a modal of
 * capacity beside a cue tells what the law is to let a room do, any room: "eine gesetzliche
 * Grundlage schaffen, damit Leipzig seinen Konsumraum betreiben darf". So do rooms in general in a
 * relative clause of the other call's law, the law's content: "debería aprobar una ley propia que
 * dé cobertura a las salas", "ein Gesetz beschließen, das Konsumräume erlaubt"; the call's cue
 * may govern the law ("aprobar una ley"). A claim the recall aid infers, which lacks a cue of its
 * own call, is the other call's goal whatever it names: "Il Comune di Torino chiede una deroga
 * nazionale per avviare la sperimentazione" asks for the exemption. A room with a call of its own
 * ("change the law and open rooms in Leeds") is no purpose; rooms in general after "and" and a verb of allowing
 * (`allowing`: "change the law and allow consumption rooms") are.
 */
export function purposeOfOtherCall(
  cues: readonly CompiledCue[],
  sentence: SentenceWords,
  language: CompiledLanguage,
  generic: boolean,
  unblanked: SentenceWords = sentence,
): boolean {
  const {
    purposes,
    otherCalls,
    joiners,
    roomNouns,
    plural,
    lawsOfOtherCall,
    finitePurposes,
    finitePreconditions,
    thingRelatives,
    capacityModals,
    indefinites,
    callFrames,
    requests,
    allowing,
  } = language;
  if (cues.length === 0) return false;
  const { words } = sentence;
  const spans = cues.map((cue) => spanOf(cue, words));
  if (spans.some((span) => span === null)) return false;
  const starts = spans.map((span) => span!.at);
  const first = Math.min(...starts);
  const statementOf = statementsOf(sentence, joiners);
  // The purpose and the call before it are read as written: an ignored form may blank them ("para que … possam abrir").
  const read = unblanked.words.length === words.length ? unblanked.words : words;
  const inPlural = (from: number, to = words.length): boolean =>
    roomNouns.some((room) =>
      spansOf(room, words).some(({ at, end }) => at >= from && end <= to && plural.ending.test(words[plural.headLast ? end - 1 : at] ?? '')),
    );
  // A room with an indefinite article a word or two before it ("pour permettre une salle", "to allow a pilot room") is any room
  // the law would let open, as rooms in the plural are; a definite one ("the room planned for Leeds") is that room.
  // One placed by a name after it ("une salle à Lille", "una sala en Son Gotleu") is that place's room; German, which
  // capitalises every noun, reads as placed, so its indefinite rooms stay calls as before.
  const indefinite = (at: number): boolean => indefinites.some((article) => matchFrom(article.words, 0, words, at) >= 0);
  const written = writtenWords(sentence.text);
  const placed = (end: number): boolean =>
    written.length === words.length && written.slice(end, end + PLACE_AFTER_ROOM).some((word) => /^\p{Lu}\p{Ll}/u.test(word));
  const inIndefinite = (from: number): boolean =>
    roomNouns.some((room) => spansOf(room, words).some(({ at, end }) => at >= from && (indefinite(at - 1) || indefinite(at - 2)) && !placed(end)));
  const findForms = (forms: readonly (readonly string[])[]): { at: number; end: number }[] =>
    forms.flatMap((form) => {
      const found: { at: number; end: number }[] = [];
      // One with a word between ("so ändern, dass") starts at its last word: the word between may be the other call's own verb.
      const from = form.includes(ANY_WORD) ? form.length - 1 : 0;
      for (let i = 0; i + form.length <= read.length; i++)
        if (form.every((word, k) => word === ANY_WORD || read[i + k] === word || (word === 'que' && ELIDED_QUE.test(read[i + k] ?? ''))))
          found.push({ at: i + from, end: i + form.length });
      return found;
    });
  const finite = findForms(finitePurposes);
  const preconditions = findForms(finitePreconditions);
  // A modal of capacity just before a cue, or one word before it ("puissent enfin ouvrir", "can finally open"), or in it or
  // just after ("can open", "betreiben darf", "open kan").
  const capacity = spans.some((span) =>
    [span!.at - 2, span!.at - 1, ...Array.from({ length: span!.end - span!.at + 1 }, (_, k) => span!.at + k)].some((i) => capacityModals.has(read[i] ?? '')),
  );
  // "And" before a verb of allowing, or its participle, says what the call before is for: "change the law and allow consumption
  // rooms", "une modification du code permettant aux salles…". What it allows starts after "and", or at a participle, itself a cue.
  const joinedAllowing = allowing.flatMap((form) =>
    spansOf(form, read).map(({ at, end }) => ({ at, end: Math.min(at + 1, end - 1), finite: false, precondition: false })),
  );
  const afterCall = [
    ...purposes.flatMap((purpose) => spansOf(purpose, read)).map((span) => ({ ...span, finite: false, precondition: false })),
    ...finite.map((span) => ({ ...span, finite: true, precondition: false })),
    ...preconditions.map((span) => ({ ...span, finite: true, precondition: true })),
    ...joinedAllowing,
  ].some(({ at, end, finite: isFinite, precondition }) => {
    if (at === 0 || end > first || statementOf(at) !== statementOf(first)) return false;
    const from = Math.max(0, at - PURPOSE_AFTER_CALL);
    const before = read.slice(from, at);
    // A frame or a request between the call and the "to" takes it as its complement: "approved a motion asking Parliament to change the law".
    const called = otherCalls.some((call) => {
      const found = indexOf(call, before);
      const after = from + found + call.words.length;
      return found >= 0 && !framedIn(read, after, at + 1, callFrames) && !framedIn(read, after, at, requests);
    });
    if (precondition) return called && capacity;
    return called && (!generic || inPlural(end) || inIndefinite(end) || (isFinite && capacity));
  });
  if (afterCall) return true;
  const purposeStarts = [...purposes.flatMap((purpose) => spansOf(purpose, read)), ...finite].map(({ at }) => at);
  const namesPlace = (from: number, to: number): boolean => written.length !== words.length || written.slice(from, to).some((word) => /^\p{Lu}/u.test(word));
  // The law's content: every cue in a relative clause of the law, or the call's cue governing the law just before it.
  const clauses = sentence.clauses();
  return lawsOfOtherCall.some((law) =>
    spansOf(law, words).some(({ at, end }) => {
      let relative = -1;
      for (let i = end; i <= end + LAW_TO_RELATIVE && i < words.length; i++)
        if (thingRelatives.has(words[i]!)) {
          relative = i;
          break;
        }
      if (relative < 0) return false;
      let closes = clauses.find((clause) => clause.at > relative)?.at ?? words.length;
      // A purpose opening the next clause says what the law is for, as its relative clause does: "une loi qui inscrive les salles
      // dans le droit commun, afin que d'autres villes puissent en ouvrir"; not one naming a place ("afin que Marseille puisse
      // ouvrir la sienne"), which calls for that place's room as well.
      if (purposeStarts.includes(closes)) {
        const purposeEnd = clauses.find((clause) => clause.at > closes)?.at ?? words.length;
        if (!namesPlace(closes, purposeEnd)) closes = purposeEnd;
      }
      const inClause = (span: { at: number; end: number }): boolean => span.at > relative && span.end <= closes;
      const governs = (span: { at: number; end: number }): boolean =>
        span.end <= at && at - span.end <= CALL_TO_LAW && statementOf(span.at) === statementOf(at);
      return spans.every((span) => inClause(span!) || governs(span!)) && spans.some((span) => inClause(span!)) && (!generic || inPlural(relative + 1, closes));
    }),
  );
}

/** "Que" elided before a vowel, which only French does ("pour qu'une salle", "avant qu'elle"): one word with what follows (`foldedWords` writes every apostrophe as "'"). */
const ELIDED_QUE = /^qu'/;

/** An infinitive with an object pronoun joined to it ("consentirne", "permitirlas", "autorizarlos", "aprirla"). */
const INFINITIVE_WITH_CLITIC = /r(?:ne|la|le|li|lo|las|los)$/;
/** Object pronouns that are also definite articles. */
const ARTICLES = /^(?:la|le|les|lo|los|las)$/;
/** Words before a call's cue where its object pronoun may stand ("pour les autoriser", "um sie zu erlauben", "om ze toe te staan"). */
const PRONOUN_BEFORE_CALL = 2;

/**
 * Is the call's object a pronoun and the call the purpose of another claim's call: "the report asks
 * the government to change the law to allow them", "…di modificare la legge per consentirne
 * l'apertura"? The rooms the pronoun stands for, named earlier ("Because consumption rooms cut
 * deaths, …"), are what the law's change is for, so the sentence calls for the change only, as
 * with rooms named in the plural after the purpose.
 */
export function pronounPurposeOfOtherCall(call: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  if (!call) return false;
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span) return false;
  const isPronoun = (word: string | undefined): boolean => word !== undefined && isNegatorIn(language.objectPronouns, word);
  // After the verb, a pronoun that is also an article ("permitir la sala") is the article.
  const pronoun =
    (isPronoun(words[span.end]) && !ARTICLES.test(words[span.end]!)) ||
    words.slice(Math.max(0, span.at - PRONOUN_BEFORE_CALL), span.at).some(isPronoun) ||
    INFINITIVE_WITH_CLITIC.test(words[span.end - 1] ?? '');
  return pronoun && purposeOfOtherCall([call], sentence, language, false);
}

/** Words from an intention to the call's cue it governs ("n'envisage pas, à ce stade, de modifier"). */
const INTENTION_BEFORE_CALL = 8;
/** Words before an intention where its negator may stand ("não tem planos", "non ha in programma", "does not, for now, intend"). */
const INTENTION_NEGATED_BEFORE = 5;

/**
 * Is the call's cue governed by a negated intention: an intention or plan (`intentions`) at most
 * a few words before it in its statement, with a negator just before the intention or anywhere
 * between it and the cue, and no frame of a call between? "Le gouvernement n'envisage pas, à ce
 * stade, de modifier le cadre législatif", "não tem planos de alterar a lei", "non ha in
 * programma di modificare la legge", "beabsichtigt derzeit nicht, das Gesetz zu ändern" refuse
 * the change, words (an adverbial, a parenthesis) between the negation and the verb or not. A
 * frame between ("does not intend to stay silent and wants the law changed") opens the call anew.
 * A ruling-out (`rulings`) is such an intention negated by its own word: "the Home Office has
 * ruled out any change to the law", "el Ministerio ha descartado cualquier cambio legislativo",
 * "il governo esclude modifiche alla legge".
 */
export function intentionRefused(
  calls: readonly CompiledCue[],
  sentence: SentenceWords,
  language: CompiledLanguage,
  unblanked: SentenceWords = sentence,
): boolean {
  const { intentions, rulings, negators, callFrames, joiners } = language;
  // A ruling is read in the sentence before its ignored names are blanked: one that names it ("exclui … alteração") still rules it out.
  const ruled = rulings.some((ruling) => unblanked.has(ruling));
  if (!ruled && !intentions.some((intention) => sentence.has(intention))) return false;
  const { words } = sentence;
  // Every place a cue of the call stands: one the refusal does not govern ("niemand is van plan drugs te legaliseren,
  // maar de Opiumwet moet worden aangepast") keeps the call.
  const callsAt = calls.flatMap((call) => spansOf(call, words).map(({ at }) => at));
  if (callsAt.length === 0) return false;
  const statementOf = statementsOf(sentence, joiners);
  const negatorIn = (from: number, to: number): boolean => {
    for (let i = Math.max(0, from); i < to; i++) if (negatesAt(words, i, negators)) return true;
    return false;
  };
  // A ruling-out carries its own negation: "has ruled out, for now, any change to the law", "descarta reformar la ley". It may
  // close round the call ("schließt eine Gesetzesänderung aus") or follow it ("eine Gesetzesänderung sei ausgeschlossen"); a
  // negated one rules nothing out ("n'exclut pas de modifier la loi", "does not rule out").
  const ruledOut = (callAt: number): boolean =>
    ruled &&
    rulings.some((ruling) =>
      spansOf(ruling, unblanked.words).some((span) => {
        const [from, to] = span.at < callAt ? [span.at, callAt] : [callAt, span.at];
        return (
          to - from <= INTENTION_BEFORE_CALL &&
          statementOf(span.at) === statementOf(callAt) &&
          !framedIn(words, from + 1, to, callFrames) &&
          !negatedAt(span, unblanked, negators)
        );
      }),
    );
  const refused = (callAt: number): boolean =>
    ruledOut(callAt) ||
    intentions.some((intention) =>
      spansOf(intention, words).some(({ at, end }) => {
        if (end > callAt || callAt - end > INTENTION_BEFORE_CALL || statementOf(at) !== statementOf(callAt)) return false;
        if (framedIn(words, end, callAt, callFrames)) return false;
        // The negator may be the intention's own word ("n'envisage"), stand just before it or between it and the call.
        return isNegatorIn(negators, words[at]!) || negatorIn(at - INTENTION_NEGATED_BEFORE, at) || negatorIn(end, callAt);
      }),
    );
  return callsAt.every(refused);
}

/**
 * Does the call's cue stand in a clause that reports a poll's shares: a poll or its respondents
 * (`polls`) in the sentence, and a share of them (`shares`, or a figure) in the cue's clause?
 * "Laut einer Umfrage befürworten 48 Prozent der Befragten einen Konsumraum", "according to a
 * poll, 61 per cent of residents back the site": what a share of those asked supports is the
 * poll's finding, no one's call. A call in another clause stands: "polls show 60 per cent back
 * the rooms, so ministers should allow one"; "campaigners, citing a survey of 2,000 residents,
 * called for a room".
 */
export function toldByPoll(call: CompiledCue | null, sentence: SentenceWords, { polls, shares }: CompiledLanguage): boolean {
  if (call === null || !polls.some((poll) => sentence.has(poll))) return false;
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  const sameClause = (at: number): boolean => !opensBetween(clauses, Math.min(at, span.at) + 1, Math.max(at, span.at));
  const figures = words.flatMap((word, i) => (/^\d/.test(word) ? [i] : []));
  const shared = shares.flatMap((share) => spansOf(share, words).map(({ at }) => at));
  return [...figures, ...shared].some(sameClause);
}

/** Words at most between a call's cue and the service it calls for ("calling for more police patrols"). */
const SERVICE_CALLED_WITHIN = 4;
/** Words at most between that service and the room it is wanted at ("patrols around the Glasgow consumption room"). */
const SERVICE_PLACED_WITHIN = 6;
/** Words at most between the word placing the service and the room ("around the Glasgow consumption room"). */
const PLACED_BEFORE_ROOM = 2;

/**
 * Is the call for another service at the room: a `services` cue just after a cue of the call,
 * and the room's cue after it, a word placing it there (`servicePlacings`: "around", "outside",
 * "autour de", "alrededor de") at most two words before the room and no coordinator between
 * the service and the room? "A petition calling for more police patrols around the consumption
 * room", "residents called for CCTV outside the site" ask for patrols and cameras where a room
 * is; "called for CCTV outside the school and a consumption room in the centre" asks for both.
 */
export function calledForServiceThere(
  call: CompiledCue | null,
  things: readonly CompiledCue[],
  sentence: SentenceWords,
  { services, servicePlacings, coordinators }: CompiledLanguage,
): boolean {
  if (call === null || !services.some((service) => sentence.has(service))) return false;
  const { words } = sentence;
  const calls = spansOf(call, words);
  const called = services
    .flatMap((service) => spansOf(service, words))
    .filter(({ at }) => calls.some(({ end }) => at >= end && at - end <= SERVICE_CALLED_WITHIN));
  if (!called.length) return false;
  const placed = servicePlacings.flatMap((placing) => spansOf(placing, words));
  return things.some((thing) =>
    spansOf(thing, words).some(
      (room) =>
        placed.some(({ at, end }) => end <= room.at && room.at - end <= PLACED_BEFORE_ROOM && called.some((service) => service.end <= at)) &&
        called.some(
          (service) =>
            service.end <= room.at &&
            room.at - service.end <= SERVICE_PLACED_WITHIN &&
            !words.slice(service.end, room.at).some((word) => isNegatorIn(coordinators, word)),
        ),
    ),
  );
}

/** Words at most between a study and the room it studies ("studiare una sala", "une étude sur l'ouverture d'une salle"). */
const STUDIED_WITHIN = 6;

/**
 * Is the call for a study of the room, not the room: a word of study (`studies`: "study",
 * "prüfen", "étude", "onderzoeken", "estudiar", "studiare") after a cue of the call or a frame,
 * and every cue of the room within six words after it, in its clause, with no coordinator
 * between? "Impegna la giunta a studiare una sala del consumo", "a demandé une étude sur
 * l'ouverture d'une salle" ask to weigh a room; "Studies show rooms save lives, so open one" and
 * "commission a study and open a room" still call.
 */
export function calledForStudy(
  call: CompiledCue | null,
  things: readonly CompiledCue[],
  sentence: SentenceWords,
  { studies, callFrames, coordinators }: CompiledLanguage,
): boolean {
  if (!things.length || !studies.some((study) => sentence.has(study))) return false;
  const { words } = sentence;
  const asking = [...(call ? spansOf(call, words) : []), ...callFrames.flatMap((frame) => spansOf(frame, words))];
  const asked = studies.flatMap((study) => spansOf(study, words)).filter(({ at }) => asking.some(({ end }) => end <= at));
  if (!asked.length) return false;
  const clauses = sentence.clauses();
  return things.every((thing) =>
    spansOf(thing, words).every((room) =>
      asked.some(
        (study) =>
          study.end <= room.at &&
          room.at - study.end <= STUDIED_WITHIN &&
          !opensBetween(clauses, study.end + 1, room.at) &&
          !words.slice(study.end, room.at).some((word) => isNegatorIn(coordinators, word)),
      ),
    ),
  );
}

/** Words at most between a negative subject ("no council", "keine Stadt") and the call's cue it denies to all. */
const DENIED_TO_ALL_WITHIN = 6;
/** Words before the negative subject where the modal of ability may stand ("kann keine bayerische Stadt"). */
const ABILITY_BEFORE_SUBJECT = 2;

/**
 * Is the call's cue (where the verdict read it) said of no one at all: a negative subject
 * (`negativeSubjects`: "no council", "keine … Stadt", "geen enkele stad", "ninguna ciudad",
 * "nessun comune") at most six words before it in its clause, before the verb or after it
 * ("kann keine bayerische Stadt einen Drogenkonsumraum betreiben"), under a modal of ability
 * (`abilities`: "can", "kann", "peut", "kan", "podrá", "pode", "potrà"; not "should refuse to
 * open", "there is no time to lose and Bristol must open"), with none of what keeps a frame's negative subject from refusing
 * it (`negativeSubjectAt`: "no doubt", "nobody but the mayor", "personne ne peut nier que…"); a
 * lack after the cue is its condition ("without exposing its staff"), and turns nothing round? "As long as the Act stays as it is, no council can open a supervised
 * injection site, so Parliament must amend it" says what the law forbids every city, and calls
 * for the law's change, not for a room. (Asked, it may be rhetorical: "Waarom zou Gent geen
 * proefproject mogen starten?" calls for one; the verdict asks this of statements only.)
 */
export function callDeniedToAll(call: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const span = call === null ? null : spanOf(call, sentence.words);
  if (!span) return false;
  const subject = negativeSubjectAt(span, sentence, language, DENIED_TO_ALL_WITHIN, true);
  if (subject < 0) return false;
  // Under a modal of ability, before the subject or after it ("kann keine Stadt … betreiben", "no council can open").
  const from = Math.max(0, subject - ABILITY_BEFORE_SUBJECT);
  return language.abilities.some((ability) => spansOf(ability, sentence.words).some(({ at }) => at >= from && at < span.end));
}

/** Words before a call's cue where what tells of hearing it may stand ("had heard the calls for"). */
const RECEIVED_BEFORE = 4;

/**
 * Is the call told as heard or received (`receptions`, just before its cue) and then rejected
 * (`rejections`, after it)? "The mayor said he had heard the calls for a supervised site but was
 * not persuaded", "Der Bürgermeister hat die Forderungen nach einem Konsumraum gehört, ist aber
 * nicht überzeugt": the speaker names others' call to turn it down, and makes none.
 */
export function heardAndRejected(call: CompiledCue | null, sentence: SentenceWords, { receptions, rejections, callFrames }: CompiledLanguage): boolean {
  if (call === null || !receptions.some((reception) => sentence.has(reception))) return false;
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span) return false;
  // A frame between the call and its rejection takes the call up: "residents have heard the calls for a room and back
  // them, but the mayor rejects them" still calls for it.
  const takenUp = (to: number): boolean => framedIn(words, span.end, to, callFrames);
  const rejected = rejections.some((rejection) => spansOf(rejection, words).some(({ at }) => at >= span.end && !takenUp(at)));
  if (!rejected) return false;
  // Before the cue, or (verb last: "die Forderungen nach einem Konsumraum gehört") just after it.
  const near = words.slice(Math.max(0, span.at - RECEIVED_BEFORE), Math.min(words.length, span.end + RECEIVED_BEFORE));
  return receptions.some((reception) => indexOf(reception, near) >= 0);
}

/**
 * Does the sentence date what it tells by a year ("in 2000", "im Jahr 2000", "en 2016", "em
 * 2001"), or name the call's cue by its year ("the 2017 reform"), and hold no call's frame?
 * Then a change of the law or a room's approval in it was done or will be, and is told of, not
 * called for: "Parliament amended the law in 2000"; "the law must change by 2027" keeps its
 * frame and its call. A frame inside the call's own cue ("let" in "let the room open") is none here.
 * `call` is null for a claim the recall aid inferred without a cue of its call.
 */
export function toldAsDated(sentence: SentenceWords, { dated, callFrames }: CompiledLanguage, call: CompiledCue | null): boolean {
  const { words } = sentence;
  const isDate = (word: string, i: number): boolean => i > 0 && YEAR.test(word) && isNegatorIn(dated, words[i - 1]!);
  // Or the call's cue itself named by its year: "the 2017 reform", "die Gesetzesänderung von 2000".
  const span = call && spanOf(call, words);
  const named = !!span && (YEAR.test(words[span.at - 1] ?? '') || YEAR.test(words[span.end + 1] ?? ''));
  // A frame that is a word of the call's own cue frames nothing beyond it: "let" in "the council let the room open in 2019",
  // a past as English spells its imperative.
  const outsideCall = ({ at, end }: Span): boolean => !span || at < span.at || end > span.end;
  return (named || words.some(isDate)) && !callFrames.some((frame) => spansOf(frame, words).some(outsideCall));
}

/**
 * Is the change the call claim names only told as done: every cue of it in the sentence as written
 * inside a completed change (`completedChanges`: "had amended", "Parliament changed", "geändert
 * hatte", "a modifié", "modificaron", "alterou", "ha modificato", "had aangepast"), and no call's
 * frame anywhere? "The room opened a year after Parliament had amended the law" tells an event;
 * "Parliament amended the law once and must amend it again" keeps the call. Read in the sentence as
 * written, so a change the recall aid infers from the same words is told of too. `part`: the
 * change's cues.
 */
export function changeCompleted(part: readonly CompiledCue[], sentence: SentenceWords, { completedChanges, callFrames }: CompiledLanguage): boolean {
  const { words } = sentence;
  const done = completedChanges.flatMap((form) => spansOf(form, words));
  if (done.length === 0 || framedIn(words, 0, words.length, callFrames)) return false;
  return part.every((cue) => spansOf(cue, words).every(({ at, end }) => done.some((change) => at >= change.at && end <= change.end)));
}

/**
 * Is the call told only as a bill at a stage of its passage (`billStages`: "passed its second
 * reading", "verabschiedet", "foi aprovado na comissão", "segue para o plenário"), with no call's
 * frame nor necessity outside the stage's own words and the clause describing the bill
 * (`describedBills`; `describedBillsMarked` where the relative word is also an article and only
 * the comma before it tells it: "der Gesetzentwurf, der …", not "der Gesetzentwurf der
 * Landesregierung")? "O projeto de lei que altera a Lei de Drogas foi aprovado na comissão"
 * reports the bill; "the bill passed its second reading, and the Lords must now pass it too"
 * keeps the call. The clause describing the bill ends at its next mark or where the stage
 * starts ("the bill that would let boards open rooms passed its second reading"). `roomCalls`:
 * for the room's call, its cues in the sentence, each of which must stand in the stage or the
 * bill's description ("la proposition de loi visant à pérenniser les salles a été adoptée"), so
 * an imperative beside a stage ("Open the room now: the law allowing it came into force") still
 * calls; none for the law's change, which the stage tells wherever it stands.
 */
export function changeAtStage(sentence: SentenceWords, language: CompiledLanguage, roomCalls: readonly CompiledCue[] | null = null): boolean {
  const { billStages, describedBills, describedBillsMarked, callFrames, necessities } = language;
  const { words } = sentence;
  const stages = spansIn(billStages, sentence);
  if (stages.length === 0) return false;
  // A frame that is a word of the stage itself is the procedure's, not a call ("doit désormais être examinée par le Sénat");
  // one in the clause describing the bill is its content ("het wetsvoorstel dat … een wettelijke basis moet geven, is …").
  const starts = sentence.clauseStarts();
  const clauseEnd = (from: number): number =>
    Math.min(starts.find((start) => start >= from) ?? words.length, ...stages.filter(({ at }) => at >= from).map(({ at }) => at));
  const marked = spansIn(describedBillsMarked, sentence).filter(({ end }) => starts.includes(end - 1));
  const described = [...spansIn(describedBills, sentence), ...marked].map(({ at, end }) => ({ at, end: clauseEnd(end) }));
  const notCalled = [...stages, ...described];
  const inside = ({ at, end }: Span): boolean => notCalled.some((part) => at >= part.at && end <= part.end);
  if (roomCalls && !roomCalls.every((call) => spansOf(call, words).every(inside))) return false;
  // A necessity is a call too: "é preciso mudar a lei…; a nova lei deverá entrar em vigor em março".
  return ![...callFrames, ...necessities].some((frame) => spansOf(frame, words).some((span) => !inside(span)));
}

/** Words from a wish to the room it governs, and from the room to the undoing word after it ("veulent voir la salle fermée"). */
const WISHED_UNDONE_WITHIN = 3;

/**
 * Is the room the object of a wish whose complement undoes it (`undoing` after the room in the
 * wish's clause): "the police want a supervised injection site closed", "wollen den Konsumraum
 * geschlossen sehen", "veulent voir la salle fermée", "wil de gebruiksruimte weg", "quieren la
 * sala cerrada"? Then the wish is against the room, and no call for it. A negated wish ("do not
 * want the room closed") is left to the refused undoing, and a call's cue between the room and
 * the undoing ("want the room kept open rather than closed") keeps the call, as does a new room
 * ("une nouvelle salle fermée le dimanche": its hours).
 */
export function wishedUndone(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): boolean {
  if (claim.calledAt < 0 || !language.undoing.some((cue) => sentence.has(cue))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const spansIn = (cues: readonly CompiledCue[]): Span[] => cues.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words));
  const rooms = spansIn(language.parts.filter((_, index) => index !== claim.calledAt).flat());
  const calls = spansIn(language.parts[claim.calledAt]!);
  const undone = spansIn(language.undoing).filter(({ at }) => !words.slice(Math.max(0, at - 2), at).some((word) => isNegatorIn(language.negators, word)));
  return spansIn([...language.wishes, ...language.objectCalls]).some(
    (wish) =>
      !negatedAt(wish, sentence, language.negators) &&
      negativeSubjectAt(wish, sentence, language) < 0 &&
      rooms.some(
        (room) =>
          room.at >= wish.end &&
          room.at - wish.end <= WISHED_UNDONE_WITHIN &&
          // A room yet to be is not one to close: "réclament une nouvelle salle fermée le dimanche" asks for its hours.
          !words.slice(wish.end, room.at).some((word) => isNegatorIn(language.novelties, word)) &&
          undone.some(
            (undo) =>
              undo.at >= room.end &&
              undo.at - room.end <= WISHED_UNDONE_WITHIN &&
              !opensBetween(clauses, wish.end, undo.at) &&
              !calls.some((call) => call.at >= room.end && call.end <= undo.at),
          ),
      ),
  );
}

/** Words from a call of the room's own to its frame before and to the room after it ("doit ouvrir une salle"). */
const OWN_ROOM_WITHIN = 3;

/** Words from a call, or its frame, to the law's change it governs ("pleit voor een wetswijziging", "debe aprobar un real decreto"). */
const CHANGE_CALLED_WITHIN = 2;

/**
 * Is the room's call only the call for the law's change: the room named inside the change's own
 * cue ("réclament d'inscrire les salles de consommation dans le droit commun") with no call after
 * the change in a clause naming a place ("…, afin que Lille puisse en ouvrir une"), or each place its call's cue stands opens
 * the change's own cue ("debe aprobar un real decreto que dé cobertura a las salas"), or
 * governs the change's cue just after it while the room stands in another clause ("Zonder
 * wettelijke basis blijft elke gebruiksruimte een gedoogproject, waarschuwt de jurist, die pleit
 * voor een wetswijziging"), and no frame of a call in the room's clause calls for anything but
 * the change? Then the sentence calls for the change, not for a room. "Pleit voor een
 * wetswijziging en een gebruiksruimte" names the room in the call's clause and calls for both;
 * "campaigners back a room, and call for an exemption" frames the room's own call; "una norma
 * che permetta di aprire una sala" holds the room's call inside the change's cue, as its content.
 * A call of the room's own outside the change, framed just before and the room just after it,
 * keeps the call ("le maire doit ouvrir une salle à Lille et réclame d'inscrire les salles dans le
 * droit commun").
 * `calls`, `frames`, `things`: where the room's call cues, the call's frames and the finding's
 * cues of the room's other parts stand; `rooms`: every cue of those parts in the sentence;
 * `changes`: where the change's call stands.
 */
export function callIsTheChanges(
  calls: readonly Span[],
  frames: readonly Span[],
  things: readonly Span[],
  rooms: readonly Span[],
  changes: readonly Span[],
  sentence: SentenceWords,
): boolean {
  if (!changes.length) return false;
  // The room named inside the change's own cue is what the change is for: "inscrire les haltes soins addictions dans le droit commun".
  const inside = (span: Span): boolean => changes.some((change) => span.at > change.at && span.end < change.end);
  // A call after the change in a clause naming a place calls for that place's room: "…, afin que Lille puisse en ouvrir une".
  // Any name counts, a capitalised word not opening the sentence: a person or a month keeps the call as well.
  const written = writtenWords(sentence.text);
  const placeNamedWith = (span: Span): boolean => {
    if (written.length !== sentence.words.length || !changes.every((change) => span.at >= change.end)) return false;
    const clause = sentence.clauseIndexOf(span.at);
    const start = sentence.clauseStarts()[clause] ?? 0;
    const end = sentence.clauseStarts()[clause + 1] ?? written.length;
    return written.slice(Math.max(start, 1), end).some((word) => /^\p{Lu}\p{Ll}/u.test(word));
  };
  // So does a call of its own outside the change, a room just after it: "doit ouvrir une salle à Lille et réclame d'inscrire les salles…".
  const outside = (span: Span): boolean => changes.every((change) => span.end <= change.at || span.at >= change.end);
  // Framed as a call ("doit ouvrir une salle"), not a purpose ("pour ouvrir des salles", which the change is for).
  const framed = (call: Span): boolean => frames.some((frame) => frame.end <= call.at && call.at - frame.end <= OWN_ROOM_WITHIN);
  const ownCall = (call: Span): boolean =>
    outside(call) && framed(call) && rooms.some((room) => outside(room) && room.at >= call.end && room.at - call.end <= OWN_ROOM_WITHIN);
  if (things.length && things.every(inside) && !calls.some(placeNamedWith) && !calls.some(ownCall)) return true;
  if (!calls.length) return false;
  const clauseOf = (span: Span): number => sentence.clauseIndexOf(span.at);
  const roomClauses = new Set(things.map(clauseOf));
  const governs = (span: Span): boolean => changes.some((change) => change.at >= span.end && change.at - span.end <= CHANGE_CALLED_WITHIN);
  const owned = (own: Span): boolean =>
    changes.some((change) => own.at === change.at && own.end < change.end) || (governs(own) && !roomClauses.has(clauseOf(own)));
  return calls.every(owned) && frames.every((frame) => !roomClauses.has(clauseOf(frame)) || governs(frame));
}
