/** The claims the bundled model's finder gives one sentence of a story (about the rooms unless said otherwise), shared by the claim tests. */
import { expect } from 'vitest';
import { dataset } from '../../../../src/data/dataset';
import type { Lang } from '../../../../src/data/lexicon-schema';
import { compileClaims, findClaims } from '../../../../src/engine/find-claims';

export const ABOUT_ROOMS = 'story about rooms';
const compiled = compileClaims(dataset.claims);
const aboutRooms = (owner: string): boolean => owner === ABOUT_ROOMS;

/** The findings, with their reasons, of one sentence of a story about the rooms. */
export const findingsIn = (text: string, lang: Lang | null, owner = ABOUT_ROOMS) => findClaims([{ text, owner, lang }], compiled, aboutRooms);

export function claimsIn(text: string, lang: Lang | null, owner = ABOUT_ROOMS): string[] {
  return findingsIn(text, lang, owner).map((found) => found.claimId);
}

/** Reads one claim only: `claimOf('allow-facility')` gives a sentence's findings of that claim. */
export const claimOf =
  (id: string) =>
  (text: string, lang: Lang): string[] =>
    claimsIn(text, lang).filter((found) => found === id);

/** The measured claims (lives saved, less public harm) of one sentence of a story about the rooms. */
const MEASURED = ['reduce-public-harm', 'save-lives'];
export const measuredIn = (text: string, lang: Lang): string[] => claimsIn(text, lang).filter((id) => MEASURED.includes(id));

/** A sentence and its language, as the claim tests list them. */
export type Said = readonly [text: string, lang: Lang];

/** Expects `read` to find nothing (`none`) or something (`some`) in each sentence, naming the one that fails. */
export function expectEach(sentences: readonly Said[], read: (text: string, lang: Lang) => readonly string[], found: 'none' | 'some'): void {
  for (const [text, lang] of sentences) {
    if (found === 'none') expect(read(text, lang), text).toEqual([]);
    else expect(read(text, lang), text).not.toEqual([]);
  }
}
