/**
 * A call claim's cue told as a condition or its consequence, so no call: an opening condition,
 * the condition a law sets, an alternative ("otherwise", "only when", "or else"), a call supposed
 * of a generic subject. Vetoes the verdict asks of call claims only.
 */
import { type CompiledCue, framedIn, indexOf, isNegatorIn, matchFrom, type Span, spanOf, spansOf } from './cues';
import { openingAt, opensBetween, type SentenceWords } from './sentence';
import type { CompiledLanguage } from './compiled-claims';
import { CLITIC_NEGATORS, ONLY } from './negation';

/**
 * Where the sentence's opening condition ends when it holds a negator ("si no se cambia la ley,
 * …", "if the law is not changed, …"), or 0: such a condition says a call is not met, a lack as
 * "without" says it, so its negator denies no call claim's cue ("si no se cambia la ley, no habrá
 * ninguna sala" says the law must change).
 */
export function negatedConditionEnd(sentence: SentenceWords, { hypotheses, negators }: CompiledLanguage): number {
  const { words } = sentence;
  if (!hypotheses.some((hypothesis) => matchFrom(hypothesis.words, 0, words, 0) >= 0)) return 0;
  const closes = sentence.clauses()[0]?.at;
  if (closes === undefined || closes >= words.length) return 0;
  return words.slice(0, closes).some((word) => isNegatorIn(negators, word)) ? closes : 0;
}

/**
 * Does the sentence open with a condition ("if", "sollte", "si", "als", "se") whose clause, up
 * to the first comma or other mark, holds a call's cue? Then it tells what would follow from
 * the call ("if the law changes next spring, a room could open in 2027"), and makes neither
 * call; a condition that holds no call ("if we want fewer deaths, the law must change") leaves
 * the call after it, one with no mark after it has no consequence to tell of, and one that says
 * the call is not met is a lack ("if the law is not changed, no room can open" says it must be).
 */
export function callsInCondition(
  sentence: SentenceWords,
  language: CompiledLanguage,
  lackSaysCall: boolean,
  present: readonly CompiledCue[],
  call: CompiledCue | null,
  implied: CompiledCue | null = null,
): boolean {
  const { words } = sentence;
  if (!language.hypotheses.some((hypothesis) => matchFrom(hypothesis.words, 0, words, 0) >= 0)) return false;
  const closes = sentence.clauses()[0]?.at;
  if (closes === undefined || closes >= words.length) return false;
  // A call the condition says is not met is a lack, as "without" says it: "si no se cambia la ley, no habrá ninguna sala".
  if (lackSaysCall && negatedConditionEnd(sentence, language) > 0) return false;
  const { calls } = language;
  const condition = words.slice(0, closes);
  // The call's cue in the condition, or the construction that says it ("if closing the room would be madness, …").
  if (calls.some((call) => indexOf(call, condition) >= 0) || (implied !== null && indexOf(implied, condition) >= 0)) return true;
  // The claim's cues all in the condition, whatever its verb ("Sollte die Stadt einen Konsumraum beantragen, müsste…",
  // "Als Antwerpen ooit een gebruiksruimte zou openen, zou…"), or all but its call's with a frame of a call there, the room
  // asked for in the condition and its licence after ("Should Cardiff apply for a room, the Home Office would first have to
  // grant a licence"): the sentence tells what would follow, a procedure, and calls for nothing. A condition that only
  // names rooms ("Si Barcelona lleva años con varias salas, Madrid también debería poder abrir la suya") leaves the call after it.
  const inCondition = (cue: CompiledCue): boolean => (spanOf(cue, words)?.end ?? words.length) <= closes;
  if (present.length > 0 && present.every(inCondition)) return true;
  const others = present.filter((cue) => cue !== call);
  return others.length > 0 && others.every(inCondition) && framedIn(words, 0, closes, language.callFrames);
}

/** Words from a restriction's "only" to the word opening its condition ("nur betrieben werden, wenn", "que si", "only operate if"). */
const RESTRICTED_WITHIN = 5;

