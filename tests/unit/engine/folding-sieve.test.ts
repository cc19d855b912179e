/**
 * The folding sieve against the path it stands in front of: normalise the whole context, match
 * it, check word boundaries. The sieve reads raw text and folds as it goes; whatever it turns
 * away must hold no match, so the mentions found are the same as without it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchContext, type Candidate } from '../../../src/engine/match-context';
import { NormalizedText, normalizePhrase } from '../../../src/engine/normalize';
import { PhraseMatcher, type FoldingSieve } from '../../../src/engine/phrase-matcher';
import { PAUSED, ProseWalker, type ProseSieve } from '../../../src/engine/text-model';
import { COMPILED, LEXICON, rangeText } from './support/dom';

/** What a page may put between, inside and around words. */
const SPACES = [' ', '  ', '\u00a0', '\n', '\t', '-', '\u2011', '\u2013', '\u2014'];
const INVISIBLE = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u0301',
  '\u0308',
];
/** fast-check runs until done; Vitest's per-test limit must not cut it short on a loaded machine. */
const LONG = 120_000;
const OTHER = ['.', ',', '(', ')', "'", '\u2019', '`', '"', '2', 'ß', 'Æ', 'ø', 'Ł', 'é', 'É', 'ü', 'Ω', 'ж', '東', '\ud83d\ude00'];

/** Raw text built from `letters`, with every kind of unit normalisation folds, drops or merges. */
const rawText = (letters: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...letters) }, fc.constantFrom(...SPACES), fc.constantFrom(...INVISIBLE), fc.constantFrom(...OTHER)),
      { maxLength: 60 },
    )
    .chain((units) =>
      fc
        .array(fc.boolean(), { minLength: units.length, maxLength: units.length })
        .map((upper) => units.map((u, i) => (upper[i] ? u.toUpperCase() : u)).join('')),
    );

/** The old path's answer: does a waking phrase occur between word boundaries in the normalised text? */
function normalisedHit(matcher: PhraseMatcher, wakes: readonly boolean[], pieces: readonly string[]): boolean {
  const text = new NormalizedText();
  let base = 0;
  for (const piece of pieces) {
    text.append(piece, base);
    base += piece.length;
  }
  let hit = false;
  matcher.scan(text.codes, text.length, (id, start, end) => {
    hit ||= wakes[id]! && text.boundaryBefore(start) && text.boundaryAt(end);
  });
  return hit;
}

/** The sieve's answer on a run, read whole as the walk reads it; fed piece by piece, it must say the same. */
function sieveHit(sieve: FoldingSieve, pieces: readonly string[]): boolean {
  const hit = sieve.read(pieces, pieces.length);
  const firstPart = sieve.firstPart;
  sieve.reset();
  for (const piece of pieces) sieve.feed(piece);
  expect([sieve.hit, sieve.firstPart]).toEqual([hit, firstPart]);
  return hit;
}

/** Cuts `text` into pieces at the given points, as text nodes would hold it. */
function cut(text: string, points: readonly number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i, all) => text.slice(start, all[i + 1] ?? text.length));
}

