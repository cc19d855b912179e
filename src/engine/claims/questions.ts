/**
 * Questions: open ones (asked, or reported as asked) make no claim, rhetorical ones assert, a
 * place told to wait for its room calls for one, and a question the next sentence answers yes is
 * none. Apart because they need the question's clauses, which no other rule reads.
 */
import { LANGS, type Lang } from '../../data/lexicon-schema';
import { type CompiledCue, indexOf, isNegatorIn, matchFrom, type Span, spanOf, spansOf } from './cues';
import { openingAt, type SentenceWords } from './sentence';
import type { CompiledClaim, CompiledClaims, CompiledLanguage, CompiledQuestions, ReportedQuestionWords } from './compiled-claims';

/** A sentence holding a question mark, as word indices: where its clauses open, and where the question itself does. */
export interface Question {
  /** Its start and after each comma, semicolon, colon or dash: an asker may open any ("…, warum also…?"). */
  readonly clauseStarts: readonly number[];
  /** After the last semicolon, colon or dash before the question mark: what comes before is said, not asked. */
  readonly asksFrom: number;
  /** The next sentence gives the reason asked for ("… ? Because …"): the question is open, never rhetorical. */
  readonly answered: boolean;
}

export function questionOf(sentence: SentenceWords, answered = false): Question {
  const clauses = sentence.clauses();
  const asked = sentence.text.lastIndexOf('?');
  const opens = [0, ...clauses.filter(({ mark, index }) => mark !== ',' && index < asked).map(({ at }) => at)];
  // An alternative after a dash or a semicolon asks the clause before it too: "Rettet der Raum Leben – oder lockt er Dealer an?".
  let last = opens.length - 1;
  while (last > 0 && ALTERNATIVE_OR.has(sentence.words[opens[last]!] ?? '')) last--;
  return { clauseStarts: [0, ...clauses.map(({ at }) => at)], asksFrom: opens[last]!, answered };
}

/**
 * "Or" opening the second half of an alternative question, where no other word shares its form: not Spanish and Italian
 * "o", which is also the Portuguese article, nor Dutch "of", which is also the English preposition.
 */
const ALTERNATIVE_OR = new Set(['or', 'oder', 'ou']);

/**
 * Does the sentence report an open question ("soll eine Studie klären, ob…", "reste à savoir si…",
 * "Ob der Raum Leben rettet, …")? What it asks about is not claimed, whatever else it says.
 */
export function asksIndirectly(sentence: SentenceWords, { openQuestions, whether }: CompiledQuestions): boolean {
  return openQuestions.some((frame) => sentence.has(frame)) || openingAt(sentence.words, whether) >= 0;
}

/**
 * A question asks whether the claim holds ("Will the room reduce deaths?", "La salle
 * réduira-t-elle les décès ?") and so makes none, unless it is rhetorical: an asker opening it
 * or one of its clauses (who, why, how many: "wer will bestreiten, dass…", "¿cuántas muertes
 * más…?", "…, so why are we still locking them up?"), held in a
 * rhetorical frame ("is it any wonder that…"), or negated ("isn't it time…", "why not…"). The
 * rhetorical one's asker and proposal, or null for an open question.
 */
export function rhetoricalQuestion(
  sentence: SentenceWords,
  { negators, questions, tellers, fears }: CompiledLanguage,
  clauseStarts: readonly number[],
): { askerAt: number; proposal: Span | null } | null {
  const { words } = sentence;
  // "… or not?" asks either way: its negator makes no rhetorical question.
  if (questions.eitherWay.some((frame) => sentence.has(frame))) return null;
  // An asker just before a teller or a fear is "as" in an aside, not "how": "…, come temono i residenti?", "…, como dicen los vecinos?".
  const follows = (at: number) => (cue: CompiledCue) => matchFrom(cue.words, 0, words, at + 1) >= 0;
  const aside = (at: number): boolean => tellers.some(follows(at)) || fears.some(follows(at));
  const askerAt = clauseStarts.map((start) => openingAt(words, questions.askers, [start])).find((at) => at >= 0 && !aside(at)) ?? -1;
  const proposalCue = questions.proposals.find((proposal) => sentence.has(proposal));
  const proposal = proposalCue ? spanOf(proposalCue, words) : null;
  const rhetorical =
    askerAt >= 0 || proposal !== null || questions.rhetorical.some((frame) => sentence.has(frame)) || words.some((word) => isNegatorIn(negators, word));
  return rhetorical ? { askerAt, proposal } : null;
}

/** How many words may stand between a question's waiting and the thing waited for after it ("encore attendre sa halte"). */
const AWAITED_WITHIN = 2;

