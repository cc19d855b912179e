/**
 * Whether a frame of a call ("should", "fordert", "il faut") makes the claim's call: in the
 * statement of the claim's cues, not feared, not a permission told, its negator corrected into
 * the cue. Apart: the verdict's frame test composes them.
 */
import { type CompiledCue, isNegatorIn, matchFrom, type Span, spanOf, spansOf, wordMatches } from './cues';
import { clauseRunsOn, COMPLEMENTIZERS, openingAt, opensBetween, type SentenceWords, statementsOf, YEAR } from './sentence';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { negatorSpans } from './negation';
import { conditionsOf } from './effects';

/**
 * Does a frame stand in a part of the sentence that holds one of the claim's cues? A semicolon,
 * or a comma before a joiner ("but", "while", "aber", "mais"), joins two statements, and a frame
 * in one ("the mayor wants a new bus station"; "residents want more patrols") makes no call of
 * the other ("the room was approved last year"); "campaigners want a room, but the council has
 * yet to approve one" keeps it. A claim with no call part needs only the frame somewhere.
 */
export function framesCall(
  frame: CompiledCue,
  claim: CompiledClaim,
  found: readonly CompiledCue[],
  sentence: SentenceWords,
  joiners: readonly CompiledCue[],
): boolean {
  if (claim.calledAt < 0) return true;
  const { words } = sentence;
  return sharesStatement(spanOf(frame, words)?.at ?? 0, found, sentence, joiners);
}

/**
 * Does one of `cues` stand in the statement that holds the word at `at`, where a semicolon, a
 * comma before a joiner ("but", "aber", "mais", "maar", "pero", "mas", "ma") or a second reported
 * clause ("… y que …") ends one statement and opens the next? A sentence of one statement shares it with every cue.
 */
function sharesStatement(at: number, cues: readonly CompiledCue[], sentence: SentenceWords, joiners: readonly CompiledCue[]): boolean {
  const statementOf = statementsOf(sentence, joiners, true);
  const statement = statementOf(at);
  return cues.some((cue) => {
    const span = spanOf(cue, sentence.words);
    return span !== null && statementOf(span.at) === statement;
  });
}

/** Words between a correction and the cue it brings in ("but expanded", "sondern ausgebaut", "bensì potenziata"). */
const CORRECTED_WITHIN = 2;

/**
 * Does a correction bring in one of `cues` ("should not be wound down but expanded", "ne doit
 * pas être réduite mais étendue"): a correction word, a negator before it in its clause, and
 * the cue just after it? Then the frame's negator denies what the correction replaces, and the
 * frame calls for the cue.
 */
export function correctsInto(cues: readonly CompiledCue[], sentence: SentenceWords, { corrections, negators }: CompiledLanguage): boolean {
  const { words } = sentence;
  return cues.some((cue) => {
    const span = spanOf(cue, words);
    if (!span) return false;
    for (let c = Math.max(0, span.at - CORRECTED_WITHIN); c < span.at; c++)
      if (isNegatorIn(corrections, words[c]!) && words.slice(0, c).some((word) => isNegatorIn(negators, word))) return true;
    return false;
  });
}

/** Words that open a clause about someone or something else: a mockery there is not the sentence's tag ("…, who scoffed at…"). */
const OTHER_CLAUSE_OPENERS = new Set([
  'which',
  'die',
  'der',
  'das',
  'welche',
  'welcher',
  'dat',
  'welke',
  'waar',
  'che',
  'cui',
  'lequel',
  'laquelle',
  'donde',
  'onde',
]);

/** Does a relative word open a clause at `at` ("which", "qui", "die", "che", "dessen")? */
const relativeAt = (words: readonly string[], at: number, relatives: readonly CompiledCue[]): boolean =>
  OTHER_CLAUSE_OPENERS.has(words[at] ?? '') || openingAt(words, relatives, [at]) >= 0;

/** Does one of `forms` start at one of `spans`? */
const startsAt = (forms: readonly CompiledCue[], spans: readonly Span[], words: readonly string[]): boolean =>
  forms.some((form) => spans.some(({ at }) => matchFrom(form.words, 0, words, at) >= 0));

