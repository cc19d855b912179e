/**
 * A call said in the first person ("je veux que…", "voglio che…", "quero que…") or for a room kept open
 * in one Dutch verb ("openhoudt") calls for the room as the third person does; the same verbs of
 * something else, or of the room told as kept open, make no call.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimOf } from './support/claims-in';

const allowFacility = claimOf('allow-facility');

/** Sentences of ours calling for a room in the first person or with "openhoudt". */
const CALLS: readonly Said[] = [
  ["J'habite au-dessus de la pharmacie et je veux que la salle de consommation reste ouverte après l'été.", 'fr'],
  ['Abito in via Nizza e voglio che la sala del consumo resti aperta anche la domenica.', 'it'],
  ['Moro no Intendente e quero que a sala de consumo assistido continue aberta depois do verão.', 'pt'],
  ['Wij vragen dat de gemeente de gebruiksruimte aan de Schiekade openhoudt.', 'nl'],
];

/** The same verbs without a call for the room. */
const NO_CALLS: readonly Said[] = [
  ['Je veux surtout que la police patrouille davantage autour de la salle de consommation, dit une riveraine.', 'fr'],
  ['Voglio che mio figlio resti lontano dalla sala del consumo, dice la madre.', 'it'],
  ['De gemeente houdt de gebruiksruimte tot de zomer open, meldt het stadhuis.', 'nl'],
];

describe('a call in the first person', () => {
  it('calls for the room', () => {
    for (const [text, lang] of CALLS) expect(allowFacility(text, lang), text).toEqual(['allow-facility']);
  });
  it('makes no call of the same verbs about something else', () => {
    for (const [text, lang] of NO_CALLS) expect(allowFacility(text, lang), text).toEqual([]);
  });
});
