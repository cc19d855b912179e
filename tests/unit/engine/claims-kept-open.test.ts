/**
 * A call to keep a room open said in the words of reported speech and of argument: German
 * indirect speech ("müsse erhalten bleiben", "solle offen bleiben"), closing it called a mistake
 * ("closing it would be a mistake", "cerrarla sería una irresponsabilidad", "chiuderla sarebbe un
 * errore": src/engine/claims/implied-calls.ts, an undoing verb with a pronoun for its object names
 * the room said before it, however far), or a plea to keep it running ("que mantenha em
 * funcionamento"). Closing something else called a mistake calls for no room.
 */
import { describe, it } from 'vitest';
import { claimOf, expectEach } from './support/claims-in';

const callsForRoom = claimOf('allow-facility');

describe('a call to keep a room open', () => {
  it('is made in reported speech and in argument', () =>
    expectEach(
      [
        ['Der Konsumraum am Hauptbahnhof müsse unbedingt erhalten bleiben, sagte die Dezernentin.', 'de'],
        ['Der Drogenkonsumraum solle auch nach dem Modellversuch offen bleiben, erklärte der Verein.', 'de'],
        ['The Leith consumption room has kept people alive, and closing it would be a mistake, the nurse told the board.', 'en'],
        ['La salle de consommation a fait ses preuves : la fermer serait une erreur, estime l’adjointe.', 'fr'],
        ['La sala de consumo del Raval funciona, y cerrarla sería una irresponsabilidad, advierte la concejala.', 'es'],
        ['A sala de consumo do Porto salvou vidas e fechá-la seria um erro, diz a médica.', 'pt'],
        ['La stanza del consumo di Trieste funziona e chiuderla sarebbe un errore, sostiene l’assessora.', 'it'],
        ['Pedimos à câmara que mantenha em funcionamento a sala de consumo do Intendente, disse a enfermeira.', 'pt'],
        ['Der Konsumraum hat vielen Menschen in der Stadt das Leben gerettet, und ihn jetzt zu schließen wäre ein Fehler, sagt die Ärztin.', 'de'],
      ],
      callsForRoom,
      'some',
    ));
  it('is not made when what closing would be a mistake is something else', () =>
    expectEach(
      [
        ['Closing it would be a mistake, the union said of the bus depot on Leith Walk.', 'en'],
        ['Cerrarla sería un error, dijo el alcalde sobre la biblioteca del barrio.', 'es'],
        // An article, not a pronoun, before a noun of undoing: the closure is of something else.
        ['La salle de consommation a ouvert l’an dernier, et la fermeture du bar voisin serait une erreur, selon les riverains.', 'fr'],
        // After "but", or where the room is named in full and a weak word names another place, the pronoun is something else's.
        ['The consumption room has helped, but the police station next door is understaffed and closing it would be a disaster.', 'en'],
        ['La sala de consumo ayuda, pero el centro de salud del barrio está saturado y cerrarlo sería una irresponsabilidad.', 'es'],
      ],
      callsForRoom,
      'none',
    ));
});
