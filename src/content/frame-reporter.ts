/**
 * Tells the background what this frame holds, for the badge, the popup and the page panel. Reports are
 * coalesced (a page that changes constantly sends at most a few a second), and frames with
 * nothing to say stay silent: only the top frame reports "nothing found", so the popup can
 * tell "nothing here" from "Claimlens cannot run here".
 */
import { sendToBackground } from '../platform/messages';
import type { PageMention } from './mention-store';
import type { PageFindings } from './page-findings';
import { collectPageItems } from './page-items';

const COALESCE_MS = 250;
/** A report waits at most this long for a reading of claims and names under way (a background slow to answer). */
const MAX_WAIT_MS = 1_000;

export class FrameReporter {
  readonly #host: string;
  readonly #isTopFrame: boolean;
  readonly #findings: Pick<PageFindings, 'all' | 'reading'>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { active: boolean; mentions: readonly PageMention[] } | undefined;
  #lastSentCount = 0;
  /** When the pending report first waited for a reading (null: it has not waited). */
  #waitingSince: number | null = null;

  /**
   * `findings`: the frame's claims and stakeholders are listed from it, as it stands when a
   * report goes; while it is reading, a report waits for it (up to MAX_WAIT_MS).
   */
  constructor(host: string, isTopFrame: boolean, findings: Pick<PageFindings, 'all' | 'reading'>) {
    this.#host = host;
    this.#isTopFrame = isTopFrame;
    this.#findings = findings;
  }

  update(active: boolean, mentions: readonly PageMention[]): void {
    this.#pending = { active, mentions };
    this.#timer ??= setTimeout(() => this.#due(), COALESCE_MS);
  }

  /** The coalescing delay is over: send, unless claims and names are about to follow the mentions. */
  #due(): void {
    this.#timer = undefined;
    const now = performance.now();
    if (this.#pending?.active && this.#findings.reading && now - (this.#waitingSince ??= now) < MAX_WAIT_MS) {
      this.#timer = setTimeout(() => this.#due(), COALESCE_MS);
      return;
    }
    this.flush();
  }

  /** Sends the latest state now. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#waitingSince = null;
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    const count = pending.active ? pending.mentions.length : 0;
    if (!this.#isTopFrame && count === 0 && this.#lastSentCount === 0) return;
    this.#lastSentCount = count;
    const items = pending.active ? collectPageItems({ mentions: pending.mentions, findings: this.#findings.all }) : [];
    sendToBackground('frame-report', { host: this.#host, count, items, active: pending.active }).catch(() => undefined);
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
