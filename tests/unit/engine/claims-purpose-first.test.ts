/**
 * A purpose opening the sentence ("Para abrir salas…") runs to its comma or to where the main
 * clause's call opens ("é preciso", "hace falta"): a call after it stands, a procedure after it
 * ("hace falta una autorización") is none. "It is necessary to open a room" calls for it. A room
 * in a clause opened by "instead of" is the option set aside.
 */
import { describe, expect, it } from 'vitest';
import { claimsIn } from './support/claims-in';

describe('a purpose opening the sentence', () => {
  it('leaves the call of the main clause standing, with or without a comma, before a speech tag', () => {
    expect(claimsIn('Para abrir salas de consumo é preciso mudar a lei, afirmou a ministra.', 'pt')).toEqual(['change-law']);
    expect(claimsIn('Para abrir salas de consumo hay que cambiar la ley, dijo la diputada.', 'es')).toEqual(['change-law']);
  });
  it('makes a procedure after it no call', () => {
    expect(claimsIn('Para abrir una sala de consumo hace falta una autorización de la consejería, explica el técnico.', 'es')).toEqual([]);
    expect(claimsIn('Para abrir uma sala de consumo é preciso uma licença do Ministério da Saúde, disse a técnica.', 'pt')).toEqual([]);
  });
  it('is no call when the law to change is a tax law', () => {
    expect(claimsIn('Per ottenere l’esenzione IMU bisogna prima cambiare la legge, ha spiegato il sindaco.', 'it')).toEqual([]);
  });
});

describe('a room said necessary', () => {
  it('is called for', () => {
    expect(claimsIn('É preciso abrir uma sala de consumo assistido no Porto, defende a associação.', 'pt')).toContain('allow-facility');
    expect(claimsIn('Es necesario abrir una sala de consumo supervisado en Bilbao, insiste la asociación.', 'es')).toContain('allow-facility');
  });
});

describe('a room set aside by "instead of"', () => {
  it('is no call for it', () => {
    for (const [text, lang] of [
      ['Instead of opening a consumption room, the city should fund more rehab beds, the councillor said.', 'en'],
      ['Invece di aprire una stanza del consumo, il Comune dovrebbe finanziare più comunità di recupero, dice l’assessore.', 'it'],
      ['En lugar de abrir una sala de consumo, el ayuntamiento debería invertir en tratamiento, sostiene el concejal.', 'es'],
    ] as const)
      expect(claimsIn(text, lang), text).not.toContain('allow-facility');
  });
  it('leaves a call for the room after it standing', () => {
    expect(claimsIn('Instead of closing the consumption room, the council should keep it open for another five years.', 'en')).toContain('allow-facility');
  });
  it('is no call for it when the call is for something else, the room just after "rather than"', () => {
    for (const [text, lang] of [
      ['Le député plaide pour des places en postcure plutôt que pour une salle de shoot.', 'fr'],
      ['The bishop argues for more rehab beds rather than a consumption room in the city centre.', 'en'],
    ] as const)
      expect(claimsIn(text, lang), text).not.toContain('allow-facility');
    expect(claimsIn('The nurses argue for a consumption room rather than more police patrols.', 'en')).toContain('allow-facility');
  });
});

describe('rooms in general allowed by "and", or a participle, after a call for the law’s change', () => {
  it('are that change’s call only', () => {
    for (const [text, lang] of [
      ['MPs should amend the Misuse of Drugs Act and allow supervised consumption rooms, the committee said.', 'en'],
      ['Die Regierung muss das Betäubungsmittelgesetz ändern und Drogenkonsumräume erlauben, fordert der Verband.', 'de'],
      ['Il faut changer la loi et autoriser les salles de consommation, plaide l’association.', 'fr'],
      ['O Governo deve mudar a lei e permitir salas de consumo assistido, defende a associação.', 'pt'],
      ['Chiediamo al Parlamento di cambiare la legge e consentire le stanze del consumo, scrivono i medici.', 'it'],
      // Or by its participle.
      ['Les médecins réclament une modification du code de la santé publique permettant aux salles de consommation de fonctionner.', 'fr'],
      ['The charity wants an amendment to the Misuse of Drugs Act allowing supervised consumption rooms to operate legally.', 'en'],
      // Or by a finite purpose with the change's verb inside it.
      ['Der Bund müsse das Betäubungsmittelgesetz so ändern, dass Konsumräume in allen Ländern zulässig werden, fordert die Ärztekammer.', 'de'],
    ] as const)
      expect(claimsIn(text, lang), text).toEqual(['change-law']);
  });
  it('leave a named room’s call standing', () => {
    expect(claimsIn('The law must change and the city should allow the Leeds room to open next year.', 'en')).toEqual(['change-law', 'allow-facility']);
  });
});

describe('rooms named earlier and allowed by a pronoun after a call for the law’s change', () => {
  it('are that change’s purpose, not a call of their own', () => {
    for (const [text, lang] of [
      [
        'Because consumption rooms cut overdose deaths, as Swiss data show, the report asks the government to change the law to allow them in large cities.',
        'en',
      ],
      ['Como las salas de consumo reducen las muertes, el informe pide al Gobierno cambiar la ley para permitirlas en las grandes ciudades.', 'es'],
      [
        'Comme les salles de consommation réduisent les overdoses, le rapport demande au gouvernement de modifier la loi pour les autoriser dans les grandes villes.',
        'fr',
      ],
      [
        'Poiché le stanze del consumo riducono le morti, il rapporto chiede al governo di modificare la legge per consentirne l’apertura nelle grandi città.',
        'it',
      ],
    ] as const) {
      expect(claimsIn(text, lang), text).toContain('change-law');
      expect(claimsIn(text, lang), text).not.toContain('allow-facility');
    }
  });
  it('leave a named room allowed with an article a call of its own', () => {
    expect(claimsIn('El Ayuntamiento pide reformar la ley para permitir la sala de consumo prevista en Málaga.', 'es')).toContain('allow-facility');
  });
});
