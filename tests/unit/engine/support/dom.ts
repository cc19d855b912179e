/**
 * DOM helpers for engine unit tests under happy-dom, which has no StaticRange: a minimal
 * one (the four boundary fields, as the spec defines them) is installed when missing.
 */
import lexiconJson from '../../../../src/data/lexicon.json';
import type { Lexicon } from '../../../../src/data/lexicon-schema';
import { compileLexicon, findMentions, type CompiledLexicon } from '../../../../src/engine';

if (typeof (globalThis as { StaticRange?: unknown }).StaticRange !== 'function') {
  class StaticRangeShim {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  Object.assign(globalThis, { StaticRange: StaticRangeShim });
}

export const LEXICON = lexiconJson as Lexicon;
export const COMPILED: CompiledLexicon = compileLexicon(LEXICON);

/** A fresh element holding `html`, attached to the document so it is connected. */
export function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

/** The text a range covers, read through a live Range as a browser would. */
export function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** The mention texts found in `html` (read back from their ranges). */
export function mentionsIn(html: string, lexicon: CompiledLexicon = COMPILED): string[] {
  const root = mount(html);
  try {
    return findMentions(root, lexicon).map((mention) => rangeText(mention.range));
  } finally {
    root.remove();
  }
}