/**
 * Is the frame a modal (`dueModals`) whose every place stands in a relative clause that also says when the thing is due
 * (`schedules`: "in the autumn", "im Herbst", "à l'automne", "in het voorjaar", "next year", a
 * year)? "…, qui devrait ouvrir à l'automne", "…, die in het voorjaar open moet gaan", "…, der im
 * Herbst eröffnen soll" tell when an approved room is due to open, not that it should; "the room,
 * which must open before more people die" still calls.
 */
export function frameScheduled(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const spans = spansOf(frame, words);
  // Only a modal may tell what is due; a wish ("…, que quer ver o espaço aberto até novembro") stays a call.
  if (!spans.length || !startsAt(language.dueModals, spans, words)) return false;
  // A modal of what is planned ("soll", "solle": German says a schedule so in any clause, "der Raum solle im März eröffnen")
  // tells it wherever it stands; the others only in a relative clause.
  const planned = startsAt(language.plannedModals, spans, words);
  const starts = sentence.clauseStarts();
  return spans.every(({ at }) => {
    const index = sentence.clauseIndexOf(at);
    const start = starts[index] ?? 0;
    const relative = start > 0 && relativeAt(words, start, language.relatives);
    if (!relative && !planned) return false;
    const stop = starts[index + 1] ?? words.length;
    const inClause = ({ at: from }: Span): boolean => from > start && from < stop;
    return words.slice(start, stop).some((word) => YEAR.test(word)) || language.schedules.some((when) => spansOf(when, words).some(inClause));
  });
}

/**
 * Is every place of the frame the opening of a condition that opens the sentence (`conditionsOf`:
 * "Sollte sich zeigen, dass…,", "Should the room…,", "Mocht de…,", a mark after it)? Then the modal supposes,
 * it does not call: "Sollte sich zeigen, dass der Raum Leben rettet, werde man über eine
 * Verlängerung nachdenken" promises a thought, not the extension.
 */
export function frameSupposing(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const spans = spansOf(frame, sentence.words);
  const conditions = conditionsOf(sentence, language);
  // Only first in the sentence: after a fronted clause the same modal is the main verb ("Weil …, sollte die Stadt …, sagte sie").
  return spans.length > 0 && spans.every(({ at }) => at === 0 && conditions.some((condition) => condition.at === at));
}

/** Words after a word of fear where a frame is still what is feared ("vrezen dat de ruimte in Luik moet sluiten"). */
const FEARED_WITHIN = 14;
/** The same for a fear in a relative clause ("residents who feared the worst…"), whose end no mark may tell: the main clause follows soon. */
const FEARED_IN_RELATIVE = 8;

/**
 * How far a fear at `at` reaches: less when a relative word opens its clause ("who feared", "qui craignaient", "…, die
 * fürchteten"); one that is also an article ("die", "der") only after a mark ("Die Händler befürchten" is no relative).
 */
function fearReach(at: number, sentence: SentenceWords, relatives: readonly CompiledCue[]): number {
  const { words } = sentence;
  const starts = new Set(sentence.clauseStarts().filter((start) => start > 0));
  const relative = (i: number): boolean => i >= 0 && (starts.has(i) ? relativeAt(words, i, relatives) : openingAt(words, relatives, [i]) >= 0);
  return relative(at - 1) || relative(at - 2) ? FEARED_IN_RELATIVE : FEARED_WITHIN;
}

/**
 * Does every place of the frame stand at most `FEARED_WITHIN` words after a word of fear in its
 * statement: "Hulpverleners vrezen dat de ruimte moet sluiten", "fear that the room will have to
 * close", "befürchten, dass der Raum schließen muss", "temono che la stanza debba chiudere"? The
 * frame is then the threat reported, no call; one in the next statement ("…, but they want it kept
 * open") still calls.
 */
