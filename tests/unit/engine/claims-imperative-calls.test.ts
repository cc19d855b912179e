/**
 * A call said in the imperative, with no frame of demand around it: the verb opens the
 * sentence, a quote or a clause after a colon or dash, alone or after an opener ("please",
 * "alors") or a jussive "que", and the room is its object a few words on ("Keep the consumption
 * room open", "Mantenham a sala de consumo aberta"). An imperative whose object is another thing,
 * one told to staff ("the caretaker told the cleaners"; told to the press it stays a call), one
 * joined by "and" to a consequence ("Open a room and the dealers will come"), words that only
 * look like imperatives, a told verb after a comma and a cue that is not the call make none.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const IMPERATIVE_CALLS: readonly (readonly [string, Lang])[] = [
  ['Keep the consumption room on Carlton Street open, the pharmacist said at the inquiry.', 'en'],
  ['Please approve the supervised injection site before another winter comes.', 'en'],
  ['The figures speak for themselves: keep the room open.', 'en'],
  ['„Haltet den Konsumraum am Hauptbahnhof offen“, stand auf dem Brief der Anwohner.', 'de'],
  ['Les chiffres sont clairs — alors ouvrez enfin cette salle à Toulouse.', 'fr'],
  ['Maintenez la salle de consommation ouverte, demandent les soignants.', 'fr'],
  ['Houd de gebruiksruimte in Rotterdam open, schreef de huisarts aan de raad.', 'nl'],
  ['Que mantengan abierta la sala de consumo del Raval, pidió la asociación de vecinos.', 'es'],
  ['Abrid la sala de consumo de una vez, por favor.', 'es'],
  ['Mantenham a sala de consumo assistido aberta, pediu a médica.', 'pt'],
  ['Allora aprite questa stanza del consumo a Bologna.', 'it'],
  ['Lasciate aperta la stanza del consumo, scrivono i residenti.', 'it'],
  // Told to the press, or with what happens otherwise after "or", it is still the call.
  ['“Keep the consumption room open,” the GP told the local paper.', 'en'],
  ['« Ouvrez la salle de consommation », a dit le médecin au Parisien.', 'fr'],
  ['Keep the consumption room open or more people will die, the nurse said.', 'en'],
];

const NO_CALL: readonly (readonly [string, Lang])[] = [
  // The imperative's object is another thing.
  ['Open the door of the consumption room, the nurse said to the porter.', 'en'],
  ['Ouvrez la porte de la salle de consommation, dit l’infirmière au livreur.', 'fr'],
  ['Abran la puerta de la sala de consumo, por favor.', 'es'],
  ['Aprite la porta della stanza del consumo quando arriva il medico.', 'it'],
  // Joined to its consequence: a condition either side may say.
  ['Open a consumption room and the dealers will follow, the police union warned.', 'en'],
  ['Approve the consumption room and watch the queues grow outside the pharmacy.', 'en'],
  // Told to staff: an instruction to them.
  ['‘Keep the consumption room open until the ambulance leaves,’ the manager told the night staff.', 'en'],
  ['The manager told the night staff: keep the consumption room open until the ambulance leaves.', 'en'],
  ['« Ouvrez la salle de consommation », dit le gardien au livreur.', 'fr'],
  ['De beheerder zei tegen het personeel: ‘Houd de gebruiksruimte open tot de ambulance weg is.’', 'nl'],
  // Joined by "and" past a comma, or in Italian and Portuguese by "e".
  ['Open a consumption room, and the dealers will follow, the police union warned.', 'en'],
  ['Aprite una stanza del consumo e gli spacciatori arriveranno in massa.', 'it'],
  ['Abram uma sala de consumo e os traficantes vão aparecer, avisou o comandante.', 'pt'],
  // Words that only look like imperatives: an adjective, a noun, a finite verb after its subject or in a condition.
  ['Open daily, the consumption room in Glasgow has seen 500 visitors.', 'en'],
  ['Permit refused for consumption room in Bristol.', 'en'],
  ['Steun voor de gebruiksruimte in Rotterdam neemt af, blijkt uit een peiling.', 'nl'],
  ['Jetzt öffnet der erste Drogenkonsumraum in Bayern.', 'de'],
  ['Öffnet der Konsumraum im Mai, wird die Polizei ihre Streifen verstärken.', 'de'],
  ['Nu laat ze de gebruiksruimte open tot middernacht.', 'nl'],
  // "Back" in other senses.
  ['Ministers will back down on the consumption room, campaigners fear.', 'en'],
  ['The council should stop going behind residents’ backs over the consumption room.', 'en'],
  // A verb that is no call of the room.
  ['Keep the consumption room clean, the manager told the new staff.', 'en'],
  // Negated.
  ['Do not approve the consumption room, the residents wrote.', 'en'],
];

describe('a call in the imperative', () => {
  it('is the call to allow the room', () => {
    for (const [text, lang] of IMPERATIVE_CALLS) expect(claimsIn(text, lang), text).toContain('allow-facility');
  });
  it('is none when its object is another thing, it states a condition, or it calls for nothing', () => {
    for (const [text, lang] of NO_CALL) expect(claimsIn(text, lang), text).not.toContain('allow-facility');
  });
  it('is no frame after a comma, where a verb may be a clause’s own', () => {
    expect(claimsIn('Wenn das Land zustimmt, genehmigt die Stadt den Konsumraum im Frühjahr.', 'de')).not.toContain('allow-facility');
  });
});

describe('backing a room', () => {
  it('is a call to allow it, and turning one’s back on it is not', () => {
    expect(claimsIn('The mayor backs the consumption room planned for Bristol.', 'en')).toContain('allow-facility');
    expect(claimsIn('Residents have turned their backs on the consumption room debate.', 'en')).not.toContain('allow-facility');
  });
});

describe('a motion or a demand that something be done, its verb in the subjunctive', () => {
  it('is a call for the room', () => {
    for (const text of [
      'Councillor Burke moved that the committee support keeping the Hunter Street consumption room open beyond its pilot.',
      'The nurses’ union urged that the consumption room on Hope Street be kept open through the winter.',
      'The health board’s report proposes that a supervised injection facility open in the city centre next year.',
    ])
      expect(claimsIn(text, 'en'), text).toContain('allow-facility');
  });
  it('is no call when what is moved is something else', () => {
    expect(claimsIn('The councillor moved that the meeting be adjourned before the consumption room item.', 'en')).not.toContain('allow-facility');
  });
});

describe('a fight to keep or open a room', () => {
  it('is a call for it', () => {
    expect(claimsIn('The council will fight to keep the consumption room on Hope Street open.', 'en')).toContain('allow-facility');
    expect(claimsIn('Residents are battling to keep the supervised injection site open past the summer.', 'en')).toContain('allow-facility');
  });
  it('is none when the fight is against it', () => {
    expect(claimsIn('Residents are fighting to stop the consumption room from opening on Hope Street.', 'en')).not.toContain('allow-facility');
  });
});

describe('a wish to stop a room from opening', () => {
  it('is no call for it, in every language', () => {
    for (const [text, lang] of [
      ['Residents want to stop the consumption room from opening on Hope Street.', 'en'],
      ['Die Anwohner wollen verhindern, dass der Konsumraum am Bahnhof eröffnet.', 'de'],
      ['Les riverains veulent empêcher la salle de consommation d’ouvrir rue Pajol.', 'fr'],
      ['De bewoners willen voorkomen dat de gebruiksruimte in hun straat opengaat.', 'nl'],
      ['Los vecinos quieren impedir la apertura de la sala de consumo en Bilbao.', 'es'],
      ['Os moradores querem impedir a abertura da sala de consumo no bairro.', 'pt'],
      ['I residenti vogliono impedire l’apertura della stanza del consumo in via Gluck.', 'it'],
    ] as const)
      expect(claimsIn(text, lang), text).not.toContain('allow-facility');
  });
  it('leaves a call beside it standing', () => {
    expect(claimsIn('Los vecinos piden la apertura de la sala de consumo en Bilbao.', 'es')).toContain('allow-facility');
  });
});
