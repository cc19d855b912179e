/**
 * Not one death recorded in the room since it opened is lives saved, in the words each language
 * uses for "not a single": "has not recorded a single", "nem uma única", "nemmeno un", "in keinem …
 * jemand".
 */
import { describe, it } from 'vitest';
import { expectEach, measuredIn } from './support/claims-in';

describe('not a single death recorded since the room opened', () => {
  it('is lives saved', () => {
    expectEach(
      [
        ['Since it opened, the consumption room has not recorded a single overdose death, the charity stressed.', 'en'],
        ['Em dez anos, a sala de consumo não teve nem uma única morte por overdose, diz a enfermeira.', 'pt'],
        ['Da quando ha aperto, la stanza del consumo non ha registrato nemmeno un decesso per overdose, sottolinea l’associazione.', 'it'],
        ['Seit der Eröffnung ist in keinem der drei Kölner Konsumräume jemand an einer Überdosis gestorben, betont der Träger.', 'de'],
      ],
      measuredIn,
      'some',
    );
  });
  it('is no claim when the single death is what happened', () => {
    expectEach([['The consumption room recorded a single overdose death last year, its first since opening.', 'en']], measuredIn, 'none');
  });
});
