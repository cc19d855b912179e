/** The timed work itself, one function per method, each over the page's current body. */
import { findMentions, type CompiledLexicon } from './engine-adapter';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-names';
import { runPeer } from './peers';

/** The floor: the least any text finder must do, walk every text node and collect its data. */
export function walkText(root: Node): { text: string; nodes: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += (node as Text).data;
    nodes++;
  }
  return { text, nodes };
}

export function find(lexicon: CompiledLexicon): number {
  return findMentions(document.body, lexicon).length;
}

/** Find, then hand every range to the Highlight API as the content script does. */
export function findAndPaint(lexicon: CompiledLexicon): number {
  const highlight = new Highlight();
  for (const mention of findMentions(document.body, lexicon)) highlight.add(mention.range);
  CSS.highlights.set(MENTION_HIGHLIGHT, highlight);
  return highlight.size;
}

export function markJs(terms: string[]): number {
  return runPeer('markjs', document.body, terms);
}

export function advancedMark(terms: string[]): number {
  return runPeer('advancedMark', document.body, terms);
}
