/**
 * What this frame holds, as the popup and the page panel list it: one function that turns the
 * frame's findings into page items. Claims and stakeholders found on the page join the
 * mentions here, merged in document order, each kind indexed on its own (the frame's reveal
 * request for that kind takes the index).
 */
import { ITEM_CONTEXT_CHARS, type PageItem } from '../platform/messages';
import type { PageMention } from './mention-store';

/** Each frame lists at most this many items of a kind; the mention count stays exact. */
export const LISTED_ITEMS = 100;
const SNIPPET_CHARS = 48;

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

/** The frame's findings: today its mentions. */
export interface FrameFindings {
  mentions: readonly PageMention[];
}

export function collectPageItems({ mentions }: FrameFindings): PageItem[] {
  return mentions.slice(0, LISTED_ITEMS).map((m, index) => ({
    kind: 'mention',
    id: `mention-${m.id}`,
    index,
    text: m.text,
    ref: m.term,
    snippet: snippetOf(m),
    context: itemContext(m.context, m.text),
    reason: m.reason,
  }));
}
