/**
 * Negators and what they deny: a cue denied by a negator beside it or in its gap, a negative cue
 * that says the claim, a frame refused by a negator or by a negative subject. Apart because the
 * verdict, the call constructions and the vetoes of calls all read them.
 */
import { type CompiledCue, GAP, indexOf, isNegatorIn, ownSegments, type Span, spanOf, spansOf, wordMatches } from './cues';
import { COMPLEMENTIZERS, opensBetween, SentenceWords } from './sentence';
import type { CompiledLanguage } from './compiled-claims';

/** Words before a negative cue where another part's cue may stand and still be what it negates ("no ha muerto nadie"). */
const CONCORD_BEFORE = 2;

/** A cue that is itself negative ("no one", "niemand", "aucun"): it says the claim of what it negates. */
export const isNegative = (cue: CompiledCue, { negators }: CompiledLanguage): boolean => cue.words.some((word) => isNegatorIn(negators, word));

/**
 * Does a negative cue negate another part of the claim: is that part's cue after it in the
 * sentence ("niemand ist gestorben", "without anyone dying"), just before it ("no ha muerto
 * nadie", not across a coordinator), or in its own words ("la gente no se muere", "não morrem")?
 * "2.000 Drogentote … könne niemand mehr behaupten" negates the claiming, not the deaths.
 */
export function negatesAnotherPart(cue: CompiledCue, partIndex: number, words: readonly string[], { parts, coordinators, joiners }: CompiledLanguage): boolean {
  const span = spanOf(cue, words);
  if (!span) return false;
  // A coordinator or joiner between opens another conjunct: "miles de muertos y ningún descenso del consumo" negates the fall, not the deaths.
  let before = words.slice(Math.max(0, span.at - CONCORD_BEFORE), span.at);
  const joined = before.findLastIndex((word) => isNegatorIn(coordinators, word) || isNegatorIn(joiners, word));
  if (joined >= 0) before = before.slice(joined + 1);
  const around = [before, words.slice(span.at, span.end), words.slice(span.end)];
  return parts.some((part, index) => index !== partIndex && part.some((other) => around.some((span) => indexOf(other, span) >= 0)));
}

/**
 * Does a measured claim's denied reduction come back after a concession turn ("but", "aber",
 * "mais", "maar", "pero", "mas", "ma") opening a later clause: one with a cue of every part, its
 * reduction not denied there, and a record, with no other service or rescuer to take the credit
 * and nothing making it a possibility, a hope, a belief or someone's report? "Der
 * Konsumraum kann nicht jeden Tod verhindern, aber er hat Dutzende tödliche Überdosen
 * verhindert" grants a limit, then says the claim. The first place of the cue is the one denied
 * (`isDenied`), so without this the turn is never read.
 */
export function claimedAfterTurn(denied: CompiledCue, deniedAt: number, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(denied, words);
  if (!span || !language.concessionTurns.some((turn) => sentence.has(turn))) return false;
  const turns = language.concessionTurns.flatMap((turn) => spansOf(turn, words));
  const turn = sentence.clauses().find(({ at, mark }) => at >= span.end && (mark === ',' || mark === ';') && turns.some((t) => t.at === at));
  if (!turn) return false;
  // The longest turn opening there ("reste que", not "reste").
  const turnEnd = Math.max(...turns.filter((t) => t.at === turn.at).map((t) => t.end));
  const tailText = sentence.text.slice(turn.index + 1);
  // Only a record after the turn: no question, and nothing that makes it a possibility, a plan, a hope, a belief or someone's
  // report ("but a second room might cut deaths", "mais ses défenseurs affirment que…", "pero confía en que la sala salve vidas").
  if (tailText.includes('?')) return false;
  const after = new SentenceWords(words.slice(turn.at), tailText);
  if (!language.parts.every((part) => part.some((cue) => after.has(cue)))) return false;
  // What follows the turn word itself ("maar" is also a Dutch hedge).
  const rest = new SentenceWords(words.slice(turnEnd), '');
  if (rest.words.some((word) => COMPLEMENTIZERS.has(word))) return false;
  const { lifesavers, otherRescuers } = language.averted();
  const elsewhere = [
    ...language.services,
    ...lifesavers,
    ...otherRescuers,
    ...language.tellers,
    ...language.beliefs,
    ...language.wishes,
    ...language.hearsay,
    ...language.disputes,
    ...language.fears,
    ...language.goals,
    ...language.hypotheses,
    ...language.supposing,
    ...language.onlyWhenThen,
    ...language.consequences,
    ...language.unrealHedges,
  ];
  if (elsewhere.some((other) => rest.has(other))) return false;
  const reduction = language.parts[deniedAt]!.find((cue) => after.has(cue));
  return reduction !== undefined && !isDenied(reduction, after, language, null);
}

