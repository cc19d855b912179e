/**
 * A bill told at a stage of its passage, whose only "must" is the stage's own ("doit maintenant
 * être examinée par le Sénat") or the clause describing the bill ("het wetsvoorstel dat … moet
 * verankeren"), or that comes into force; an effect inflated into a straw man ("save every life",
 * "magic bullet", "Wundermittel"); a room's call that is only the call for the law's change
 * ("debe aprobar un real decreto", "pleit voor een wetswijziging" with the room in another
 * clause, the room inside the change's own words: "inscrire les salles … dans le droit commun"); a contrast read as written even where a claim's ignored form holds it ("au lieu de");
 * a health trust, which is an employer, not a health framing; a distance ("three streets away"),
 * not a removal; a fall an approach failed to bring ("a échoué à faire baisser la mortalité"); a
 * course's subject after its length ("une formation de dix jours sur la prise en charge des
 * overdoses"); an opening said to amount to harm ("ouvrir une salle revient à banaliser"); a
 * fall over "lo scorso anno", or after "police moved the dealers on". Beside them, what the same words still claim.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

const CALLS = new Set(['allow-facility', 'change-law']);

/** Bills told at a stage, or coming into force: no call for a room nor for the law's change. */
const BILLS_AT_A_STAGE: readonly Said[] = [
  ['The bill that would let health boards open supervised injection rooms passed its second reading on Tuesday.', 'en'],
  [
    'La proposition de loi visant à pérenniser les salles de consommation a été adoptée en première lecture et doit maintenant être examinée par le Sénat.',
    'fr',
  ],
  ['Het wetsvoorstel dat gebruiksruimten wettelijk moet verankeren, wordt dit najaar ingediend bij de Tweede Kamer.', 'nl'],
  ['Der Gesetzentwurf, der Drogenkonsumräume in ganz Bayern erlauben soll, wurde in erster Lesung beraten.', 'de'],
  ['La proposición de ley que debe dar cobertura legal a las salas de consumo supervisado fue aprobada en comisión.', 'es'],
  ['Il disegno di legge che deve consentire le stanze del consumo è stato approvato in commissione.', 'it'],
  ["La nouvelle loi, qui permettra d'ouvrir des haltes soins addictions, entrera en vigueur en janvier.", 'fr'],
  ['O decreto que enquadra as salas de consumo assistido entra em vigor em março.', 'pt'],
];

/** A call beside a bill's stage or coming into force: the call stands. */
const CALLS_BESIDE_A_STAGE: readonly Said[] = [
  ['The bill passed its second reading, and the Lords must now change the law too so that supervised injection rooms can open.', 'en'],
  ['É preciso mudar a lei para que as salas de consumo assistido possam abrir; a nova lei deverá entrar em vigor em março.', 'pt'],
  ['Il faut changer la loi pour que les salles de consommation puissent ouvrir, et le texte doit entrer en vigueur au plus vite.', 'fr'],
  ['Het kabinet moet de wet aanpassen zodat gebruiksruimten mogen openen; het wetsvoorstel wordt ingediend in het voorjaar.', 'nl'],
];

/** Effects inflated past what anyone claims: held up to mock, not claimed. */
const STRAW_MEN: readonly Said[] = [
  ['Its backers talk as if the supervised injection room were a magic bullet that will cut overdose deaths to zero.', 'en'],
  ['Supporters insist the room will save every life in the borough, as if addiction could be solved by a sofa and a kettle.', 'en'],
  ['Als Wundermittel preisen die Befürworter den Konsumraum an, der angeblich jedes Leben retten werde.', 'de'],
  ['Para sus defensores, la sala de consumo supervisado es una varita mágica que reducirá a cero las muertes por sobredosis.', 'es'],
];

/** The hyperbole conceded, or a sincere effort: the effect is claimed. */
const HYPERBOLES_CONCEDED: readonly Said[] = [
  ['Ein Wundermittel ist der Konsumraum nicht, aber die Zahl der Drogentoten ist seit seiner Eröffnung gesunken.', 'de'],
  ['Nurses in the room fight to save every life, and overdose deaths in the district fell by half.', 'en'],
  ['The room is no magic bullet, but overdose deaths in the district have halved since it opened.', 'en'],
  ['Der Drogenkonsumraum ist kein Wundermittel, aber die Zahl der Drogentoten ist seit der Eröffnung deutlich gesunken.', 'de'],
  ['La stanza del consumo non è una bacchetta magica, ma i decessi per overdose nel quartiere sono diminuiti del 30 per cento.', 'it'],
];

/** Calls whose only call for the room is the call for the law's change. */
const ONLY_THE_CHANGE: readonly Said[] = [
  ["Les élus réclament d'inscrire les salles de consommation dans le droit commun pour qu'elles puissent enfin ouvrir.", 'fr'],
  ['El Gobierno debe aprobar un real decreto que dé cobertura a las salas de consumo supervisado de todo el país.', 'es'],
  ['Elke gebruiksruimte blijft zonder wettelijke basis een gedoogproject, zegt de advocaat, die pleit voor een wetswijziging.', 'nl'],
  [
    "Le Parlement doit inscrire les salles de consommation dans le droit commun, au lieu de les cantonner à une expérimentation prolongée d'année en année.",
    'fr',
  ],
];