/**
 * Does the sentence state a condition a law sets: the call's cue (the change; every cue when
 * the recall aid found none of it) in a condition opened
 * (`restrictedTo`: "if", "wenn", "si", "als", "se") a few words after an "only" inside its
 * clause, not opening it, with no frame of a call anywhere? "Nach § 10a BtMG dürfen
 * Drogenkonsumräume nur betrieben werden, wenn das Land eine Rechtsverordnung erlassen hat", "la
 * loi n'autorise ces salles que si un décret est pris", "rooms may only operate if the Home
 * Office grants an exemption" tell the law's content, and call for no change. An argument keeps
 * its call: "rooms can only operate once the law is changed, so the law must change" has its
 * frame; a sentence opening "Only when the law changes can a room open" is `onlyWhen`'s.
 */
export function lawsCondition(cues: readonly CompiledCue[], sentence: SentenceWords, { restrictedTo, callFrames, negators }: CompiledLanguage): boolean {
  // The law may be named before, as the restriction's source ("Nach § 10a BtMG", "según la ley"): only the change is looked for.
  if (cues.length === 0 || !restrictedTo.some((opener) => sentence.has(opener))) return false;
  const { words } = sentence;
  if (framedIn(words, 0, words.length, callFrames)) return false;
  const clauses = sentence.clauses();
  const opensClause = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  // French restricts by "ne … que": a "que" with a clitic "ne" before it in its clause.
  const restricts = (i: number): boolean =>
    ONLY.has(words[i]!) ||
    (/^(?:que|qu'.*)$/.test(words[i]!) && words.slice(Math.max(0, i - 6), i).some((word) => CLITIC_NEGATORS.test(word) && isNegatorIn(negators, word)));
  const conditionsAt = words.flatMap((_, i) => {
    if (!restricts(i) || opensClause(i)) return [];
    const after = restrictedTo.flatMap((opener) => spansOf(opener, words)).filter(({ at }) => at > i && at - i <= RESTRICTED_WITHIN);
    return after.map(({ at }) => at);
  });
  if (conditionsAt.length === 0) return false;
  const first = Math.min(...conditionsAt);
  return cues.every((cue) => spansOf(cue, words).every(({ at }) => at > first));
}

/**
 * Does the sentence open by naming a law as what a requirement comes from (`underLaw`: "under the
 * current law", "nach § 10a BtMG", "selon la loi", "volgens de wet", "según la ley", "nos termos
 * da lei", "ai sensi della legge")? Then its "must" is the law's: "Under the Victorian
 * legislation, the injecting room must be run by a licensed provider" tells the law's content and
 * calls for no room, nor, told by a requirement's weak words ("must", "needs"), a change. `change`:
 * for the law's change, its part: a strong cue of it outside the opening still says the change is
 * needed ("Under the law, no room may open without an exemption").
 */
export function requiredByLaw(sentence: SentenceWords, { underLaw, strong }: CompiledLanguage, change: readonly CompiledCue[] | null): boolean {
  const { words } = sentence;
  const opening = Math.max(-1, ...underLaw.map((cue) => matchFrom(cue.words, 0, words, 0)));
  if (opening < 0) return false;
  return change === null || change.every((cue) => cue.weight < strong || spansOf(cue, words).every(({ end }) => end <= opening));
}

/**
 * Does the call's cue stand in a clause a contrast opens (`contrasts`: "instead of", "rather than",
 * "statt", "au lieu de", "in plaats van", "en vez de", "em vez de", "invece di")? Then it is the
 * option set aside, not called for: "Invece di aprire le narcosale, bisogna investire nelle
 * comunità" calls for no room; "instead of closing the room, keep it open" still calls for it.
 * `sentence`: as the claim reads it, its ignored forms blanked; `written`: as written.
 */
export function callContrasted(call: CompiledCue | null, sentence: SentenceWords, { contrasts }: CompiledLanguage, written: SentenceWords = sentence): boolean {
  const spans = call ? spansOf(call, sentence.words) : [];
  if (!spans.length) return false;
  const starts = sentence.clauseStarts();
  // Every place the call stands must be set aside: "En lugar de abrir una sola sala, Madrid debería abrir tres" still calls.
  // The contrast is read as written: a claim's ignored form may hold it ("au lieu", whose "lieu" is no place).
  return spans.every(({ at }) => openingAt(written.words, contrasts, [starts[sentence.clauseIndexOf(at)]!]) >= 0);
}

/** Words after a contrast where the thing it sets aside still starts ("rather than for a consumption room", "plutôt que pour une salle"). */
const SET_ASIDE_WITHIN = 3;

/**
 * Is every cue of the claim's other parts just after a contrast that follows the call's cue ("plaide pour des places en
 * postcure plutôt que pour une salle de shoot", "argues for rehab beds rather than a consumption room")? The call is for
 * something else, and the room is the option set aside. "Argues for a consumption room rather than more police" still calls.
 */
export function thingContrasted(
  found: readonly (CompiledCue | null)[],
  calledAt: number,
  sentence: SentenceWords,
  { contrasts }: CompiledLanguage,
  written: SentenceWords = sentence,
): boolean {
  const call = found[calledAt];
  const callSpan = call ? spanOf(call, sentence.words) : null;
  const others = found.filter((cue, index): cue is CompiledCue => cue !== null && index !== calledAt);
  if (!callSpan || !others.length) return false;
  const after = contrasts.flatMap((contrast) => spansOf(contrast, written.words)).filter(({ at }) => at >= callSpan.end);
  return others.every((cue) => {
    const spans = spansOf(cue, sentence.words);
    // With no mark between: "keep open, and not close, the consumption room" sets a verb aside, not the room.
    return (
      spans.length > 0 &&
      spans.every(({ at }) => after.some(({ end }) => end <= at && at - end <= SET_ASIDE_WITHIN && !opensBetween(sentence.clauses(), end, at)))
    );
  });
}

/**
 * Does one of the call claim's cues stand in a clause opened, after a mark, by an alternative
 * ("otherwise", "sonst", "sinon", "anders kan", "de lo contrario", "senão", "altrimenti", "without
 * which", "senza la quale", "only then", "dann kann")? Then it tells what follows if the call
 * before goes unmet, or once it is met, and is no call itself: "the law must change, otherwise
 * no city can open a room"; "the council approved a motion asking for the law's change, without
 * which no room can operate" calls for no room. So is the clause right after an "only when"
 * condition (`onlyWhen`: "Erst wenn der Landtag eine Verordnung erlässt, kann ein Konsumraum
 * öffnen"), and what follows an "or" opening a clause after a call, with a future after it
 * (`orElse`, `consequences`). `cues`: the claim's cues in the sentence (those a recall aid's
 * claim has).
 */
export function isAlternative(cues: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { alternatives, onlyWhen, orElse } = language;
  const opens = (list: readonly CompiledCue[]): boolean => list.length > 0 && list.some((cue) => sentence.has(cue));
  if (!opens(alternatives) && !opens(onlyWhen) && !opens(orElse)) return false;
  const { words } = sentence;
  const starts = sentence.clauseStarts();
  return cues.some((cue) => {
    const span = spanOf(cue, words);
    if (!span) return false;
    const { at } = span;
    // The clause the cue stands in, by its index among the sentence's clauses (0: the sentence's first).
    const own = sentence.clauseIndexOf(at);
    if (own > 0 && openingAt(words, alternatives, [starts[own]!]) >= 0) return true;
    // "Erst wenn der Landtag eine Verordnung erlässt, kann ein Konsumraum öffnen": the clause right after an "only when" condition.
    if (own > 0 && openingAt(words, onlyWhen, [starts[own - 1]!]) >= 0) return true;
    // "Only when the law changes can a room open": with no comma, the inverted modal ends the condition.
    if (afterOnlyWhenModal(span, starts[own]!, words, language)) return true;
    return orElseFollows(at, starts.slice(1, own + 1), words, language);
  });
}

/**
 * Does the cue at `span` end after the modal (`onlyWhenThen`: "can", "kann", "peut", "puede",
 * "pode", "può") that ends an "only when" condition opening its own clause at `start`, with at
 * least a word of condition before it: "Only when the law changes can a room open", "Pas als de
 * wet verandert kan er een ruimte open", "Solo si cambia la ley puede abrir una sala"? Then the
 * cue is the condition's consequence, as in a clause after its comma; so is one whose gap holds
 * the modal ("Seulement quand … la loi une salle … pourra ouvrir").
 */
function afterOnlyWhenModal({ end }: Span, start: number, words: readonly string[], { onlyWhen, onlyWhenThen }: CompiledLanguage): boolean {
  const opener = openingAt(words, onlyWhen, [start]);
  if (opener < 0) return false;
  const conditionAt = Math.max(...onlyWhen.map((cue) => matchFrom(cue.words, 0, words, opener)));
  for (let i = conditionAt + 1; i < end - 1; i++) if (onlyWhenThen.some((modal) => matchFrom(modal.words, 0, words, i) >= 0)) return true;
  return false;
}

/**
 * Does the call's cue at `at` stand after an "or" (`orElse`) opening a clause (one of `opened`,
 * where the clauses up to the cue's open) after a call's frame, with a consequence's future or
 * modal after that "or" ("Westminster has to carve an exemption, or every city that wants a
 * room will be left waiting")? Then the cue tells what follows if the call goes unmet. An "or"
 * with no future after it joins alternatives ("open a room, or a mobile van").
 */
function orElseFollows(at: number, opened: readonly number[], words: readonly string[], { orElse, consequences, callFrames }: CompiledLanguage): boolean {
  if (orElse.length === 0) return false;
  return opened.some((start) => {
    if (openingAt(words, orElse, [start]) !== start) return false;
    const before = words.slice(0, start);
    if (!callFrames.some((frame) => spanOf(frame, before) !== null)) return false;
    const after = words.slice(start + 1, at + CONSEQUENCE_AFTER);
    return consequences.some((consequence) => spanOf(consequence, after) !== null);
  });
}

/** How many words after a call's cue the future of an "or else" may stand ("or every city that wants a room will…", "oder jede Stadt, die einen Raum will, wird…"). */
const CONSEQUENCE_AFTER = 8;

/** Words between a generic opener and a call's cue that is the verb right after it ("any city that finally opens", "chi apre"). */
const GENERIC_BEFORE = 1;
/** Words after a call's cue to the mark that ends the generic's clause, when its verb comes last ("wer … einen Konsumraum eröffnen will,"). */
const GENERIC_VERB_LAST = 2;
/** Words after a call's cue where what it would amount to may start ("abrir una sala de consumo junto al mercado significaría"). */
const SUPPOSED_AFTER = 8;

/** Is any of the call's cues in the sentence supposed rather than called for (`callSupposed`)? */
export function anyCallSupposed(part: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { generics, suppositions } = language;
  if (!generics.some((generic) => sentence.has(generic)) && !suppositions.some((supposition) => sentence.has(supposition))) return false;
  // Any of the call's cues, not only the strongest: "Wer einen Konsumraum eröffnen will, braucht eine Erlaubnis" tells a procedure through "eröffnen".
  return part.some((cue) => sentence.has(cue) && callSupposed(cue, sentence, language));
}

/**
 * Is the call's cue supposed rather than called for: the verb of a generic subject opening its
 * clause ("Until Congress amends the statute, any city that opens a site is exposing its
 * nurses…", "Wer Fixerstuben einrichtet, …", "chi apre una stanza…", but not "chi governa
 * Milano deve aprire una stanza", a call on whoever governs), or said, in its own
 * clause, to amount to something ("opening a room would mean…", "aprire una stanza
 * significherebbe…", or opening the next, "einen Raum zu eröffnen, hieße…")? Then it tells what
 * doing it would be, and makes no call; "…open a room, which would mean fewer deaths" keeps it.
 */
function callSupposed(cue: CompiledCue, sentence: SentenceWords, { generics, suppositions }: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(cue, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  const starts = [0, ...clauses.map(({ at }) => at)].filter((start) => start < span.at);
  const generic = starts.some((start) =>
    generics.some((opener) => {
      const end = matchFrom(opener.words, 0, words, start);
      if (end < 0 || end > span.at || opensBetween(clauses, end, span.at)) return false;
      // Its verb: just after it ("any city that opens"), or last in its clause ("Wer in Bayern einen Konsumraum eröffnet, …").
      return span.at - end <= GENERIC_BEFORE || span.end + GENERIC_VERB_LAST >= words.length || opensBetween(clauses, span.end, span.end + GENERIC_VERB_LAST);
    }),
  );
  if (generic) return true;
  const after = words.slice(span.end, span.end + SUPPOSED_AFTER + 1);
  return suppositions.some((supposition) => {
    const found = spanOf(supposition, after);
    if (found === null || found.at > SUPPOSED_AFTER) return false;
    const at = span.end + found.at;
    // In its own clause, or opening the next (no mark before it but the one it follows): the infinitive before the comma is what it speaks of.
    return !opensBetween(clauses, span.end, at - 1);
  });
}
