/**
 * Property-based tests of the text model and matcher together: random DOM trees
 * of blocks, inline elements and open shadow roots, filled with neutral words, with names of
 * the topic planted in them written every way a page might (case, spacing, soft hyphens,
 * zero-width characters, diacritics dropped, split across inline elements at any point).
 *
 * - every planted mention is found exactly once, in order;
 * - each range reads exactly the text that was planted (what the page shows);
 * - nothing is found where nothing was planted, and a name cut by a block boundary is not one.
 *
 * Tens of thousands of cases in all; FC_RUNS scales them (e.g. FC_RUNS=2 for a longer hunt).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions } from '../../../src/engine';
import { COMPILED, LEXICON, rangeText } from './support/dom';

const SCALE = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));
/** fast-check runs until done; Vitest's per-test limit must not cut it short. */
const LONG = 300_000;

/** Words that are no name of the topic and no cue for one, in several scripts. */
const FILLER = [
  'garden',
  'river',
  'table',
  'yellow',
  'quiet',
  'Montag',
  'fenêtre',
  'árbol',
  'città',
  'tuin',
  'janela',
  'letter',
  'council',
  'says',
  'the',
  'and',
  'of',
  '2024',
  'über',
  'naïve',
  'café',
  'Ελλάδα',
  'мир',
  '東京',
];

/** Unambiguous names (ambiguous ones need a cue, which the filler never gives). */
const NAMES = LEXICON.terms
  .filter((t) => !t.ambiguous && !(t.form.length <= 6 && t.form === t.form.toUpperCase()))
  .flatMap((t) => [t.form, ...(t.variants ?? [])]);

const SEPARATORS = [' ', '\u00a0', '\n', '\t', '  ', ' \n ', '-', '\u2011', '\u2013'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200d', '\u2060'];
const INLINE = ['em', 'strong', 'span', 'a', 'b', 'i', 'mark', 'code', 'small'];
const BLOCKS = ['p', 'div', 'li', 'section', 'blockquote', 'h2', 'td'];
/** The blocks a browser lets host a shadow root (`attachShadow` throws on the others; happy-dom does not). */
const HOSTS = new Set(['p', 'div', 'section', 'blockquote', 'h2']);

/** How one name is written on the page. */
interface Written {
  /** Pieces in document order; consecutive pieces go into different inline elements. */
  pieces: string[];
  /** The exact text the page shows for it (what its range must read). */
  text: string;
}

const writtenName: fc.Arbitrary<Written> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 6, maxLength: 6 }),
    upper: fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }),
    invisible: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 2 }),
    plainLetters: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ name, separators, upper, invisible, plainLetters, cuts }) => {
    let words = name.split(' ');
    if (plainLetters) words = words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
    let text = words.map((word, i) => (i ? separators[i % separators.length]! : '') + word).join('');
    text = Array.from(text, (c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
    // Soft hyphens and zero-width characters go inside words, never at either end of the name.
    for (const [at, mark] of invisible) {
      const inner = 1 + (at % Math.max(1, text.length - 1));
      if (/\p{L}/u.test(text[inner - 1] ?? '') && /\p{L}/u.test(text[inner] ?? '')) text = text.slice(0, inner) + mark + text.slice(inner);
    }
    const points = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, text.length - 1))))].sort((a, b) => a - b);
    const pieces = [0, ...points].map((start, i, all) => text.slice(start, all[i + 1] ?? text.length)).filter(Boolean);
    return { pieces, text };
  })
  // Upper-casing can change a letter's length (ß → SS); such a name is no longer what was planted.
  .filter(({ text }) => !/[^\p{ASCII}]/u.test(text) || text.normalize('NFC') === text);

const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

/** A block's content: filler and names, with each name alone between spaces. */
type Run = { kind: 'text'; text: string } | { kind: 'name'; name: Written; tags: string[] };
const run: fc.Arbitrary<Run> = fc.oneof(
  { weight: 3, arbitrary: filler.map((text): Run => ({ kind: 'text', text })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ name: writtenName, tags: fc.array(fc.constantFrom(...INLINE), { minLength: 3, maxLength: 3 }) })
      .map(({ name, tags }): Run => ({ kind: 'name', name, tags })),
  },
);

