/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched.
 *
 * One `Highlight` holds exactly one StaticRange per mention. It is registered as
 * `claimlens-mention` (what tests and other features read) and, when given a style, under the
 * same object as `claimlens-style-<style>` (what highlight-styles.css paints), so changing the
 * style swaps one alias and never repaints ranges. In the extension the highlight-style
 * feature owns that alias instead. `claimlens-active` is left to the active-mention feature.
 */

import highlightStyles from './highlight-styles.css?raw';

export const MENTION_HIGHLIGHT = 'claimlens-mention';
export const styleHighlightName = (style: string): string => `claimlens-style-${style}`;

export class MentionPainter {
  readonly #highlight = new Highlight();
  /** What the highlight holds: Firefox cannot iterate a page Highlight from a content script. */
  readonly #painted = new Set<StaticRange>();
  readonly #reached = new Set<ShadowRoot>();
  #sheet: CSSStyleSheet | null = null;
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

  /**
   * Registers the highlight again if the page took it out of `CSS.highlights` (cleared it,
   * deleted it, or set its own under our name); the ranges in it are untouched.
   */
  heal(): void {
    if (CSS.highlights.get(MENTION_HIGHLIGHT) !== this.#highlight) CSS.highlights.set(MENTION_HIGHLIGHT, this.#highlight);
    if (this.#style && CSS.highlights.get(styleHighlightName(this.#style)) !== this.#highlight) CSS.highlights.set(styleHighlightName(this.#style), this.#highlight);
  }

  /** Paints the same mentions in another style. */
  setStyle(style: string): void {
    if (style === this.#style) return;
    if (this.#style) CSS.highlights.delete(styleHighlightName(this.#style));
    this.#style = style;
    CSS.highlights.set(styleHighlightName(style), this.#highlight);
  }

  /**
   * Lets mentions inside an open shadow root be seen. Chromium paints them with the page's
   * `::highlight` rules (highlight styles inherit into shadow trees); Gecko does not, so in
   * Firefox the same rules are adopted into the shadow root as a constructed stylesheet
   * (removed again on dispose). Its DOM is not touched.
   */
  reach(root: ShadowRoot): void {
    if (__BROWSER__ !== 'firefox' || this.#reached.has(root)) return;
    this.#sheet ??= new CSSStyleSheet();
    if (this.#sheet.cssRules.length === 0) this.#sheet.replaceSync(highlightStyles);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    this.#reached.add(root);
  }

  dispose(): void {
    const sheet = this.#sheet;
    for (const root of this.#reached) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    this.#reached.clear();
    this.#highlight.clear();
    this.#painted.clear();
    if (CSS.highlights.get(MENTION_HIGHLIGHT) === this.#highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    if (this.#style && CSS.highlights.get(styleHighlightName(this.#style)) === this.#highlight) CSS.highlights.delete(styleHighlightName(this.#style));
  }
}