export function frameFeared(frame: CompiledCue, sentence: SentenceWords, { fears, joiners, coordinators, relatives }: CompiledLanguage): boolean {
  const { words } = sentence;
  const feared = fears.filter((fear) => sentence.has(fear)).flatMap((fear) => spansOf(fear, words));
  if (!feared.length) return false;
  const statementOf = statementsOf(sentence, joiners);
  // A comma may open the feared clause ("befürchten, dass…"); a colon, semicolon or dash ends the fear ("we fear nothing: …").
  const ends = sentence.clauses().filter(({ mark }) => mark !== ',');
  return spansOf(frame, words).every(({ at }) =>
    feared.some(
      (fear) =>
        fear.end <= at &&
        at - fear.end <= fearReach(fear.at, sentence, relatives) &&
        statementOf(fear.at) === statementOf(at) &&
        !opensBetween(ends, fear.end, at) &&
        // A clause joined after the fear's is not feared: "worried about funding, and they want it kept open".
        !words.slice(fear.end, at).some((word) => isNegatorIn(coordinators, word)),
    ),
  );
}

/** Words before a word of fear where one of `formerly` makes it a fear once held ("früher fürchteten", "used to fear"). */
const FEARED_ONCE_WITHIN = 1;

/** Words before a fear where a negator or "without" denies it ("no longer worry", "not at all afraid"). */
const FEAR_DENIED_WITHIN = 2;

/** Prepositions after a word of mockery naming what it mocks ("ironisant sur", "scoffing at", "spottet über", "ironizza su"). */
const MOCKED_ABOUT = new Set(['sur', 'at', 'about', 'uber', 'over', 'sobre', 'su', 'com', 'de']);

/**
 * Is the measured effect told in mockery: a word of mockery (`ironies`: "sarcastically", "scoffs",
 * "spottet", "ironise", "smaalt", "con sorna", "ironizza") in the sentence's speech tag — a clause
 * the effect stands outside of, at the sentence's start or end, opened by the word or holding a
 * teller — or governing a
 * "that" clause the effect stands in ("scoffs that the park is spotless now")? A mockery in a
 * relative clause or after a turn ("…, who scoffed at the critics", "…, but critics scoff at it")
 * is aimed elsewhere, and the effect stays told.
 */
export function toldInMockery(present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  if (!present.length || !language.ironies.some((irony) => sentence.has(irony))) return false;
  const { words } = sentence;
  const starts = sentence.clauseStarts();
  const spans = present.flatMap((cue) => spansOf(cue, words));
  const opensOther = (start: number): boolean =>
    [start, start + 1].some((at) => OTHER_CLAUSE_OPENERS.has(words[at] ?? '')) ||
    openingAt(words, [...language.relatives, ...language.concessionTurns], [start]) >= 0;
  return language.ironies.some((irony) =>
    spansOf(irony, words).some(({ at, end }) => {
      const index = sentence.clauseIndexOf(at);
      const start = starts[index] ?? 0;
      const stop = starts[index + 1] ?? words.length;
      if (opensOther(start)) return false;
      if (COMPLEMENTIZERS.has(words[end] ?? '') || COMPLEMENTIZERS.has(words[end + 1] ?? '')) return spans.every((span) => span.at > end);
      // Mocking about something ("Ironisant sur la « salle miracle » censée…", "scoffing at the idea that…") mocks what its clause names.
      if (MOCKED_ABOUT.has(words[end] ?? '') && spans.every((span) => span.at > end && span.end <= stop)) return true;
      const tag =
        index === 0 ||
        index === starts.length - 1 ||
        at - start < 3 ||
        language.tellers.some((teller) => spansOf(teller, words).some((told) => told.at >= start && told.at < stop));
      return tag && spans.some((span) => span.end <= start || span.at >= stop);
    }),
  );
}

/**
 * Is a measured effect only feared: every cue of it in a clause a word of fear reports ("vrezen dat
 * een spuitruimte dealers en overlast naar hun straat zal trekken", "fear that a room will draw
 * dealers")? The harm is what is feared, not a harm lessened. A fear once held ("die Unterführung,
 * vor der sich Pendler früher fürchteten, ist wieder normal") is over, and the effect told.
 */
