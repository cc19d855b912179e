import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldFromRules, foldUnit, isWordByRules, isWordUnit, NormalizedText, normalizePhrase } from '../../../src/engine/normalize';

const normalized = (raw: string): string => {
  const text = new NormalizedText().load(raw);
  return text.slice(0, text.length);
};

describe('normalisation', () => {
  it('folds case and diacritics, and spells out letters that do not decompose', () => {
    expect(normalized('Drogenkonsumräume')).toBe('drogenkonsumraume');
    expect(normalized('SALLE DE CONSOMMATION À MOINDRE RISQUE')).toBe('salle de consommation a moindre risque');
    expect(normalized('Straße Øresund Łódź')).toBe('strasse oresund lodz');
    expect(normalized('Drogenkonsumra\u0308ume')).toBe('drogenkonsumraume');
  });

  it('reads every whitespace run and hyphen variant as one space', () => {
    expect(normalized('drug\u00a0consumption \t\n room')).toBe('drug consumption room');
    expect(normalized('drug-consumption\u2013room\u2014x')).toBe('drug consumption room x');
    expect(normalized('  leading')).toBe('leading');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalized('con\u00adsump\u200btion\u200c \u2060ro\ufeffom')).toBe('consumption room');
  });

  it('drops bidi controls, which right-to-left pages put between words, and never ends a span on one', () => {
    expect(normalized('drug\u200e consumption\u200f \u2067room\u2069 \u202bx\u202c\u061c')).toBe('drug consumption room x');
    const raw = 'drug consumption room\u0301\u200e.';
    const text = new NormalizedText().load(raw);
    expect(raw.slice(...text.rawSpan(raw, 0, text.length - 1))).toBe('drug consumption room\u0301');
  });

  it('reads apostrophe variants as one apostrophe', () => {
    expect(normalized('room’s d‘ x`y')).toBe("room's d' x'y");
  });

  it('folds ASCII, and tells its word units, by the same rules as every other unit', () => {
    // ASCII takes a shortcut that compiles no Unicode expression; the general rules are the reference.
    const units = Array.from({ length: 128 }, (_, code) => code);
    expect(units.map(foldUnit)).toEqual(units.map(foldFromRules));
    expect(units.map(isWordUnit)).toEqual(units.map(isWordByRules));
    expect(normalized('A\tb-C`d')).toBe("a b c'd");
  });

  it('normalises lexicon phrases without trailing spaces', () => {
    expect(normalizePhrase(' Drug  Consumption Room ')).toBe('drug consumption room');
  });

  it('maps every normalised unit back to the raw character it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        const text = new NormalizedText().load(raw);
        for (let i = 0; i < text.length; i++) {
          const at = text.rawOffsets[i]!;
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(raw.length);
          if (i > 0) expect(at).toBeGreaterThanOrEqual(text.rawOffsets[i - 1]!);
          // The unit is what that raw character folds to (or part of it).
          const [start, end] = text.rawSpan(raw, i, i + 1);
          expect(normalized(raw.slice(start, end)) || ' ').toContain(String.fromCharCode(text.codes[i]!));
        }
      }),
      { numRuns: 300 },
    );
  });
});
