import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseMatcher } from '../../../src/engine/phrase-matcher';

function occurrences(phrases: string[], text: string): string[] {
  const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const found: string[] = [];
  new PhraseMatcher(phrases).scan(codes, codes.length, (id, start, end) => found.push(`${phrases[id]!}@${start}-${end}`));
  return found.sort();
}

/** Is there a word boundary before `at`: the text's start, or a unit that is no letter or digit? */
const startsWord = (text: string, at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

/** Every occurrence of every phrase that starts a word, the slow obvious way. */
function naive(phrases: string[], text: string): string[] {
  const found = new Set<string>();
  phrases.forEach((phrase, id) => {
    if (phrases.indexOf(phrase) !== id || !phrase) return;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (startsWord(text, at)) found.add(`${phrase}@${at}-${at + phrase.length}`);
    }
  });
  return [...found].sort();
}

/** Text as normalisation leaves it: never two spaces in a row. */
const normalised = (text: string): string => text.replace(/ {2,}/g, ' ');

describe('PhraseMatcher (Aho–Corasick)', () => {
  it('reports overlapping and nested phrases in one pass', () => {
    expect(occurrences(['consumption room', 'drug consumption room', 'room', 'drug'], 'a drug consumption room')).toEqual(
      ['consumption room@7-23', 'drug consumption room@2-23', 'drug@2-6', 'room@19-23'].sort(),
    );
  });

  it('follows failure links across partial matches', () => {
    expect(occurrences(['a b cd', 'b ce', 'c'], 'a b ce')).toEqual(['b ce@2-6', 'c@4-5']);
  });

  it('reports only phrases that start a word, after any unit that is no letter or digit', () => {
    expect(occurrences(['ops', 'sis', 'dcr'], 'stops, basis; ops (dcr) x-sis 2dcr')).toEqual(['dcr@19-22', 'ops@14-17', 'sis@26-29']);
    expect(occurrences(['&a', 'k&a'], 'k&a b&a &a')).toEqual(['&a@8-10', 'k&a@0-3']);
  });

  it('finds exactly what a naive search finds, for any phrases and text', () => {
    // Wide states (4+ children), their non-ASCII fallback, and units that end a word.
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'é', ' ', '&', '2');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 80 }).map(normalised), (phrases, text) => {
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
        const text = normalised(pieces.map(([which, from]) => phrases[which % phrases.length]!.slice(from)).join(''));
        expect(new PhraseMatcher(phrases).stateCount).toBeGreaterThan(600);
        expect(occurrences(phrases, text)).toEqual(naive(phrases, text));
      }),
      { numRuns: 50 },
    );
  });
});
