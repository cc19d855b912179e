/**
 * Another law, rule or change is not the change of law the debate asks for: an electoral,
 * housing or licensing law, a law firm or law enforcement, the rules of the game, a government
 * changing course, blanked by change-law's `ignore` (src/data/claims.json), make no claim in a
 * story about the rooms that the law must change. The drug law itself, named in the same words,
 * still does.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

/** Per language: a call to change another law, or a change of course or of the game's rules. */
const OTHER_CHANGES: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'The electoral law must change before the next election, the opposition says.',
    'Labour wants the abortion law changed to remove the time limit.',
    'The law firm representing the residents says it will change its approach.',
    'Law enforcement agencies need to change their tactics on knife crime, the commissioner said.',
    'The licensing laws must be relaxed so pubs can stay open later, publicans say.',
    'The government must change course on bus fares, the mayor said.',
    'The fiscal rules have to be rewritten, the chancellor conceded.',
    'The rules of the game have changed for landlords, the minister said.',
  ],
  fr: [
    'Il faut changer la loi électorale avant les prochaines élections, estime l’opposition.',
    'La réforme de la loi sur le logement doit permettre de baisser les loyers.',
    'Le gouvernement doit changer de cap sur les retraites, estime le syndicat.',
  ],
  es: [
    'Hay que cambiar la ley de vivienda para frenar la subida de los alquileres, dicen los inquilinos.',
    'La reforma de la ley electoral debe aprobarse antes del verano.',
  ],
  pt: [
    'É preciso mudar a lei eleitoral antes das próximas eleições, diz a oposição.',
    'A lei das rendas tem de ser alterada para travar os despejos, dizem os inquilinos.',
  ],
  it: ['Bisogna cambiare la legge elettorale prima del voto, dice l’opposizione.', 'Il governo deve cambiare rotta sulle pensioni, dice il sindacato.'],
};

/** Per language: the drug law called to change. */
const THE_DRUG_LAW: Record<Lang, string> = {
  en: 'Ministers should change the law to allow supervised injection sites, the charity argues.',
  de: 'Das Betäubungsmittelgesetz muss geändert werden, damit Konsumräume überall erlaubt sind.',
  fr: 'Il faut changer la loi pour permettre l’ouverture de salles de consommation, estime le député.',
  nl: 'De Opiumwet moet worden aangepast zodat gebruiksruimtes legaal worden, zegt de wethouder.',
  es: 'Hay que cambiar la ley para que las salas de consumo tengan cobertura legal, dice la diputada.',
  pt: 'É preciso mudar a lei para permitir salas de consumo assistido, defende o deputado.',
  it: 'Bisogna cambiare la legge per consentire le stanze del consumo, dice la consigliera.',
};

describe('another law or change', () => {
  for (const [lang, texts] of Object.entries(OTHER_CHANGES) as [Lang, readonly string[]][]) {
    it(`is not the change of law the debate asks for (${lang})`, () => {
      for (const text of texts) expect(claimsIn(text, lang), text).not.toContain('change-law');
    });
  }
  for (const [lang, text] of Object.entries(THE_DRUG_LAW) as [Lang, string][]) {
    it(`leaves the drug law called to change (${lang})`, () => {
      expect(claimsIn(text, lang), text).toContain('change-law');
    });
  }
});
