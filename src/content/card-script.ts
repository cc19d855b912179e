/**
 * The card script (content-card.js): the card's view, which the background injects into a
 * frame the first time a card is about to open there (card/card-view.ts). It registers the
 * view and leaves a mark; nothing else.
 */
import { CardController } from './card/card-controller';
import { CARD_SCRIPT_MARK, provideCardView } from './card/card-view';

provideCardView((actions) => new CardController(actions));
try {
  performance.mark(CARD_SCRIPT_MARK);
} catch {
  // A page that replaced `performance` gets no mark, and loses nothing else.
}
