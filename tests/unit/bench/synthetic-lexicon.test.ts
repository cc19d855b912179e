import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LANGS, Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { syntheticLexicon } from '../../../scripts/bench/synthetic-lexicon';

const bundled = v.parse(Lexicon, bundledJson);

describe('syntheticLexicon', () => {
  const scaled = syntheticLexicon(bundled, 10_000);

  const extra = scaled.terms.slice(bundled.terms.length);

  it('keeps every bundled term and adds exactly the requested number of new, distinct terms', () => {
    expect(scaled.terms.slice(0, bundled.terms.length)).toEqual(bundled.terms);
    expect(extra).toHaveLength(10_000);
    const forms = new Set(extra.map((t) => t.form.toLowerCase()));
    expect(forms.size).toBe(10_000);
    for (const term of bundled.terms) expect(forms.has(term.form.toLowerCase())).toBe(false);
  });

  it('is a valid lexicon the engine can be given, spread over every language', () => {
    expect(() => v.parse(Lexicon, scaled)).not.toThrow();
    expect(new Set(scaled.terms.map((t) => t.lang))).toEqual(new Set(LANGS));
    expect(scaled.cues).toEqual(bundled.cues);
  });

  it('makes some terms start with words real pages contain, so a matcher cannot reject them all at once', () => {
    const realWords = new Set([
      'the',
      'city',
      'new',
      'public',
      'health',
      'service',
      'council',
      'safe',
      ...bundled.terms.map((t) => t.form.toLowerCase().split(' ')[0]!),
    ]);
    const realStart = extra.filter((t) => t.form.includes(' ') && realWords.has(t.form.split(' ')[0]!));
    expect(realStart.length).toBeGreaterThan(1_000);
    expect(realStart.length).toBeLessThan(3_000);
  });

  it('is the same lexicon on every run, and another one for another seed', () => {
    expect(syntheticLexicon(bundled, 200)).toEqual(syntheticLexicon(bundled, 200));
    expect(syntheticLexicon(bundled, 200, 1).terms).not.toEqual(syntheticLexicon(bundled, 200, 2).terms);
  });
});
