/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched.
 *
 * One `Highlight` holds exactly one StaticRange per mention, registered as `claimlens-mention`
 * (what tests and other features read). In Chromium it is registered under that name alone,
 * and our sheet paints that name in the reader's style (a style change rewrites the sheet):
 * after every DOM, style or highlight change Chromium rebuilds a marker for every range under
 * every name it is registered by, so a second name doubled that work on each change. Firefox
 * takes the styles from the manifest, which paint `claimlens-style-<style>`: there the same
 * object is registered under that alias too, and a style change moves the alias. Nothing is
 * registered until there is a mention: a
 * frame without one leaves `CSS.highlights` alone, so the browser has no highlight to keep
 * valid on each of the page's changes, and has no `::highlight` rule either — the styles are
 * adopted into the document (`document.adoptedStyleSheets`: no DOM change, though the page can
 * see it) with the first mention, because in Chromium any such rule makes every style
 * recalculation compute highlight styles for every element; Chromium's rules name only the
 * elements that hold what is painted (highlight-sheet.ts). Firefox takes them from the
 * manifest, which it removes when the extension goes away (an orphaned script there cannot).
 * `claimlens-active` is the card's.
 */

import highlightStyles from './highlight-styles.css?inline';
import { MENTION_HIGHLIGHT, styleHighlightName } from './highlight-names';
import { documentHighlightSheet } from './highlight-sheet';

/** Chromium: the mentions are registered once, and the sheet paints them in the style (see above). */
const ONE_NAME = __BROWSER__ !== 'firefox';

/**
 * Up to this many additions are painted at once; more are spread over tasks… In Gecko each add
 * costs in proportion to what the highlight holds. In Chromium an add is cheap (50,000 took
 * 11–21 ms in-page) and the cost is the next frame's pass over every registered range: spread
 * over tasks, each frame between them paid that pass again.
 */
const SYNC_ADDITIONS = __BROWSER__ === 'firefox' ? 2_000 : 100_000;
/** …of this long each. */
const PAINT_SLICE_MS = 8;

export class MentionPainter {
  readonly #highlight = new Highlight();
  /** What the highlight holds: Firefox cannot iterate a page Highlight from a content script. */
  readonly #painted = new Set<StaticRange>();
  /** What the last paint asked for, in order. */
  #target: readonly StaticRange[] = [];
  /** Ranges still to add, from `#next` on. */
  #pending: StaticRange[] = [];
  #next = 0;
  #drainTimer: ReturnType<typeof setTimeout> | null = null;
  /** Told of each deferred piece of painting, when it started (`painting` says whether more follow). */
  readonly #onWork: ((start: number) => void) | undefined;
  readonly #reached = new Set<ShadowRoot>();
  #sheet: CSSStyleSheet | null = null;
  #style: string;
  /** Chromium: the highlight rules, the chosen style's painting `claimlens-mention` itself. */
  #rules: string;
  /** Are our names in `CSS.highlights`? From the first mention on. */
  #registered = false;

  constructor(style: string, onWork?: (start: number) => void) {
    this.#style = style;
    this.#rules = ONE_NAME ? mentionStyles(style) : highlightStyles;
    this.#onWork = onWork;
  }

  /**
   * Makes the highlight hold exactly `ranges`. Only what changed is added or removed, and
   * additions beyond a few thousand are spread over tasks of PAINT_SLICE_MS: every add costs
   * the browser work in proportion to what the highlight holds (Gecko most of all), so 50,000
   * mentions added at once would hold the page for seconds.
   */
  paint(ranges: readonly StaticRange[]): void {
    const previous = this.#target;
    this.#target = ranges;
    // The rules are built once here: the first registration below does not build them again.
    if (__BROWSER__ !== 'firefox' && (ranges.length > 0 || this.#registered)) documentHighlightSheet().cover(this, ranges, this.#rules);
    if (ranges.length > 0 && !this.#registered) {
      this.#registered = true;
      this.heal();
    }
    // A first scan only appends: then comparing in order is enough, no set of every range.
    if (previous.length <= ranges.length && previous.every((range, i) => ranges[i] === range)) {
      for (let i = previous.length; i < ranges.length; i++) this.#pending.push(ranges[i]!);
    } else {
      const wanted = new Set(ranges);
      for (const range of this.#painted) {
        if (wanted.has(range)) continue;
        this.#highlight.delete(range);
        this.#painted.delete(range);
      }
      this.#pending = ranges.filter((range) => !this.#painted.has(range));
      this.#next = 0;
    }
    this.#reachRootsOf(this.#pending, this.#next);
    if (this.#pending.length - this.#next <= SYNC_ADDITIONS) this.#drain(Infinity);
    else this.#queueDrain();
  }

  /** Are additions still being painted? */
  get painting(): boolean {
    return this.#next < this.#pending.length;
  }

  #queueDrain(): void {
    this.#drainTimer ??= setTimeout(() => {
      this.#drainTimer = null;
      const start = performance.now();
      this.#drain(start + PAINT_SLICE_MS);
      this.#onWork?.(start);
      if (this.painting) this.#queueDrain();
    }, 0);
  }

