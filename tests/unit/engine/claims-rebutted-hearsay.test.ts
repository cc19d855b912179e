/**
 * A claim named as something said and then rejected is not made (src/engine/claims/disputes.ts,
 * `rebuttedHearsay`): "the suggestion that the room has cut deaths is contradicted by…", "die
 * Behauptung, … ist falsch", "l'affirmation selon laquelle … ne tient pas". Named and supported,
 * or with the rebuttal negated, it still is.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { expectEach, measuredIn } from './support/claims-in';

/** Per language: the room's effect named as a claim and rejected. */
const REBUTTED: Record<Lang, string> = {
  en: 'The suggestion that the consumption room has cut overdose deaths is contradicted by the coroner’s own figures.',
  de: 'Die Behauptung, der Konsumraum habe die Zahl der Drogentoten gesenkt, ist falsch, sagt der Stadtrat der Opposition.',
  fr: 'L’affirmation selon laquelle la salle a réduit le nombre de seringues dans la rue ne tient pas, selon le collectif de riverains.',
  nl: 'De bewering dat de gebruiksruimte levens redt, wordt door de oppositie betwist.',
  es: 'La idea de que la sala ha reducido las jeringuillas en la calle no se sostiene, según la asociación de comerciantes.',
  pt: 'A ideia de que a sala salvou vidas é desmentida pelos números do próprio hospital, diz a oposição.',
  it: 'L’affermazione secondo cui la stanza ha salvato vite è smentita dai dati dell’ospedale, sostiene l’opposizione.',
};

describe('a claim named and rebutted', () => {
  for (const [lang, text] of Object.entries(REBUTTED) as [Lang, string][]) {
    it(`is not made (${lang})`, () => {
      expect(measuredIn(text, lang), text).toEqual([]);
    });
  }

  it('is made when the named claim is supported, or its rebuttal negated', () => {
    expectEach(
      [
        ['The idea that the room has cut overdose deaths is supported by the coroner’s figures.', 'en'],
        ['L’affermazione secondo cui la stanza ha salvato vite non è smentita da nessun dato, dice il professore.', 'it'],
        ['Die Behauptung, der Konsumraum habe Leben gerettet, ist nicht widerlegt, sagt die Forscherin.', 'de'],
        ['La idea de que la sala ha reducido las jeringuillas en la calle la comparten todos los vecinos.', 'es'],
      ],
      measuredIn,
      'some',
    );
  });
});

/** Per language: the room's effect told as its supporters' word, then answered by counts that show no change. */
const ANSWERED_BY_COUNTS: Record<Lang, string> = {
  en: 'Supporters claim the room has cut street injecting, but the council’s own counts show no difference at all.',
  de: 'Die Befürworter behaupten, der Konsumraum habe die Spritzenfunde verringert – die Zählungen der Stadt zeigen allerdings keinen Rückgang.',
  fr: 'Les partisans affirment que la salle a réduit les seringues dans la rue, mais les relevés de la mairie ne montrent aucune baisse.',
  nl: 'Voorstanders zeggen dat er minder spuiten op straat liggen, maar de tellingen van de gemeente laten geen enkel verschil zien.',
  es: 'Los defensores aseguran que la sala ha reducido las jeringuillas en la calle, pero los datos municipales no muestran ningún descenso.',
  pt: 'Os defensores garantem que a sala reduziu as seringas na rua, mas os números da câmara não mostram qualquer descida.',
  it: 'I sostenitori affermano che la stanza ha ridotto le siringhe per strada, ma i dati del Comune non mostrano alcun calo.',
};

describe('a claim told as its supporters’ word and answered by counts showing no change', () => {
  for (const [lang, text] of Object.entries(ANSWERED_BY_COUNTS) as [Lang, string][])
    it(`is not made (${lang})`, () => {
      expect(measuredIn(text, lang), text).toEqual([]);
    });

  it('is made when the counts agree, or show no rise of something else', () => {
    expect(measuredIn('Supporters say the room has cut street injecting, and the council’s counts show a clear fall.', 'en')).toEqual(['reduce-public-harm']);
    expect(measuredIn('The room has cut street injecting, and the counts show no rise in crime nearby.', 'en')).toEqual(['reduce-public-harm']);
  });
});

