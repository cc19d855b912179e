/**
 * The card on the page: owns its host, renders a model into it, keeps it beside its mention
 * while the page scrolls, and gives focus back when it closes. It decides nothing about when
 * to open or close: the quote-card feature does, through the trigger state machine.
 */
import { render } from 'preact';
import type { PageCardModel } from '../../ui/card/card-model';
import { PageCard } from '../../ui/card/PageCard';
import cardCss from '../../ui/card/card.css?inline';
import { ACTIVE_HIGHLIGHT } from '../highlight-names';
import { createCardHost, type CardHost } from './card-host';
import { followRange, roomBesideRange } from './card-position';

export interface CardActions {
  /** The reader closed the card from inside it. */
  close(): void;
  /** Open the sources page, at one evidence item or (without an id) at the top. */
  openSource(itemId?: string): void;
  disableSite(): void;
  /** The mention scrolled out of view: a card pinned to the viewport's edge would point at nothing. */
  scrolledAway(): void;
  pointerIntoCard(): void;
  pointerOutOfCard(): void;
}

export interface ShowOptions {
  /** Pick the line of a wrapped mention the pointer is on. */
  pointer: { x: number; y: number } | null;
  /** Move keyboard focus into the card, and back where it was when it closes. */
  focus: boolean;
}

export class CardController {
  readonly #actions: CardActions;
  #host: CardHost | null = null;
  #stopFollowing: (() => void) | null = null;
  #returnFocus: HTMLElement | null = null;
  #restoringFocus = false;

  constructor(actions: CardActions) {
    this.#actions = actions;
  }

  /** Is focus being given back to where it was before the card took it? (not the reader focusing anew) */
  get restoringFocus(): boolean {
    return this.#restoringFocus;
  }

  /** Was the card's host taken out of the page (by the page)? */
  get hostRemoved(): boolean {
    return this.#host !== null && !this.#host.host.isConnected;
  }

  /** Is `target` (an event target) inside the card? */
  contains(target: EventTarget | null): boolean {
    return this.#host?.contains(target) ?? false;
  }

  /** Does the card hold keyboard focus? */
  get hasFocus(): boolean {
    return this.#host !== null && document.activeElement === this.#host.host;
  }

  /** Shows `model` beside `mention` (a mention, a claim sentence or a stakeholder's name). */
  show(mention: { readonly range: StaticRange }, model: PageCardModel, options: ShowOptions): void {
    if (!mention.range.startContainer.isConnected) return;
    const card = this.#ensureHost();
    if (options.focus) {
      // Read before rendering (which may replace the focused dialog). Stepping from one card to
      // the next keeps where focus goes back to when the last one closes.
      const active = document.activeElement;
      if (!(active === card.host || card.contains(active))) this.#returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.#stopFollowing?.();
    CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(mention.range));
    let maxHeight = roomBesideRange(mention.range);
    const actions = this.#actions;
    const draw = (): void => {
      const props = {
        maxHeight,
        onClose: () => actions.close(),
        onOpenSource: (itemId?: string) => actions.openSource(itemId),
        onDisableSite: () => actions.disableSite(),
      };
      render(<PageCard model={model} {...props} />, card.mount);
    };
    draw();
    card.show();
    this.#stopFollowing = followRange(mention.range, card.host, options.pointer, (placement) => {
      if (!placement.visible) return actions.scrolledAway();
      card.moveTo(placement.x, placement.y);
      if (Math.abs(placement.maxHeight - maxHeight) > 1) {
        maxHeight = placement.maxHeight;
        draw();
      }
    });
    if (options.focus) {
      card.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
    }
  }

  hide(): void {
    this.#stopFollowing?.();
    this.#stopFollowing = null;
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    const host = this.#host;
    if (host) {
      const hadFocus = document.activeElement === host.host;
      render(null, host.mount);
      host.hide();
      if (hadFocus && this.#returnFocus?.isConnected) {
        this.#restoringFocus = true;
        this.#returnFocus.focus({ preventScroll: true });
        this.#restoringFocus = false;
      }
    }
    this.#returnFocus = null;
  }

  /** Hides the card and takes its host out of the page for good. */
  dispose(): void {
    this.hide();
    this.#host?.remove();
    this.#host = null;
  }

  #ensureHost(): CardHost {
    if (this.#host) return this.#host;
    const created = createCardHost(cardCss);
    // Moving into the card keeps it open; leaving it starts the grace.
    created.host.addEventListener('pointerenter', () => this.#actions.pointerIntoCard());
    created.host.addEventListener('pointerleave', () => this.#actions.pointerOutOfCard());
    this.#host = created;
    return created;
  }
}
