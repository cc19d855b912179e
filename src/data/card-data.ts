/**
 * The part of the dataset a quote card needs, computed at build time (a Vite virtual module)
 * so the content script carries only this: no article text beyond each item's own sentence,
 * no schema library, no offsets.
 */
import { rankingCues } from './claim-text';
import type { Statement } from './claims-schema';
import { STANCES, type ClaimPosition, type Dataset, type EvidenceItem, type EvidenceKind, type Medium, type Stance, type Stakeholder } from './dataset-schema';
import type { MentionReason } from './mention-reason';

export interface CardSpeaker {
  name: string;
  role: string;
  organisation: string | null;
  /** Initials for the avatar. */
  label: string;
  /**
   * Set when the name is the article's description of others ("Police chiefs in England and
   * Wales"): who the article shows them to be (an inference) and the passages that show it.
   */
  framing: { voices: string[]; basis: string[] } | null;
}

/** How many distinct stakeholders (voices) and how many items take one stance. */
export interface StanceCount {
  voices: number;
  items: number;
}

/** The words the card shows for an elided reporter's aside. */
export const ELISION = '[…]';

export interface CardEvidence {
  id: string;
  kind: EvidenceKind;
  medium: Medium | null;
  stance: Stance;
  /** The stance rests on words outside the item's own (shown as `stanceBasis`). */
  stanceInferred: boolean;
  /** The article's words that establish the stance. */
  stanceBasis: string[];
  speakers: CardSpeaker[];
  /** Ids of the distinct stakeholders behind the item, a framing resolved to whom it stands for. */
  voices: string[];
  /** Ids of the claims it supports or opposes (ranking uses them). */
  claims: readonly string[];
  /** Where it stands on each of those claims, and the article's words that show it. */
  claimLinks: readonly CardClaimLink[];
  /** The verbatim words (for quotes, without the quotation marks). */
  text: string;
  /** `text` with each reporter's aside shown as "[…]" (the same as `text` when there is none). */
  shownText: string;
  /** For a partial quote: the rest of its sentence before and after the quoted words. */
  before: string;
  after: string;
  /** The article's own attribution ("She added"), if any. */
  attribution: string | null;
  /** The outlet as the article names it; null when unknown. */
  outlet: string | null;
  /** Is the outlet read from the article's words (its source has an outlet note) rather than stated as its own? */
  outletInferred: boolean;
  /** Publication date (ISO 8601) or null when unknown. */
  date: string | null;
  /** The article's headline as its page stated it (the reader's articles); null when unknown. */
  sourceTitle: string | null;
  /** From an article the reader added, not the bundled dataset: the card says so. */
  mine: boolean;
  /** A caveat a careful reader should see. */
  note: string | null;
}

/** An item's position on one claim, as the claim card shows it. */
export interface CardClaimLink {
  claimId: string;
  position: ClaimPosition;
  /** The position rests on words outside the item's own. */
  inferred: boolean;
  basis: string[];
}

/** A claim as its card names it: its statement in every interface language. */
export interface CardClaim {
  id: string;
  statement: Statement;
}

/** A stakeholder as their card introduces them: as the article reported them. */
export interface CardStakeholder {
  id: string;
  name: string;
  role: string;
  organisation: string | null;
  label: string;
  /** The article's words that introduce them ("North Wales Police and Crime Commissioner Arfon Jones"). */
  introduced: string;
  note: string | null;
}

export interface CardData {
  topic: { name: string; description: string };
  /** How many voices and items take each stance. */
  counts: Record<Stance, StanceCount>;
  /** How many source articles the evidence comes from. */
  sourceCount: number;
  /** Every item, in dataset order. */
  evidence: CardEvidence[];
  /** Cue words per claim, for ranking. */
  claimCues: Record<string, readonly string[]>;
  claims: CardClaim[];
  stakeholders: CardStakeholder[];
}

/** What one card shows: the evidence ranked for the paragraph around one mention. */
export interface CardModel {
  /** The words as found on the page. */
  termFound: string;
  /** Why an ambiguous form was marked (null for an unambiguous one). */
  markedBecause: MentionReason | null;
  topicName: string;
  topicDescription: string;
  /** How many voices and items take each stance. */
  counts: Readonly<Record<Stance, StanceCount>>;
  /** How many source articles the evidence comes from. */
  sourceCount: number;
  /** Ranked for the paragraph around the mention, most relevant first. */
  items: CardEvidence[];
  /** How many items show before "Show all". */
  initiallyShown: number;
  /** The extension's sources page (`…/pages/sources.html`): citations link to an item there. */
  sourcesPageUrl: string;
}