/** Per language: the room's effect named and answered by a study finding no difference, or figures it cannot be read from. */
const FOUND_NOTHING: readonly (readonly [string, Lang])[] = [
  ['Supporters say the consumption room saves lives, but the evaluation found no difference in overdose deaths against similar districts.', 'en'],
  ['Befürworter sagen, der Konsumraum rette Leben, doch die Gutachter fanden keinen Unterschied bei den Drogentoten.', 'de'],
  ['Les partisans affirment que la salle sauve des vies, mais l’étude n’a constaté aucune différence de mortalité avec les quartiers voisins.', 'fr'],
  ['Dat de gebruiksruimte de overlast rond het station heeft verminderd, is uit de cijfers van de politie niet op te maken.', 'nl'],
  ['Los defensores aseguran que la sala salva vidas, pero los investigadores no encontraron ninguna diferencia en la mortalidad.', 'es'],
  ['Os defensores dizem que a sala salva vidas, mas os investigadores não encontraram nenhuma diferença na mortalidade.', 'pt'],
  ['I promotori dicono che la stanza salva vite, ma i ricercatori non hanno trovato alcuna differenza nella mortalità.', 'it'],
];

/** A denial told in other words: "kann keine Rede sein", "is geen sprake", a denying verb before its object. */
const DENIED_OTHERWISE: readonly (readonly [string, Lang])[] = [
  ['Von weniger Spritzen im Bahnhofsviertel durch den Konsumraum kann keine Rede sein, heißt es im Bericht der Polizei.', 'de'],
  ['Van minder overlast door de gebruiksruimte is volgens de buurtbewoners geen sprake.', 'nl'],
  ['The minister denied in Parliament that the consumption room had cut overdose deaths in the city.', 'en'],
  ['La consejera negó ayer en el pleno que la sala haya reducido las muertes por sobredosis.', 'es'],
  ['Los informes no muestran que la sala de consumo haya reducido las muertes por sobredosis en el barrio.', 'es'],
  ['Os dados não mostram que a sala tenha reduzido as mortes por overdose, admitiu a investigadora.', 'pt'],
  ['Os promotores dizem que a sala salva vidas, mas os números oficiais não o demonstram.', 'pt'],
  ['I promotori dicono che la stanza riduce le morti per overdose, ma i numeri non lo dimostrano.', 'it'],
  ['Les partisans affirment que la salle réduit les overdoses, mais les chiffres ne le montrent pas.', 'fr'],
];

describe('a claim answered by a finding of no difference, or denied in other words', () => {
  it('is not made', () => {
    for (const [text, lang] of [...FOUND_NOTHING, ...DENIED_OTHERWISE]) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is made when the denial is itself denied', () => {
    expect(measuredIn('Even the opposition does not deny in its report that the consumption room has cut overdose deaths.', 'en')).not.toEqual([]);
    expect(measuredIn('Zelfs de wethouder ontkent niet dat er sinds de opening van de ruimte minder overdoses zijn.', 'nl')).not.toEqual([]);
  });
});

describe('figures that do not show one thing, and then show another', () => {
  it('make the claim the second part tells', () =>
    expectEach(
      [
        ['The figures do not show that crime rose around the consumption room: they show that it has saved dozens of lives.', 'en'],
        [
          'Les chiffres ne montrent pas que la délinquance a augmenté autour de la salle de consommation : ils montrent qu’elle a sauvé des dizaines de vies.',
          'fr',
        ],
        ['Los datos no muestran que la delincuencia aumentara en torno a la sala de consumo: muestran que ha salvado decenas de vidas.', 'es'],
      ],
      measuredIn,
      'some',
    ));
});
