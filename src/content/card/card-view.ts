/**
 * The card's view (Preact, the card's components and styles, its positioning: over a third of
 * the main script) is a script of its own, content-card.js, which the background injects into a
 * frame the first time a card is about to open there: most frames with a mention never open
 * one, and the main script's start then parses and runs none of it. Both scripts run in the
 * frame's isolated world, so the view registers under one symbol-keyed global there, out of the
 * page's sight. This module is all the card script shares with the main one.
 */
import type { CardActions, CardController } from './card-controller';

/** What the quote-card feature asks of the card it shows and hides. */
export type CardView = Pick<CardController, 'show' | 'hide' | 'dispose' | 'contains' | 'hostRemoved' | 'hasFocus' | 'restoringFocus'>;

/** Makes the card of one frame's quote-card feature. */
export type CardViewFactory = (actions: CardActions) => CardView;

/** A User Timing mark the page can see: the card script ran in this document (tests read it). */
export const CARD_SCRIPT_MARK = 'claimlens:card-script';

const CARD_VIEW = Symbol.for('claimlens.card-view');
type WithCardView = typeof globalThis & { [CARD_VIEW]?: CardViewFactory };

/** The card script registers the view (once per document; a second injection changes nothing). */
export function provideCardView(factory: CardViewFactory): void {
  (globalThis as WithCardView)[CARD_VIEW] ??= factory;
}

/** The view, if this document's card script has run. */
export function cardViewFactory(): CardViewFactory | null {
  return (globalThis as WithCardView)[CARD_VIEW] ?? null;
}
