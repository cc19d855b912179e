/**
 * Finds, in the prose of a frame's stories about the topic, the sentences that make one of the
 * dataset's claims and the stakeholders' names. Runs in the background, on request: the claims
 * model (with its learned recall aid, as shipped: src/engine/claims-as-shipped.ts) and the
 * names are compiled on the first request (most browsing sessions never make
 * one), and the content script, parsed in every frame of every page, carries none of them.
 */
import debate from 'virtual:claimlens/debate';
import { FORMS_OF_ADDRESS } from '../data/stakeholder-names';
import { LANGS, type Lang } from '../data/lexicon-schema';
import { compileShippedClaims } from '../engine/claims-as-shipped';
import { SHOWN_WORDS } from '../engine/claims-model';
import { findClaims, type CompiledClaims } from '../engine/find-claims';
import { compileNames, findStakeholders, type CompiledNames } from '../engine/find-stakeholders';
import type { DebateFound, DebateProse } from '../platform/messages';

let compiled: { claims: CompiledClaims; names: CompiledNames } | null = null;

const asLang = (tag: string | null): Lang | null => {
  const lang = tag?.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : null;
};

/** Every claim sentence (one per sentence, its claims strongest first) and every stakeholder's name in `prose`. */
export function findDebate(prose: readonly DebateProse[]): DebateFound {
  compiled ??= { claims: compileShippedClaims(debate.claims, debate.claimsModel), names: compileNames(debate.names, FORMS_OF_ADDRESS) };
  // Only stories about the topic are sent: every one of them counts.
  const found = findClaims(
    prose.map((p, index) => ({ text: p.text, owner: index, lang: asLang(p.lang) })),
    compiled.claims,
    () => true,
  );
  const claims: DebateFound['claims'] = [];
  for (const finding of found) {
    const last = claims[claims.length - 1];
    if (last && last.index === finding.owner && last.start === finding.start) {
      last.claimIds.push(finding.claimId);
      // A sentence's claims are all cued or all inferred: inferred ones pool their words.
      if (last.inferredFrom && finding.inferredFrom) last.inferredFrom = [...new Set([...last.inferredFrom, ...finding.inferredFrom])].slice(0, SHOWN_WORDS);
      continue;
    }
    const { owner: index, start, end, claimId, cues, inferredFrom } = finding;
    claims.push({ index, start, end, claimIds: [claimId], cues: [...cues], ...(inferredFrom && { inferredFrom: [...inferredFrom] }) });
  }
  const names = findStakeholders(
    prose.map((p, index) => ({ text: p.text, owner: index, story: p.story })),
    compiled.names,
  ).map((n) => ({ index: n.owner, start: n.start, end: n.end, stakeholderId: n.stakeholderId }));
  return { claims, names };
}
