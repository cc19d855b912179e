/**
 * When another debate's word (a counter-cue: "tax", "seat belt") rules a claim out, and when it
 * does not: it names the speaker's trade, places the room, or is a word of the claim's own cue.
 * Apart: the verdict asks these of every counter-cue, and nothing else does.
 */
import { type CompiledCue, ownSegments, spanOf, spansOf } from './cues';
import type { SentenceWords } from './sentence';
import type { CompiledLanguage } from './compiled-claims';

/** The articles that may stand between a verb telling who speaks and the speaker's title ("said the economist", "sagt der Ökonom"). */
const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'le',
  'la',
  'les',
  'un',
  'une',
  'het',
  'een',
  'de',
  'el',
  'los',
  'las',
  'una',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'il',
  'lo',
  'gli',
  'i',
  'uno',
]);

/**
 * Does every occurrence of the counter-cue name the speaker, right after a verb telling who
 * speaks or its article, or right before one ("said the economist", "the economist said",
 * "écrit l'économiste dans sa tribune", "osserva l'economista")? A speaker's trade is not another debate: an
 * economist may say the drug war failed.
 */
export function namesSpeaker(counter: CompiledCue, sentence: SentenceWords, { tellers }: CompiledLanguage): boolean {
  if (!tellers.some((teller) => sentence.has(teller))) return false;
  const { words } = sentence;
  const told = tellers.flatMap((teller) => spansOf(teller, words));
  const spans = spansOf(counter, words);
  return (
    spans.length > 0 &&
    spans.every(({ at, end }) =>
      told.some(
        (teller) =>
          // Right after the verb, or after its article ("argued about parking" names a topic, not a speaker); or right before it.
          at === teller.end || (at === teller.end + 1 && ARTICLES.has(words[teller.end]!)) || teller.at === end,
      ),
    )
  );
}

/** Words between a placing ("away from", "près de") and the counter-cue it places ("near the primary school"). */
const PLACED_WITHIN = 2;

/**
 * Is every occurrence of the counter-cue a place the room is sited by ("kept well away from
 * schools", "près d'une école", "vicino alla scuola")? Then it says where the room stands, not
 * another debate.
 */
export function placedBy(counter: CompiledCue, sentence: SentenceWords, placings: readonly CompiledCue[]): boolean {
  const { words } = sentence;
  const spans = spansOf(counter, words);
  return (
    spans.length > 0 && spans.every(({ at }) => placings.some((placing) => spansOf(placing, words).some(({ end }) => end <= at && at - end <= PLACED_WITHIN)))
  );
}

/**
 * Is the counter-cue one of the words of a cue of the claim's own in the sentence (not of its
 * gap)? Then it is that cue's word, not another debate's: "car" in "car park", a place where
 * people inject.
 */
export function withinOwnCue(counter: CompiledCue, parts: readonly (readonly CompiledCue[])[], sentence: SentenceWords): boolean {
  const span = spanOf(counter, sentence.words);
  return (
    span !== null &&
    parts.some((part) =>
      part.some((cue) => {
        const own = sentence.has(cue) ? spanOf(cue, sentence.words) : null;
        // Its own words, not what its gap holds: "ohne den Helm wäre … am Leben" still names a helmet.
        return own !== null && ownSegments(cue, own.at, own.end).some(({ at, end }) => at <= span.at && span.end <= end);
      }),
    )
  );
}
