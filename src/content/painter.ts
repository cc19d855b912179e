/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched.
 *
 * One `Highlight` holds exactly one StaticRange per mention. It is registered as
 * `claimlens-mention` (what tests and other features read) and, when given a style, under the
 * same object as `claimlens-style-<style>` (what highlight-styles.css paints), so changing the
 * style swaps one alias and never repaints ranges. In the extension the highlight-style
 * feature owns that alias instead. `claimlens-active` is left to the active-mention feature.
 */

export const MENTION_HIGHLIGHT = 'claimlens-mention';
export const styleHighlightName = (style: string): string => `claimlens-style-${style}`;

export class MentionPainter {
  readonly #highlight = new Highlight();
  /** What the highlight holds: Firefox cannot iterate a page Highlight from a content script. */
  readonly #painted = new Set<StaticRange>();
  #style: string | null;

  constructor(style: string | null) {
    this.#style = style;
    CSS.highlights.set(MENTION_HIGHLIGHT, this.#highlight);
    if (style) CSS.highlights.set(styleHighlightName(style), this.#highlight);
  }

  /** Makes the highlight hold exactly `ranges`, adding and removing only what changed. */
  paint(ranges: readonly StaticRange[]): void {
    const wanted = new Set(ranges);
    for (const range of this.#painted) {
      if (wanted.has(range)) continue;
      this.#highlight.delete(range);
      this.#painted.delete(range);
    }
    for (const range of ranges) {
      if (this.#painted.has(range)) continue;
      this.#highlight.add(range);
      this.#painted.add(range);
    }
  }

  /** Paints the same mentions in another style. */
  setStyle(style: string): void {
    if (style === this.#style) return;
    if (this.#style) CSS.highlights.delete(styleHighlightName(this.#style));
    this.#style = style;
    CSS.highlights.set(styleHighlightName(style), this.#highlight);
  }

  dispose(): void {
    this.#highlight.clear();
    this.#painted.clear();
    if (CSS.highlights.get(MENTION_HIGHLIGHT) === this.#highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    if (this.#style && CSS.highlights.get(styleHighlightName(this.#style)) === this.#highlight) CSS.highlights.delete(styleHighlightName(this.#style));
  }
}
