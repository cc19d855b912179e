/**
 * A life saved by another rescuer, its subject before the saving ("the paramedics who revived him
 * on the bus saved his life"), is that rescuer's record, not the room's; and a frame turned to
 * something else by a word of preference ("…, and the council should rather fund rehab beds")
 * calls for that, not for the room named before it; a call for a study of the room ("impegna la
 * giunta a studiare una sala del consumo") asks to weigh one, not for one. Beside them, what the
 * same words still claim.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

/** A rescuer of another service saved the life: no claim of the room's. */
const SAVED_BY_OTHERS: readonly Said[] = [
  ['The paramedics who revived him on the bus saved his life, his mother says.', 'en'],
  ['Paramedics saved three lives in the square last weekend.', 'en'],
  ['Die Sanitäter haben ihm im Bus das Leben gerettet, sagt seine Mutter.', 'de'],
  ['Paramedics saved his life after he collapsed on the bus.', 'en'],
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
  ['Paramedics say supervised injection saves lives.', 'en'],
  ['Paramedics in Vancouver agree that supervised injection saves lives.', 'en'],
  ['Les secouristes constatent que la supervision de la consommation sauve des vies.', 'fr'],
  ['Supervised injection takes pressure off paramedics and saves lives.', 'en'],
  ['Unlike paramedics, who often arrive too late, supervised injection saves lives.', 'en'],
  ['La supervisión del consumo alivia a los paramédicos y salva vidas.', 'es'],
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
  ['Approving a supervised injection site is what the province should rather be doing.', 'en'],
  ['Einen Konsumraum genehmigen – das sollte lieber heute als morgen geschehen.', 'de'],
  ["Autoriser une salle de consommation à moindre risque, c'est ce que l'État devrait plutôt faire.", 'fr'],
  ['Autorizzare una sala del consumo sicuro è quello che la Regione dovrebbe piuttosto fare.', 'it'],
];

/** A call or a frame asks for a study of the room: no call for the room. */
const CALLS_FOR_A_STUDY: readonly Said[] = [
  [
    'Il consiglio comunale ha approvato un ordine del giorno che impegna la giunta a studiare una sala del consumo, con 24 voti favorevoli e 10 contrari.',
    'it',
  ],
  ["Le conseil municipal a demandé une étude sur l'ouverture d'une salle de consommation.", 'fr'],
];

/** A study beside the call, not its object: the room is still called for. */
const CALLS_BESIDE_A_STUDY: readonly Said[] = [
  ['Studies show drug consumption rooms save lives, so the city should open one.', 'en'],
  ['The council should commission a study and open a drug consumption room next year.', 'en'],
  ['We call on the council to assess the evidence and open a drug consumption room.', 'en'],
  ['Il comune deve aprire una sala del consumo, senza altri studi.', 'it'],
  ['Die Stadt muss endlich einen Drogenkonsumraum eröffnen, statt ihn weiter zu prüfen.', 'de'],
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

  it.each(CALLS_FOR_A_STUDY)('reads a call for a study, not for the room, in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('allow-facility');
  });

  it.each(CALLS_BESIDE_A_STUDY)('still reads a call for the room beside a study in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('allow-facility');
  });

  it('keeps the opponent’s own claim beside the call turned elsewhere', () => {
    const text = "For the residents' group, opening a drug consumption room would normalise heroin, and the council should rather fund rehab beds.";
    expect(claimsIn(text, 'en')).toContain('prevent-not-facilitate');
  });
});