/** Words before and after a cue where a negator denies it: "do not save", "retten keine", "ne sauvent pas". */
export const DENIAL_BEFORE = 3;
const DENIAL_AFTER = 1;
/** Words before a negator where a condition makes it one ("solange das Gesetz nicht", "zolang de wet van 1921 niet"). */
const CONDITION_BEFORE = 6;
/** Words before a cue where a word of lack makes it the end of a condition ("sin ese cambio", "without that change"). */
const LACKING_BEFORE = 2;

/**
 * Does a negator stand next to `cue` in the sentence, in the cue's own clause? A cue that is
 * itself negative ("no one", "aucun", "kein einziger") says the claim, so it is never denied;
 * nor is a negator under a condition ("as long as the law is not changed" says it must
 * change), nor one a comma or another mark puts in the next clause ("tant que la loi n'aura pas
 * été modifiée, aucune salle ne pourra ouvrir": "aucune" is the room's), nor one after a cue
 * that ends a condition of lack ("sin ese cambio ningún sitio puede operar": "ningún" is the
 * site's), nor one before `lackUntil`, in an opening condition that says a call is not met.
 */
export function isDenied(cue: CompiledCue, sentence: SentenceWords, language: CompiledLanguage, proposal: Span | null, lackUntil = 0): boolean {
  const { words } = sentence;
  const isNegator = (word: string): boolean => isNegatorIn(language.negators, word);
  if (isNegative(cue, language)) return false;
  const { conditions } = language;
  const span = spanOf(cue, words);
  if (!span) return false;
  const { at, end } = span;
  // "Sin ese cambio ningún sitio puede operar": the cue ends a condition of lack, and the negator after it is the consequence's.
  // Asked only of a negator after the cue, which most cues have none of.
  const endsLack = (): boolean => words.slice(Math.max(0, at - LACKING_BEFORE), at).some((word) => isNegatorIn(language.lacking, word));
  // A negator in words of certainty ("sans aucun doute", "no doubt") denies the doubt. Looked for only once a negator is met.
  let certain: Span[] | undefined;
  const inCertainty = (i: number): boolean =>
    (certain ??= language.certainties.flatMap((cue) => spansOf(cue, words))).some((span) => i >= span.at && i < span.end);
  for (let i = Math.max(0, at - DENIAL_BEFORE); i < Math.min(words.length, end + DENIAL_AFTER); i++) {
    if (
      (i < at || i >= end) &&
      i >= lackUntil &&
      isNegator(words[i]!) &&
      !inCertainty(i) &&
      !isConditional(words, i, conditions) &&
      !(proposal && i >= proposal.at && i < proposal.end) &&
      // One before the cue in a statement a dash, colon or semicolon closed is that statement's: "kein Verbrechen – deshalb braucht
      // Dortmund einen Konsumraum". Not a comma's: "hat nicht vor, eine Verordnung zu erlassen" refuses what follows.
      !(i < at && sentence.clauses().some(({ at: opens, mark }) => mark !== ',' && opens > i && opens <= at)) &&
      !refusesDelay(words, i, language.delays) &&
      // "Nicht abgewickelt, sondern ausgebaut": the negator denies what the correction replaces, not the cue after it.
      !(i < at && words.slice(i + 1, at).some((word) => isNegatorIn(language.corrections, word)))
    )
      if (!(i >= end && (opensBetween(sentence.clauses(), end, i) || endsLack()))) return true;
  }
  return deniedInGap(cue, at, end, sentence, language) || deniedByCorrelative(at, sentence, language);
}

