/**
 * An effort said to achieve nothing denies the effect after it (src/engine/claims/negation.ts,
 * `deniedInVain`): "the room has done nothing to reduce needle litter" says the opposite of the
 * claim, in every language, with the effect a few words on ("nichts dazu beigetragen, die Zahl
 * … zu verringern"). The same effort said to achieve much keeps the claim.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { measuredIn } from './support/claims-in';

/** Per language: the room's effort in vain, and the same effort that worked. */
const EFFORTS: Record<Lang, { inVain: readonly string[]; worked: string }> = {
  en: {
    inVain: [
      'The opposition claims the room has done nothing to reduce needle litter.',
      'The room has done little to reduce the number of needles in the park, residents say.',
      'The room did nothing to cut overdose deaths, the coroner said.',
    ],
    worked: 'Nothing has done more to reduce needle litter in the park than the room, residents say.',
  },
  de: {
    inVain: ['Der Konsumraum hat nichts dazu beigetragen, die Zahl der Spritzen im Park zu verringern, sagen Anwohner.'],
    worked: 'Der Konsumraum hat viel dazu beigetragen, die Zahl der Spritzen im Park zu verringern, sagen Anwohner.',
  },
  fr: {
    inVain: ['La salle n’a rien fait pour réduire le nombre de seringues dans le square, disent les riverains.'],
    worked: 'La salle a beaucoup fait pour réduire le nombre de seringues dans le square, disent les riverains.',
  },
  nl: {
    inVain: ['De gebruiksruimte heeft niets gedaan om het aantal spuiten in het park te verminderen, zeggen bewoners.'],
    worked: 'De gebruiksruimte heeft veel gedaan om het aantal spuiten in het park te verminderen, zeggen bewoners.',
  },
  es: {
    inVain: ['La sala no ha servido para reducir las jeringuillas en los portales, denuncian los vecinos.'],
    worked: 'La sala ha servido para reducir las jeringuillas en los portales, dicen los vecinos.',
  },
  pt: {
    inVain: ['A sala nada fez para reduzir as seringas nas escadas, dizem os moradores.'],
    worked: 'A sala ajudou a reduzir as seringas nas escadas, dizem os moradores.',
  },
  it: {
    inVain: ['La stanza non è servita a ridurre le siringhe nei giardini, dicono i residenti.'],
    worked: 'La stanza è servita a ridurre le siringhe nei giardini, dicono i residenti.',
  },
};

describe('an effort in vain', () => {
  for (const [lang, { inVain, worked }] of Object.entries(EFFORTS) as [Lang, (typeof EFFORTS)[Lang]][]) {
    it(`denies the effect after it (${lang})`, () => {
      for (const text of inVain) expect(measuredIn(text, lang), text).toEqual([]);
    });
    it(`leaves an effort that worked its claim (${lang})`, () => {
      expect(measuredIn(worked, lang), worked).toContain('reduce-public-harm');
    });
  }
});
