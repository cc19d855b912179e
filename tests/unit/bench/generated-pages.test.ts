import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { generatedPages } from '../../../scripts/bench/generated-pages';

function textOf(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return document.body.textContent;
}

describe('generatedPages', () => {
  const pages = generatedPages();

  it('covers the corpus size range, from a few KB to about 1.5 MB, growing page by page', () => {
    expect(pages).toHaveLength(24);
    const sizes = pages.map((page) => page.html.length);
    expect(sizes[0]).toBeGreaterThanOrEqual(3_000);
    expect(sizes[0]).toBeLessThan(10_000);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(1_500_000);
    expect(sizes.at(-1)).toBeLessThan(1_600_000);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
  });

  it('holds the markup that makes text walking hard', () => {
    const all = pages.map((page) => page.html).join('');
    for (const markup of ['<em>', '<a href', '<table>', '<textarea>', '<svg', '<template>', '<div><div><div><div><div>']) expect(all).toContain(markup);
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
