/**
 * What this frame holds, as the popup and the page panel list it: one function that turns the
 * frame's findings into page items. Claims and stakeholders found on the page join the
 * mentions here, merged in document order, each kind indexed on its own; a claim's or
 * stakeholder's item id is its finding's id, which the frame's `reveal-finding` takes.
 * Items carry no paragraph: the panel asks for those by id (`itemParagraphs`), so the reports
 * every change sends stay small on pages where no panel is open.
 */
import { ITEM_CONTEXT_CHARS, type PageItem } from '../platform/messages';
import type { PageMention } from './mention-store';
import { compareRanges, type ClaimFinding, type PageFinding, type StakeholderFinding } from './page-findings';

/** Each frame lists at most this many items of a kind; the mention count stays exact. */
export const LISTED_ITEMS = 100;
const SNIPPET_CHARS = 48;
const SENTENCE_CHARS = 140;

/** The found text with about `chars` characters either side, cut at whole words, "…" where the paragraph goes on. */
function around(context: string, text: string, chars: number): string {
  const at = context.indexOf(text);
  if (at < 0) return context.length <= chars * 2 ? context : context.slice(0, chars * 2);
  const from = Math.max(0, at - chars);
  const to = Math.min(context.length, at + text.length + chars);
  let before = context.slice(from, at);
  let after = context.slice(at + text.length, to);
  // Cut at word boundaries, never inside a word.
  if (from > 0) before = before.replace(/^\S*\s*/, '');
  if (to < context.length) after = after.replace(/\s*\S*$/, '');
  const lead = from > 0 ? '…' : '';
  const tail = to < context.length ? '…' : '';
  return `${lead}${before}${text}${after}${tail}`;
}

/** The mention with a few whole words either side, "…" where the paragraph goes on. */
export function snippetOf(mention: Pick<PageMention, 'context' | 'text'>): string {
  if (!mention.context.includes(mention.text)) return mention.text;
  return around(mention.context, mention.text, SNIPPET_CHARS).replace(/\s+/g, ' ').trim();
}

/** The paragraph as an item carries it: whole when it fits, else the stretch around the item. */
export function itemContext(context: string, text: string): string {
  if (context.length <= ITEM_CONTEXT_CHARS) return context;
  // "…" on both sides and the words cut at the edges stay within the limit.
  const shown = around(context, text, Math.floor((ITEM_CONTEXT_CHARS - text.length) / 2) - 2);
  return shown.slice(0, ITEM_CONTEXT_CHARS);
}

/** A claim sentence as a list shows it: whole up to `SENTENCE_CHARS`, else cut at a word with "…". */
function sentenceSnippet(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= SENTENCE_CHARS ? folded : `${folded.slice(0, SENTENCE_CHARS).replace(/\s+\S*$/, '')}…`;
}

/** What the frame found. */
export interface FrameFindings {
  /** The topic's mentions in page order (the mention store's, current before the findings catch up). */
  mentions: readonly PageMention[];
  /** Everything found, in page order: its claims and stakeholders are listed here. */
  findings: readonly PageFinding[];
}

function debateItem(finding: ClaimFinding | StakeholderFinding, index: number): PageItem {
  const { kind, id, text, context } = finding;
  const shared = { id, index, text };
  return kind === 'claim'
    ? {
        kind,
        ...shared,
        ref: finding.claimIds[0] ?? '',
        snippet: sentenceSnippet(text),
        claimIds: [...finding.claimIds],
        cues: [...finding.cues],
        inferredFrom: finding.inferredFrom && [...finding.inferredFrom],
      }
    : { kind, ...shared, ref: finding.stakeholderId, snippet: snippetOf({ context, text }) };
}

const mentionItemId = (mention: Pick<PageMention, 'id'>): string => `mention-${mention.id}`;

/** The frame's items in page order: at most `LISTED_ITEMS` of each kind, each kind indexed on its own. */
export function collectPageItems({ mentions, findings }: FrameFindings): PageItem[] {
  const placed: { range: StaticRange; item: PageItem }[] = mentions.slice(0, LISTED_ITEMS).map((m, index) => ({
    range: m.range,
    item: {
      kind: 'mention',
      id: mentionItemId(m),
      index,
      text: m.text,
      ref: m.term,
      snippet: snippetOf(m),
      reason: m.reason,
    },
  }));
  const mentionsOnly = placed.length;
  for (const kind of ['claim', 'stakeholder'] as const) {
    const found = findings.filter((f): f is ClaimFinding | StakeholderFinding => f.kind === kind).slice(0, LISTED_ITEMS);
    placed.push(...found.map((f, index) => ({ range: f.range, item: debateItem(f, index) })));
  }
  if (placed.length === mentionsOnly) return placed.map(({ item }) => item);
  // Stable: each kind's own order stands where ranges cannot be told apart.
  return placed.sort((a, b) => compareRanges(a.range, b.range)).map(({ item }) => item);
}

/** The paragraphs of the items named by `ids` (as `collectPageItems` names them), each at most `ITEM_CONTEXT_CHARS`; ids no longer held are left out. */
export function itemParagraphs(ids: readonly string[], { mentions, findings }: FrameFindings): Record<string, string> {
  const wanted = new Set(ids);
  const paragraphs = new Map<string, string>();
  for (const mention of mentions) {
    const id = mentionItemId(mention);
    if (wanted.has(id)) paragraphs.set(id, itemContext(mention.context, mention.text));
  }
  for (const finding of findings) {
    if (finding.kind !== 'mention' && wanted.has(finding.id)) paragraphs.set(finding.id, itemContext(finding.context, finding.text));
  }
  return Object.fromEntries(paragraphs);
}
