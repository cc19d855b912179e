/**
 * The families of names the lexicon grew: for each, a sentence where a reader would see the
 * topic (found) and one where the same words mean something else (not found).
 */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from './support/dom';

const inLang = (lang: string, html: string): string[] => mentionsIn(`<article lang="${lang}"><p>${html}</p></article>`);

describe('the lexicon’s families of names', () => {
  it('Swiss German', () => {
    expect(inLang('de-CH', 'Im Gassenzimmer an der Langstrasse konsumieren Süchtige unter Aufsicht.')).toEqual(['Gassenzimmer']);
    expect(
      inLang(
        'de-CH',
        'Zürich betreibt Kontakt- und Anlaufstellen (K&A), in denen mitgebrachte Substanzen unter Aufsicht konsumiert werden. Jede K&A hat Rauchplätze.',
      ),
    ).toEqual(['Kontakt- und Anlaufstellen', 'K&A', 'K&A']);
    expect(inLang('de-CH', 'Die Kontakt- und Anlaufstelle für Senioren berät zu Pflegeheimen und Spitex.')).toEqual([]);
  });

  it('Canadian French', () => {
    expect(inLang('fr-CA', 'Le site de consommation supervisée du centre-ville a renversé des dizaines de surdoses.')).toEqual([
      'site de consommation supervisée',
    ]);
    expect(inLang('fr-CA', 'Le SCS du quartier renverse des surdoses chaque semaine, disent les intervenants.')).toEqual(['SCS']);
    expect(inLang('fr-CA', 'La clinique de la douleur offre la SCS aux patients qui prennent de fortes doses d’opioïdes.')).toEqual([]);
  });

  it('Brazilian Portuguese', () => {
    expect(inLang('pt-BR', 'A prefeitura quer abrir um espaço de uso protegido para pessoas que fumam crack.')).toEqual(['espaço de uso protegido']);
    expect(inLang('pt-BR', 'A pastelaria ampliou a sala de consumo para quarenta lugares e serve almoços.')).toEqual([]);
  });

  it('rooms for smoking or inhalation', () => {
    expect(inLang('en', 'The service will add an inhalation room for people who smoke heroin or crack.')).toEqual(['inhalation room']);
    expect(inLang('en', 'A supervised inhalation site opened next to the needle exchange.')).toEqual(['supervised inhalation site']);
    expect(inLang('en', 'The hotel has a smoking room on the first floor for guests who smoke cigars.')).toEqual([]);
    expect(inLang('nl', 'In de opvang zit de rookruimte vol: de meeste bezoekers roken basecoke.')).toEqual(['rookruimte']);
    expect(inLang('nl', 'Het kantoor heeft een rookruimte voor werknemers die sigaretten roken.')).toEqual([]);
  });

  it('"injection centre" and "injecting site" variants', () => {
    expect(inLang('en', 'The injecting site on the high street is used by people who inject drugs every night.')).toEqual(['injecting site']);
    expect(inLang('en', 'A safe injecting site would cut overdose deaths, the report says.')).toEqual(['safe injecting site']);
    expect(inLang('en', 'The vaccine injection centre at the stadium gives the booster to patients over 65.')).toEqual([]);
  });

  it('"safer drug use facility"', () => {
    expect(inLang('en', 'The council backed a safer drug use facility near the station.')).toEqual(['safer drug use facility']);
    expect(inLang('en', 'The facility teaches safer drug use at parties.')).toEqual([]);
  });

  it('overdose prevention sites by their short form, in plural and possessive', () => {
    expect(inLang('en', "The province funds 14 OPSs; the busiest OPS’s nurses and every OPS's volunteers reverse overdoses.")).toEqual(['OPSs', 'OPS', 'OPS']);
    expect(inLang('en', 'The OPS team rolled back the release after the pharmacy app showed wrong drug doses.')).toEqual([]);
  });

  it('Spanish, Portuguese and Italian names that also name a café or a black hole', () => {
    expect(inLang('es', 'La sala de consumo del barrio atiende a personas que se inyectan heroína.')).toEqual(['sala de consumo']);
    expect(inLang('es', 'El estadio estrena una sala de consumo para abonados, con barra y cocina.')).toEqual([]);
    expect(inLang('it', 'Le cosiddette stanze del buco sono nate in Svizzera.')).toEqual(['stanze del buco']);
    expect(inLang('it', 'Al planetario, la stanza del buco nero spiega la gravità ai bambini.')).toEqual([]);
  });
});
