/**
 * A room's opening scheduled is no call for it (src/engine/claims/frames.ts, `frameScheduled`): a
 * modal that may tell what is due ("devrait", "soll", "moet", "debería") in a relative clause that
 * says when ("à l'automne", "im Herbst", "in het voorjaar", a year) reports when an approved room is
 * to open. A wish in such a clause, or the same modal where the sentence itself speaks, still calls.
 */
import { describe, it } from 'vitest';
import { claimOf, expectEach, type Said } from './support/claims-in';

const callsForRoom = claimOf('allow-facility');

const SCHEDULED: readonly Said[] = [
  ['The council approved the consumption room at the old depot on Monday, which should open in the autumn.', 'en'],
  ['Der Stadtrat hat den Konsumraum am Montag genehmigt, der im Herbst eröffnen soll.', 'de'],
  ['Le conseil a approuvé lundi la salle de consommation, qui devrait ouvrir à l’automne près de la gare.', 'fr'],
  ['La mairie a validé le projet de salle de consommation, qui doit ouvrir en 2027.', 'fr'],
  ['De gemeente heeft een vergunning verleend voor een gebruiksruimte, die in het voorjaar open moet gaan.', 'nl'],
  ['El pleno aprobó la sala de consumo supervisado, que debería abrir en primavera.', 'es'],
  ['Il consiglio ha approvato la stanza del consumo, che dovrebbe aprire in autunno.', 'it'],
  // German tells a plan with "soll" / "solle" in any clause.
  ['Die Stadt teilte mit, der Konsumraum solle im März eröffnet werden.', 'de'],
  ['Laut Sozialreferat solle der Drogenkonsumraum noch in diesem Jahr öffnen.', 'de'],
];

const STILL_CALLS: readonly Said[] = [
  // A wish or a stand in the relative clause.
  ['Sem sala em Faro morre mais gente, diz a médica Inês Prata, que defende que a sala de consumo deve abrir no outono.', 'pt'],
  // The sentence's own modal, not a relative clause's.
  ['The consumption room must open before the winter, the nurses told the council.', 'en'],
  ['Die Stadt sollte den Konsumraum noch vor dem Herbst eröffnen, fordert die Aidshilfe.', 'de'],
];

describe('a room’s opening scheduled in a relative clause', () => {
  it('is no call for it', () => expectEach(SCHEDULED, callsForRoom, 'none'));
  it('is a call when the clause wishes it, or the sentence’s own modal says it', () => expectEach(STILL_CALLS, callsForRoom, 'some'));
});
