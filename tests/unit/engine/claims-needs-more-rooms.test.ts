/**
 * A call for more rooms ("Glasgow needs more consumption rooms", "Lisboa precisa de mais salas"),
 * the need to open one ("d'où la nécessité d'ouvrir une salle") and a pilot that must get going
 * ("moet de proef … van start gaan") are calls to allow a room. A need for more of something else
 * before a room opens, or a start told as planned, is none.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const CALLS: readonly (readonly [string, Lang])[] = [
  ['Glasgow needs more consumption rooms, the charity says.', 'en'],
  ['Berlin braucht mehr Drogenkonsumräume, sagt die Suchthilfe.', 'de'],
  ['Lisboa precisa de mais salas de consumo, defende a associação.', 'pt'],
  ['Madrid necesita más salas de consumo supervisado, según la federación.', 'es'],
  ['A Milano servono più stanze del consumo, dice la cooperativa.', 'it'],
  ['Antwerpen heeft meer gebruiksruimtes nodig, zegt de koepel.', 'nl'],
  ['La répression a échoué, d’où la nécessité d’ouvrir une salle de consommation à Lyon.', 'fr'],
  ['Het beleid werkt niet, dus moet de proef met de gebruiksruimte zo snel mogelijk van start gaan.', 'nl'],
];

const NONE: readonly (readonly [string, Lang])[] = [
  ['The team needs more staff before the consumption room opens.', 'en'],
  ['The council needs more time before the consumption room can open.', 'en'],
  ['A câmara precisa de mais tempo antes de a sala de consumo poder abrir.', 'pt'],
  ['De proef met de gebruiksruimte gaat in maart van start.', 'nl'],
  ['Volgens de planning moet de gebruiksruimte in september van start gaan.', 'nl'],
  ['Le maire conteste la nécessité d’ouvrir une salle de consommation.', 'fr'],
];

describe('more rooms needed', () => {
  it('is a call to allow them', () => {
    for (const [text, lang] of CALLS) expect(claimsIn(text, lang), text).toContain('allow-facility');
  });
  it('is none when more of something else is needed, or a start is told', () => {
    for (const [text, lang] of NONE) expect(claimsIn(text, lang), text).not.toContain('allow-facility');
  });
});
