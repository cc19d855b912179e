/**
 * A call whose object is a pronoun for the room a sentence before named, or this one before it, as posts and slogans
 * put it ("Rooms save lives. Open one in Dundee now!", "… Macht endlich einen in Nürnberg auf!",
 * "… Torino, apri la tua!"): src/engine/claims/implied-calls.ts, `pronounCall`. With no room
 * before it, with the pronoun an article of another object ("abrir uma investigação"), or
 * negated, it calls for nothing. "Open" calls in the imperative only with a determiner after it.
 */
import { describe, it } from 'vitest';
import { claimOf, expectEach, type Said } from './support/claims-in';

const callsForRoom = claimOf('allow-facility');

const POSTS: readonly Said[] = [
  ['Glasgow’s consumption room has reversed hundreds of overdoses. Open one in Aberdeen too!', 'en'],
  ['Im Frankfurter Konsumraum ist seit Jahren niemand gestorben. Macht endlich auch einen in Kassel auf!', 'de'],
  ['La salle de consommation de Strasbourg a fait ses preuves. Ouvrez-en une à Metz, vite !', 'fr'],
  ['De gebruiksruimte in Luik werkt al jaren. Namen, open er nu ook een!', 'nl'],
  ['La sala de consumo de Bilbao salva vidas. ¡Que el Ayuntamiento de Vitoria abra una ya!', 'es'],
  ['A sala de consumo de Lisboa provou que funciona. Coimbra, está na hora de abrir uma!', 'pt'],
  ['La stanza del consumo di Trieste funziona da anni. Udine, apri la tua!', 'it'],
  ['Open the consumption room on Hope Street now, the nurses wrote to the council.', 'en'],
  // The room named two sentences back, a contracted preposition after the pronoun.
  ['Supervised injection sites save lives. The Home Office still says no. Open one in Glasgow now!', 'en'],
  ['As salas de consumo salvam vidas. Abram uma na Baixa já!', 'pt'],
  // The room named in the same sentence, before a colon or in an earlier quote; a frame just before the call.
  ['“Stanze del consumo, subito”: apritene una anche a Bergamo, chiedevano i cartelli del corteo.', 'it'],
  ['Op de borden stond ‘Gebruiksruimtes werken’ en ‘Open er eentje in Zwolle’.', 'nl'],
  ['Consumption rooms save lives: open another in Leith now!', 'en'],
  ['As salas de consumo de Lisboa funcionam, e os moradores pedem agora que se abra outra no Porto.', 'pt'],
];

const NO_CALL: readonly Said[] = [
  // No room named before.
  ['The new cycle lanes have cut accidents in half. Open one in Aberdeen too!', 'en'],
  // The pronoun is the article of another object.
  ['A sala de consumo de Lisboa abriu em 2022. A câmara vai abrir uma investigação às contas.', 'pt'],
  // Negated.
  ['Glasgow has a consumption room now. Don’t open one in Leith, residents say.', 'en'],
  // "Open" as an adjective.
  ['Open consumption rooms have been tried in Zurich for decades.', 'en'],
  // Plans, reports and refusals: the call does not open its clause.
  ['Glasgow opened its consumption room in January. Edinburgh plans to open one in the spring.', 'en'],
  ['Frankfurt betreibt vier Drogenkonsumräume. Im Herbst macht die Stadt einen fünften auf.', 'de'],
  ['La salle de consommation de Paris fonctionne. Le maire refuse qu’on en ouvre une à Marseille.', 'fr'],
  ['A sala de consumo de Lisboa funciona. O presidente da câmara recusa abrir uma em Coimbra.', 'pt'],
  // The room named only after the call, in the same sentence.
  ['Open one in Leith now, the banner said, though it never named a consumption room.', 'en'],
];

describe('a call whose object is a pronoun for the room named before', () => {
  it('calls for a room', () => expectEach(POSTS, callsForRoom, 'some'));
  it('calls for none with no room before it, another object, a negator, or "open" as an adjective', () => expectEach(NO_CALL, callsForRoom, 'none'));
});
