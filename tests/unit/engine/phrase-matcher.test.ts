import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseMatcher } from '../../../src/engine/phrase-matcher';

function occurrences(phrases: string[], text: string): string[] {
  const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const found: string[] = [];
  new PhraseMatcher(phrases).scan(codes, codes.length, (id, start, end) => found.push(`${phrases[id]!}@${start}-${end}`));
  return found.sort();
}

/** Every occurrence of every phrase, the slow obvious way. */
function naive(phrases: string[], text: string): string[] {
  const found = new Set<string>();
  phrases.forEach((phrase, id) => {
    if (phrases.indexOf(phrase) !== id || !phrase) return;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.add(`${phrase}@${at}-${at + phrase.length}`);
  });
  return [...found].sort();
}

describe('PhraseMatcher (Aho–Corasick)', () => {
  it('reports overlapping and nested phrases in one pass', () => {
    expect(occurrences(['consumption room', 'drug consumption room', 'room', 'drug'], 'a drug consumption room')).toEqual(
      ['consumption room@7-23', 'drug consumption room@2-23', 'drug@2-6', 'room@19-23'].sort(),
    );
  });

  it('follows failure links across partial matches', () => {
    expect(occurrences(['abcd', 'bce', 'c'], 'abce')).toEqual(['bce@1-4', 'c@2-3']);
  });

  it('finds exactly what a naive search finds, for any phrases and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'é', ' '); // wide states (4+ children) and their non-ASCII fallback
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 80 }), (phrases, text) => {
        expect(occurrences(phrases, text)).toEqual(naive(phrases, text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same in a big lexicon, whose deeper states have no full row', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'é', ' ');
    const word = fc.string({ unit: alphabet, minLength: 6, maxLength: 10 });
    fc.assert(
      // The text strings together tails of the phrases, so deep partial matches fail and full ones occur.
      fc.property(fc.array(word, { minLength: 150, maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat(5)), { maxLength: 60 }), (phrases, pieces) => {
        const text = pieces.map(([which, from]) => phrases[which % phrases.length]!.slice(from)).join('');
        expect(new PhraseMatcher(phrases).stateCount).toBeGreaterThan(600);
        expect(occurrences(phrases, text)).toEqual(naive(phrases, text));
      }),
      { numRuns: 50 },
    );
  });
});
