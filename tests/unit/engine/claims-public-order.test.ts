/**
 * The words of public order in a story about the rooms are not yet a claim that the room reduced
 * public harm: a demand for proof of it, a question a council will decide, a fall credited to
 * sharps bins, supporters' words set against counts that show no measurable difference, needles
 * "being dropped", a harm complained of (the recall aid's proposal is refused). Beside them, what
 * the same sentences' shapes do not change: a certainty that holds a negator ("sans aucun doute")
 * asserts, a rhetorical "why should X not" calls for a room, a precondition ("before any room
 * can open") calls for the law's change only, and a room's name holding a claim's words ("halte
 * soins addictions") says nothing of addiction.
 */
import { describe, expect, it } from 'vitest';
import debate from 'virtual:claimlens/debate';
import { compileShippedClaims } from '../../../src/engine/claims-as-shipped';
import { findClaims } from '../../../src/engine/find-claims';
import type { Lang } from '../../../src/data/lexicon-schema';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';

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
];

/** The same words where the claim is made. */
const MADE: readonly (readonly [...Said, string])[] = [
  ['The room has cut public injecting, and council counts show no measurable difference in complaints from other districts.', 'en', 'reduce-public-harm'],
  ['Since the room opened, needle finds in the park have halved, and the sharps bins by the station are rarely full.', 'en', 'reduce-public-harm'],
  ['La salle a sans aucun doute évité des décès dans le quartier.', 'fr', 'save-lives'],
  ['La stanza ha senza alcun dubbio evitato morti nel quartiere.', 'it', 'save-lives'],
  ['Pourquoi Bordeaux n’aurait-elle pas, elle aussi, le droit d’ouvrir sa salle de consommation ?', 'fr', 'allow-facility'],
  ['Warum sollte Köln keinen eigenen Konsumraum eröffnen dürfen?', 'de', 'allow-facility'],
  ['¿Por qué Bilbao no podría abrir su propia sala de consumo?', 'es', 'allow-facility'],
  ['The health board should open the room before more people die.', 'en', 'allow-facility'],
  ['La halte soins addictions traite les usagers comme des malades, pas comme des délinquants.', 'fr', 'health-not-crime'],
  ['Sucht ist eine Krankheit, kein Verbrechen, sagt die Leiterin des Drogenkonsumraums.', 'de', 'health-not-crime'],
];

/** The claims as shipped, the recall aid under the cues: a harm complained of is what the aid alone would read as less of it. */
const shipped = compileShippedClaims(debate.claims, debate.claimsModel);
const shippedClaimsIn = (text: string, lang: Lang): string[] => findClaims([{ text, owner: 0, lang }], shipped, () => true).map((found) => found.claimId);

const COMPLAINED: readonly Said[] = [
  ['Residents complained that used needles are still being dropped behind the community centre next to the consumption room.', 'en'],
  ['Anwohner beklagen, dass seit der Eröffnung des Konsumraums mehr Spritzen im Park liegen.', 'de'],
  ['Buurtbewoners klagen dat er sinds de opening van de gebruiksruimte meer spuiten op straat liggen.', 'nl'],
];
const COMPLAINED_LESS: readonly Said[] = [
  ['Residents complain far less about needles in the lane since the consumption room opened.', 'en'],
  ['Seit der Konsumraum offen ist, beklagen sich die Anwohner kaum noch über Spritzen im Park.', 'de'],
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
