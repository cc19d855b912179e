/**
 * The words of public order, lives and the law in a story about the rooms are not yet a claim: a
 * demand for proof, a question a council will decide, a fall credited to sharps bins, supporters'
 * words set against counts that show no measurable difference or figures another contests,
 * needles "being dropped", a harm complained of (the recall aid's proposal is refused), a bill at
 * a stage of its passage, a why-question that presupposes a failure. Beside them, what the same
 * shapes do not change: a certainty that holds a negator ("sans aucun doute") asserts, a
 * rhetorical "pourquoi … ne pourrait-elle pas" calls for a room, a precondition with a modal of
 * capacity ("before any room can open") calls for the law's change only while one without it
 * ("before more people die") leaves the room's call, "I'm alive because" of the room saves a
 * life, and a room's name holding a claim's words ("halte soins addictions") says nothing of addiction.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

/** Sentences of ours that share a claim's words and must not make it. */
const NOT_MADE: readonly (readonly [...Said, string])[] = [
  ['Neighbours want proof that the room has reduced street dealing before the licence is renewed.', 'en', 'reduce-public-harm'],
  ['Los vecinos quieren pruebas de que la sala ha reducido el consumo en la calle antes de renovar el permiso.', 'es', 'reduce-public-harm'],
  ['Os moradores querem provas de que a sala reduziu o consumo na rua antes da renovação da licença.', 'pt', 'reduce-public-harm'],
  ['I residenti vogliono prove che la sala abbia ridotto il consumo in strada prima del rinnovo.', 'it', 'reduce-public-harm'],
  ['The council will decide whether the room has reduced public injecting.', 'en', 'reduce-public-harm'],
  ['Les riverains attendent de voir si la salle fera baisser les nuisances avant de se prononcer.', 'fr', 'reduce-public-harm'],
  ['The new sharps bins were installed near the station to reduce discarded needles, the council said.', 'en', 'reduce-public-harm'],
  ['La mairie a installé des récupérateurs de seringues près de la gare pour réduire le nombre de seringues abandonnées.', 'fr', 'reduce-public-harm'],
  ['De gemeente plaatste naaldcontainers bij het station om het aantal rondslingerende spuiten te verminderen.', 'nl', 'reduce-public-harm'],
  ['El ayuntamiento instaló contenedores de jeringuillas junto a la estación para reducir las que aparecen tiradas.', 'es', 'reduce-public-harm'],
  ['Il comune ha installato contenitori per siringhe vicino alla stazione per ridurre quelle abbandonate.', 'it', 'reduce-public-harm'],
  ['Supporters claim the room has cleared the stairwells of needles, but council counts show no measurable difference.', 'en', 'reduce-public-harm'],
  ['Befürworter sagen, der Konsumraum habe die offene Szene verkleinert, doch die Zählungen zeigen keinen messbaren Rückgang.', 'de', 'reduce-public-harm'],
  [
    'Voorstanders zeggen dat de gebruiksruimte de overlast heeft verminderd, maar de tellingen laten echter geen meetbaar verschil zien.',
    'nl',
    'reduce-public-harm',
  ],
  ['Used needles are still being dropped in the lane beside the consumption room every weekend.', 'en', 'reduce-public-harm'],
  ['La police a renforcé ses patrouilles autour de la halte soins addictions de la gare du Nord.', 'fr', 'health-not-crime'],
  ['Die Polizei nahm vor dem Drogenkonsumraum, einer medizinischen Einrichtung, einen Dealer fest.', 'de', 'health-not-crime'],
  ['Westminster must amend the Act, or grant an exemption, before any supervised room in England can lawfully open its doors.', 'en', 'allow-facility'],
  [
    'Supporters say the room has already prevented deaths, but the evaluation found too few overdoses on site to support any such conclusion.',
    'en',
    'save-lives',
  ],
  ["Les défenseurs de la salle affirment qu'elle a fait reculer les overdoses, mais la préfecture conteste ces chiffres.", 'fr', 'save-lives'],
  ['Os defensores dizem que a sala reduziu as mortes, mas a polícia contesta esses números.', 'pt', 'save-lives'],
  ['The bill to amend the Misuse of Drugs Act passed its second reading on Tuesday.', 'en', 'change-law'],
  ['O projeto de lei que altera a Lei de Drogas foi aprovado na comissão e segue para o plenário.', 'pt', 'change-law'],
  ["Pourquoi la mairie n'a-t-elle pas fermé la salle de consommation après l'agression ?", 'fr', 'allow-facility'],
  ['¿Por qué la sala de consumo no ha reducido las muertes por sobredosis?', 'es', 'save-lives'],
  ['Warum hat der Konsumraum keine Leben gerettet?', 'de', 'save-lives'],
];

