/**
 * Claims as reports, briefings, studies and campaign leaflets put them, and the same words there
 * making none: a supporters' claim the figures "do not bear out" or that "door geen enkel cijfer
 * wordt gestaafd"; mockery in a participle ("Ironisant sur…"); a fall credited elsewhere with the
 * source between ("est due, selon l'ARS, à la naloxone"); an aim named as "the aim of the trial
 * is"; a schedule "by the end of next year"; a pledge ("will fight for", "nous nous engageons à",
 * "apostar por") and support declared with an adverb between ("sprach sich ausdrücklich für");
 * nobody dying said as "niet één … overleden", "nessun utente è morto"; a room said to make drug
 * use look normal.
 */
import { describe, it } from 'vitest';
import { claimOf, expectEach, type Said } from './support/claims-in';

const MADE: readonly (readonly [string, Said[1], string])[] = [
  ['Vote for a candidate who will fight for a supervised consumption room in Bradford city centre.', 'en', 'allow-facility'],
  ['Nous nous engageons à ouvrir une halte soins addictions à Toulouse avant la fin du mandat.', 'fr', 'allow-facility'],
  ['Votar a esta lista es apostar por abrir una sala de consumo supervisado en Málaga.', 'es', 'allow-facility'],
  ['Der Landesverband der Kinderärzte sprach sich gestern ausdrücklich für einen Drogenkonsumraum in Erfurt aus.', 'de', 'allow-facility'],
  ['De voorzitter van de artsenvereniging, die zich vorige week uitsprak voor een gebruiksruimte in Gent, kreeg veel steun.', 'nl', 'allow-facility'],
  ['In twintig jaar is in de Utrechtse gebruiksruimte niet één cliënt aan een overdosis overleden, meldt de GGD.', 'nl', 'save-lives'],
  ['In quindici anni di attività nella stanza del consumo di Trieste nessun utente è morto per overdose, dice lo studio.', 'it', 'save-lives'],
  ['Our leaflet says it plainly: no rooms that make injecting heroin look like a normal part of life on our streets.', 'en', 'prevent-not-facilitate'],
];

const NOT_MADE: readonly (readonly [string, Said[1], string])[] = [
  ['Supporters say the room has cut deaths in the district, a claim the coroner’s figures do not bear out.', 'en', 'save-lives'],
  ['Voorstanders zeggen dat de ruimte levens redt, maar dat wordt door geen enkel cijfer van de GGD gestaafd.', 'nl', 'save-lives'],
  ['Ironisant sur la « salle miracle » censée faire disparaître la délinquance du quartier, le conseiller a quitté la séance.', 'fr', 'reduce-public-harm'],
  ['La baisse des overdoses mortelles est due, selon l’agence régionale de santé, à la naloxone en pharmacie et non à la salle.', 'fr', 'save-lives'],
  ['A descida das mortes deve-se, segundo a ARS, à distribuição de naloxona e não à sala de consumo.', 'pt', 'save-lives'],
  ['Lo scopo della sperimentazione proposta dal Comune è ridurre i decessi per overdose nel quartiere.', 'it', 'save-lives'],
  ['La giunta ha approvato la stanza del consumo sperimentale, che dovrebbe aprire entro la fine del prossimo anno.', 'it', 'allow-facility'],
  // An office's title is no frame of a call: "the Lord Advocate" advocates nothing here.
  ['The Calton Road facility was formally approved by the Lord Advocate last week, the bulletin reported.', 'en', 'allow-facility'],
];

const makes = claimOf;

describe('claims in reports, briefings, studies and leaflets', () => {
  it('are made as these registers put them', () => {
    for (const [text, lang, claim] of MADE) expectEach([[text, lang]], makes(claim), 'some');
  });
  it('are not made where the same words rebut, mock, credit elsewhere, aim or schedule', () => {
    for (const [text, lang, claim] of NOT_MADE) expectEach([[text, lang]], makes(claim), 'none');
  });
});
