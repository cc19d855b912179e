/**
 * Words of a claim said in a way that does not make it: a reduction lacked ("filled the prisons
 * without reducing street dealing"), a decade's figures ("fell in the 2010s"), a rhetorical disbelief ("qualcuno crede davvero che…"), a
 * call nobody makes ("nobody is arguing that the law must change"), an effect called a myth,
 * a room a change of law is to permit (the change's call), a
 * permission given to a change of law rather than to a room ("approve the amendment so that the
 * room can stay open"), and facilitation named as the offence staff are charged with, not as
 * what the room does ("una denuncia per agevolazione dell'uso").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const makes = (text: string, lang: Lang, claim: string): boolean => claimsIn(text, lang).includes(claim);

describe('a claim’s words said otherwise', () => {
  it('lessen no harm when the reduction is lacked', () => {
    for (const [text, lang] of [
      ['Decades of arrests filled the prisons without reducing street dealing, the report concludes.', 'en'],
      ['La mano dura llenó las cárceles sin reducir el trapicheo en las calles, concluye el informe.', 'es'],
      ['Des décennies de répression ont rempli les prisons sans réduire le trafic de rue, conclut le rapport.', 'fr'],
    ] as const) {
      expect(makes(text, lang, 'reduce-public-harm'), text).toBe(false);
      // What the sentence does say stands.
      expect(makes(text, lang, 'current-approach-failing'), text).toBe(true);
    }
    // A death lacked is a life saved.
    expect(makes('The room saved dozens of lives without a single death on site, the nurses say.', 'en', 'save-lives')).toBe(true);
  });

  it('tell a decade’s figures, not the room’s', () => {
    for (const [text, lang] of [
      ['Overdose deaths in the city fell sharply in the 2010s, the coroner says.', 'en'],
      ['Die Zahl der Drogentoten in der Stadt sank in den 2010er Jahren deutlich, sagt das Gesundheitsamt.', 'de'],
    ] as const)
      expect(makes(text, lang, 'save-lives'), text).toBe(false);
  });

  it('save no lives in a rhetorical disbelief', () => {
    const text = 'Qualcuno crede davvero che con altri arresti avremo meno morti per overdose in città?';
    expect(makes(text, 'it', 'save-lives'), text).toBe(false);
  });

  it('allow no room when the permission is the law’s', () => {
    const text = 'Campaigners urged MPs to approve the amendment so that the Glasgow room can stay open.';
    expect(makes(text, 'en', 'allow-facility'), text).toBe(false);
  });

  it('allow a room given “the” chance to open as well as “a” chance', () => {
    const text = 'Diamo a questo servizio la possibilità di aprire, almeno in via sperimentale, chiede l’assessora.';
    expect(makes(text, 'it', 'allow-facility'), text).toBe(true);
  });

  it('make no call that nobody makes', () => {
    for (const [text, lang] of [
      ['Nobody is arguing that the law must change, the minister insisted.', 'en'],
      ['Niemand fordert, das Betäubungsmittelgesetz zu ändern, sagte der Minister.', 'de'],
    ] as const)
      expect(makes(text, lang, 'change-law'), text).toBe(false);
  });

  it('lessen no harm called a myth', () => {
    for (const [text, lang] of [
      ['The police chief calls it a myth that the room has reduced needle litter around the station.', 'en'],
      ['De burgemeester noemt het een fabeltje dat de ruimte de overlast in de binnenstad heeft verminderd.', 'nl'],
    ] as const)
      expect(makes(text, lang, 'reduce-public-harm'), text).toBe(false);
  });

  it('allow no room that a change of the law is to permit: the call is the change’s', () => {
    for (const [text, lang] of [
      ['A associação pede ao Governo que mude a lei para permitir uma sala de consumo assistido.', 'pt'],
      ['La diputada pide cambiar la normativa para permitir la apertura de una sala de consumo en Bilbao.', 'es'],
    ] as const) {
      expect(makes(text, lang, 'allow-facility'), text).toBe(false);
      expect(makes(text, lang, 'change-law'), text).toBe(true);
    }
  });

  it('call for a room kept running as for one opened', () => {
    for (const [text, lang] of [
      ['Die Grünen fordern, den Konsumraum auch nach 2027 weiterzubetreiben.', 'de'],
      ['Der Ausschuss empfiehlt, den Betrieb des Konsumraums über den Dezember hinaus fortzuführen.', 'de'],
      ['Le conseil municipal souhaite que l’expérimentation de la salle soit prolongée.', 'fr'],
    ] as const)
      expect(makes(text, lang, 'allow-facility'), text).toBe(true);
  });

  it('call for no prevention when facilitation is the charge', () => {
    const text = 'Senza una deroga nella legge sulle droghe, gli infermieri della stanza rischiano una denuncia per agevolazione dell’uso.';
    expect(makes(text, 'it', 'prevent-not-facilitate'), text).toBe(false);
  });
});
