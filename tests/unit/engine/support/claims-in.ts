/** The claims the bundled model's finder gives one sentence of a story (about the rooms unless said otherwise), shared by the claim tests. */
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

/** The measured claims (lives saved, less public harm) of one sentence of a story about the rooms. */
const MEASURED = ['reduce-public-harm', 'save-lives'];
export const measuredIn = (text: string, lang: Lang): string[] => claimsIn(text, lang).filter((id) => MEASURED.includes(id));