/** One claim on a claim card: who in the dataset is on record for it and against it. */
export interface ClaimSide {
  claimId: string;
  /** In the interface language. */
  statement: string;
  /** Voices and items per position on the claim (`stance` here is the position on the claim). */
  counts: Readonly<Record<Stance, StanceCount>>;
  /** Items for it first, then against, then did not back; each with its position as `stance`. */
  items: CardEvidence[];
}

/** What a claim card shows: the sentence found and each claim it makes. */
export interface ClaimCardModel {
  kind: 'claim';
  /** The sentence as found on the page. */
  textFound: string;
  /** Why it was marked: the cues matched. */
  markedBecause: MentionReason | null;
  claims: ClaimSide[];
  sourcesPageUrl: string;
}

/** What a stakeholder card shows: who they are as reported, and everything they said. */
export interface StakeholderCardModel {
  kind: 'stakeholder';
  textFound: string;
  stakeholder: CardStakeholder;
  counts: Readonly<Record<Stance, StanceCount>>;
  items: CardEvidence[];
  initiallyShown: number;
  sourcesPageUrl: string;
}

export function cardData(data: Dataset): CardData {
  const stakeholders = new Map(data.stakeholders.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const nameOf = (id: string) => stakeholders.get(id)?.name ?? id;
  const speakerOf = (s: Stakeholder): CardSpeaker => ({
    name: s.name,
    role: s.role,
    organisation: s.organisation,
    label: s.label,
    framing: s.framingOf ? { voices: s.framingOf.stakeholderIds.map(nameOf), basis: s.framingOf.basis.map((p) => p.text) } : null,
  });
  const evidence = data.evidence.map((item): CardEvidence => {
    const source = sources.get(item.sourceId);
    const text = source?.text ?? '';
    const partial = item.kind === 'partial-quote';
    return {
      id: item.id,
      kind: item.kind,
      medium: item.medium,
      stance: item.stance,
      stanceInferred: item.stanceInferred,
      stanceBasis: item.stanceBasis.map((p) => p.text),
      speakers: item.stakeholderIds.flatMap((id) => {
        const s = stakeholders.get(id);
        return s ? [speakerOf(s)] : [];
      }),
      voices: voicesOf(item, stakeholders),
      claims: item.claims.map((link) => link.claimId),
      claimLinks: item.claims.map((link) => ({
        claimId: link.claimId,
        position: link.position,
        inferred: link.inferred,
        basis: link.basis.map((p) => p.text),
      })),
      text: item.text,
      shownText: elided(item),
      // The quoted words sit in their sentence; the card draws the quotation marks itself.
      before: partial ? text.slice(item.context.start, item.start).replace(/[“"]\s*$/, '') : '',
      after: partial ? text.slice(item.end, item.context.end).replace(/^\s*[”"]/, '') : '',
      attribution: item.attribution?.text ?? null,
      outlet: source?.outlet ?? null,
      outletInferred: Boolean(source?.outlet && source.outletNote),
      date: source?.date ?? null,
      sourceTitle: source?.title ?? null,
      mine: false,
      note: item.note,
    };
  });
  return {
    topic: { name: data.topic.name, description: data.topic.description },
    counts: stanceCounts(evidence),
    sourceCount: new Set(data.evidence.map((e) => e.sourceId)).size,
    evidence,
    claimCues: rankingCues(data.claims),
    claims: data.claims.claims.map((claim) => ({ id: claim.id, statement: claim.statement })),
    stakeholders: data.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      role: s.role,
      organisation: s.organisation,
      label: s.label,
      introduced: s.introducedAt.text,
      note: s.note,
    })),
  };
}

/** The distinct stakeholders behind an item: a framing counts as the voices it stands for. */
export function voicesOf(item: Pick<EvidenceItem, 'stakeholderIds'>, stakeholders: ReadonlyMap<string, Stakeholder>): string[] {
  return [...new Set(item.stakeholderIds.flatMap((id) => stakeholders.get(id)?.framingOf?.stakeholderIds ?? [id]))];
}

/** Voices and items per stance: one MP with five items is one voice, one letter of three is three. */
export function stanceCounts(items: readonly { stance: Stance; voices: readonly string[] }[]): Record<Stance, StanceCount> {
  const count = (stance: Stance): StanceCount => {
    const taking = items.filter((e) => e.stance === stance);
    return { voices: new Set(taking.flatMap((e) => e.voices)).size, items: taking.length };
  };
  return Object.fromEntries(STANCES.map((stance) => [stance, count(stance)])) as Record<Stance, StanceCount>;
}

/** The item's words with each reporter's aside replaced by "[…]". */
function elided(item: EvidenceItem): string {
  let shown = '';
  let at = item.start;
  for (const span of [...item.elisions].sort((a, b) => a.start - b.start)) {
    shown += item.text.slice(at - item.start, span.start - item.start) + ELISION;
    at = span.end;
  }
  return shown + item.text.slice(at - item.start);
}
