/**
 * A life saved by another rescuer, its subject before the saving ("the paramedics who revived him
 * on the bus saved his life"), is that rescuer's record, not the room's; and a frame turned to
 * something else by a word of preference ("…, and the council should rather fund rehab beds")
 * calls for that, not for the room named before it. Beside them, what the same words still claim.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

/** A rescuer of another service saved the life: no claim of the room's. */
const SAVED_BY_OTHERS: readonly Said[] = [
  ['The paramedics who revived him on the bus saved his life, his mother says.', 'en'],
  ['Paramedics saved three lives in the square last weekend.', 'en'],
  ['Die Sanitäter, die ihn im Bus wiederbelebten, haben ihm das Leben gerettet, sagt seine Mutter.', 'de'],
  ['Los paramédicos que lo reanimaron en el autobús le salvaron la vida, cuenta su madre.', 'es'],
];

/** The rescuer tells, works at the room, or the room is tied to the saving: the claim stands. */
const SAVED_BY_THE_ROOM: readonly Said[] = [
  ['Since the room opened, paramedics say it has saved dozens of lives.', 'en'],
  ['The paramedics who attend overdoses at the room have saved dozens of lives since it opened.', 'en'],
  ['The room saved his life, the paramedic said.', 'en'],
  ['Supervised injection keeps people from dying alone in a stairwell, said the paramedic.', 'en'],
  ['Hier stirbt niemand allein auf einer Bahnhofstoilette, sagt der Notarzt.', 'de'],
  ['Ein Notarzt aus Dortmund schätzt, dass die Einrichtung jedes Jahr mehrere Dutzend Todesfälle verhindert.', 'de'],
  ['Nobody on the ward can deny that the booth has cut the number of overdose deaths.', 'en'],
];

/** A frame turned to something else after the room: no call for the room. */
const CALLS_FOR_SOMETHING_ELSE: readonly Said[] = [
  ["For the residents' group, opening a drug consumption room would normalise heroin, and the council should rather fund rehab beds.", 'en'],
  ['Opening a drug consumption room is risky, and the city should instead spend the money on rehab.', 'en'],
];

/** The preference before the room, or the contrast after it: the room is what is called for. */
const CALLS_FOR_THE_ROOM: readonly Said[] = [
  ['The council should rather open a drug consumption room than build another car park.', 'en'],
  ['The city should open a drug consumption room instead of sending more police.', 'en'],
  ['Die Stadt sollte lieber heute als morgen einen Drogenkonsumraum eröffnen.', 'de'],
  ['La mairie devrait plutôt ouvrir une salle de consommation que de multiplier les contrôles.', 'fr'],
];

describe('lives saved by other rescuers, and calls turned elsewhere', () => {
  it.each(SAVED_BY_OTHERS)('reads no lives saved by the room in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('save-lives');
  });

  it.each(SAVED_BY_THE_ROOM)('still reads lives saved by the room in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toContain('save-lives');
  });

  it.each(CALLS_FOR_SOMETHING_ELSE)('reads no call for the room in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('allow-facility');
  });

  it.each(CALLS_FOR_THE_ROOM)('still reads a call for the room in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('allow-facility');
  });

  it('keeps the opponent’s own claim beside the call turned elsewhere', () => {
    const text = "For the residents' group, opening a drug consumption room would normalise heroin, and the council should rather fund rehab beds.";
    expect(claimsIn(text, 'en')).toContain('prevent-not-facilitate');
  });
});
