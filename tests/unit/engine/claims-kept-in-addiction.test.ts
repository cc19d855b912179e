/**
 * The room said to keep people in their addiction ("entrenches addiction", "bevestig je mensen in
 * hun verslaving", "hält die Menschen in der Sucht", "maintient les gens dans leur addiction",
 * "prolonga a dependência") says use should be prevented, not made safer, as "keeps people
 * hooked", "perpetúa la adicción" and "cronicizza la dipendenza" already did.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const KEPT_IN_ADDICTION: readonly (readonly [string, Lang])[] = [
  ['Rooms of that kind entrench addiction instead of ending it, the bishop argued.', 'en'],
  ['Met zo’n ruimte bevestig je mensen in hun verslaving, zegt de voorzitter.', 'nl'],
  ['So ein Raum hält die Menschen nur länger in der Sucht, sagt der Vorsitzende.', 'de'],
  ['Une telle salle maintient les gens dans leur addiction, estime le président de l’association.', 'fr'],
  ['Uma sala destas só prolonga a dependência, diz o presidente da associação.', 'pt'],
];

describe('people kept in their addiction', () => {
  it('say use should be prevented', () => {
    for (const [text, lang] of KEPT_IN_ADDICTION) expect(claimsIn(text, lang), text).toContain('prevent-not-facilitate');
  });
});
