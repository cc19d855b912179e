/**
 * The part of the dataset a quote card needs, computed at build time (a Vite virtual module)
 * so the content script carries only this: no article text beyond each item's own sentence,
 * no schema library, no offsets.
 */
import { CLAIM_TAGS } from './claim-tags';
import type { Dataset, EvidenceKind, Medium, Stance } from './dataset-schema';
import type { MentionReason } from './mention-reason';

export interface CardSpeaker {
  name: string;
  role: string;
  organisation: string | null;
  /** Initials for the avatar. */
  label: string;
}

export interface CardEvidence {
  id: string;
  kind: EvidenceKind;
  medium: Medium | null;
  stance: Stance;
  speakers: CardSpeaker[];
  /** The claims it makes (ranking uses them). */
  tags: readonly string[];
  /** The verbatim words (for quotes, without the quotation marks). */
  text: string;
  /** For a partial quote: the rest of its sentence before and after the quoted words. */
  before: string;
  after: string;
  /** The article's own attribution ("She added"), if any. */
  attribution: string | null;
  /** The outlet as the article names it; null when unknown. */
  outlet: string | null;
  /** Publication date (ISO 8601) or null when unknown. */
  date: string | null;
  /** A caveat a careful reader should see. */
  note: string | null;
}

export interface CardData {
  topic: { name: string; description: string };
  /** How many evidence items take each stance. */
  counts: Record<Stance, number>;
  /** How many source articles the evidence comes from. */
  sourceCount: number;
  /** Every item, in dataset order. */
  evidence: CardEvidence[];
  /** Cue words per claim tag, for ranking. */
  tagCues: Record<string, readonly string[]>;
}

/** What one card shows: the evidence ranked for the paragraph around one mention. */
export interface CardModel {
  /** The words as found on the page. */
  termFound: string;
  /** Why an ambiguous form was marked (null for an unambiguous one). */
  markedBecause: MentionReason | null;
  topicName: string;
  topicDescription: string;
  /** How many evidence items take each stance. */
  counts: Readonly<Record<Stance, number>>;
  /** How many source articles the evidence comes from. */
  sourceCount: number;
  /** Ranked for the paragraph around the mention, most relevant first. */
  items: CardEvidence[];
  /** How many items show before "Show all". */
  initiallyShown: number;
}

export function cardData(data: Dataset): CardData {
  const stakeholders = new Map(data.stakeholders.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const evidence = data.evidence.map((item): CardEvidence => {
    const source = sources.get(item.sourceId);
    const text = source?.text ?? '';
    const partial = item.kind === 'partial-quote';
    return {
      id: item.id,
      kind: item.kind,
      medium: item.medium,
      stance: item.stance,
      speakers: item.stakeholderIds.flatMap((id) => {
        const s = stakeholders.get(id);
        return s ? [{ name: s.name, role: s.role, organisation: s.organisation, label: s.label }] : [];
      }),
      tags: item.tags,
      text: item.text,
      // The quoted words sit in their sentence; the card draws the quotation marks itself.
      before: partial ? text.slice(item.context.start, item.start).replace(/[“"]\s*$/, '') : '',
      after: partial ? text.slice(item.end, item.context.end).replace(/^\s*[”"]/, '') : '',
      attribution: item.attribution?.text ?? null,
      outlet: source?.outlet ?? null,
      date: source?.date ?? null,
      note: item.note,
    };
  });
  const count = (stance: Stance): number => evidence.filter((e) => e.stance === stance).length;
  return {
    topic: { name: data.topic.name, description: data.topic.description },
    counts: { supports: count('supports'), opposes: count('opposes'), neutral: count('neutral') },
    sourceCount: new Set(data.evidence.map((e) => e.sourceId)).size,
    evidence,
    tagCues: Object.fromEntries(Object.entries(CLAIM_TAGS).map(([tag, { cues }]) => [tag, cues])),
  };
}