export function effectFeared(present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  if (!present.length || !language.fears.some((fear) => sentence.has(fear))) return false;
  const { words } = sentence;
  const formerly = language.formerly.flatMap((cue) => spansOf(cue, words));
  const fearedOnce = language.fears.some((fear) =>
    spansOf(fear, words).some(({ at }) => formerly.some(({ end }) => end <= at && at - end <= FEARED_ONCE_WITHIN)),
  );
  if (fearedOnce) return false;
  // The harms a fear names may be joined ("dealers en overlast"); a clause joined after a comma is not feared ("…, and
  // nuisance has fallen").
  const statementOf = statementsOf(sentence, language.joiners);
  // A fear denied or done without is none: "no longer worry that…", "sans peur", "sin miedo", "niet bang".
  const denials = negatorSpans([...language.negators, ...language.lacking], words);
  const feared = language.fears
    .flatMap((fear) => spansOf(fear, words))
    .filter((fear) => !denials.some(({ end }) => end <= fear.at && fear.at - end <= FEAR_DENIED_WITHIN));
  // What is so now is seen, not feared: "Anwohner fürchteten Dealer, heute ist der Platz ruhig".
  const now = language.nowadays.flatMap((cue) => spansOf(cue, words)).map(({ at }) => at);
  return present.every((cue) =>
    spansOf(cue, words).every(({ at }) =>
      feared.some(
        (fear) =>
          fear.end <= at &&
          at - fear.end <= fearReach(fear.at, sentence, language.relatives) &&
          statementOf(fear.at) === statementOf(at) &&
          !now.some((nowAt) => nowAt >= fear.end && nowAt < at) &&
          clauseRunsOn(sentence, fear.end, at, language.coordinators) &&
          // Those who fear telling what they see tell it: "residents who feared the room told us the needles have gone".
          !language.tellers.some((teller) => spansOf(teller, words).some(({ at: toldAt }) => toldAt >= fear.end && toldAt < at)),
      ),
    ),
  );
}

/**
 * Is the frame a verb of letting (`permissives`: "let", "laiss*", "dej*") told rather than
 * urged: neither opening its clause, after at most one word ("Let the room open", "so let it
 * open", "dus laat de stad…"), nor after a coordinator or "that" ("… and let a room open", "que
 * dejen abrir")? "The council let the room open last spring", "le conseil a laissé la salle
 * ouvrir" tell a permission given, which is no call, as a reported approval is none; "was right
 * to let it open" keeps the call through its own frame.
 */
export function toldPermission(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  if (!language.permissives.some((verb) => verb.words.length === 1 && wordMatches(verb.words[0]!, frame.words[0]!))) return false;
  const clauses = sentence.clauses();
  const opens = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  const imperative = ({ at }: Span): boolean =>
    opens(at) ||
    opens(at - 1) ||
    // "que dejen abrir", "que nos dejen abrirla": a wish's subjunctive, a clitic between.
    COMPLEMENTIZERS.has(words[at - 1] ?? '') ||
    COMPLEMENTIZERS.has(words[at - 2] ?? '') ||
    [...language.coordinators, ...language.joiners].some((word) => matchFrom(word.words, 0, words, at - 1) === at);
  return !spansOf(frame, words).some(imperative);
}

/** Imperatives that are also adjectives ("open"), and the determiners that make them verbs ("Open the room", "Open one more"). */
const ADJECTIVE_IMPERATIVES = new Set(['open']);
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'these', 'our', 'your', 'its', 'their', 'more', 'another', 'one']);

/** Words from an imperative to the room it governs ("ouvrez enfin cette salle"). */
const IMPERATIVE_OBJECT = 3;

/**
 * Is the call's cue an imperative opening its clause (`imperatives`): at the sentence's start, a
 * quote's, or after a colon, semicolon or dash, alone or after an opener ("please", "alors") or a
 * jussive ("Que mantengan abierta la sala")? "Keep the consumption room open", "— alors ouvrez
 * enfin cette salle", "«Houd de gebruiksruimte open»" call in their own mood. After a comma a
 * verb may be a clause's finite verb ("…, genehmigt der Rat den Raum"), so a comma opens none.
 * The room must be its object, at most a few words on. One told to staff is an instruction to
 * them ("'Open the consumption room,' the caretaker told the cleaners"). One joined by "and" to
 * what follows it ("Open a room and the dealers will come") is a condition, said by either side:
 * it frames nothing.
 */
