/**
 * Off-topic prose for generated pages and appended paragraphs: ordinary news words, none of
 * them a name of the topic or a topic cue, so the only mentions are the ones the bench plants.
 */
import { between, pick, type Random } from './random';

const WORDS = [
  'the',
  'council',
  'said',
  'on',
  'budget',
  'of',
  'a',
  'new',
  'bridge',
  'and',
  'its',
  'river',
  'plan',
  'for',
  'schools',
  'in',
  'spring',
  'with',
  'local',
  'traders',
  'who',
  'asked',
  'about',
  'parking',
  'rates',
  'after',
  'the',
  'market',
  'reopened',
  'last',
  'week',
  'while',
  'rail',
  'services',
  'were',
  'delayed',
  'by',
  'weather',
  'across',
  'northern',
  'towns',
  'officials',
  'expect',
  'repairs',
  'to',
  'finish',
  'before',
  'summer',
  'festival',
  'visitors',
  'arrive',
  'museum',
  'library',
  'garden',
  'harbour',
  'election',
  'results',
  'showed',
  'turnout',
  'rose',
  'slightly',
  'compared',
  'with',
  'previous',
  'years',
  'residents',
  'welcomed',
  'changes',
] as const;

/** One sentence of `minWords`..`maxWords` words, capitalised and closed with a full stop. */
export function fillerSentence(random: Random, minWords = 6, maxWords = 18): string {
  const count = between(random, minWords, maxWords);
  const words = Array.from({ length: count }, () => pick(random, WORDS));
  const sentence = words.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** A few sentences of prose. */
export function fillerParagraph(random: Random, minSentences = 2, maxSentences = 6): string {
  return Array.from({ length: between(random, minSentences, maxSentences) }, () => fillerSentence(random)).join(' ');
}
