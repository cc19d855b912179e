/**
 * A claim put in someone's mouth and rejected in the same sentence, whatever the verb of saying
 * ("the leaflet claims…, but the data show no change"; "l'association affirme que…, mais les
 * chiffres sont trop minces pour le dire"), with the rebutter's own "said" between; a question
 * whose "come"/"como" opens an aside ("…, come temono i commercianti?"), not a rhetorical one; a
 * harm found still there whose only reduction is said of "them" ("…and want the council to clear
 * them"); fewer people feeling safe; a count still to be made or a course's subject, which the recall aid
 * would read as a fall; a fall credited to a cleaning crew; and a requirement told as the law's.
 * Beside them, what the same words still claim: a claim the records bear out, fewer found, a
 * rhetorical "how can anyone deny", and a count whose figures have fallen.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

const NOT_MADE: readonly Said[] = [
  [
    "The campaign leaflet claims the room has cleared the streets of needles, but the council's own collection data show no change in the number picked up.",
    'en',
  ],
  [
    "Supporters claim the Vancouver site has reduced deaths in the neighbourhood, but the criminologist said the data cannot separate the site's effect from the wider use of naloxone.",
    'en',
  ],
  ['The charity insists the room has cut public injecting, but the evidence is too thin to bear that out, the auditor found.', 'en'],
  ['I promotori sostengono che la sala abbia fatto sparire le siringhe dai giardini, ma i dati sono troppo deboli per affermarlo.', 'it'],
  ["L'association affirme que la salle a fait disparaître les seringues des halls, mais les chiffres sont trop minces pour le dire.", 'fr'],
  ['La asociación asegura que la sala ha reducido el consumo en la calle, pero los datos son demasiado débiles para sostenerlo.', 'es'],
  ['De stichting beweert dat de gebruiksruimte de overlast heeft verminderd, maar de cijfers zijn te mager om dat te zeggen.', 'nl'],
  ['A associação garante que a sala reduziu o consumo na rua, mas os dados são demasiado fracos para o afirmar.', 'pt'],
  ['Una stanza del consumo ridurrebbe davvero le siringhe nei giardini di Torino, o sposterebbe solo il problema, come temono i commercianti?', 'it'],
  ['¿Reduciría de verdad una sala el consumo en la calle en Bilbao, o solo movería el problema, como dicen los vecinos?', 'es'],
  ['Neighbours of the room say they are still finding syringes in the stairwell and want the council to clear them.', 'en'],
  ["Fewer residents now feel safe walking past the centre after dark, according to the council's latest survey.", 'en'],
  ['Moins de riverains se sentent en sécurité le soir près de la salle, selon un sondage de la mairie.', 'fr'],
  ['Menos vecinos se sienten seguros por la noche cerca de la sala, según una encuesta municipal.', 'es'],
  ['Nobody knows how many lives the room has saved, the researcher admitted, because the data are incomplete.', 'en'],
  [
    "Le nombre de seringues ramassées près de la gare a baissé cet été, ce que la mairie attribue surtout au passage quotidien d'une équipe de nettoyage renforcée.",
    'fr',
  ],
];

/** Requirements told as the law's: no call for a room, nor for a change said only by "must". */
const LAWS_CONTENT: readonly Said[] = [
  ['Under the Victorian legislation, the injecting room must be run by a licensed provider and reviewed at set intervals.', 'en'],
];

const STILL_MADE: readonly Said[] = [
  ["Supporters claim the room has cut needle litter, and the council's collection data bear that out.", 'en'],
  ['Residents still find the odd syringe, but far fewer since the room opened, the caretaker says.', 'en'],
  ['Come può il comune negare che la sala abbia ridotto le siringhe nei giardini?', 'it'],
  ['¿Cómo puede nadie negar que la sala ha reducido el consumo en la calle?', 'es'],
  ['The council will keep counting syringes, and the numbers have already halved since the room opened.', 'en'],
  ['Fewer residents feel unsafe near the centre since it opened, the council survey found.', 'en'],
  ["La Ville continuera de compter les seringues, mais leur nombre a déjà baissé de moitié depuis l'ouverture de la salle.", 'fr'],
];

/** Counts still to be made, which the recall aid under the cues would read as a fall of the harm counted. */
const COUNTS_PLANNED: readonly Said[] = [
  [
    "La Ville de Lausanne va compter chaque mois les seringues ramassées autour de la salle afin de suivre l'évolution de la situation dans le quartier de la gare.",
    'fr',
  ],
  ["Ms Reid's committee will monitor needle litter in the lanes around the station each month to follow how the neighbourhood changes.", 'en'],
  ['A equipa da sala frequentou este mês uma formação sobre overdoses e uso de naloxona.', 'pt'],
];

describe('claims rejected, asked aside, still there or still to be counted', () => {
  it.each(NOT_MADE)('makes no claim of less public harm or lives saved in “%s”', (text, lang) => {
    expect(claimsIn(text, lang).filter((id) => id === 'reduce-public-harm' || id === 'save-lives')).toEqual([]);
  });

  it.each(STILL_MADE)('still reads less public harm in “%s”', (text, lang) => {
    expect(claimsIn(text, lang)).toContain('reduce-public-harm');
  });

  it.each(LAWS_CONTENT)('reads the law’s content, not a call, in “%s”', (text, lang) => {
    expect(claimsIn(text, lang).filter((id) => id === 'allow-facility' || id === 'change-law')).toEqual([]);
  });

  it('still reads the change a strong word of it says after the law named as the source', () => {
    expect(claimsIn('Under the current law, no room may open until ministers grant an exemption, so they must grant one now.', 'en')).toContain('change-law');
  });

  it.each(COUNTS_PLANNED)('lets the recall aid read no fall into a count still to be made: “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('reduce-public-harm');
  });
});
