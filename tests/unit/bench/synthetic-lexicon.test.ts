import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LANGS, Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { syntheticLexicon } from '../../../scripts/bench/synthetic-lexicon';

const bundled = v.parse(Lexicon, bundledJson);

describe('syntheticLexicon', () => {
  const scaled = syntheticLexicon(bundled, 10_000);

  it('keeps every bundled term and adds exactly the requested number of distinct terms', () => {
    expect(scaled.terms.slice(0, bundled.terms.length)).toEqual(bundled.terms);
    expect(scaled.terms).toHaveLength(bundled.terms.length + 10_000);
    expect(new Set(scaled.terms.map((t) => t.form.toLowerCase())).size).toBe(scaled.terms.length);
  });

  it('is a valid lexicon the engine can be given, spread over every language', () => {
    expect(() => v.parse(Lexicon, scaled)).not.toThrow();
    expect(new Set(scaled.terms.map((t) => t.lang))).toEqual(new Set(LANGS));
    expect(scaled.cues).toEqual(bundled.cues);
  });

  it('makes some terms start with words real pages contain, so a matcher cannot reject them all at once', () => {
    const extra = scaled.terms.slice(bundled.terms.length);
    const realStart = extra.filter((t) => /^(the|city|new|public|health|service|council|safe) /.test(t.form));
    expect(realStart.length).toBeGreaterThan(500);
    expect(realStart.length).toBeLessThan(5_000);
  });

  it('is the same lexicon on every run, and another one for another seed', () => {
    expect(syntheticLexicon(bundled, 200)).toEqual(syntheticLexicon(bundled, 200));
    expect(syntheticLexicon(bundled, 200, 1).terms).not.toEqual(syntheticLexicon(bundled, 200, 2).terms);
  });
});
