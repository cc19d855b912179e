/**
 * What the pages and the ranking read from the claims model, without the schema library: the
 * card data (and so the EvidenceEntry the content script carries) imports this, and must not
 * pull in valibot.
 */
import type { Claim, Claims } from './claims-schema';

/** How a claim reads in `language` (a UI language tag such as "de-CH"), English when not covered. */
export function statementIn(claim: Pick<Claim, 'statement'>, language: string): string {
  const lang = language.toLowerCase().split(/[-_]/)[0]!;
  const statements: Readonly<Record<string, string>> = claim.statement;
  return statements[lang] ?? claim.statement.en;
}

/**
 * Each claim's strong cues in every language, for ranking evidence against a paragraph. Not the
 * crossed forms ("(urges|demands) … (legal basis|…)"): they are the finder's constructions, each
 * with a gap the ranking's phrase match never meets, and would only lengthen the card data.
 */
export function rankingCues(model: Claims): Record<string, string[]> {
  return Object.fromEntries(
    model.claims.map((claim) => [
      claim.id,
      [...new Set(Object.values(claim.cues).flatMap((cues) => Object.values(cues.parts).flatMap((part) => part.strong.filter((form) => !form.includes('(')))))],
    ]),
  );
}
