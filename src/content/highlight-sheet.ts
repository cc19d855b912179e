/**
 * The highlight rules as Chromium gets them: on the root element only, not on every element.
 *
 * highlight-styles.css writes each rule as `::highlight(name)`, which matches every element:
 * Gecko needs that (no highlight inheritance: an element's highlight takes only rules that
 * match it). Chromium implements highlight inheritance — an element's `::highlight(name)`
 * takes what no rule gives it from its parent's, into shadow trees too — so one rule on the
 * root paints the whole document, and every style recalculation computes the highlight styles
 * once instead of once per element (a full recalculation of wikipedia-2 with the sheet adopted:
 * 57 ms with rules on every element, 38 ms on the root; see docs/DESIGN.md "Painting and styles").
 */

/** `css` without its comments, and every `::highlight(…)` selector limited to elements matching `scope`. */
export function scopeHighlightRules(css: string, scope: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s,{}])::highlight\(/g, `$1${scope}::highlight(`);
}
