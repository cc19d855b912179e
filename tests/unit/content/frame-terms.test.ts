/**
 * A frame compiles only the terms whose topic-sieve anchors its text holds. That must never
 * change what is found: the same mentions, judged alike, as with the whole lexicon — on pages of
 * several families and languages, with capitals-only and page-defined short forms, and on every
 * page and passage of the evaluation and mention sets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import sieveSource from 'virtual:claimlens/topic-sieve';
import packedLexicon from 'virtual:claimlens/lexicon';
import { FrameTerms } from '../../../src/content/frame-terms';
import { unpackLexicon } from '../../../src/data/packed-lexicon';
import { compileLexicon, findMentions, TopicSieve, type CompiledLexicon, type EngineMention } from '../../../src/engine';
import { COMPILED, LEXICON, mount } from '../engine/support/dom';
import { evaluationHtml } from '../engine/support/eval-html';

const SIEVE = new TopicSieve(sieveSource);

/** What a reader would see of the mentions found: where each is, what it reads, why it counts. */
const seen = (mentions: readonly EngineMention[]): string[] =>
  mentions.map(
    ({ range, text, term, lang, reason }) => `${range.startContainer.textContent}@${range.startOffset} ${text} ${term} ${lang} ${JSON.stringify(reason)}`,
  );

/**
 * The mentions under `root` with the terms the anchors call for — read from the whole document,
 * from only where the sieve located them, and named by the sieve as it located them (what the
 * small script hands the main one) — and with every term; and how many terms were compiled.
 */
function subsetAndWhole(root: Node): { subset: string[]; located: string[]; handed: string[]; whole: string[]; compiled: number } {
  const subsetOf = (roots: readonly Node[]): CompiledLexicon => {
    const terms = new FrameTerms(
      () => SIEVE,
      sieveSource,
      () => true,
    );
    for (const node of roots) terms.add(node);
    return compileLexicon(LEXICON, terms.options);
  };
  const lexicon = subsetOf([document]);
  const anchors = new Set<number>();
  SIEVE.locate(document, [], { anchors });
  const handed = new FrameTerms(
    () => {
      throw new Error('the handed anchors are read without a sieve');
    },
    sieveSource,
    () => true,
  );
  handed.addAnchors(anchors);
  return {
    subset: seen(findMentions(root, lexicon)),
    located: seen(findMentions(root, subsetOf(SIEVE.locate(document)))),
    handed: seen(findMentions(root, compileLexicon(LEXICON, handed.options))),
    whole: seen(findMentions(root, COMPILED)),
    compiled: lexicon.terms.length,
  };
}

/** Our own page: names of several families in four languages, short forms in capitals and in lower case, one the page defines. */
const MIXED = `
  <article><h2>Harm reduction in three cities</h2>
    <p>The city's first drug consumption room opened in March. Drug consumption rooms (DCRs) are supervised services; the DCR has a nurse.</p>
    <p>Critics of the overdose prevention centre said the dcr of the eye clinic is another thing.</p></article>
  <article lang="de"><p>Drogenkonsumräume (DKR) gibt es in Berlin seit Jahren. Der DKR am Bahnhof hat lange Öffnungszeiten.</p>
    <p>Ein Fixerstübli gab es früher in Bern.</p></article>
  <article lang="fr"><p>La salle de consommation à moindre risque (SCMR) de Paris accueille des usagers; la SCMR reste ouverte.</p></article>
  <article lang="es"><p>Las salas de consumo supervisado reducen las sobredosis.</p></article>`;

describe('compiling only the terms a frame can hold', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('compiles every term of the languages wanted for a frame with the topic all over it, reading nothing', () => {
    const every = new FrameTerms(
      () => {
        throw new Error('every term is compiled without a sieve');
      },
      sieveSource,
      (index) => LEXICON.terms[index]!.lang === 'de',
    );
    expect(every.addEvery()).toBe(true);
    const german = LEXICON.terms.flatMap((term, index) => (term.lang === 'de' ? [index] : []));
    expect([...every.options.terms!].sort((a, b) => a - b)).toEqual(german);
    expect(every.addEvery()).toBe(false);
  });

  it('lists each term under the anchors its forms hold, in the order the content script unpacks the lexicon', () => {
    expect(unpackLexicon(packedLexicon).terms.map((term) => `${term.lang} ${term.form}`)).toEqual(LEXICON.terms.map((term) => `${term.lang} ${term.form}`));
    // A text of nothing but one written form calls for its own term.
    for (const [index, term] of LEXICON.terms.entries()) {
      document.body.innerHTML = '';
      for (const written of [term.form, ...(term.variants ?? [])]) {
        mount(`<p>${written}</p>`);
        const terms = new FrameTerms(
          () => SIEVE,
          sieveSource,
          () => true,
        );
        terms.add(document);
        expect(terms.options.terms?.has(index), written).toBe(true);
      }
    }
  });

  it('finds on a page of several families and languages exactly what the whole lexicon finds', () => {
    const host = mount(MIXED);
    const { subset, located, handed, whole, compiled } = subsetAndWhole(host);
    expect(subset).toEqual(whole);
    expect(located).toEqual(whole);
    expect(handed).toEqual(whole);
    // The page's own short forms, in capitals and defined, count; the lower-case "dcr" does not.
    const texts = findMentions(host, COMPILED).map((mention) => mention.text);
    expect(texts).toEqual(
      expect.arrayContaining(['drug consumption room', 'DCRs', 'DCR', 'Drogenkonsumräume', 'DKR', 'Fixerstübli', 'SCMR', 'salas de consumo supervisado']),
    );
    expect(texts).not.toContain('dcr');
    // And it took a small part of the lexicon to find them.
    expect(compiled).toBeLessThan(COMPILED.terms.length / 2);
  });

  it('finds a short form the page defines through a term it compiled ("Drogenkonsumräume (DKR)", then "DKR")', () => {
    const host = mount('<p lang="de">Drogenkonsumräume (DKR) sind in Berlin umstritten.</p><p lang="de">Am Montag schloss der DKR früher.</p>');
    const { subset, located, handed, whole } = subsetAndWhole(host);
    expect(subset).toEqual(whole);
    expect(located).toEqual(whole);
    expect(handed).toEqual(whole);
    expect(subset.filter((mention) => mention.includes(' DKR '))).toHaveLength(2);
  });

  it('finds capitals-only short forms, and passes them over in lower case, as the whole lexicon does', () => {
    const host = mount('<p>Supervised injection sites (SIS) cut overdoses. The SIS in town is busy.</p><p>Our sis and the ops team met.</p>');
    const { subset, located, handed, whole } = subsetAndWhole(host);
    expect(subset).toEqual(whole);
    expect(located).toEqual(whole);
    expect(handed).toEqual(whole);
    expect(subset.some((mention) => mention.includes(' SIS '))).toBe(true);
  });

  it('finds on every page and passage of the evaluation and mention sets exactly what the whole lexicon finds', () => {
    let positive = 0;
    for (const html of evaluationHtml()) {
      document.body.innerHTML = '';
      const { subset, located, handed, whole } = subsetAndWhole(mount(html));
      expect(subset, html.slice(0, 80)).toEqual(whole);
      expect(located, html.slice(0, 80)).toEqual(whole);
      expect(handed, html.slice(0, 80)).toEqual(whole);
      if (whole.length > 0) positive++;
    }
    expect(positive).toBeGreaterThan(100);
  }, 120_000);
});
