/**
 * Rules that set an effect or a call aside reach only their own words: an aim its list and clause,
 * a denial its object, talk ruled out its clause, a credit the room it names. Each case is a sentence
 * where such a rule once reached too far or not far enough.
 */
import { describe, it } from 'vitest';
import { claimsIn, expectEach } from './support/claims-in';

describe('a rule that sets a claim aside', () => {
  it('an aim said not met, or met only as managing something else, is still an aim (no claim)', () => {
    expectEach(
      [
        ['The stated aim is to cut overdose deaths, but critics say deaths have not fallen at all.', 'en'],
        ['Erklärtes Ziel ist es, die Zahl der Drogentoten zu senken, doch bislang ist sie nicht gesunken.', 'de'],
        ['L’obiettivo dichiarato è ridurre le morti per overdose, che però finora non sono calate.', 'it'],
        ['La mairie a réussi à ouvrir une salle de consommation dans le but de réduire les overdoses mortelles.', 'fr'],
        ['Le maire a tenu à rappeler que l’objectif de la salle est de réduire les overdoses mortelles.', 'fr'],
        ['El Ayuntamiento ha conseguido abrir una sala de consumo con el objetivo de reducir las muertes por sobredosis.', 'es'],
      ],
      claimsIn,
      'none',
    );
  });
  it('an aim holds each purpose of its list (no claim)', () => {
    expectEach(
      [
        ['The facility is designed to give users a safe place and to cut needle litter in the park.', 'en'],
        ['La salle vise à offrir aux usagers un lieu sûr et à réduire les overdoses mortelles.', 'fr'],
      ],
      claimsIn,
      'none',
    );
  });
  it('a need for something else before a room opens calls for no room (no claim)', () => {
    expectEach(
      [
        ['Hace falta una licencia municipal para abrir una sala de consumo.', 'es'],
        ['Es necesario un estudio de impacto antes de abrir una sala de consumo en el barrio.', 'es'],
        ['È necessario il via libera della Regione per aprire una narcosala.', 'it'],
        ['Per aprire la tanto invocata narcosala, il Comune deve prima ottenere il via libera della Regione.', 'it'],
      ],
      claimsIn,
      'none',
    );
  });
  it('talk of something ruled out disputes only its own clause (no claim)', () => {
    expectEach([['Von einer Entlastung des Bahnhofsumfelds durch den Konsumraum kann keine Rede sein, heißt es im Lagebericht.', 'de']], claimsIn, 'none');
  });
  it('talk of something ruled out disputes only its own clause (a claim)', () => {
    expectEach(
      [
        ['Van een aanzuigende werking is geen sprake: de gebruiksruimte heeft de overlast in de wijk juist verminderd.', 'nl'],
        ['Seit der Eröffnung des Konsumraums ist die Zahl der Drogentoten deutlich gesunken, von einer Verlagerung der Szene kann keine Rede sein.', 'de'],
      ],
      claimsIn,
      'some',
    );
  });
  it('a denial reaches only an object after adverbials (a claim)', () => {
    expectEach(
      [
        ['The director denied the allegations, saying that the room has saved more than 40 lives since it opened.', 'en'],
        ['El Ayuntamiento niega la licencia a la sala que ha salvado cientos de vidas.', 'es'],
      ],
      claimsIn,
      'some',
    );
  });
  it('an effect supposed leaves another claim in the sentence its own (a claim)', () => {
    expectEach([['Even if the room saves lives, we should be preventing drug use, not making it safer.', 'en']], claimsIn, 'some');
  });
  it('a call set aside by "instead of" still stands where it is repeated outside it (a claim)', () => {
    expectEach([['En lugar de abrir una sola sala de consumo, Madrid debería abrir al menos tres.', 'es']], claimsIn, 'some');
  });
  it('an aim ends at a colon far from it, and a result told after "since" is told (a claim)', () => {
    expectEach(
      [
        ['Ziel der Studie war es, die Wirkung zu messen: Der Konsumraum hat die Zahl der Drogentoten halbiert.', 'de'],
        ['Het doel was het aantal overdoses terug te dringen en dat aantal is sinds de opening van de ruimte met 40 procent gedaald.', 'nl'],
        ['A propósito de la sala de consumo, el director recordó que ha salvado más de 200 vidas.', 'es'],
      ],
      claimsIn,
      'some',
    );
  });
  it('a credit or a grant in other word orders takes a supposed effect as real (a claim)', () => {
    expectEach(
      [
        ['Se le overdose sono calate, il merito è della stanza del consumo.', 'it'],
        ['Se le overdose sono calate, il merito è della narcosala.', 'it'],
      ],
      claimsIn,
      'some',
    );
  });
  it('a concession of fact in the perfect subjunctive, or an indicative after "anche se", tells the effect (a claim)', () => {
    expectEach(
      [
        ['Si es cierto que la sala ha reducido las muertes por sobredosis, también lo es que el barrio sigue sufriendo.', 'es'],
        ['Ainda que tenha reduzido as overdoses no bairro, a sala de consumo continua a dividir os moradores.', 'pt'],
      ],
      claimsIn,
      'some',
    );
  });
  it('a demand of someone, or a reflexive "se", asks nothing (a claim)', () => {
    expectEach(
      [
        ['Anche se la narcosala ha ridotto le overdose, l’interesse dei politici resta basso.', 'it'],
        ['L’associazione chiede al Comune di aprire la narcosala anche se la Regione è contraria.', 'it'],
      ],
      claimsIn,
      'some',
    );
  });
  it('"not only the room" gives it the credit too (a claim)', () => {
    expectEach([['A diretora questiona a lógica de quem se opõe à sala de consumo, que já salvou dezenas de vidas.', 'pt']], claimsIn, 'some');
  });
  it('figures showing no rise of another harm back the claim (a claim)', () => {
    expectEach([['Not only the consumption room but also naloxone has cut overdose deaths in the city.', 'en']], claimsIn, 'some');
  });
  it('a fear in a noun, or after "not only", is still feared (no claim)', () => {
    expectEach([['Anwohner äußerten Sorgen, der Konsumraum werde weniger Spritzen, aber mehr Dealer in die Straße bringen.', 'de']], claimsIn, 'none');
  });
  it('a fear in a noun, or after "not only", is still feared (a claim)', () => {
    expectEach(
      [['Volgens de organisatie is de overlast in de wijk gehalveerd, en een toename van criminaliteit is uit de cijfers niet op te maken.', 'nl']],
      claimsIn,
      'some',
    );
  });
});
