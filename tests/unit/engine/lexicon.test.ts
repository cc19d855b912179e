/** The bundled lexicon's content: what a change to lexicon.json must keep true. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LANGS, Lexicon } from '../../../src/data/lexicon-schema';
import { compileLexicon } from '../../../src/engine';
import { normalizePhrase } from '../../../src/engine/normalize';
import { LEXICON } from './support/dom';

describe('the bundled lexicon', () => {
  it('is valid and names the topic in all seven languages', () => {
    expect(v.safeParse(Lexicon, LEXICON).success).toBe(true);
    for (const lang of LANGS) expect(LEXICON.terms.filter((t) => t.lang === lang && !t.ambiguous).length, lang).toBeGreaterThan(0);
    for (const lang of LANGS) expect(LEXICON.cues.filter((c) => c.lang === lang).length, lang).toBeGreaterThan(0);
  });

  it('covers every family of names, with British and American spellings', () => {
    const families = new Set(LEXICON.terms.map((t) => t.family));
    for (const family of [
      'drug-consumption-room',
      'supervised-consumption-site',
      'supervised-injection-site',
      'overdose-prevention-centre',
      'shooting-gallery',
      'named-facility',
    ]) {
      expect(families).toContain(family);
    }
    const forms = new Set(LEXICON.terms.map((t) => t.form));
    for (const [british, american] of [
      ['overdose prevention centre', 'overdose prevention center'],
      ['supervised injection centre', 'supervised injection center'],
    ]) {
      expect(forms).toContain(british);
      expect(forms).toContain(american);
    }
  });

  it('marks the forms that mean other things as ambiguous', () => {
    const ambiguous = new Set(LEXICON.terms.filter((t) => t.ambiguous).map((t) => t.form));
    for (const form of ['DCR', 'shooting gallery', 'injection site', 'consumption room', 'Insite']) expect(ambiguous).toContain(form);
    for (const term of LEXICON.terms.filter((t) => t.family === 'named-facility')) expect(term.ambiguous, term.form).toBe(true);
  });

  it('spells no form twice within a language', () => {
    for (const lang of LANGS) {
      const written = LEXICON.terms
        .filter((t) => t.lang === lang)
        .flatMap((t) => [t.form, ...(t.variants ?? [])])
        .map(normalizePhrase);
      expect(
        written.filter((form, i) => written.indexOf(form) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('compiles with English plurals added and each language filter honoured', () => {
    const all = compileLexicon(LEXICON);
    expect(all.terms.length).toBe(LEXICON.terms.length);
    const dutch = compileLexicon(LEXICON, { languages: ['nl'] });
    expect(new Set(dutch.terms.map((t) => t.lang))).toEqual(new Set(['nl']));
  });
});
