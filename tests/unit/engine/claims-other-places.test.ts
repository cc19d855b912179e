/**
 * Another kind of place is not the room: a weak noun of the facility ("room", "centre", "service",
 * "sala", "centro", "salle", "lieu") qualified as a waiting room, a leisure centre, the ambulance
 * service, a "sala de espera" or a "centro comercial", or standing in an idiom ("au lieu de",
 * "al servicio de", "centre-right", "service users", "élus locaux"), is blanked by allow-facility's
 * `ignore` (src/data/claims.json), so a call to open or allow it, in a story about the rooms, makes
 * no claim that the room should be allowed. German and Dutch compound such places into one word
 * ("Warteraum", "sportcentrum"), which is no weak noun. The room itself, named beside such a
 * place, still is.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

/** Per language: a call to open, allow or staff another kind of place. */
const OTHER_PLACES: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'The council wants the waiting room at the health centre to open on Saturdays as well.',
    'Ministers should allow the emergency room at the Royal Infirmary to take more patients.',
    'Leaders say the ambulance service should be allowed to hire more paramedics this winter.',
    'Parents asked the council to let the youth centre open later during the holidays.',
    'The health service must be allowed to recruit nurses from abroad, the union said.',
    'Residents want the council to open a new leisure centre in the east end.',
    'The building site next to the station should be allowed to work at night, the developer argues.',
    'The trust wants permission to open a second treatment centre in Dundee.',
    'The government should approve a new detention centre near the airport, the minister said.',
    'Nurses want the A&E waiting room to stay open overnight.',
    'Families say the youth club and the community centre must be allowed to reopen.',
    'Service users should be allowed to smoke in the garden, the manager said.',
  ],
  fr: [
    'La mairie doit autoriser la salle des fêtes à ouvrir le dimanche, disent les habitants.',
    "L'hôpital doit obtenir l'autorisation d'ouvrir une salle d'attente pour les urgences.",
    "Les élus locaux veulent autoriser la vente de boissons en terrasse jusqu'à minuit.",
    "Au lieu d'attendre, la mairie doit autoriser les commerçants à ouvrir le dimanche.",
    "Le centre-droit réclame l'autorisation d'ouvrir les commerces le dimanche.",
  ],
  es: [
    'El hospital necesita una nueva sala de urgencias, reclama el sindicato de enfermería.',
    'La Sala de lo Penal del Supremo debe autorizar la revisión del caso, dice la defensa.',
    'Hay que autorizar un nuevo centro comercial en las afueras, defiende el concejal.',
    'Los bomberos están al servicio de los vecinos y piden que se autorice su nuevo parque.',
  ],
  pt: [
    'O centro de saúde precisa de uma nova sala de espera, diz a diretora.',
    'A câmara deve autorizar a abertura de um novo centro comercial, defende o vereador.',
  ],
  it: [
    "Il comune deve autorizzare l'apertura di un nuovo centro commerciale, dice l'assessore.",
    'Serve un nuovo centro sportivo nel quartiere, chiedono i genitori.',
  ],
};

/** Per language: the room named beside such a place, or its own weak noun, still called for. */
const THE_ROOM: Record<Lang, readonly string[]> = {
  en: [
    'The council must allow a consumption room to open in the city centre.',
    'Campaigners want ministers to let the room open next to the health centre.',
    'Service users and nurses alike say the Glasgow site should be allowed to open for good.',
  ],
  de: ['Die Stadt soll im Zentrum des Bahnhofsviertels endlich einen Konsumraum erlauben.'],
  fr: [
    'La mairie doit autoriser une salle de consommation à moindre risque au centre-ville.',
    "Les élus locaux demandent que l'État autorise enfin une salle de consommation.",
  ],
  nl: ['De gemeente moet in het centrum van de stad een gebruiksruimte toestaan.'],
  es: ['El ayuntamiento debe autorizar una sala de consumo supervisado en el centro de la ciudad.'],
  pt: ['A câmara deve autorizar uma sala de consumo assistido no centro da cidade.'],
  it: ['Il comune deve autorizzare una stanza del consumo vicino al centro commerciale.'],
};

describe('another kind of place', () => {
  for (const [lang, texts] of Object.entries(OTHER_PLACES) as [Lang, readonly string[]][]) {
    it(`is not the room (${lang})`, () => {
      for (const text of texts) expect(claimsIn(text, lang), text).not.toContain('allow-facility');
    });
  }
  for (const [lang, texts] of Object.entries(THE_ROOM) as [Lang, readonly string[]][]) {
    it(`leaves the room named beside it called for (${lang})`, () => {
      for (const text of texts) expect(claimsIn(text, lang), text).toContain('allow-facility');
    });
  }
});
