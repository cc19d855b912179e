import { beforeEach, describe, expect, it } from 'vitest';
import { mentionCount, mentionShape, plantMentions } from '../../../scripts/bench/page/plant';

const FORMS = ['drug consumption room', 'Drogenkonsumraum', 'overdose prevention centre'];

function page(html: string): HTMLElement {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body;
}

/** Each planted sentence, as a reader sees it. */
function plantedSentences(root: Element): string[] {
  return [...root.textContent.matchAll(/Plans for the (.+?) were discussed again\./g)].map((m) => m[1]!);
}

describe('plantMentions', () => {
  beforeEach(() => document.body.replaceChildren());

  it('plants one mention per 2,000 characters of text, at least 3 and at most 50', () => {
    expect(mentionCount(100)).toBe(3);
    expect(mentionCount(20_000)).toBe(10);
    expect(mentionCount(10_000_000)).toBe(50);
    const root = page(`<p>${'word '.repeat(2_400)}</p><p>more</p>`);
    expect(plantMentions(root, { forms: FORMS }).planted).toBe(6);
    expect(plantedSentences(root)).toHaveLength(6);
  });

  it('uses the forms in turn, plain, capitalised, then split across an inline element', () => {
    const root = page('<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p><p>six</p>');
    const summary = plantMentions(root, { forms: FORMS, min: 6 });
    expect(summary).toEqual({ planted: 6, split: 2 });
    expect(plantedSentences(root)).toEqual(
      [
        'drug consumption room',
        'Drogenkonsumraum',
        'overdose prevention centre',
        'drug consumption room',
        'Drogenkonsumraum',
        'overdose prevention centre',
      ].map((form, i) => (mentionShape(i) === 'capitalised' ? form.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase()) : form)),
    );
    // The third mention: "overdose <em>prevention</em> centre".
    const em = root.querySelector('p:nth-child(3) em');
    expect(em?.textContent).toBe('prevention');
    expect(em?.previousSibling?.textContent).toMatch(/overdose $/);
    expect(em?.nextSibling?.textContent).toMatch(/^ centre/);
    // The sixth: a link around the last word.
    const link = root.querySelector('p:nth-child(6) a[href]');
    expect(link?.textContent).toBe('centre');
  });

  it('splits a one-word form inside the word', () => {
    const root = page('<p>a</p><p>b</p><p>c</p>');
    plantMentions(root, { forms: ['Drogenkonsumraum'] });
    const inline = root.querySelector('p:nth-child(3) em')!;
    expect(inline.previousSibling?.textContent).toBe('Drogenko');
    expect(inline.textContent).toBe('nsumraum');
  });

  it('adds to the page and changes nothing that was there', () => {
    const root = page('<p>First <b>para</b>graph.</p><ul><li>Item</li></ul><p>Last.</p>');
    const before = root.textContent;
    plantMentions(root, { forms: FORMS });
    const after = root.textContent;
    expect(after.replace(/ Plans for the .+? were discussed again\./g, '')).toBe(before);
    expect(root.querySelector('p > b')?.textContent).toBe('para');
  });

  it('keeps out of text a text model skips (templates, forms, SVG, editable content)', () => {
    const root = page(
      '<template><p>t</p></template><form><button><p>b</p></button></form><div contenteditable="true"><p>e</p></div><svg><foreignObject><p>s</p></foreignObject></svg><p id="prose">prose</p>',
    );
    plantMentions(root, { forms: FORMS });
    expect(plantedSentences(root.querySelector('#prose')!)).toHaveLength(3);
    expect(plantedSentences(root)).toHaveLength(3);
  });

  it('gives a page without prose containers a paragraph of its own', () => {
    const root = page('<div>Only a div.</div>');
    expect(plantMentions(root, { forms: FORMS }).planted).toBe(3);
    expect(root.lastElementChild?.tagName).toBe('P');
    expect(root.querySelector('div')?.textContent).toBe('Only a div.');
  });

  it('refuses to plant nothing', () => {
    expect(() => plantMentions(page('<p>x</p>'), { forms: [] })).toThrow(/no forms/);
  });
});