describe('the folding sieve', () => {
  it(
    'lets a context through exactly when normalising and matching it finds a waking phrase',
    () => {
      const letters = ['a', 'b', 'e', 'é', 's', 'ß', 'æ', '&', 'ж', 'Ω'];
      // Phrases may start or end with a unit that is no part of a word ("k&a", "'s"), and hold units outside ASCII.
      const phrase = fc
        .array(fc.constantFrom('a', 'b', 'e', 's', ' ', '&', "'", 'ж', 'ω'), { minLength: 1, maxLength: 8 })
        .map((units) => normalizePhrase(units.join('')));
      fc.assert(
        fc.property(
          fc.array(fc.tuple(phrase, fc.boolean()), { minLength: 1, maxLength: 8 }),
          rawText(letters),
          fc.array(fc.nat(), { maxLength: 5 }),
          (entries, text, points) => {
            const phrases = entries.map(([p]) => p);
            const wakes = entries.map(([, w]) => w);
            const matcher = new PhraseMatcher(phrases, wakes);
            const pieces = cut(text, points);
            expect(sieveHit(matcher.sieve(), pieces)).toBe(normalisedHit(matcher, wakes, pieces));
          },
        ),
        { numRuns: 3_000 },
      );
    },
    LONG,
  );

  it(
    'does the same with the bundled lexicon, on text made of its own words',
    () => {
      const letters = [...new Set(LEXICON.terms.flatMap((t) => [t.form, ...(t.variants ?? [])]).flatMap((form) => form.split(/\s+/)))];
      const sieve = COMPILED.matcher.sieve();
      // The main matcher holds names only (cues have their own): every phrase wakes the sieve.
      const wakes = COMPILED.phrases.map(() => true);
      fc.assert(
        fc.property(rawText([...letters, 'crisis', 'basis', 'sister', 'overdose']), fc.array(fc.nat(), { maxLength: 5 }), (text, points) => {
          const pieces = cut(text, points);
          expect(sieveHit(sieve, pieces)).toBe(normalisedHit(COMPILED.matcher, wakes, pieces));
        }),
        { numRuns: 3_000 },
      );
    },
    LONG,
  );

  it('names the first piece a match can start in: the last one read with no phrase under way', () => {
    const sieve = COMPILED.matcher.sieve();
    // "the " may begin "The Thistle": the piece after it is not one a match can start in.
    expect(sieveHit(sieve, ['The report was long. ', 'Then the ', 'drug consumption room opened.'])).toBe(true);
    expect(sieve.firstPart).toBe(1);
    // A name split across pieces starts in the piece holding its first word.
    expect(sieveHit(sieve, ['Notes. ', 'A drug ', 'consumption ', 'room.'])).toBe(true);
    expect(sieve.firstPart).toBe(1);
    // A piece that starts inside a word cannot start a match, even after a space in the piece before.
    expect(sieveHit(sieve, ['Seen. ', 'Tho', 'ugh a drug consumption room'])).toBe(true);
    expect(sieve.firstPart).toBe(1);
  });

  it(
    'finds the same candidates matching from that piece as matching the whole context',
    () => {
      const names = LEXICON.terms.flatMap((t) => [t.form, ...(t.variants ?? [])]);
      const word = fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...names) },
        fc.constantFrom('the', 'drug', 'consumption', 'overdoses', 'crisis', 'SIS', 'DCRs', 'Straße', 'naïve', 'room'),
      );
      const separator = fc.constantFrom(...SPACES, ...INVISIBLE, '. ', ' (', ') ', '');
      fc.assert(
        fc.property(fc.array(fc.tuple(word, separator, fc.array(fc.nat(), { maxLength: 2 })), { minLength: 1, maxLength: 8 }), (words) => {
          const p = document.body.appendChild(document.createElement('p'));
          try {
            // Every other piece in an inline element: one text node each, so the context has many parts.
            words.forEach(([text, sep, points], i) =>
              cut(text + sep, points).forEach((piece) => (i % 2 ? p.appendChild(document.createElement('em')).append(piece) : p.append(piece))),
            );
            const walker = new ProseWalker(p, 'subtree', COMPILED.matcher.sieve());
            for (let context = walker.next(); context; context = walker.next()) {
              if (context === PAUSED) continue;
              const whole = { owner: context.owner, nodes: context.nodes, starts: context.starts, parts: context.parts, text: context.text, firstPart: 0 };
              expect(described(matchContext(context, COMPILED, new Map(), null))).toEqual(described(matchContext(whole, COMPILED, new Map(), null)));
            }
          } finally {
            p.remove();
          }
        }),
        { numRuns: 2_000 },
      );
    },
    LONG,
  );

  it('still weighs the cues of the whole paragraph when an ambiguous name comes in a later part', () => {
    const p = document.body.appendChild(document.createElement('p'));
    try {
      p.append('Naloxone was at hand. ', Object.assign(document.createElement('em'), { textContent: 'Later' }), ', the SIS opened.');
      const context = new ProseWalker(p, 'subtree', COMPILED.matcher.sieve()).next();
      if (!context || context === PAUSED) throw new Error('the paragraph should be a context');
      expect(context.firstPart).toBeGreaterThan(0);
      const [candidate] = matchContext(context, COMPILED, new Map(), null);
      expect(candidate?.text).toBe('SIS');
      expect(candidate?.cues?.paragraph.map((cue) => cue.form)).toContain('naloxone');
    } finally {
      p.remove();
    }
  });

  it('is not fed the white space between blocks, unless a phrase is made of such units', () => {
    const root = document.body.appendChild(document.createElement('div'));
    try {
      root.innerHTML = '\n  <p>A drug consumption room.</p>\n  <p>\u0001</p>\n';
      const fed: string[] = [];
      const spying = (sieve: ProseSieve): ProseSieve => ({
        reset: () => sieve.reset(),
        read: (pieces, count) => (fed.push(...pieces.slice(0, count)), sieve.read(pieces, count)),
        get hit() {
          return sieve.hit;
        },
        get firstPart() {
          return sieve.firstPart;
        },
        get wakesOnBlank() {
          return sieve.wakesOnBlank;
        },
      });
      const texts = (sieve: ProseSieve): string[] => {
        const walker = new ProseWalker(root, 'subtree', sieve);
        const found: string[] = [];
        for (let context = walker.next(); context; context = walker.next()) if (context !== PAUSED) found.push(context.text);
        return found;
      };
      expect(texts(spying(COMPILED.matcher.sieve()))).toEqual(['A drug consumption room.']);
      expect(fed).toEqual(['A drug consumption room.']);
      // A phrase of a control character wakes on a run of one: every run is read then.
      fed.length = 0;
      expect(texts(spying(new PhraseMatcher(['\u0001']).sieve()))).toEqual(['\u0001']);
      expect(fed).toEqual(['\n  ', 'A drug consumption room.', '\n  ', '\u0001', '\n']);
    } finally {
      root.remove();
    }
  });

  it('lets a phrase through however many spaces a page puts inside it', () => {
    const matcher = new PhraseMatcher(['drug consumption room'], [true]);
    const pieces = ['a drug', ' '.repeat(300), '\u00a0consumption room.'];
    expect(normalisedHit(matcher, [true], pieces)).toBe(true);
    expect(sieveHit(matcher.sieve(), pieces)).toBe(true);
  });

  it(
    'leaves the candidates of a page unchanged, with names split across inline elements',
    () => {
      const names = LEXICON.terms.flatMap((t) => [t.form, ...(t.variants ?? [])]);
      const word = fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...names) },
        fc.constantFrom('garden', 'crisis', 'basis', 'overdoses', 'drug', 'Straße', 'naïve', 'SIS', 'sis', 'DCRs'),
      );
      const separator = fc.constantFrom(...SPACES, ...INVISIBLE, ' (', ') ', '. ');
      const inline = fc.constantFrom('em', 'b', 'a', 'span');
      const block = fc.array(fc.tuple(word, separator, fc.array(fc.nat(), { maxLength: 3 }), inline, fc.boolean()), { minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
          const root = document.body.appendChild(document.createElement('article'));
          try {
            for (const runs of blocks) {
              const p = root.appendChild(document.createElement('p'));
              for (const [text, sep, points, tag, upper] of runs) {
                const written = upper ? text.toUpperCase() : text;
                // Alternate pieces go into an inline element, as a page splits a name across markup.
                cut(written, points).forEach((piece, i) => (i % 2 ? p.appendChild(document.createElement(tag)).append(piece) : p.append(piece)));
                p.append(sep);
              }
            }
            expect(candidates(root, COMPILED.matcher.sieve())).toEqual(candidates(root, null));
          } finally {
            root.remove();
          }
        }),
        { numRuns: 1_500 },
      );
    },
    LONG,
  );
});

/** Candidates as text, place, term and evidence. */
function described(found: readonly Candidate[]): string[] {
  return found.map(
    (c) =>
      `${rangeText(c.range)}|${c.range.startOffset}-${c.range.endOffset}|${c.term.form}|${JSON.stringify(c.cues)}|${c.defines ?? ''}|${c.definedOtherwise}|${c.context}`,
  );
}

/** Every candidate under `root`, as text, place and term, read through the sieve or (null) without one. */
function candidates(root: Node, sieve: ProseSieve | null): string[] {
  const walker = new ProseWalker(root, 'subtree', sieve);
  const found: Candidate[] = [];
  for (let context = walker.next(); context; context = walker.next()) {
    if (context !== PAUSED) found.push(...matchContext(context, COMPILED, new Map(), null));
  }
  return found.map(
    (c) =>
      `${rangeText(c.range)}|${c.range.startOffset}-${c.range.endOffset}|${c.term.form}|${JSON.stringify(c.cues)}|${c.defines ?? ''}|${c.definedOtherwise}`,
  );
}
