/**
 * The hit-tester finds the mention under the pointer from the browser's answer, and the
 * mention inside a focused element through its index of text nodes, without reading every
 * mention on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionHitTester } from '../../../src/content/card/mention-hit-test';
import type { PageMention } from '../../../src/content/mention-store';

const NAME = 'claimlens-mention';

/** Counts every read of a range's nodes: the engine's StaticRanges, as happy-dom has none. */
let rangeReads = 0;
function staticRange(node: Node, endOffset: number): StaticRange {
  return {
    get startContainer() {
      return (rangeReads++, node);
    },
    get endContainer() {
      return (rangeReads++, node);
    },
    startOffset: 0,
    endOffset,
    collapsed: endOffset === 0,
  };
}

function page(paragraphs: number) {
  document.body.innerHTML =
    Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">drug consumption room number ${i}</p>`).join('') +
    '<p><a id="link" href="#">see the <b>supervised injection site</b></a></p>';
  const mentions: PageMention[] = [...document.querySelectorAll('p')].map((p, id) => {
    const node = (p.querySelector('b') ?? p).firstChild!;
    const length = node.textContent!.startsWith('drug') ? 'drug consumption room'.length : node.textContent!.length;
    const range = staticRange(node, length);
    return { id, text: node.textContent!.slice(0, length), term: '', lang: 'en', range, context: p.textContent, reason: { kind: 'unambiguous' } };
  });
  return mentions;
}

describe('MentionHitTester', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('finds the mention inside a focused element without reading every mention', () => {
    const mentions = page(2_000);
    const tester = new MentionHitTester(mentions, NAME);
    rangeReads = 0;
    const found = tester.mentionWithin(document.getElementById('link')!);
    expect(found?.text).toBe('supervised injection site');
    expect(rangeReads).toBe(0);
  });

  it('finds nothing inside an element without mentions', () => {
    const tester = new MentionHitTester(page(3), NAME);
    const other = document.createElement('div');
    other.textContent = 'no names here';
    document.body.append(other);
    expect(tester.mentionWithin(other)).toBeNull();
  });

  it('takes the mention under the pointer from highlightsFromPoint where the browser has it', () => {
    const mentions = page(3);
    const ours = { name: NAME };
    vi.stubGlobal('CSS', {
      highlights: {
        get: (name: string) => (name === NAME ? ours : undefined),
        highlightsFromPoint: (x: number) =>
          x === 10
            ? [
                { highlight: { other: true }, ranges: [mentions[0]!.range] },
                { highlight: ours, ranges: [mentions[1]!.range] },
              ]
            : [],
      },
    });
    const tester = new MentionHitTester(mentions, NAME);
    expect(tester.mentionAt(10, 10)).toBe(mentions[1]);
    expect(tester.mentionAt(500, 10)).toBeNull();
  });
});