/** Words after the first word of a correlative pair ("weder", "neither") where a cue is still one of the things it denies. */
const CORRELATIVE_WITHIN = 10;

/**
 * Does the first word of a correlative denial (`correlatives`: "neither", "weder", Dutch "noch")
 * stand before the cue in its clause, within `CORRELATIVE_WITHIN` words and no "that" between? "Die Repression
 * habe weder den Konsum noch die Zahl der Toten gesenkt" denies the fall the verb tells at the
 * end, farther from the pair than a negator's reach, as German and Dutch put it.
 */
function deniedByCorrelative(at: number, sentence: SentenceWords, { correlatives }: CompiledLanguage): boolean {
  if (!correlatives.some((pair) => sentence.has(pair))) return false;
  const clauses = sentence.clauses();
  return correlatives.some((pair) =>
    spansOf(pair, sentence.words).some(
      ({ end }) =>
        end <= at &&
        at - end <= CORRELATIVE_WITHIN &&
        !opensBetween(clauses, end, at) &&
        // Not across a "that" clause: "neither side disputes that the room has cut deaths" says it.
        !sentence.words.slice(end, at).some((word) => COMPLEMENTIZERS.has(word)),
    ),
  );
}

/** Words between an effort said to achieve nothing and the effect it denies: "hat nichts dazu beigetragen, die Zahl der Spritzen im Park zu verringern". */
const IN_VAIN_BEFORE = 10;
/** The infinitive's marker a German or Dutch effect stands after, past the comma its clause opens with ("…, … zu verringern", "… te verminderen"). */
const INFINITIVE_MARKERS = new Set(['zu', 'te']);

/**
 * Does an effort said to achieve nothing stand before a measured effect's cue, within
 * `IN_VAIN_BEFORE` words and no mark between ("has done nothing to reduce", "n'a rien fait pour
 * réduire", "no ha servido para reducir")? It denies the effect as a negator would. A comma is
 * passed only where the effect is a German or Dutch infinitive after it ("nichts dazu
 * beigetragen, die Zahl … zu verringern"); ", so the law must change" is another statement.
 */
export function deniedInVain(cue: CompiledCue, sentence: SentenceWords, { inVain }: CompiledLanguage): boolean {
  if (!inVain.some((effort) => sentence.has(effort))) return false;
  const { words } = sentence;
  const at = spanOf(cue, words)?.at;
  if (at === undefined) return false;
  const infinitive = at > 0 && INFINITIVE_MARKERS.has(words[at - 1]!);
  return inVain.some((effort) =>
    spansOf(effort, words).some(
      (span) =>
        span.end <= at &&
        at - span.end <= IN_VAIN_BEFORE &&
        !sentence.clauses().some(({ at: opens, mark }) => (mark !== ',' || !infinitive) && opens >= span.end && opens <= at),
    ),
  );
}

/**
 * Does a negator stand in the cue's gap, in the clause of the cue's last words ("dass der
 * Konsumraum nicht eröffnet wird", "que la sala no se abra")? It denies the cue as one beside
 * it would. One a mark puts in another clause ("dass, wo nie jemand half, ein Konsumraum
 * eröffnet wird") is that clause's, and one under a condition denies nothing.
 */
function deniedInGap(cue: CompiledCue, at: number, end: number, sentence: SentenceWords, { negators, conditions }: CompiledLanguage): boolean {
  if (!cue.words.includes(GAP)) return false;
  const { words } = sentence;
  const [first, last] = ownSegments(cue, at, end) as [Span, Span];
  for (let i = first.end; i < last.at; i++)
    if (isNegatorIn(negators, words[i]!) && !opensBetween(sentence.clauses(), i + 1, last.at) && !isConditional(words, i, conditions))
      // A negator that is one of the cue's own words is its sense, not a denial.
      if (!cue.words.some((word) => word !== GAP && wordMatches(word, words[i]!))) return true;
  return false;
}

