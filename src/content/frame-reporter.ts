/**
 * Tells the background what this frame holds, for the badge and the popup. Reports are
 * coalesced (a page that changes constantly sends at most a few a second), and frames with
 * nothing to say stay silent: only the top frame reports "nothing found", so the popup can
 * tell "nothing here" from "Claimlens cannot run here".
 */
import type { MentionSummary } from '../platform/messages';
import { sendToBackground } from '../platform/messages';
import type { PageMention } from './mention-store';

/** The popup lists at most this many mentions per frame; the count stays exact. */
const LISTED_MENTIONS = 100;
const COALESCE_MS = 250;
const SNIPPET_CHARS = 48;

/** The mention with a few whole words either side, "…" where the paragraph goes on. */
export function snippetOf(mention: Pick<PageMention, 'context' | 'text'>): string {
  const { context, text } = mention;
  const at = context.indexOf(text);
  if (at < 0) return text;
  const from = Math.max(0, at - SNIPPET_CHARS);
  const to = Math.min(context.length, at + text.length + SNIPPET_CHARS);
  let before = context.slice(from, at);
  let after = context.slice(at + text.length, to);
  // Cut at word boundaries, never inside a word.
  if (from > 0) before = before.replace(/^\S*\s*/, '');
  if (to < context.length) after = after.replace(/\s*\S*$/, '');
  const lead = from > 0 ? '…' : '';
  const tail = to < context.length ? '…' : '';
  return `${lead}${before}${text}${after}${tail}`.replace(/\s+/g, ' ').trim();
}

export class FrameReporter {
  readonly #host: string;
  readonly #isTopFrame: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { active: boolean; mentions: readonly PageMention[] } | undefined;
  #lastSentCount = 0;

  constructor(host: string, isTopFrame: boolean) {
    this.#host = host;
    this.#isTopFrame = isTopFrame;
  }

  update(active: boolean, mentions: readonly PageMention[]): void {
    this.#pending = { active, mentions };
    this.#timer ??= setTimeout(() => this.flush(), COALESCE_MS);
  }

  /** Sends the latest state now. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    const count = pending.active ? pending.mentions.length : 0;
    if (!this.#isTopFrame && count === 0 && this.#lastSentCount === 0) return;
    this.#lastSentCount = count;
    const mentions: MentionSummary[] = pending.active
      ? pending.mentions.slice(0, LISTED_MENTIONS).map((m, index) => ({ index, text: m.text, term: m.term, snippet: snippetOf(m) }))
      : [];
    sendToBackground('frame-report', { host: this.#host, count, mentions, active: pending.active }).catch(() => undefined);
  }

  /** The frame is going away. */
  gone(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#isTopFrame || this.#lastSentCount > 0) sendToBackground('frame-gone', {}).catch(() => undefined);
  }

  /** The extension went away: nothing is left to report to, and no timer stays behind. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }
}
