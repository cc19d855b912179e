/**
 * A harm a word of fear reports ("shopkeepers fear that a room will draw dealers and nuisance")
 * is what is feared, not a harm lessened; a fear once held and now over, or a fall told in the
 * next clause, tells the effect.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { measuredIn } from './support/claims-in';

const FEARED: readonly (readonly [string, Lang])[] = [
  ['Shopkeepers on the high street fear that a consumption room will bring dealers and nuisance to their doorsteps.', 'en'],
  ['Anwohner befürchten, dass ein Konsumraum Dealer und Lärm in ihre Straße zieht.', 'de'],
  ['Les commerçants craignent qu’une salle de consommation attire des dealers et des nuisances dans leur rue.', 'fr'],
  ['Winkeliers vrezen dat een gebruiksruimte dealers en overlast naar hun straat zal trekken.', 'nl'],
  ['Los comerciantes temen que una sala de consumo atraiga camellos y suciedad a su calle.', 'es'],
  ['Os comerciantes receiam que uma sala de consumo traga traficantes e insegurança para a rua.', 'pt'],
  ['I commercianti temono che una stanza del consumo porti spacciatori e degrado nella loro via.', 'it'],
];

describe('a harm reported as feared', () => {
  it('is no lessening of it', () => {
    for (const [text, lang] of FEARED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is told when the fear is over, or the fall comes in a clause of its own', () => {
    expect(measuredIn('Commuters who used to fear the underpass say there are far fewer needles there since the consumption room opened.', 'en')).not.toEqual(
      [],
    );
    expect(
      measuredIn('Shopkeepers feared the dealers would come, and since the room opened the nuisance in their street has fallen by half.', 'en'),
    ).not.toEqual([]);
  });
});