/**
 * A rhetorical question that a place still waits for what a call claim calls for, or may not have
 * it, calls for it: "If Glasgow can run a room, why is Dundee still being told to wait for one?",
 * "Combien de temps Lille devra-t-elle encore attendre sa halte ?", "¿De verdad alguien cree que
 * Sevilla puede seguir sin una sala?". The waiting is the call's cue and its frame; an open
 * question ("Will Leeds open a room?") or one with no waiting ("How long do users wait?", no
 * rhetorical mark) calls for nothing. The waiting cue, or null.
 */
export function awaitedCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords, question: Question): CompiledCue | null {
  if (!claim.isCall || language.frames.length === 0) return null;
  const { awaited, awaitedOwn } = language.questions;
  const { words } = sentence;
  // What is waited for names the claim's thing: a cue of another part just after the waiting ("seguir sin una sala", "noch
  // auf einen Konsumraum warten"), not the users' waiting at the room ("why are users still waiting outside the room?"),
  // a room without a director, or what may not be done in it ("warum darf im Konsumraum kein Alkohol…").
  const others = language.parts.filter((_, index) => index !== claim.calledAt).flat();
  const namesAfter = ({ end }: Span): boolean => others.some((cue) => spansOf(cue, words).some(({ at }) => at >= end && at - end <= AWAITED_WITHIN));
  const waiting = awaitedOwn.find((cue) => sentence.has(cue)) ?? awaited.find((cue) => sentence.has(cue) && spansOf(cue, words).some(namesAfter));
  return waiting && rhetoricalQuestion(sentence, language, question.clauseStarts) ? { ...waiting, weight: language.strong } : null;
}

/** Does `sentence` answer the question before it yes: is its first or last word a yes of the language (of any, the language unknown)? */
export function answersYes(sentence: string, lang: Lang | null, answers: CompiledClaims['answers']): boolean {
  const words = lettersOf(sentence);
  if (!words) return false;
  const yes = (word: string): boolean => (lang ? [lang] : LANGS).some((l) => answers.get(l)!.has(word));
  return yes(words[0]) || yes(words.at(-1)!);
}

/**
 * Does the sentence after a question asking why (`whys`) open with a reason (`reasons`: "Because
 * the law…", "Omdat de drugswet…", "Porque a lei…"), and ask nothing itself? Then the question was
 * asked to be answered, as an explainer's heading is, and asserts nothing however it is put ("Why
 * can't Belgium just open more rooms?").
 */
export function answersWhy(question: SentenceWords, next: string, lang: Lang | null, { reasons, whys }: CompiledClaims): boolean {
  // A question after it asks again ("Perché il sindaco non si muove?"), and only a question asking why is answered by a reason.
  if (next.includes('?')) return false;
  const words = lettersOf(next);
  if (!words) return false;
  return (lang ? [lang] : LANGS).some(
    (l) => whys.get(l)!.some((why) => question.has(why)) && reasons.get(l)!.some((reason) => reason.every((word, i) => words[i] === word)),
  );
}

/** A sentence's words as letters only, lower case with their accents. */
function lettersOf(sentence: string): RegExpMatchArray | null {
  return sentence
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}+/gu);
}

/** Words at most in a speech tag after a reported question ("the presenter asked the minister on Tuesday"). */
const SPEECH_TAG_WORDS = 8;
/** Words at most in a speech tag its teller opens ("vroeg de presentator aan zijn gasten aan het begin van de uitzending"): the verb first marks it a tag. */
const OPENED_TAG_WORDS = 14;

/**
 * Is the sentence, with no question mark, a question reported before its speaker: its last
 * clause a short speech tag holding a teller of asking, or a longer one the teller opens
 * (`questionTellers`: "asked", "fragte",
 * "vroeg", "preguntó", "perguntou", "si chiede"), and its opening a question's own word order
 * where the language has one (`questionOpeners`: "Would a room in Dublin reduce…, the presenter
 * asked", "Würde ein Raum…, fragte die Moderatorin")? Spanish, Portuguese and Italian ask in a
 * statement's order, so their teller alone tells it ("La sala reducirá las muertes, preguntó").
 */
export function reportsQuestion(sentence: SentenceWords, lang: Lang | null, reported: CompiledClaims['reportedQuestions']): boolean {
  const clauses = sentence.clauses().filter(({ mark }) => mark === ',');
  const last = clauses.at(-1);
  if (!last || sentence.words.length - last.at > OPENED_TAG_WORDS) return false;
  const tag = sentence.words.slice(last.at);
  return (lang ? [lang] : LANGS).some((l) => {
    const { openers, tellers }: ReportedQuestionWords = reported.get(l)!;
    const told = (teller: CompiledCue): boolean => (tag.length <= SPEECH_TAG_WORDS ? indexOf(teller, tag) >= 0 : matchFrom(teller.words, 0, tag, 0) >= 0);
    if (!tellers.some(told)) return false;
    return !openers.length || openers.some((opener) => matchFrom(opener.words, 0, sentence.words, 0) >= 0);
  });
}