  /** Adds pending ranges until `deadline` (performance.now()). */
  #drain(deadline: number): void {
    const pending = this.#pending;
    let i = this.#next;
    for (; i < pending.length; i++) {
      const range = pending[i]!;
      if (!this.#painted.has(range)) {
        this.#highlight.add(range);
        this.#painted.add(range);
      }
      if ((i & 31) === 31 && performance.now() >= deadline) {
        i++;
        break;
      }
    }
    if (i < pending.length) this.#next = i;
    else {
      this.#pending = [];
      this.#next = 0;
    }
  }

  /**
   * Registers the highlight again if the page took it out of `CSS.highlights` (cleared it,
   * deleted it, or set its own under our name); the ranges in it are untouched.
   */
  heal(): void {
    if (!this.#registered) return;
    // The page may replace document.adoptedStyleSheets as it may clear CSS.highlights. Firefox
    // gets the styles from the manifest instead: it removes those when the extension goes away,
    // while an orphaned script there cannot take down a sheet of its own.
    // Its rules follow the page's element changes (elementsChanged), not this check.
    if (__BROWSER__ !== 'firefox') {
      const { sheet } = documentHighlightSheet();
      if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    // Registering costs the browser a pass over every range: only when it is gone.
    if (CSS.highlights.get(MENTION_HIGHLIGHT) !== this.#highlight) CSS.highlights.set(MENTION_HIGHLIGHT, this.#highlight);
    if (!ONE_NAME && CSS.highlights.get(styleHighlightName(this.#style)) !== this.#highlight)
      CSS.highlights.set(styleHighlightName(this.#style), this.#highlight);
  }

  /** The page added or removed elements: Chromium's rules name the elements holding mentions by their place (highlight-sheet.ts). */
  elementsChanged(): void {
    if (__BROWSER__ !== 'firefox' && this.#registered) documentHighlightSheet().updateBeforeNextFrame();
  }

  /** Are our names registered (from the first mention on)? */
  get registered(): boolean {
    return this.#registered;
  }

  /** Paints the same mentions in another style. */
  setStyle(style: string): void {
    if (style === this.#style) return;
    if (ONE_NAME) {
      this.#style = style;
      this.#rules = mentionStyles(style);
      // The rules are rewritten for the elements they name (a recalculation of those alone); the ranges stay as they are.
      if (this.#registered) documentHighlightSheet().setRules(this.#rules);
      return;
    }
    if (this.#registered && CSS.highlights.get(styleHighlightName(this.#style)) === this.#highlight) CSS.highlights.delete(styleHighlightName(this.#style));
    this.#style = style;
    this.heal();
  }

  /**
   * Lets mentions inside an open shadow root be seen. Chromium paints them with the page's
   * `::highlight` rules (highlight styles inherit into shadow trees); Gecko does not, so in
   * Firefox the same rules are adopted into the shadow root as a constructed stylesheet
   * (removed again on dispose). Its DOM is not touched.
   */
  reach(root: ShadowRoot): void {
    if (__BROWSER__ !== 'firefox' || this.#reached.has(root)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#styles()];
    this.#reached.add(root);
  }

  /**
   * Firefox: every shadow root a range to paint is in gets the styles, even one the scan did not
   * report (it reports the roots it enters, not one it was asked to walk from inside).
   */
  #reachRootsOf(ranges: readonly StaticRange[], from: number): void {
    if (__BROWSER__ !== 'firefox') return;
    let last: Node | null = null;
    for (let i = from; i < ranges.length; i++) {
      const container = ranges[i]!.startContainer;
      if (container.parentNode === last) continue; // neighbours share a root: one lookup
      last = container.parentNode;
      const root = container.getRootNode();
      if (root instanceof ShadowRoot) this.reach(root);
    }
  }

  /** Firefox's shadow roots' highlight styles as one constructed sheet, built once. */
  #styles(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(highlightStyles);
    }
    return this.#sheet;
  }

  dispose(): void {
    const sheet = this.#sheet;
    for (const root of this.#reached) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    if (__BROWSER__ !== 'firefox') {
      const scoped = documentHighlightSheet();
      if (document.adoptedStyleSheets.includes(scoped.sheet))
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== scoped.sheet);
      scoped.clear();
    }
    this.#reached.clear();
    if (this.#drainTimer !== null) clearTimeout(this.#drainTimer);
    this.#highlight.clear();
    this.#painted.clear();
    this.#pending = [];
    this.#target = [];
    if (CSS.highlights.get(MENTION_HIGHLIGHT) === this.#highlight) CSS.highlights.delete(MENTION_HIGHLIGHT);
    if (CSS.highlights.get(styleHighlightName(this.#style)) === this.#highlight) CSS.highlights.delete(styleHighlightName(this.#style));
    this.#registered = false;
  }
}

/** highlight-styles.css with `style`'s rules painting `claimlens-mention` itself (Chromium's one name). */
function mentionStyles(style: string): string {
  return highlightStyles.replaceAll(`::highlight(${styleHighlightName(style)})`, `::highlight(${MENTION_HIGHLIGHT})`);
}

/** Runs several painters' `paint` (the claims' and the names'), with Chromium's highlight rules rebuilt once after them. */
export function paintTogether(paint: () => void): void {
  if (__BROWSER__ !== 'firefox') documentHighlightSheet().batch(paint);
  else paint();
}

/**
 * Paints one kind of finding beside the mentions — claim sentences (`claimlens-claim`) or
 * stakeholders' names (`claimlens-stakeholder`) — in a Highlight of its own, registered only
 * while it holds a range. They exist only where mentions do, so the styles are already there
 * (adopted with the first mention; in Firefox, the manifest's); in Chromium each painter tells
 * the sheet which elements hold its ranges, as its rules name those elements alone. Their
 * priority is below the mentions': a mention inside a claim sentence keeps its own mark.
 */
export class FindingPainter {
  readonly #highlight = new Highlight();
  readonly #name: string;
  /** What the highlight holds (a content script cannot iterate a page's Highlight in Firefox). */
  #ranges: readonly StaticRange[] = [];

  constructor(name: string, priority: number) {
    this.#name = name;
    this.#highlight.priority = priority;
  }

  /**
   * Makes the highlight hold exactly `ranges` (a few per story: no slicing needed). The same
   * ranges again change nothing: every change of a registered Highlight makes the browser
   * re-validate its ranges and repaint.
   */
  paint(ranges: readonly StaticRange[]): void {
    if (ranges.length === this.#ranges.length && ranges.every((range, i) => range === this.#ranges[i])) {
      this.heal(); // a lookup: registers it again only if the page took it away
      return;
    }
    this.#ranges = ranges;
    if (__BROWSER__ !== 'firefox') documentHighlightSheet().cover(this, ranges);
    this.#highlight.clear();
    for (const range of ranges) this.#highlight.add(range);
    if (ranges.length === 0) this.#unregister();
    else this.heal();
  }

  /** Registers the highlight again if the page took it out of `CSS.highlights`. */
  heal(): void {
    if (this.#highlight.size > 0 && CSS.highlights.get(this.#name) !== this.#highlight) CSS.highlights.set(this.#name, this.#highlight);
  }

  dispose(): void {
    this.#ranges = [];
    if (__BROWSER__ !== 'firefox') documentHighlightSheet().cover(this, []);
    this.#highlight.clear();
    this.#unregister();
  }

  #unregister(): void {
    if (CSS.highlights.get(this.#name) === this.#highlight) CSS.highlights.delete(this.#name);
  }
}
