/**
 * A harm a word of fear reports ("shopkeepers fear that a room will draw dealers and nuisance")
 * is what is feared, not a harm lessened; a fear once held and now over, or a fall told in the
 * next clause, tells the effect.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, expectEach, measuredIn } from './support/claims-in';

const FEARED: readonly (readonly [string, Lang])[] = [
  ['Shopkeepers on the high street fear that a consumption room will bring dealers and nuisance to their doorsteps.', 'en'],
  ['Anwohner befürchten, dass ein Konsumraum Dealer und Lärm in ihre Straße zieht.', 'de'],
  ['Les commerçants craignent qu’une salle de consommation attire des dealers et des nuisances dans leur rue.', 'fr'],
  ['Winkeliers vrezen dat een gebruiksruimte dealers en overlast naar hun straat zal trekken.', 'nl'],
  ['Los comerciantes temen que una sala de consumo atraiga camellos y suciedad a su calle.', 'es'],
  ['Os comerciantes receiam que uma sala de consumo traga traficantes e insegurança para a rua.', 'pt'],
  ['I commercianti temono che una stanza del consumo porti spacciatori e degrado nella loro via.', 'it'],
  ['Die Händler befürchten, dass der geplante Konsumraum im alten Postgebäude am Markt weniger Kunden und mehr Spritzen in die Hauseingänge bringt.', 'de'],
];

/** A fear denied or done without, or what is so now after a fear: the fall is told. */
const NOT_FEARED: readonly (readonly [string, Lang])[] = [
  ['Parents no longer worry about needles in the playground since the consumption room opened, the head teacher says.', 'en'],
  ['Die Anwohner fürchteten Dealer, heute gibt es am Platz kaum noch Spritzen, seit der Konsumraum offen ist.', 'de'],
  ['Depuis l’ouverture de la salle, les enfants jouent sans peur au square : il n’y a plus de seringues, dit une mère.', 'fr'],
  ['Bewoners zijn niet meer bang: sinds de gebruiksruimte open is, liggen er geen spuiten meer in het park.', 'nl'],
  ['Los vecinos temían a los camellos; ahora, desde que abrió la sala, ya no hay jeringuillas en el parque.', 'es'],
  ['Desde que a sala abriu, as crianças brincam sem medo no jardim, onde já não há seringas, conta uma mãe.', 'pt'],
  ['Da quando c’è la stanza del consumo i bambini giocano senza paura nel parco, dove non ci sono più siringhe.', 'it'],
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
  it('is told when the fear is denied, or what is so now follows it', () => {
    for (const [text, lang] of NOT_FEARED) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is feared still when "sorgen" means to see to it, which is no fear', () => {
    expect(measuredIn('Anwohner machen sich Sorgen, dass ein Konsumraum Dealer und Lärm in ihre Straße zieht.', 'de')).toEqual([]);
    expect(
      measuredIn('Seit der Konsumraum dafür sorgt, dass niemand mehr im Park spritzt, liegen dort kaum noch Spritzen, sagt der Gärtner.', 'de'),
    ).not.toEqual([]);
  });
});

describe('a fear in a relative clause on the subject', () => {
  it('leaves the main clause’s call standing', () =>
    expectEach(
      [
        ['Residents who feared the worst when the plans were first announced now say the council must keep the consumption room open.', 'en'],
        [
          'Les riverains, qui craignaient au départ une hausse des nuisances dans le quartier, demandent aujourd’hui que la salle de consommation reste ouverte.',
          'fr',
        ],
      ],
      claimsIn,
      'some',
    ));
});