/** The same words where the claim is made. */
const MADE: readonly (readonly [...Said, string])[] = [
  ['The room has cut public injecting, and council counts show no measurable difference in complaints from other districts.', 'en', 'reduce-public-harm'],
  ['Since the room opened, needle finds in the park have halved, and the sharps bins by the station are rarely full.', 'en', 'reduce-public-harm'],
  ['La salle a sans aucun doute évité des décès dans le quartier.', 'fr', 'save-lives'],
  ['La stanza ha senza alcun dubbio evitato morti nel quartiere.', 'it', 'save-lives'],
  ['Pourquoi Bordeaux n’aurait-elle pas, elle aussi, le droit d’ouvrir sa salle de consommation ?', 'fr', 'allow-facility'],
  ['Pourquoi Bordeaux ne pourrait-elle pas ouvrir sa salle de consommation ?', 'fr', 'allow-facility'],
  ['We must change the law before more people die, and open consumption rooms now.', 'en', 'allow-facility'],
  ["Il faut changer la loi avant qu'il ne soit trop tard et ouvrir des salles de consommation.", 'fr', 'allow-facility'],
  ['The debate on whether consumption rooms save lives is over, and the answer is yes.', 'en', 'save-lives'],
  ['On ne peut pas juger si durement une salle qui a sauvé des dizaines de vies.', 'fr', 'save-lives'],
  ['É fácil de ver: se a sala de consumo não existisse, mais pessoas teriam morrido.', 'pt', 'save-lives'],
  ["Sceptics wanted proof that the room saves lives, and the coroner's figures now show it does.", 'en', 'save-lives'],
  ['Supporters say the room has already prevented deaths, and the coroner does not dispute these figures.', 'en', 'save-lives'],
  ['Estou vivo porque um enfermeiro da sala me deu naloxona a tempo.', 'pt', 'save-lives'],
  ['Ik leef nog omdat een medewerker van de gebruiksruimte me op tijd vond.', 'nl', 'save-lives'],
  ['The health board should open the room before more people die.', 'en', 'allow-facility'],
  ['La halte soins addictions traite les usagers comme des malades, pas comme des délinquants.', 'fr', 'health-not-crime'],
  ['Sucht ist eine Krankheit, kein Verbrechen, sagt die Leiterin des Drogenkonsumraums.', 'de', 'health-not-crime'],
];

const COMPLAINED: readonly Said[] = [
  ['Residents complained that used needles are still being dropped behind the community centre next to the consumption room.', 'en'],
  ['Anwohner beklagen, dass seit der Eröffnung des Konsumraums mehr Spritzen im Park liegen.', 'de'],
  ['Buurtbewoners klagen dat er sinds de opening van de gebruiksruimte meer spuiten op straat liggen.', 'nl'],
];
const COMPLAINED_LESS: readonly Said[] = [
  ['Residents complain far less about needles in the lane since the consumption room opened.', 'en'],
  ['Seit der Konsumraum offen ist, beklagen sich die Anwohner kaum noch über Spritzen im Park.', 'de'],
  ['Residents used to complain about public injecting, but since the consumption room opened the lanes are quiet.', 'en'],
];

describe('public order in a story about the rooms', () => {
  it('makes no claim of a demand for proof, a question to decide, another measure credited, a rebuttal or a name', () => {
    for (const [text, lang, claim] of NOT_MADE) expect(claimsIn(text, lang), text).not.toContain(claim);
  });
  it('keeps the claims the same words make', () => {
    for (const [text, lang, claim] of MADE) expect(claimsIn(text, lang), text).toContain(claim);
  });
  it('lets the recall aid read no reduction into a harm complained of, and keeps one complained of less', () => {
    for (const [text, lang] of COMPLAINED) expect(shippedClaimsIn(text, lang), text).not.toContain('reduce-public-harm');
    for (const [text, lang] of COMPLAINED_LESS) expect(shippedClaimsIn(text, lang), text).toContain('reduce-public-harm');
  });
});