/**
 * Does a negator stand just before `through`'s cue, with `denied`'s cue after it in the same
 * clause? "No consumption room in Bristol can open" denies the permit through the room.
 */
export function isDeniedThrough(through: CompiledCue, denied: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(through, words);
  if (!span || span.at === 0 || !isNegatorIn(language.negators, words[span.at - 1]!)) return false;
  const after = spanOf(denied, words.slice(span.end));
  return after !== null && !opensBetween(sentence.clauses(), span.end, span.end + after.at);
}

/** Words before a frame where a negator refuses it ("does not want", "is not calling for", "no quiere", "non chiede"), and after it ("will nicht", "fordert keinen", "veut pas", "veut surtout pas"). */
const FRAME_NEGATED_BEFORE = 2;
const FRAME_NEGATED_AFTER = 2;
/** Negators that may be another word before a verb: Italian "ne" ("ne chiede l'apertura" asks for it); French "ne" is refused by its "pas" after the verb. */
export const CLITIC_NEGATORS = /^(?:ne|n'.*)$/;
/** Words after a negator that make it "not only" ("not only wants", "nicht nur", "non solo", "pas seulement"): the demand stands. */
export const ONLY = new Set([
  'only',
  'just',
  'merely',
  'nur',
  'bloss',
  'alleen',
  'enkel',
  'slechts',
  'seulement',
  'uniquement',
  'solo',
  'solamente',
  'unicamente',
  'so',
  'apenas',
  'somente',
  'soltanto',
]);

/** The spans of the negators (`negators`, or any list of denials) in `words` that do not open "not only". */
export const negatorSpans = (negators: readonly CompiledCue[], words: readonly string[]): Span[] =>
  negators.flatMap((negator) => spansOf(negator, words)).filter(({ end }) => !ONLY.has(words[end] ?? ''));

/** Does the word at `i` negate (a negator not opening "not only")? */
export const negatesAt = (words: readonly string[], i: number, negators: readonly CompiledCue[]): boolean =>
  isNegatorIn(negators, words[i]!) && !ONLY.has(words[i + 1] ?? '');

/** Words after a negator where a verb of waiting makes it the delay's ("no longer wait", "nicht länger zögern", "ne doit plus attendre"). */
const DELAY_AFTER = 3;

/** Does a verb of waiting follow the negator at `at` closely: "niet langer aarzelen" refuses the delay, which urges the call. */
const refusesDelay = (words: readonly string[], at: number, delays: readonly CompiledCue[]): boolean =>
  words.slice(at + 1, at + 1 + DELAY_AFTER).some((word) => isNegatorIn(delays, word));

/**
 * Is the frame negated wherever it stands: a negator just before it or just after it, in its
 * clause, and not one of its own words ("why not")? "The residents' association does not want
 * the room to stay open", "Der Bürgerverein will nicht, dass…", "ne veut pas que…", "no pide una
 * sala" call for nothing; "we want the room, not more arrests" keeps its frame (the negator is
 * the next clause's), so do "not only wants a room" and "we don't want more deaths, we want a
 * room" (the frame again, not negated). A negated opposite ("does not want the room to close")
 * is a call to keep the room, said by `impliedCall` (`refusedUndoing`). A negative subject
 * refuses the frame too (`negatedSubjectOf`).
 */

export function frameNegated(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { negators, delays } = language;
  const spans = spansOf(frame, sentence.words);
  return spans.length > 0 && spans.every((span) => negatedAt(span, sentence, negators, delays) || negatedSubjectOf(span, sentence, language));
}

/** Words from a negative subject to the frame it refuses ("Nobody in the town hall calls for", "Ninguno de los concejales defiende"). */
const NEGATIVE_SUBJECT_WITHIN = 8;
/** Nouns after which a negative determiner is an adverbial, not a subject ("no doubt", "kein Wunder", "geen twijfel", "nessun dubbio"). */
const NOT_A_SUBJECT = /^(?:doubt|wonder|matter|zweifel|wunder|frage|twijfel|doute|duda|duvida|dubbio|meraviglia)$/;

/**
 * Is the frame at `span` said of a negative subject: a negative pronoun or determiner
 * (`negativeSubjects`) opening the frame's clause (its first word, or the first after "that" or a
 * joiner), the frame a few words after it with no mark, "that" or correction between? "Nobody in
 * the town hall calls for a room", "Not a single councillor has called for one", "Ninguno de los
 * concejales defiende una sala" call for nothing: no one makes the call. "No one can deny that the
 * city needs a room" keeps it (the frame is the reported clause's), so does "nobody but the mayor
 * wants a room" (the correction names who does), and "no city should be without a room" (a lack
 * after the frame turns the negation round). A negator right beside the frame is `negatedAt`'s.
 */
export function negatedSubjectOf(span: Span, sentence: SentenceWords, language: CompiledLanguage): boolean {
  return negativeSubjectAt(span, sentence, language) >= 0;
}

/**
 * Where the negative subject refusing the frame at `span` stands (`negatedSubjectOf`), or -1;
 * `within` words at most before it, and with `inverted` anywhere in its clause, not only opening it.
 */
export function negativeSubjectAt(
  span: Span,
  sentence: SentenceWords,
  { negativeSubjects, joiners, corrections, lacking }: CompiledLanguage,
  within = NEGATIVE_SUBJECT_WITHIN,
  inverted = false,
): number {
  if (!negativeSubjects.some((subject) => sentence.has(subject))) return -1;
  const { words } = sentence;
  const clauses = sentence.clauses();
  // Inverted, the subject may follow the clause's verb ("kann keine Stadt einen Konsumraum betreiben").
  const opening = (at: number): boolean =>
    inverted ||
    at === 0 ||
    clauses.some((clause) => clause.at === at) ||
    COMPLEMENTIZERS.has(words[at - 1]!) ||
    joiners.some((joiner) => joiner.words.length === 1 && wordMatches(joiner.words[0]!, words[at - 1]!));
  const subject = negativeSubjects
    .flatMap((negative) => spansOf(negative, words))
    .find(
      ({ at, end }) =>
        end <= span.at &&
        span.at - end <= within &&
        opening(at) &&
        !NOT_A_SUBJECT.test(words[end] ?? '') &&
        !opensBetween(clauses, at + 1, span.at) &&
        !words.slice(end, span.at).some((word) => COMPLEMENTIZERS.has(word) || isNegatorIn(corrections, word)),
    );
  if (!subject) return -1;
  // "No city should be without a room": the lack after the frame, in its clause, turns the negation round. A lack after a
  // call's own cue is a condition of it ("no council can open a site without exposing its staff", "zonder juridisch risico").
  if (inverted) return subject.at;
  const next = clauses.find((clause) => clause.at > span.end)?.at ?? words.length;
  return words.slice(span.end, next).some((word) => isNegatorIn(lacking, word)) ? -1 : subject.at;
}

/** Does a negator refuse the frame at `span` (`frameNegated`)? */
export function negatedAt({ at, end }: Span, sentence: SentenceWords, negators: readonly CompiledCue[], delays: readonly CompiledCue[] = []): boolean {
  const { words } = sentence;
  const clauses = sentence.clauses();
  const refuses = (i: number): boolean => negatesAt(words, i, negators) && !refusesDelay(words, i, delays);
  for (let i = Math.max(0, at - FRAME_NEGATED_BEFORE); i < at; i++)
    if (refuses(i) && !CLITIC_NEGATORS.test(words[i]!) && !opensBetween(clauses, i + 1, at)) return true;
  for (let i = end; i < Math.min(words.length, end + FRAME_NEGATED_AFTER); i++) if (refuses(i) && !opensBetween(clauses, end, i)) return true;
  return false;
}

/** Does a condition stand within the few words before the negator at `negatorAt`, or end with it ("mientras no")? */
function isConditional(words: readonly string[], negatorAt: number, conditions: readonly CompiledCue[]): boolean {
  const leading = words.slice(Math.max(0, negatorAt - CONDITION_BEFORE), negatorAt + 1);
  return conditions.some((condition) => indexOf(condition, leading) >= 0);
}
