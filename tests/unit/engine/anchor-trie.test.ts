/**
 * The sieve's first test runs the anchors as a trie (anchor-trie.ts): it must say "maybe"
 * exactly where the anchors' plain alternation does, or a frame with a mention would be turned away.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sieveSource from 'virtual:claimlens/topic-sieve';
import { anchorTrie } from '../../../src/engine/anchor-trie';
import { mount } from './support/dom';
import { evaluationHtml } from './support/eval-html';

const TRIE = new RegExp(sieveSource.anyAnchor!, 'iy');
const ALTERNATION = new RegExp(sieveSource.anchors.join('|'), 'iy');

/** Every place in `text` where `expression` (sticky) matches, with what it matched there (what names the anchor found: topic-sieve.ts). */
function matches(expression: RegExp, text: string): [number, string][] {
  const found: [number, string][] = [];
  for (let at = 0; at < text.length; at++) {
    expression.lastIndex = at;
    const match = expression.exec(text);
    if (match) found.push([at, match[0]]);
  }
  return found;
}

/** Every place in `text` where `expression` (sticky) matches. */
function starts(expression: RegExp, text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    expression.lastIndex = at;
    if (expression.test(text)) found.push(at);
  }
  return found;
}

describe('the anchors as one trie', () => {
  it('is what the build writes for the anchors', () => {
    expect(sieveSource.anyAnchor).toBe(anchorTrie(sieveSource.anchors));
    expect(sieveSource.anyAnchor!.length).toBeLessThan(sieveSource.anchors.join('|').length);
  });

  it('shares beginnings, keeps classes, escapes and repeats whole, and stops at a shorter anchor', () => {
    expect(anchorTrie(['ab[ -]+c', 'ab[ -]+d', 'x\\.y'])).toBe('(?:ab[ -]+(?:c|d)|x\\.y)');
    expect(anchorTrie(['fix[ ]+room', 'fix[ ]+ro'])).toBe('fix[ ]+ro');
    expect(anchorTrie(['a+b', 'a+c'])).toBe('a+(?:b|c)');
    expect(anchorTrie([])).toBe('');
  });

  it('matches at every place the alternation does, on the evaluation pages and passages', () => {
    let matched = 0;
    for (const html of evaluationHtml()) {
      const text = mount(html).textContent;
      const trie = starts(TRIE, text);
      expect(trie, html.slice(0, 80)).toEqual(starts(ALTERNATION, text));
      matched += trie.length;
      document.body.innerHTML = '';
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('matches at every place the alternation does, on text made of pieces of anchors', () => {
    const pieces = sieveSource.texts.flatMap((text) => [text, text.slice(0, text.length >> 1), text.slice(text.length >> 1), text.toUpperCase()]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '-', '\n', 'x', "'", '.')), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(starts(TRIE, text)).toEqual(starts(ALTERNATION, text));
      }),
    );
  });

  it('matches the same text as the alternation at each place: no anchor holds another, so one matches there at most', () => {
    const anchorTexts = sieveSource.texts.slice(0, sieveSource.anchors.length);
    expect(anchorTexts.filter((text) => anchorTexts.some((other) => other !== text && other.includes(text)))).toEqual([]);
    const pieces = sieveSource.texts.flatMap((text) => [text, text.slice(0, text.length >> 1), text.slice(text.length >> 1), text.toUpperCase()]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ', '-', '\n', 'x', "'", '.')), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(matches(TRIE, text)).toEqual(matches(ALTERNATION, text));
      }),
    );
    for (const html of evaluationHtml().slice(0, 40)) {
      const text = mount(html).textContent;
      expect(matches(TRIE, text)).toEqual(matches(ALTERNATION, text));
      document.body.innerHTML = '';
    }
  });
});
