/**
 * The highlight rules as Chromium gets them: on the few elements that hold what we paint, not
 * on every element.
 *
 * highlight-styles.css writes each rule as `::highlight(name)`, which matches every element:
 * Gecko needs that (no highlight inheritance: an element's highlight takes only rules that
 * match it). Chromium implements highlight inheritance — an element's `::highlight(name)`
 * takes what no rule gives it from its parent's, into shadow trees too — so a rule on the
 * element that holds a mention paints it. Adopting rules that may match any element makes
 * Chromium recalculate the style of every element, and every later recalculation computes
 * highlight styles for all of them; rules on a path of `:nth-child` steps are matched by
 * Chromium's invalidation to their elements, so adopting them restyles those subtrees alone
 * (see docs/DESIGN.md "Painting and styles" for the numbers).
 *
 * A path names an element by its place, which the page's changes can move: when the page adds
 * or removes elements (the page watcher sees every such change) the paths are built again before
 * the next frame (`updateBeforeNextFrame`); the rules are replaced only when one changed. The
 * guard's check once a second does not build them: with nothing changed that was a walk up from
 * every holder and a new text of the rules each second, for the same rules. An element deeper than MAX_DEPTH is covered by its ancestor at that
 * depth; with more than MAX_SCOPES elements, or one among too many siblings, the rules go on
 * `:root` (one full recalculation, as any sheet costs).
 */

import highlightStyles from './highlight-styles.css?inline';

/** More elements than this to scope, and the rules go on the root instead. */
const MAX_SCOPES = 32;
/** Deeper than this, the ancestor at this depth is styled (highlights inherit into its subtree). */
const MAX_DEPTH = 48;
/** An element after this many siblings is not worth counting its way to: the root is styled. */
const MAX_INDEX = 500;
const ROOT = ':root';

/** `css` without its comments, and every `::highlight(…)` selector limited to elements matching one of `scopes`. */
export function scopeHighlightRules(css: string, scopes: readonly string[]): string {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (scopes.length === 0) return '';
  return bare.replace(
    /(^|[\s,{}])::highlight\(([^)]*)\)/g,
    (_, before: string, name: string) => before + scopes.map((scope) => `${scope}::highlight(${name})`).join(', '),
  );
}

/** The element whose subtree holds all of `range`, in the document's own tree (a shadow tree's host); null if gone from it. */
function holder(range: StaticRange): Element | null {
  let node: Node | null = range.startContainer;
  const end = range.endContainer;
  while (node && !(node.nodeType === Node.ELEMENT_NODE && (node === end || node.contains(end)))) {
    // A shadow root itself holding the text: its host holds it for the document's rules.
    if (node instanceof ShadowRoot) {
      node = node.host;
      break;
    }
    node = node.parentNode;
  }
  // Rules in the document reach a shadow tree through its host.
  for (let root = node?.getRootNode(); node && root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node?.isConnected ? (node as Element) : null;
}

/** `:root > body:nth-child(2) > …` for `element` (an element of the document), or null when it is too far to name. */
export function pathTo(element: Element): string | null {
  const steps: Element[] = [];
  for (let at: Element | null = element; at && at !== element.ownerDocument.documentElement; at = at.parentElement) steps.push(at);
  const kept = steps.slice(Math.max(0, steps.length - MAX_DEPTH)).reverse();
  let path = ROOT;
  for (const step of kept) {
    let index = 1;
    for (let sibling = step.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (++index > MAX_INDEX) return null;
    // The tag lets Chromium's invalidation look at elements of that name alone; an odd name (`a:b`) is left out.
    path += ` > ${/^[a-z][a-z0-9-]*$/i.test(step.localName) ? step.localName : '*'}:nth-child(${index})`;
  }
  return path;
}

/** The selectors that cover every range: one path per element holding ranges, or `:root`. */
export function scopesFor(lists: Iterable<readonly StaticRange[]>): string[] {
  const elements = new Set<Element>();
  for (const ranges of lists) {
    let last: StaticRange | null = null;
    for (const range of ranges) {
      // Mentions in one text node have one holder: a long text need not be walked up for each.
      if (last && range.startContainer === last.startContainer && range.endContainer === last.endContainer) continue;
      last = range;
      const element = holder(range);
      if (!element) continue;
      elements.add(element);
      if (elements.size > MAX_SCOPES) return [ROOT];
    }
  }
  const paths = new Set<string>();
  for (const element of elements) {
    const path = pathTo(element);
    if (path === null) return [ROOT];
    paths.add(path);
  }
  return [...paths];
}

/**
 * One constructed sheet for the document, with the highlight rules on the elements that hold
 * what each painter paints (`cover`). Adopting it is the painter's; this keeps its rules right.
 */
export class ScopedHighlightSheet {
  readonly sheet = new CSSStyleSheet();
  #css: string;
  readonly #ranges = new Map<object, readonly StaticRange[]>();
  #text: string | null = null;
  #frame = 0;
  /** Inside `batch`: how deep, and whether a rebuild is owed when it ends. */
  #held = 0;
  #owed = false;

  constructor(css: string) {
    this.#css = css;
  }

  /** The rules to scope (the reader's style changed which name a rule paints). */
  setRules(css: string): void {
    if (css === this.#css) return;
    this.#css = css;
    this.update();
  }

  /** `owner` paints `ranges` now (none: it paints nothing); with `css`, the rules change too, in the same one rebuild. */
  cover(owner: object, ranges: readonly StaticRange[], css = this.#css): void {
    if (ranges.length === 0) this.#ranges.delete(owner);
    else this.#ranges.set(owner, ranges);
    this.#css = css;
    this.update();
  }

  /**
   * Runs `change` (several painters covering their ranges) and builds the rules once after it:
   * each replacement of an adopted sheet's rules costs the browser a new rule set and a restyle.
   */
  batch(change: () => void): void {
    this.#held++;
    try {
      change();
    } finally {
      if (--this.#held === 0 && this.#owed) {
        this.#owed = false;
        this.update();
      }
    }
  }

  /** Builds the paths again and replaces the rules if one changed (the page moved an element). */
  update(): void {
    if (this.#held > 0) {
      this.#owed = true;
      return;
    }
    const text = scopeHighlightRules(this.#css, scopesFor(this.#ranges.values()));
    if (text === this.#text) return;
    this.#text = text;
    this.sheet.replaceSync(text);
  }

  /**
   * The page added or removed elements, which may move one the rules name: the paths are built
   * again before the next frame is drawn (once per frame however many changes came), so the
   * mention is not drawn unstyled until the guard's next check.
   */
  updateBeforeNextFrame(): void {
    if (this.#frame !== 0 || this.#ranges.size === 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.update();
    });
  }

  clear(): void {
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#ranges.clear();
    this.#text = null;
    this.sheet.replaceSync('');
  }
}

let documentSheet: ScopedHighlightSheet | null = null;

/** The frame's one scoped sheet, shared by the mention painter and the finding painters. */
export function documentHighlightSheet(): ScopedHighlightSheet {
  return (documentSheet ??= new ScopedHighlightSheet(highlightStyles));
}
