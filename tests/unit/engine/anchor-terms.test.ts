/**
 * Which anchors a text holds (TopicSieve.anchorsIn, anchorsUnder) and which terms each stands
 * for (packed by the build): a frame compiles the terms these name, so an anchor missed here is
 * a mention missed there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import sieveSource from 'virtual:claimlens/topic-sieve';
import { packAnchorTerms, unpackAnchorTerms } from '../../../src/engine/anchor-terms';
import { anchorTerms } from '../../../src/engine/sieve-pattern';
import { TopicSieve } from '../../../src/engine/topic-sieve';
import { LEXICON, mount } from './support/dom';
import { evaluationHtml } from './support/eval-html';

const SIEVE = new TopicSieve(sieveSource);
const ALL = sieveSource.texts;
const ANCHORS = sieveSource.anchors.length;
/** One sieve per anchor (then per capital form): the anchors a text holds are those whose own sieve says "maybe". */
const ONE_BY_ONE = ALL.map((text, index) =>
  index < ANCHORS
    ? new TopicSieve({ ...sieveSource, anyAnchor: undefined, anchors: [sieveSource.anchors[index]!], capitals: [], texts: [text] })
    : new TopicSieve({ ...sieveSource, anyAnchor: undefined, anchors: [], capitals: [sieveSource.capitals[index - ANCHORS]!], texts: [text] }),
);
const oneByOne = (text: string): number[] => ONE_BY_ONE.flatMap((sieve, index) => (sieve.test(text) ? [index] : []));

describe('the anchors a text holds, and the terms they stand for', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('packs each anchor’s terms and unpacks them unchanged', () => {
    const lists = anchorTerms(LEXICON, ALL);
    expect(unpackAnchorTerms(sieveSource.anchorTerms)).toEqual(lists);
    expect(lists.every((list) => list.length > 0)).toBe(true);
    const samples = [[], [0], [0, 1], [0, 1, 2], [3, 5, 6, 7, 9], [1, 2, 3, 4, 40, 1295]];
    expect(unpackAnchorTerms(packAnchorTerms(samples))).toEqual(samples);
    expect(() => packAnchorTerms([[1296]])).toThrow(/1296/);
  });

  it('finds in every page and passage of the evaluation and mention sets the anchors each anchor’s own sieve finds', () => {
    let several = 0;
    for (const html of evaluationHtml()) {
      const text = mount(html).textContent;
      const found = [...SIEVE.anchorsIn(text)].sort((a, b) => a - b);
      expect(found, html.slice(0, 80)).toEqual(oneByOne(text));
      if (found.length > 1) several++;
      document.body.innerHTML = '';
    }
    expect(several).toBeGreaterThan(20);
  });

  it('names every anchor that starts where another does, and anchors in folded, split and shadowed prose', () => {
    // Three anchors starting at one place: the alternation alone would name only one.
    const nested = new TopicSieve({
      ...sieveSource,
      anyAnchor: undefined,
      anchors: ['abc +de', 'abc +defg'],
      capitals: ['ABC'],
      texts: ['abc de', 'abc defg', 'abc'],
    });
    expect([...nested.anchorsIn('xx ABC   defg')].sort()).toEqual([0, 1, 2]);
    expect([...nested.anchorsIn('xx abc defg')].sort()).toEqual([0, 1]);

    const host = mount('<p>Der Drogenkonsumraum öffnet.</p><p>The drug consumpt<script>var x = "text";</script>ion room.</p><div></div>');
    host.querySelector('div')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Salle de consommation</p>';
    const names = [...SIEVE.anchorsUnder(document)].map((index) => ALL[index]);
    expect(names).toEqual(expect.arrayContaining(['drogenkonsum', 'consumption room', 'de consommation']));
  });
});
