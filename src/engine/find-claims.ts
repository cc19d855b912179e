/**
 * Finds sentences that make one of the dataset's claims, in their own words, in any of the
 * lexicon's languages. A sentence makes a claim when, in one language, every part of the
 * claim's proposition has a cue in it ("overdose" and "prevent" for "they save lives"), the
 * cues' weights reach the claim's minimum, no counter-cue of another debate is in it ("seat
 * belt", "tax"), and its story is about the topic. Pure: the caller says which stories are.
 * A sentence whose cues make no claim may be given one by the learned recall aid
 * (./claims-model.ts): its probability at the claim's threshold, a part of the claim cued, and
 * none of the vetoes above applying; such a finding is inferred, and says from which words.
 *
 * This file is the finder's door: it splits prose into sentences, asks the verdict of each claim
 * (./claims/judge.ts) and re-exports what the rest of the project reads. The finder's parts live
 * in ./claims/, a folder rather than find-claims-* siblings: they are one finder's modules, read
 * by nothing else in the engine but through here. In that folder the primitives (cues.ts,
 * sentence.ts, compiled-claims.ts) import nothing of the rules, the rule modules import the
 * primitives (and negation.ts, which the call constructions read too), and judge.ts alone
 * composes them all, so no import runs in a circle.
 */
import { LANGS, type Lang } from '../data/lexicon-schema';
import { type CompiledCue, foldedWords, type Span, spansOf } from './claims/cues';
import { askedAboutBlanked, changeInNamesBlanked, partCued, sentencesOf, SentenceWords } from './claims/sentence';
import type { CompiledClaim, CompiledClaims, CompiledLanguage, RecallAid } from './claims/compiled-claims';
import { answersWhy, answersYes, type Question, questionOf, reportsQuestion } from './claims/questions';
import { harmOnlyCountedOrTaught, harmOnlyInServices } from './claims/effects';
import { judge, saysLack } from './claims/judge';
import { callIsTheChanges } from './claims/told-calls';
export { APOSTROPHES, elisionEnd, expandAlternatives, foldedWords } from './claims/cues';
export { sentencesOf } from './claims/sentence';
export { compileClaims, type CompiledClaims, type Inference, type RecallAid } from './claims/compiled-claims';

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

/** Sentences before a pronoun call where the room it stands for may be named ("Rooms save lives. The council still says no. Open one!"). */
const ANTECEDENT_SENTENCES = 3;

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
    const askedAbout = askedAboutIn(compiled, lang);
    // The sentences just before in the same passage: a room they name is what a pronoun call after them calls for ("… Open one now!").
    const before: SentenceWords[] = [];
    for (const [index, { start, end }] of sentences.entries()) {
      const sentence = text.slice(start, end);
      // The topic someone was asked about is asked, not said ("Interrogé sur une éventuelle modification de la loi, …").
      const words = askedAboutBlanked(new SentenceWords(foldedWords(sentence), sentence), askedAbout);
      const previous = [...before];
      before.push(words);
      if (before.length > ANTECEDENT_SENTENCES) before.shift();
      // A question mark anywhere: a question quoted before its speaker ("…?», pergunta a vereadora") still asks,
      // unless the next sentence answers it yes ("…? The residents say yes.").
      const next = sentences[index + 1];
      // So is a question reported with no mark before a teller of asking ("Would a room cut overdoses, the presenter asked").
      const asked = sentence.includes('?') || reportsQuestion(words, lang, compiled.reportedQuestions);
      const nextText = next ? text.slice(next.start, next.end) : '';
      const question =
        asked && !(next && answersYes(nextText, lang, compiled.answers))
          ? questionOf(words, next !== undefined && answersWhy(words, nextText, lang, compiled))
          : null;
      const inSentence: { claim: CompiledClaim; finding: ClaimFinding<Owner>; weights: readonly number[] }[] = [];
      // Claims whose words the sentence holds only as aimed at: not made, yet yielded to.
      const spokenOf = new Set<string>();
      for (const claim of compiled.claims) {
        const langs = lang ? [lang] : LANGS;
        // With the language unknown, another debate's words in any language rule it out.
        const allCounters = lang ? null : [...claim.langs.values()].flatMap((l) => l.counter);
        let best: { finding: ClaimFinding<Owner>; weights: readonly number[] } | null = null;
        for (const l of langs) {
          const language = claim.langs.get(l)!;
          const roomBefore =
            language.pronounCalls.some((call) => words.has(call)) && previous.some((earlier) => language.rooms.some((room) => earlier.has(room)));
          const verdict = judge(claim, language, readFor(claim, l, language, words), allCounters ?? language.counter, question, null, roomBefore);
          if (verdict?.spokenOfOnly) spokenOf.add(claim.id);
          else if (verdict && (!best || verdict.score > best.finding.score))
            best = { finding: { claimId: claim.id, owner, start, end, sentence, lang: l, score: verdict.score, cues: verdict.cues }, weights: verdict.weights };
        }
        if (best) inSentence.push({ claim, ...best });
      }
      // A claim whose words another claim made here shares, and which argues the other way, is not made;
      // nor one whose weak part ("in the neighbourhood") only places what another claim made here says ("fewer overdose deaths").
      const made = new Set([...inSentence.map(({ claim }) => claim.id), ...spokenOf]);
      const yields = ({ claim, weights }: (typeof inSentence)[number]): boolean =>
        claim.yieldsTo.some((id) => made.has(id)) ||
        (claim.weakYield !== null && weights[claim.weakYield.at]! < claim.weakYield.strong && claim.weakYield.to.some((id) => made.has(id)));
      const kept = inSentence.filter((found) => !yields(found) && !callsOnlyForChange(found, inSentence, words)).map(({ finding }) => finding);
      // A sentence whose claim words the cues read as only aimed at or hoped for has been read: the aid does not guess another claim from them.
      if (!kept.length && !spokenOf.size && compiled.aid && lang && isAbout(owner))
        kept.push(...inferClaims(compiled.claims, compiled.aid, { owner, start, end, sentence, lang }, words, question));
      if (kept.length && isAbout(owner)) findings.push(...kept.sort((a, b) => b.score - a.score));
    }
  }
  return findings;
}

