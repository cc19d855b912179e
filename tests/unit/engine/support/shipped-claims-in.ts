/** The claims the finder gives one sentence as shipped, the recall aid under the cues (about the rooms), shared by the claim tests that read the aid. */
import debate from 'virtual:claimlens/debate';
import type { Lang } from '../../../../src/data/lexicon-schema';
import { compileShippedClaims } from '../../../../src/engine/claims-as-shipped';
import { findClaims } from '../../../../src/engine/find-claims';

const shipped = compileShippedClaims(debate.claims, debate.claimsModel);

export const shippedClaimsIn = (text: string, lang: Lang): string[] =>
  findClaims([{ text, owner: 0, lang }], shipped, () => true).map((found) => found.claimId);
