/**
 * Which mention is under the pointer, without any DOM event on the highlights (they are not
 * elements). Uses `CSS.highlights.highlightsFromPoint` where the browser has it; otherwise
 * the caret position under the pointer, confirmed against the mention's line boxes so a
 * pointer in the margin beside a line does not count.
 */
import { liveRange } from '../live-range';
import type { PageMention } from '../mention-store';

interface HighlightHit {
  highlight: Highlight;
  ranges?: AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number) => HighlightHit[];

/** Pixels of slack around line boxes: rects are fractional, pointers are not. */
const SLACK = 1;

function textNodesOf(range: StaticRange): Node[] {
  const { startContainer, endContainer } = range;
  if (startContainer === endContainer) return [startContainer];
  const nodes: Node[] = [];
  const root = startContainer.parentNode?.getRootNode() ?? document;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = startContainer;
  for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === endContainer) break;
  }
  return nodes;
}

function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) return true;
  }
  return false;
}

export class MentionHitTester {
  readonly #byNode = new Map<Node, PageMention[]>();
  readonly #byRange = new Map<AbstractRange, PageMention>();
  readonly #highlightName: string;

  constructor(mentions: readonly PageMention[], highlightName: string) {
    this.#highlightName = highlightName;
    for (const mention of mentions) {
      this.#byRange.set(mention.range, mention);
      for (const node of textNodesOf(mention.range)) {
        const list = this.#byNode.get(node);
        if (list) list.push(mention);
        else this.#byNode.set(node, [mention]);
      }
    }
  }

  /**
   * The first mention inside `element` (focus moved onto it), found by walking the element's
   * text nodes against the index: the cost is the element's size up to its first mention,
   * never the number of mentions on the page.
   */
  mentionWithin(element: Node): PageMention | null {
    if (this.empty) return null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = element.nodeType === Node.TEXT_NODE ? element : walker.nextNode(); node; node = walker.nextNode()) {
      const found = this.#byNode.get(node);
      if (found) return found[0]!;
    }
    return null;
  }

  get empty(): boolean {
    return this.#byRange.size === 0;
  }

  /** The mention under the viewport point (x, y), or null. */
  mentionAt(x: number, y: number): PageMention | null {
    if (this.empty) return null;
    const fromHighlights = this.#fromHighlights(x, y);
    if (fromHighlights !== undefined) return fromHighlights;
    return this.#fromCaret(x, y);
  }

  /** undefined when the browser cannot answer this way. */
  #fromHighlights(x: number, y: number): PageMention | null | undefined {
    const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint };
    if (typeof registry.highlightsFromPoint !== 'function') return undefined;
    const ours = CSS.highlights.get(this.#highlightName);
    for (const hit of registry.highlightsFromPoint(x, y)) {
      if (hit.highlight !== ours) continue;
      if (!hit.ranges) return undefined; // an older shape of the API: ask the caret instead
      for (const range of hit.ranges) {
        const mention = this.#byRange.get(range);
        if (mention) return mention;
      }
    }
    return null;
  }

  #fromCaret(x: number, y: number): PageMention | null {
    const position = document.caretPositionFromPoint(x, y);
    const node = position?.offsetNode;
    const offset = position?.offset ?? 0;
    if (!node) return null;
    for (const mention of this.#byNode.get(node) ?? []) {
      const { range } = mention;
      const before = node === range.startContainer && offset < range.startOffset;
      const after = node === range.endContainer && offset > range.endOffset;
      if (before || after) continue;
      const live = liveRange(range);
      if (live && pointInRects(live, x, y)) return mention;
    }
    return null;
  }
}
