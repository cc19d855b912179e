/**
 * When the card opens and closes: the dwell before opening, the grace before closing, and the
 * rules of WCAG 2.2 1.4.13 (content on hover is dismissible, hoverable and persistent).
 * Pure: it is told where the pointer is and what was pressed, and calls `open` / `close`.
 *
 *   idle ──pointer on M──▶ dwelling(M) ──dwell──▶ open(M)
 *   open(M) ──pointer on nothing──▶ closing(M) ──grace──▶ idle
 *   closing(M) ──pointer on M or on the card──▶ open(M)       (no flicker across line wraps)
 *   open(M) ──pointer on N──▶ dwell for N while M stays open
 *   any ──Escape──▶ idle, and M stays shut until the pointer leaves it
 *   any ──the page took the card away──▶ idle, and the next hover opens it again
 */

/** How the card was asked for: keyboard and popup opening move focus into it. */
export type OpenReason = 'hover' | 'click' | 'keyboard';

export interface CardTriggerOptions<M> {
  /** The dwell before a hover opens the card (read at each hover: settings change live). */
  dwellMs: () => number;
  /** The grace before a card the pointer left closes. */
  graceMs: number;
  open(mention: M, reason: OpenReason): void;
  close(): void;
}

export class CardTrigger<M> {
  #options: CardTriggerOptions<M>;
  #open: M | null = null;
  /** The mention the dwell timer will open. */
  #pending: M | null = null;
  #dwellTimer: ReturnType<typeof setTimeout> | undefined;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Dismissed with Escape while the pointer was on it: stays shut until the pointer leaves. */
  #suppressed: M | null = null;
  #pointerOn: M | null = null;
  #pointerInCard = false;

  constructor(options: CardTriggerOptions<M>) {
    this.#options = options;
  }

  /** The mention whose card is open, if any. */
  get openMention(): M | null {
    return this.#open;
  }

  /** The pointer is over `mention` (call on every move; repeated calls are cheap). */
  pointerOnMention(mention: M): void {
    if (this.#pointerOn === mention) return;
    this.#pointerOn = mention;
    if (this.#suppressed !== null && this.#suppressed !== mention) this.#suppressed = null;
    if (mention === this.#open) {
      this.#cancelDwell();
      this.#cancelGrace();
      return;
    }
    if (mention === this.#suppressed) return;
    this.#cancelGrace();
    this.#startDwell(mention);
  }

  /** The pointer is over neither a mention nor the card. */
  pointerOffMention(): void {
    if (this.#pointerOn === null) return;
    this.#pointerOn = null;
    this.#suppressed = null;
    this.#cancelDwell();
    if (this.#open !== null && !this.#pointerInCard) this.#startGrace();
  }

  pointerIntoCard(): void {
    this.#pointerInCard = true;
    this.#cancelGrace();
    this.#cancelDwell();
  }

  pointerOutOfCard(): void {
    this.#pointerInCard = false;
    if (this.#open !== null && this.#pointerOn !== this.#open) this.#startGrace();
  }

  /** Click, tap, keyboard or popup: open at once. */
  openNow(mention: M, reason: Exclude<OpenReason, 'hover'>): void {
    this.#cancelDwell();
    this.#cancelGrace();
    this.#suppressed = null;
    this.#open = mention;
    this.#options.open(mention, reason);
  }

  /** Escape, a tap elsewhere, or the mention left the page: close at once. */
  dismiss(): void {
    this.#cancelDwell();
    this.#cancelGrace();
    if (this.#open === null) return;
    this.#suppressed = this.#pointerOn;
    this.#open = null;
    this.#options.close();
  }

  /**
   * The card went away without the reader (the page removed it): back to idle, remembering
   * nothing of where the pointer was, so the next move onto any mention, this one included,
   * starts a dwell again.
   */
  forget(): void {
    this.#cancelDwell();
    this.#cancelGrace();
    this.#pointerOn = null;
    this.#pointerInCard = false;
    this.#suppressed = null;
    if (this.#open === null) return;
    this.#open = null;
    this.#options.close();
  }

  /** Stops every timer (the feature is being torn down). */
  dispose(): void {
    this.#cancelDwell();
    this.#cancelGrace();
  }

  #startDwell(mention: M): void {
    if (this.#pending === mention) return;
    this.#cancelDwell();
    this.#pending = mention;
    this.#dwellTimer = setTimeout(() => {
      this.#pending = null;
      this.#dwellTimer = undefined;
      this.#open = mention;
      this.#options.open(mention, 'hover');
    }, this.#options.dwellMs());
  }

  #cancelDwell(): void {
    clearTimeout(this.#dwellTimer);
    this.#dwellTimer = undefined;
    this.#pending = null;
  }

  #startGrace(): void {
    if (this.#graceTimer !== undefined) return;
    this.#graceTimer = setTimeout(() => {
      this.#graceTimer = undefined;
      this.#open = null;
      this.#options.close();
    }, this.#options.graceMs);
  }

  #cancelGrace(): void {
    clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }
}
