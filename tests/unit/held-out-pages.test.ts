/** The held-out pages' halves come from their file names, and every language has both. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/lexicon-schema';
import { halfOf, heldOutPages } from '../../scripts/lib/held-out-pages';

describe('the held-out pages', () => {
  it('takes the half from the file name and refuses a name without one', () => {
    expect(halfOf('en-01-dev-frontpage.html')).toBe('dev');
    expect(halfOf('pt-03-test-blog-camara.html')).toBe('test');
    expect(() => halfOf('en-04-forum.html')).toThrow(/dev\|test/);
  });

  it('gives every language three dev pages and two test pages', () => {
    const pages = heldOutPages();
    for (const lang of LANGS) {
      const halves = pages.filter(({ name }) => name.startsWith(`${lang}-`)).map(({ half }) => half);
      expect(halves.sort(), lang).toEqual(['dev', 'dev', 'dev', 'test', 'test']);
    }
    expect(pages).toHaveLength(LANGS.length * 5);
  });
});
