/**
 * A call to keep something open is the room's only when the room, a name or a pronoun is what stays open:
 * "Residents want the park to stay open at night, says a neighbour of the consumption room" calls for no
 * room, "The consumption room must stay open" and "Il faut que Quai 9 reste ouvert tout l’hiver" do.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimOf } from './support/claims-in';

const allowFacility = claimOf('allow-facility');

/** Sentences of ours where something else is to stay open, the room named only after it. */
const OTHER: readonly Said[] = [
  ['Parents want the library to stay open until eight, says a volunteer at the consumption room.', 'en'],
  ['Die Eltern wollen, dass die Bibliothek abends offen bleibt, sagt eine Mitarbeiterin des Konsumraums.', 'de'],
  ['Les parents veulent que la médiathèque reste ouverte le samedi, dit une bénévole de la salle de consommation.', 'fr'],
  ['Ouders willen dat de bibliotheek op zaterdag open blijft, zegt een vrijwilliger van de gebruiksruimte.', 'nl'],
  ['Los padres quieren que la biblioteca siga abierta el sábado, dice una voluntaria de la sala de consumo.', 'es'],
  ['Os pais querem que a biblioteca continue aberta ao sábado, diz uma voluntária da sala de consumo.', 'pt'],
  ['I genitori vogliono che la biblioteca resti aperta il sabato, dice una volontaria della sala del consumo.', 'it'],
];

/** The room, or a room's name, staying open. */
const ROOM: readonly Said[] = [
  ['The consumption room must stay open through the winter, its nurses say.', 'en'],
  ['Der Konsumraum muss auch im Winter offen bleiben, fordern die Pflegekräfte.', 'de'],
  ['Il faut que Quai 9 reste ouvert tout l’hiver, insiste l’infirmière de la salle.', 'fr'],
  ['De gebruiksruimte moet ook in de winter open blijven, zeggen de verpleegkundigen.', 'nl'],
];

describe('a call to keep something open', () => {
  it('is no call for the room when something else is to stay open', () => {
    for (const [text, lang] of OTHER) expect(allowFacility(text, lang), text).toEqual([]);
  });
  it('calls for the room when the room or its name is to stay open', () => {
    for (const [text, lang] of ROOM) expect(allowFacility(text, lang), text).toEqual(['allow-facility']);
  });
});
