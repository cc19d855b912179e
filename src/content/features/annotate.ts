/** Finds the topic's mentions in this frame and paints them. (Placeholder until the engine lands.) */
import type { Feature } from '../feature';
import type { PageMention } from '../mention-store';

const MENTION_HIGHLIGHT = 'claimlens-mention';

function findPlaceholderMentions(): PageMention[] {
  const mentions: PageMention[] = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  const needle = /drug consumption rooms?/gi;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const match of text.matchAll(needle)) {
      const range = new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length });
      mentions.push({ id: mentions.length, text: match[0], term: 'drug consumption room', lang: 'en', range, context: text });
    }
  }
  return mentions;
}

export const annotate: Feature = {
  name: 'annotate',
  init({ mentions }, signal) {
    const found = findPlaceholderMentions();
    CSS.highlights.set(MENTION_HIGHLIGHT, new Highlight(...found.map((m) => m.range)));
    mentions.replace(found);
    signal.addEventListener('abort', () => {
      CSS.highlights.delete(MENTION_HIGHLIGHT);
      mentions.replace([]);
    });
  },
};
