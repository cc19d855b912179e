/**
 * The names Claimlens registers in `CSS.highlights`, in one place: the painter and the card
 * use them, and the tests and the bench read the page through them.
 */

/** Every mention in the frame (what tests and other tools read). */
export const MENTION_HIGHLIGHT = 'claimlens-mention';
/** The mention whose card is open, or the one keyboard navigation is on. */
export const ACTIVE_HIGHLIGHT = 'claimlens-active';
/** The alias highlight-styles.css paints for a style, e.g. `claimlens-style-marker`. */
export const styleHighlightName = (style: string): string => `claimlens-style-${style}`;
