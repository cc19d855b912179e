/**
 * An effect told in mockery ("…, says a resident sarcastically") is quoted to deride it, not
 * claimed; a failure told in mockery is the speaker's own barb and stands. "Ironically", which in
 * news prose means "as it happens", mocks nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, measuredIn } from './support/claims-in';

const MOCKED: readonly (readonly [string, Lang])[] = [
  ['“Oh yes, since the room opened there is not a single needle left in the park,” a shopkeeper said sarcastically, pointing at the bins.', 'en'],
  ['Seit es den Konsumraum gibt, ist am Bahnhof alles sauber, spottet ein Taxifahrer und zeigt auf die Spritzen im Gebüsch.', 'de'],
  ['« Bien sûr, depuis la salle, il n’y a plus une seringue dans la rue », ironise une riveraine en montrant le caniveau.', 'fr'],
  ['“Sinds de gebruiksruimte is de overlast helemaal verdwenen,” smaalt een winkelier, wijzend op de portiek.', 'nl'],
  ['«Desde que abrió la sala ya no hay ni una jeringuilla en el parque», dice con sorna una vecina.', 'es'],
  ['«Desde que a sala abriu, já não há seringas no jardim», ironiza um morador, apontando para o canteiro.', 'pt'],
  ['«Da quando c’è la stanza del consumo non si trova più una siringa in strada», ironizza un commerciante.', 'it'],
];

describe('an effect told in mockery', () => {
  it('is no claim in any language', () => {
    for (const [text, lang] of MOCKED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is told when the same words come plainly, or "ironically" means "as it happens"', () => {
    expect(measuredIn('Since the room opened there are far fewer needles in the park, a shopkeeper said.', 'en')).not.toEqual([]);
    expect(measuredIn('Ironically, the consumption room has cut needle litter more than the new CCTV did, the council says.', 'en')).not.toEqual([]);
    expect(measuredIn('«Desde que abrió la sala ya no hay ni una jeringuilla en el parque», dice una vecina.', 'es')).not.toEqual([]);
  });
  it('leaves a failure told in mockery standing', () => {
    expect(claimsIn('On fait la même chose depuis trente ans en espérant un résultat différent, ironise le médecin.', 'fr')).toContain(
      'current-approach-failing',
    );
  });
});
