import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { generatedPages } from '../../../scripts/bench/generated-pages';

function textOf(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return document.body.textContent;
}

/** Text length without parsing (DOMParser takes seconds on a megabyte here). */
function roughTextLength(html: string): number {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '').length;
}

describe('generatedPages', () => {
  const pages = generatedPages();

  it('covers the corpus size range, from a few KB to over a megabyte, growing page by page', () => {
    expect(pages).toHaveLength(24);
    // Each page reaches its size on the way from 3 KB to 1.2 MB, overshooting by one section at most.
    pages.forEach((page, i) => {
      const target = 3_000 * (1_200_000 / 3_000) ** (i / 23);
      expect(page.html.length).toBeGreaterThanOrEqual(target);
      expect(page.html.length).toBeLessThan(target + 15_000);
    });
  });

  it('is mostly markup, like real pages, with as much text as the largest corpus page at most', () => {
    const texts = pages.map((page) => roughTextLength(page.html));
    const share = texts.reduce((a, b) => a + b) / pages.reduce((total, page) => total + page.html.length, 0);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.5);
    expect(Math.max(...texts)).toBeGreaterThan(400_000);
    expect(Math.max(...texts)).toBeLessThan(650_000);
  });

  it('holds the markup that makes text walking hard', () => {
    const all = pages.map((page) => page.html).join('');
    for (const markup of ['<em ', '<a href', '<table>', '<textarea>', '<svg', '<template>', '<div><div><div><div><div>']) expect(all).toContain(markup);
  });

  it('mentions no name of the topic: the only mentions are the ones the bench plants', () => {
    const forms = v.parse(Lexicon, bundledJson).terms.map((term) => term.form.toLowerCase());
    for (const page of pages.slice(0, 12)) {
      const text = textOf(page.html).toLowerCase();
      for (const form of forms) expect(text).not.toMatch(new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
  });

  it('is the same on every run', () => {
    expect(generatedPages(3, 3_000, 9_000)).toEqual(generatedPages(3, 3_000, 9_000));
  });
});
