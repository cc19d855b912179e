/**
 * The present approach said to fail in the words reports and letters use: the policy called the
 * current response to drugs ("a atual resposta ao consumo", "la respuesta actual al consumo"; a
 * response of anything else, or response times, are not the approach), a Dutch
 * verb in a subordinate clause's order ("dat het beleid tekortschiet"), and an effort that has
 * done nothing but fill cells and cemeteries.
 */
import { describe, it } from 'vitest';
import { claimOf, expectEach } from './support/claims-in';

const saysFailing = claimOf('current-approach-failing');

describe('the present approach said to fail in other words', () => {
  it('is the claim', () =>
    expectEach(
      [
        ['Locking up people who use heroin has done nothing but fill our prisons and our cemeteries, writes a retired GP.', 'en'],
        ['De rekenkamer stelt vast dat het huidige drugsbeleid op alle punten tekortschiet.', 'nl'],
        ['O relatório conclui que a atual resposta ao consumo de rua fracassou em toda a linha.', 'pt'],
        ['El informe concluye que la respuesta actual al consumo en la calle ha fracasado.', 'es'],
        ['Secondo il garante, la risposta attuale al consumo di strada è fallita.', 'it'],
      ],
      saysFailing,
      'some',
    ));
  it('is not a response of anything else, or to anything else', () =>
    expectEach(
      [
        ['Paramedics say the current response times in the city centre are failing patients.', 'en'],
        ['La respuesta actual de los vecinos a la sala de consumo es un fracaso de comunicación del ayuntamiento.', 'es'],
        ['La réponse actuelle de la mairie aux riverains de la salle de consommation est un échec.', 'fr'],
      ],
      saysFailing,
      'none',
    ));
});
