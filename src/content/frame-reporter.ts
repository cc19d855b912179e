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

export class FrameReporter {
  readonly #host: string;
  readonly #isTopFrame: boolean;
  readonly #findings: Pick<PageFindings, 'all'>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { active: boolean; mentions: readonly PageMention[] } | undefined;
  #lastSentCount = 0;

  /** `findings`: the frame's claims and stakeholders are listed from it, as it stands when a report goes. */
  constructor(host: string, isTopFrame: boolean, findings: Pick<PageFindings, 'all'>) {
    this.#host = host;
    this.#isTopFrame = isTopFrame;
    this.#findings = findings;
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
