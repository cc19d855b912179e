/**
 * The page's balance: which of the dataset's voices the page quotes, which it only names, and
 * which voices on record it leaves out. Read from the paragraphs the page's items carry (the
 * paragraphs around what Claimlens found), not the whole page.
 *
 * - A voice is a stakeholder on record in the dataset (a framing counts as the voices it stands
 *   for); its side is what its items say: for, against, or otherwise (did not back, mixed).
 * - A page **names** a voice by its full name. An office or group is named by its name without
 *   a leading "the" when that has two words or more ("Home Office"); a one-word name ("Tories",
 *   "the government") says too little about whose it is, so it is not looked for.
 * - A page **quotes** a voice when the builder's quotation extractor (quotation marks and
 *   reporting verbs, pronouns resolved) attributes a quotation to words that name it, or, for
 *   a person the page names in full, to their surname ("Thewliss told…"). A surname alone on
 *   a page that never names the person is not them.
 */
import { voicesOf } from '../data/card-data';
import type { Dataset, Stakeholder } from '../data/dataset-schema';
import { extractQuotations } from '../data/extract-quotations';

export type RecordSide = 'for' | 'against' | 'other';

export interface Voice {
  id: string;
  name: string;
  kind: Stakeholder['kind'];
  /** Where the dataset puts them on the topic. */
  side: RecordSide;
}

export interface PageBalance {
  /** Voices the page quotes, in dataset order. */
  quoted: Voice[];
  /** Voices the page names but does not quote. */
  named: Voice[];
  /** Voices on record that the page neither quotes nor names. */
  missing: Voice[];
}

/** Every voice on record in the dataset, with its side. */
export function voicesOnRecord(data: Pick<Dataset, 'stakeholders' | 'evidence'>): Voice[] {
  const byId = new Map(data.stakeholders.map((s) => [s.id, s]));
  const stances = new Map<string, Set<string>>();
  for (const item of data.evidence) {
    for (const voice of voicesOf(item, byId)) {
      const set = stances.get(voice) ?? new Set<string>();
      set.add(item.stance);
      stances.set(voice, set);
    }
  }
  return data.stakeholders.flatMap((s): Voice[] => {
    const taken = stances.get(s.id);
    if (s.framingOf || !taken) return [];
    const sides = [...taken].filter((stance) => stance !== 'neutral' && stance !== 'no-position-stated');
    const side: RecordSide = sides.length === 1 && sides[0] === 'supports' ? 'for' : sides.length === 1 && sides[0] === 'opposes' ? 'against' : 'other';
    return [{ id: s.id, name: s.name, kind: s.kind, side }];
  });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `words` as whole words, any case, any run of white space between them. */
function wordsPattern(words: string): RegExp {
  const body = words.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The name a page must use for the voice, or null when its name is too common to tell. */
function fullName(voice: Voice): RegExp | null {
  if (voice.kind === 'person') return wordsPattern(voice.name);
  const name = voice.name.replace(/^the\s+/i, '');
  if (/[()]/.test(name) || name.split(/\s+/).length < 2) return null;
  return wordsPattern(name);
}

function surname(voice: Voice): RegExp | null {
  if (voice.kind !== 'person') return null;
  const last = voice.name.trim().split(/\s+/).at(-1);
  return last ? wordsPattern(last) : null;
}

/** The paragraphs as one text the extractor reads (one paragraph each, in page order, each once). */
export function balanceText(paragraphs: readonly string[]): string {
  const unique = [...new Set(paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  return unique.join('\n\n');
}

/** Who the quotations of `text` are attributed to, as the text names them. */
function quotedSpeakers(text: string): string[] {
  return extractQuotations(text).quotations.flatMap((q) => (q.speaker ? [q.speaker.text] : []));
}

export function pageBalance(paragraphs: readonly string[], voices: readonly Voice[]): PageBalance {
  const text = balanceText(paragraphs);
  const named = new Set(voices.filter((v) => fullName(v)?.test(text)).map((v) => v.id));
  const speakers = quotedSpeakers(text);
  const speaks = (voice: Voice, speaker: string): boolean => Boolean(fullName(voice)?.test(speaker) || (named.has(voice.id) && surname(voice)?.test(speaker)));
  const quoted = new Set(voices.filter((v) => speakers.some((speaker) => speaks(v, speaker))).map((v) => v.id));
  return {
    quoted: voices.filter((v) => quoted.has(v.id)),
    named: voices.filter((v) => named.has(v.id) && !quoted.has(v.id)),
    missing: voices.filter((v) => !named.has(v.id) && !quoted.has(v.id)),
  };
}