/** A room backed, needed or called for on its own beside a call for the change: both are called for. */
const ROOM_AND_CHANGE: readonly Said[] = [
  ["Le maire doit ouvrir une salle de shoot à Lille et réclame d'inscrire les salles de consommation dans le droit commun.", 'fr'],
  ['Der Gesetzentwurf der Landesregierung muss Konsumräume erlauben, bevor er verabschiedet wird.', 'de'],
  ['Campaigners back a supervised injection room for Glasgow, and call for an exemption in the law.', 'en'],
  ['Glasgow needs a safe consumption room, and the MSP is pushing for a change in the law.', 'en'],
];

/** A fall the approach failed to bring: the approach's failure, no fall. */
const FAILED_TO_REDUCE: readonly Said[] = [
  ['La politique de répression a échoué à faire baisser la mortalité par overdose, constate le rapport.', 'fr'],
  ['La política de mano dura fracasó en reducir las muertes por sobredosis, según el informe.', 'es'],
  ['A política de repressão falhou em reduzir as mortes por overdose, conclui o relatório.', 'pt'],
  ['La linea dura è fallita nel ridurre le morti per overdose, osserva il rapporto.', 'it'],
  ['Het repressieve beleid faalde in het terugdringen van het aantal overdosisdoden, stelt het rapport.', 'nl'],
  ['Die Repression ist daran gescheitert, die Zahl der Drogentoten zu senken, heißt es im Bericht.', 'de'],
];

/** An approach's failure beside a fall the room brought: the fall stands. */
const FAILURE_BESIDE_A_FALL: readonly Said[] = [['Falhou a repressão e a sala reduziu as overdoses no bairro.', 'pt']];

/** Courses whose subject is the harm, with their length between: the recall aid reads no fall into them. */
const COURSES: readonly Said[] = [
  [
    "Les infirmiers recrutés pour la salle suivent une formation de dix jours sur la prise en charge des overdoses et l'administration de naloxone, indique la direction.",
    'fr',
  ],
  ['Os enfermeiros contratados para a sala fazem um curso de dez dias sobre a resposta a overdoses e o uso de naloxona, informa a direção.', 'pt'],
];

/** A fall counted over a period named in the other word order, or credited to the police's action. */
const FALLS_OF_OTHERS: readonly Said[] = [
  ['I decessi per overdose sono calati lo scorso anno, secondo la Relazione al Parlamento.', 'it'],
  ['Overdose deaths around the station dropped after police moved the dealers on, the chief constable claimed.', 'en'],
];

describe('bills at a stage, straw men and calls that are only the change', () => {
  it.each(BILLS_AT_A_STAGE)('reads a bill’s stage, not a call, in “%s”', (text, lang) => {
    expect(claimsIn(text, lang).filter((id) => CALLS.has(id))).toEqual([]);
  });

  it.each(CALLS_BESIDE_A_STAGE)('keeps the call for the change beside a stage in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('change-law');
  });

  it.each(STRAW_MEN)('reads a straw man, not lives saved, in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).not.toContain('save-lives');
  });

  it.each(HYPERBOLES_CONCEDED)('still reads lives saved after a conceded hyperbole in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('save-lives');
  });

  it.each(ONLY_THE_CHANGE)('reads only the call for the law’s change in “%s”', (text, lang) => {
    const found = claimsIn(text, lang);
    expect(found).toContain('change-law');
    expect(found).not.toContain('allow-facility');
  });

  it.each(ROOM_AND_CHANGE)('reads the room’s call beside the change’s in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toEqual(expect.arrayContaining(['allow-facility', 'change-law']));
  });

  it.each(FAILED_TO_REDUCE)('reads the approach’s failure, not lives saved, in “%s”', (text, lang) => {
    const found = shippedClaimsIn(text, lang);
    expect(found).toContain('current-approach-failing');
    expect(found).not.toContain('save-lives');
  });

  it.each(FAILURE_BESIDE_A_FALL)('still reads the room’s fall beside the approach’s failure in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('save-lives');
  });

  it.each(COURSES)('lets the recall aid read no fall into a course’s subject: “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('save-lives');
  });

  it('reads an opening said to amount to harm as no call for it', () => {
    const text =
      "Pour le comité de quartier, ouvrir une salle de consommation revient à banaliser l'héroïne, et la ville devrait plutôt financer des places en cure.";
    expect(claimsIn(text, 'fr')).not.toContain('allow-facility');
  });

  it.each(FALLS_OF_OTHERS)('reads no lives saved by the room in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).not.toContain('save-lives');
  });

  it('reads no health framing into a health trust, an employer', () => {
    const text = 'For now, staff who knowingly let people use drugs on site could be prosecuted, which is why no health trust in England has tried it.';
    expect(claimsIn(text, 'en')).not.toContain('health-not-crime');
  });

  it('reads a distance, not a removal, in “streets away”', () => {
    const text = 'There were syringes in the car park again on Monday, and the consumption room is only three streets away.';
    expect(claimsIn(text, 'en')).not.toContain('reduce-public-harm');
  });
});