/** The openers of a topic asked about in `lang`, or in every language when it is unknown. */
const askedAboutIn = (compiled: CompiledClaims, lang: Lang | null): readonly CompiledCue[] =>
  lang ? compiled.askedAbout.get(lang)! : LANGS.flatMap((l) => compiled.askedAbout.get(l)!);

type Judged = { readonly claim: CompiledClaim; readonly finding: { readonly lang: Lang | null; readonly cues: readonly string[] } };

/** Where the cue a finding has for the claim's part `at` stands in the sentence: none for a construction, which no part lists. */
function partSpans({ claim, finding }: Judged, at: number, words: SentenceWords): Span[] {
  const cue = finding.lang ? claim.langs.get(finding.lang)?.parts[at]?.find(({ form }) => form === finding.cues[at]) : undefined;
  return cue ? spansOf(cue, words.words) : [];
}

/** Is a call for the room, found beside a call for the law's change, only the change's call (./claims/told-calls.ts, `callIsTheChanges`)? */
function callsOnlyForChange(found: Judged, inSentence: readonly Judged[], words: SentenceWords): boolean {
  const { claim, finding } = found;
  const language = finding.lang ? claim.langs.get(finding.lang) : undefined;
  if (!language || !claim.isCall || saysLack(claim, language)) return false;
  const changes = inSentence.filter((other) => other.claim.isCall && saysLack(other.claim, other.claim.langs.get(finding.lang!)!));
  if (!changes.length) return false;
  const things = language.parts.flatMap((_, at) => (at === claim.calledAt ? [] : partSpans(found, at, words)));
  // Every cue and frame of the call the sentence holds, not only the one the finding shows: "back a room, and call for an exemption" still calls for it.
  const spans = (cues: readonly CompiledCue[]): Span[] => cues.flatMap((cue) => spansOf(cue, words.words));
  return callIsTheChanges(
    spans(language.parts[claim.calledAt]!),
    spans(language.frames),
    things,
    language.parts.flatMap((part, at) => (at === claim.calledAt ? [] : spans(part))),
    changes.flatMap((change) => partSpans(change, change.claim.calledAt, words)),
    words,
  );
}

/**
 * The sentence as `claim` reads it in `lang`: for a measured effect, a change word inside a name
 * ("the Lower East Side") is no change (./claims/sentence.ts, `changeInNamesBlanked`). German
 * capitalises every noun, so there a capital says nothing of a name.
 */
function readFor(claim: CompiledClaim, lang: Lang, language: CompiledLanguage, words: SentenceWords): SentenceWords {
  return claim.measured && claim.deniedAt >= 0 && lang !== 'de' ? changeInNamesBlanked(words, language.parts[claim.deniedAt]!) : words;
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
    const verdict = judge(claim, language, readFor(claim, at.lang, language, words), language.counter, question, { needsCue: aid.needsCue });
    if (!verdict || verdict.spokenOfOnly || harmOnlyInServices(claim, language, words) || harmOnlyCountedOrTaught(claim, language, words)) return [];
    return [{ claimId: claim.id, ...at, score: inference.probability, cues: verdict.cues, inferredFrom: inference.words }];
  });
}
