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
  ['‘Sure, a room full of needles will save lives and clean up the park,’ sneered a reader under the council’s post.', 'en'],
  ['« Bien sûr, une salle de shoot va sauver des vies », ricane un commerçant du quartier.', 'fr'],
  // Quotation marks drawn in the air, or said aloud.
  ['Of course the room “saves lives”, the councillor said with air quotes, before listing the break-ins on his street.', 'en'],
  ['La sala «salva vidas», dijo el concejal haciendo comillas con los dedos.', 'es'],
  // Laughing at it.
  ['Uma sala com sofá e café que «salva vidas»: eis a nova maravilha do município, goza o vereador da oposição.', 'pt'],
  ['Yes, the room “has saved hundreds of lives”, the opposition leader snorted.', 'en'],
];

/** A word of mockery near an effect, mocking something else. */
const MOCKERY_ELSEWHERE: readonly (readonly [string, Lang])[] = [
  ['The room has cut overdose deaths in the district by half, said the nurse, who scoffed at the claim that it draws dealers.', 'en'],
  ['The consumption room has cut needle litter in the park by two thirds, the council reports, but critics scoff at the cost.', 'en'],
  ['Der Konsumraum hat die Zahl der Drogentoten halbiert, sagt die Ärztin, die über die Kritiker der Einrichtung nur spottet.', 'de'],
  ['La salle a fait baisser les overdoses mortelles de moitié, assure la directrice, mais ses opposants ironisent sur son coût.', 'fr'],
  ['La sala ha reducido a la mitad las muertes por sobredosis, explica la enfermera, que ironiza sobre los temores de los comerciantes.', 'es'],
  ['A sala reduziu para metade as mortes por overdose, garante a diretora, mas os críticos ironizam com o custo.', 'pt'],
  ['La stanza del consumo ha dimezzato le morti per overdose, spiega l’infermiera, che ironizza sulle paure dei commercianti.', 'it'],
  ['Opponents mocked the plan in 2019, but the consumption room has since saved dozens of lives.', 'en'],
  ['La directrice se moque des critiques : la salle de consommation a sauvé des vies.', 'fr'],
  ['O programa goza de boa reputação: a sala de consumo salvou centenas de vidas desde 2021.', 'pt'],
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
  it('is told when the mockery is aimed elsewhere: in a relative clause, after a turn, or at someone else', () => {
    for (const [text, lang] of MOCKERY_ELSEWHERE) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is no claim when the mockery governs the clause that tells it', () => {
    expect(measuredIn('A shopkeeper scoffs that the room has rid the park of needles, pointing at the bins.', 'en')).toEqual([]);
    expect(measuredIn('Un riverain ironise que la salle aurait fait disparaître les seringues du quartier.', 'fr')).toEqual([]);
  });
  it('leaves a failure told in mockery standing', () => {
    expect(claimsIn('On fait la même chose depuis trente ans en espérant un résultat différent, ironise le médecin.', 'fr')).toContain(
      'current-approach-failing',
    );
  });
});
