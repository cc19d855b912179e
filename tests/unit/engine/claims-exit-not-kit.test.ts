/**
 * Prevent-not-facilitate said as a way out set against the room's kit (src/engine/claims/exit-not-kit.ts):
 * treatment, detox or a way out over a clean needle or a place to keep using, or the room's help
 * named surrender. The same contrast said for the room, or with the room as its subject, makes none.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

/** Per language: a way out over the kit, and the room's help called surrender. */
const MAKES: Record<Lang, readonly string[]> = {
  en: [
    '"My brother needed a way into rehab, not a clean needle and a cup of tea," his sister told the council meeting on the proposed room.',
    'Handing people sterile kits and calling it care is surrender, a retired police chief told the hearing on the injection room.',
  ],
  de: [
    '„Meine Schwester brauchte einen Therapieplatz, kein sauberes Besteck“, sagt ein Bruder aus Kassel über den geplanten Konsumraum.',
    'Wer saubere Spritzen hinlegt und das Fürsorge nennt, betreibt Kapitulation, schreibt ein Leser zum Konsumraum.',
  ],
  fr: [
    '« Ce qu’il faut à ces jeunes, c’est une cure de sevrage, pas une seringue propre », estime un père de famille opposé à la salle.',
    '« On ne sauve pas quelqu’un en lui tenant la seringue ; on le sauve en l’aidant à arrêter », dit une mère.',
  ],
  nl: [
    '"Wat hij nodig heeft is een afkickplek, geen schone spuit en een warme kamer," zegt een vader uit Tilburg over de gebruiksruimte.',
    'Schone spuiten uitdelen en dat zorg noemen is capitulatie, vindt een vader uit Zwolle.',
  ],
  es: [
    '«Mi hijo necesitaba una plaza en una comunidad terapéutica, no una jeringuilla limpia», dice una madre de Carabanchel sobre la sala.',
    'En vez de abrir otra sala, el ayuntamiento debería pagar plazas de desintoxicación, sostiene la oposición.',
  ],
  pt: ['«O meu filho precisava de um internamento, não de uma seringa limpa», diz uma mãe do Porto sobre a sala de consumo.'],
  it: [
    '«A mio figlio serviva un posto in comunità, non una siringa pulita», racconta una madre di Bologna contraria alla stanza.',
    'Dare siringhe pulite a chi si buca e chiamarlo sostegno è una resa dello Stato, dice un padre di Torino.',
  ],
};

/** Per language: the kit first and the exit after it, the room defended as a way out, a surrender denied, a cell refused. */
const MAKES_NONE: Record<Lang, readonly string[]> = {
  en: [
    'A clean needle today, treatment tomorrow: that is how the nurses at the room describe their work.',
    'The room is a first step towards treatment, not a place to keep using forever, its manager said.',
    'Not only a clean needle: the room also offers a way into treatment, the nurse said.',
  ],
  de: [
    'Erst ein sauberes Besteck, dann der Weg in die Therapie: So beschreibt die Sozialarbeiterin ihre Arbeit im Konsumraum.',
    'Der Konsumraum sei ein Weg in den Entzug, kein Ort zum Weiterkonsumieren, sagt die Leiterin.',
    'Saubere Spritzen sind keine Kapitulation, sondern Fürsorge, sagt die Leiterin des Konsumraums.',
  ],
  fr: [
    'Une seringue propre aujourd’hui, un sevrage demain : c’est ainsi que l’infirmière de la salle résume son travail.',
    'La salle n’est pas un lieu où continuer à se piquer, c’est une porte vers le sevrage, répond sa directrice.',
  ],
  nl: [
    'Vandaag een schone naald, morgen misschien behandeling: zo zien de medewerkers van de gebruiksruimte hun werk.',
    'De gebruiksruimte is een opstap naar behandeling, geen plek om te blijven gebruiken, zegt de coördinator.',
  ],
  es: [
    'Una jeringuilla limpia hoy y tratamiento mañana: así resume una enfermera el trabajo de la sala.',
    'La sala no es un sitio donde seguir consumiendo sin más, es una puerta hacia el tratamiento, explica su directora.',
  ],
  pt: [
    'Uma seringa limpa hoje, um tratamento amanhã: é assim que a enfermeira da sala resume o trabalho.',
    'A sala é um primeiro passo para o tratamento, não um sítio para continuar a consumir, diz a coordenadora.',
  ],
  it: [
    'Una siringa pulita oggi, un percorso di cura domani: così l’infermiera descrive il lavoro della stanza.',
    'La stanza è un primo passo verso la cura, non un posto dove continuare a bucarsi, spiega la direttrice.',
  ],
};

describe('a way out set against the room’s kit', () => {
  for (const lang of LANGS) {
    it(`says use should be prevented (${lang})`, () => {
      for (const text of MAKES[lang]) expect(claimsIn(text, lang), text).toContain('prevent-not-facilitate');
    });
    it(`makes no claim said for the room (${lang})`, () => {
      for (const text of MAKES_NONE[lang]) expect(claimsIn(text, lang), text).not.toContain('prevent-not-facilitate');
    });
  }

  it('needs a way out: a cell refused for a clean needle says nothing of prevention', () => {
    expect(claimsIn('Niet een cel maar een schone naald, zegt de verpleegkundige van de gebruiksruimte.', 'nl')).not.toContain('prevent-not-facilitate');
    expect(claimsIn('Não uma cela, mas uma seringa limpa, diz a enfermeira da sala de consumo.', 'pt')).not.toContain('prevent-not-facilitate');
  });

  it('needs the room’s kit: a way out set against a cigarette says nothing', () => {
    expect(claimsIn('Un tabacologue le répète : ce qu’il faut aux fumeurs, c’est un sevrage, pas une cigarette électronique.', 'fr')).toEqual([]);
  });
});
