/**
 * The page's balance: which of the dataset's voices the page quotes, which it only names, and
 * which voices on record it leaves out. Read from the paragraphs the page's items carry (the
 * paragraphs around what Claimlens found), not the whole page.
 *
 * - A voice is a stakeholder on record in the dataset (a framing counts as the voices it stands
 *   for); its side is what its items say: for, against, or otherwise (did not back, mixed).
 * - A page **names** a voice when the page's stakeholder finder found it, in any form of
 *   address it accepts ("Alison Thewliss", then "Ms Thewliss"; a role only with the name).
 * - A page **quotes** a voice when the builder's quotation extractor (quotation marks and
 *   reporting verbs, pronouns resolved) attributes a quotation to its full name (an office or
 *   group's without a leading "the", when that has two words or more: "Home Office"), or, for
 *   a voice the page names, to a form the finder found it by or to a person's surname
 *   ("Thewliss told…"). A surname alone on a page that never names the person is not them.
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

/** A stakeholder the page's finder found: its id in the dataset and the words the page names it by. */
export interface FoundName {
  id: string;
  text: string;
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

/** The name a quotation's speaker must have to be the voice, or null when its name is too common to tell. */
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

/** `found`: the stakeholders found on the page (each time it names one), which are the voices it names. */
export function pageBalance(paragraphs: readonly string[], voices: readonly Voice[], found: readonly FoundName[]): PageBalance {
  // Each voice's forms on the page, each once ("Ms Thewliss" may be found many times).
  const forms = new Map<string, Map<string, RegExp>>();
  for (const { id, text } of found) {
    const known = forms.get(id) ?? new Map<string, RegExp>();
    const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!known.has(key)) known.set(key, wordsPattern(text));
    forms.set(id, known);
  }
  const named = (voice: Voice): boolean => forms.has(voice.id);
  const byForm = (voice: Voice, speaker: string): boolean => [...(forms.get(voice.id)?.values() ?? [])].some((form) => form.test(speaker));
  const speakers = quotedSpeakers(balanceText(paragraphs));
  const speaks = (voice: Voice, speaker: string): boolean =>
    (fullName(voice)?.test(speaker) ?? false) || (named(voice) && ((surname(voice)?.test(speaker) ?? false) || byForm(voice, speaker)));
  const quoted = new Set(voices.filter((v) => speakers.some((speaker) => speaks(v, speaker))).map((v) => v.id));
  return {
    quoted: voices.filter((v) => quoted.has(v.id)),
    named: voices.filter((v) => named(v) && !quoted.has(v.id)),
    missing: voices.filter((v) => !named(v) && !quoted.has(v.id)),
  };
}