export function imperativeFrames(call: CompiledCue, things: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span || !isNegatorIn(language.imperatives, words[span.at]!)) return false;
  // An imperative that is also an adjective calls only with a determiner after it: "Open the room now", not "Open-air rooms…".
  if (ADJECTIVE_IMPERATIVES.has(words[span.at]!) && !DETERMINERS.has(words[span.at + 1] ?? '')) return false;
  // The room is the verb's object, a few words on ("Keep the consumption room open", "ouvrez enfin cette salle"): in "Open
  // the door of the consumption room" the verb's object is another thing.
  const object = things.some((thing) => spansOf(thing, words).some(({ at }) => at > span.at && at - span.at <= IMPERATIVE_OBJECT));
  if (!object) return false;
  const marks = sentence.clauses().filter(({ mark }) => mark !== ',');
  const opens = (at: number): boolean => at === 0 || marks.some((clause) => clause.at === at) || sentence.quotes().some((quote) => quote.at === at);
  const before = words[span.at - 1] ?? '';
  const opened = opens(span.at) || (opens(span.at - 1) && (isNegatorIn(language.imperativeOpeners, before) || isNegatorIn(language.jussives, before)));
  if (!opened) return false;
  // "And" before the next mark other than a comma joins the imperative to a consequence: "Open a room, and the dealers will come".
  const statementEnd = Math.min(...marks.map(({ at }) => at).filter((at) => at > span.at), words.length);
  if (words.slice(span.end, statementEnd).some((word) => isNegatorIn(language.imperativeConsequences, word))) return false;
  // Told to staff, it is an instruction to them: "'Open the consumption room,' the caretaker told the cleaners".
  return !language.addressedSpeech.some((telling) => sentence.has(telling));
}

/**
 * Is the measured effect inflated into a straw man: a hyperbole (`hyperboles`: "save every life",
 * "magic bullet", "remède miracle") in the clause of one of its cues, with no negator in that
 * clause? "This one little room is going to save every life in the east end, if you
 * believe the leaflets" mocks the effect; "it is no magic bullet, but deaths have halved" concedes
 * the hyperbole and keeps the effect.
 */
export function toldAsHyperbole(present: readonly CompiledCue[], sentence: SentenceWords, { hyperboles, negators }: CompiledLanguage): boolean {
  if (!present.length || !hyperboles.some((hyperbole) => sentence.has(hyperbole))) return false;
  const { words } = sentence;
  const clauses = present.flatMap((cue) => spansOf(cue, words)).map(({ at }) => sentence.clauseIndexOf(at));
  return hyperboles.some((hyperbole) =>
    spansOf(hyperbole, words).some(({ at }) => {
      const clause = sentence.clauseIndexOf(at);
      const start = sentence.clauseStarts()[clause] ?? 0;
      // A negator anywhere in the clause concedes it, after it too as German and Dutch place it ("ein Wundermittel ist er nicht").
      const end = sentence.clauseStarts()[clause + 1] ?? words.length;
      return clauses.includes(clause) && !words.slice(start, end).some((word) => isNegatorIn(negators, word));
    }),
  );
}

/**
 * Does the frame turn to something else: a word of preference right after it (`preferences`:
 * "should rather", "sollte lieber", "devrait plutôt"), in a clause joined by a coordinator after
 * every cue of the claim? "Opening a room would normalise heroin, and the council should rather
 * fund rehab beds" calls for the beds. In the room's own clause the frame is the room's ("allowing
 * a room is what the province should rather be doing", "…, c'est ce que l'État devrait plutôt
 * faire"), and "the council should rather open a room than…" keeps its call after it.
 */
export function frameRedirected(frame: CompiledCue, present: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { preferences, coordinators } = language;
  if (!present.length || !preferences.some((preference) => sentence.has(preference))) return false;
  const { words } = sentence;
  const cueEnds = present.flatMap((cue) => spansOf(cue, words)).map(({ end }) => end);
  const preferred = preferences.flatMap((preference) => spansOf(preference, words));
  const starts = sentence.clauseStarts();
  return spansOf(frame, words).every(({ at, end }) => {
    const start = starts[sentence.clauseIndexOf(at)] ?? 0;
    return (
      start > 0 &&
      isNegatorIn(coordinators, words[start] ?? '') &&
      preferred.some((preference) => preference.at === end) &&
      cueEnds.every((cueEnd) => cueEnd <= start)
    );
  });
}