interface BlockSpec {
  tag: string;
  runs: Run[];
  /** Put this block's content in an open shadow root. */
  shadow: boolean;
  children: BlockSpec[];
}

const block: fc.Memo<BlockSpec> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...BLOCKS),
    runs: fc.array(run, { minLength: 1, maxLength: 4 }),
    shadow: fc.boolean().map((b) => b && depth > 0),
    children: depth > 1 ? fc.array(block(depth - 1), { maxLength: 3 }) : fc.constant([]),
  }),
);

/** Builds the tree; returns the texts of the names planted, in document order. */
function build(spec: BlockSpec, parent: Node): string[] {
  const element = parent.appendChild(document.createElement(spec.tag));
  const into: Node = spec.shadow && HOSTS.has(spec.tag) ? element.attachShadow({ mode: 'open' }) : element;
  const planted: string[] = [];
  const container = into.appendChild(document.createElement('p'));
  for (const part of spec.runs) {
    container.append(' ');
    if (part.kind === 'text') {
      container.append(part.text);
    } else {
      part.name.pieces.forEach((piece, i) => {
        if (i % 2 === 0) container.append(piece);
        else container.appendChild(document.createElement(part.tags[i % part.tags.length]!)).append(piece);
      });
      planted.push(part.name.text);
    }
    container.append(' ');
  }
  for (const child of spec.children) planted.push(...build(child, into));
  return planted;
}

function foundIn(root: Element): string[] {
  return findMentions(root, COMPILED).map((mention) => rangeText(mention.range));
}

describe('text model + matcher, on random documents', () => {
  it(
    'finds every planted name exactly once, in order, each range reading exactly what was planted',
    () => {
      fc.assert(
        fc.property(fc.array(block(3), { minLength: 1, maxLength: 3 }), (blocks) => {
          const root = document.body.appendChild(document.createElement('article'));
          try {
            const planted = blocks.flatMap((spec) => build(spec, root));
            expect(foundIn(root)).toEqual(planted);
          } finally {
            root.remove();
          }
        }),
        { numRuns: runs(8_000) },
      );
    },
    LONG,
  );

  it(
    'finds nothing in documents where nothing was planted',
    () => {
      const plain = fc.record({
        words: fc.array(filler, { minLength: 1, maxLength: 30 }),
        tags: fc.array(fc.constantFrom(...INLINE, ...BLOCKS), { minLength: 30, maxLength: 30 }),
        separators: fc.array(fc.constantFrom(...SEPARATORS, ...INVISIBLE), { minLength: 30, maxLength: 30 }),
      });
      fc.assert(
        fc.property(plain, ({ words, tags, separators }) => {
          const root = document.body.appendChild(document.createElement('article'));
          try {
            words.forEach((text, i) => root.appendChild(document.createElement(tags[i]!)).append(text + separators[i]!));
            expect(foundIn(root)).toEqual([]);
          } finally {
            root.remove();
          }
        }),
        { numRuns: runs(8_000) },
      );
    },
    LONG,
  );

  it(
    'does not join a name across a block boundary or a line break',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...NAMES.filter((n) => n.includes(' '))), fc.nat(), fc.constantFrom('p', 'div', 'li', 'br'), (name, at, boundary) => {
          const words = name.split(' ');
          const cut = 1 + (at % (words.length - 1));
          const root = document.body.appendChild(document.createElement('article'));
          try {
            const first = words.slice(0, cut).join(' ');
            const rest = words.slice(cut).join(' ');
            if (boundary === 'br') {
              const p = root.appendChild(document.createElement('p'));
              p.append(`garden ${first}`, document.createElement('br'), `${rest} river`);
            } else {
              root.appendChild(document.createElement(boundary)).append(`garden ${first}`);
              root.appendChild(document.createElement(boundary)).append(`${rest} river`);
            }
            // Either half may itself be a shorter name ("Konsumraum"): whatever is found must lie within one block.
            for (const text of foundIn(root)) expect([first, rest].some((half) => half.toLowerCase().includes(text.toLowerCase()))).toBe(true);
          } finally {
            root.remove();
          }
        }),
        { numRuns: runs(4_000) },
      );
    },
    LONG,
  );
});
