/**
 * A life saved or a harm lessened by another service or measure is that measure's record, not the
 * room's (src/engine/claims/effects.ts, `creditedElsewhere`): CCTV, patrols, street lighting,
 * defibrillators, an emergency corridor. "Since" or "thanks to" ties a figure to whatever it
 * stands before, so beside such a measure only a word naming the room or its people keeps the
 * effect the room's.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { expectEach, measuredIn } from './support/claims-in';

/** Per language: a harm lessened or a life saved by another measure, in a story about the rooms. */
const OTHER_MEASURES: Record<Lang, readonly string[]> = {
  en: [
    'The council says knife crime is down and the streets feel safer since extra patrols began.',
    'The new CCTV has cut antisocial behaviour in the park, the council says.',
    'Since the needle exchange moved, residents report fewer syringes in the alley.',
    'Fewer needles turn up on the towpath since the council hired a private security firm and doubled the street cleaning rounds.',
  ],
  de: [
    'Die Rettungsgasse hat schon vielen Menschen das Leben gerettet, sagt die Feuerwehr.',
    'Seit der Videoüberwachung gibt es weniger Diebstähle am Bahnhof, sagt die Polizei.',
    'Am Busbahnhof werden weniger Spritzen gefunden, seit die Stadt einen Sicherheitsdienst und neue Videokameras bezahlt.',
  ],
  fr: [
    'La vidéosurveillance a fait reculer les incivilités dans le quartier, affirme le maire.',
    'On trouve moins de seringues près du canal depuis que la ville a posé des bornes de collecte et doublé le nettoyage.',
  ],
  nl: [
    'Sinds de camera’s er hangen, zijn er minder inbraken in de straat.',
    'Er liggen minder spuiten bij het station sinds de gemeente een extra ploeg voor de schoonmaak heeft ingezet.',
  ],
  es: [
    'Desde que hay más patrullas, los vecinos se sienten más seguros en la plaza.',
    'Aparecen menos jeringuillas en la ribera desde que la ciudad puso vigilantes y amplió la limpieza de madrugada.',
  ],
  pt: [
    'A videovigilância reduziu os assaltos na rua, garante a polícia.',
    'Aparecem menos seringas junto ao rio desde que a câmara municipal reforçou a limpeza das ruas e pôs seguranças no jardim.',
  ],
  it: [
    'Con le telecamere sono calati i furti in strada, dice la polizia.',
    'Si trovano meno siringhe lungo il fiume da quando il Comune ha raddoppiato i turni della pulizia delle strade.',
  ],
};

/** Per language: the room's own record, tied to it by name. */
const THE_ROOMS_RECORD: Record<Lang, string> = {
  en: 'Thanks to the room’s nurses, and despite the new CCTV doing little, there are far fewer needles in the park.',
  de: 'Seit der Konsumraum geöffnet hat, liegen am Bahnhof deutlich weniger Spritzen herum, sagt die Polizei.',
  fr: 'Depuis l’ouverture de la salle, on trouve beaucoup moins de seringues dans le square, constatent les riverains.',
  nl: 'Sinds de gebruiksruimte open is, liggen er veel minder spuiten in het park, zeggen bewoners.',
  es: 'Desde que abrió la sala, los vecinos ven muchas menos jeringuillas en los portales.',
  pt: 'Desde que a sala abriu, há muito menos seringas nas escadas do prédio, dizem os moradores.',
  it: 'Da quando la stanza è aperta, in strada si trovano molte meno siringhe, dicono i residenti.',
};

describe('an effect credited to another measure', () => {
  for (const [lang, texts] of Object.entries(OTHER_MEASURES) as [Lang, readonly string[]][]) {
    it(`is not the room’s (${lang})`, () => {
      for (const text of texts) expect(measuredIn(text, lang), text).toEqual([]);
    });
  }
  for (const [lang, text] of Object.entries(THE_ROOMS_RECORD) as [Lang, string][]) {
    it(`stays the room’s when the room is named (${lang})`, () => {
      expect(measuredIn(text, lang), text).toContain('reduce-public-harm');
    });
  }
});

describe('a fall credited to heroin prescribed on a doctor’s order, the rooms named only to be denied it', () => {
  it('is the treatment’s, not the rooms’', () => {
    expectEach(
      [
        ['The health board credits the fall in drug deaths mainly to heroin-assisted treatment, not to the consumption rooms.', 'en'],
        ['Den Rückgang der Drogentoten führt das Gesundheitsamt vor allem auf die Diamorphinvergabe zurück, nicht auf den Konsumraum.', 'de'],
        ['De GGD wijt de daling van het aantal overdoses vooral aan de heroïneverstrekking, niet aan de gebruiksruimte.', 'nl'],
      ],
      measuredIn,
      'none',
    );
  });
});

describe('a fall credited outright to a service, a time after it', () => {
  it('is the service’s, whatever "since" follows', () => {
    expectEach(
      [
        ['That fewer needles turn up in the park is mainly down to the extra street cleaners hired since the spring, the council says.', 'en'],
        ['Dass weniger Spritzen im Park liegen, liegt laut Stadt vor allem an der Stadtreinigung, die seit dem Sommer nachts fährt.', 'de'],
        ['Si l’on trouve moins de seringues au square, c’est grâce aux agents de propreté recrutés depuis l’été, dit la mairie.', 'fr'],
      ],
      measuredIn,
      'none',
    );
  });
  it('is the room’s when the room is named', () => {
    expect(measuredIn('Fewer needles turn up in the park thanks to the consumption room and the street cleaners hired since the spring.', 'en')).not.toEqual(
      [],
    );
  });
});

describe('a credit the room is denied in its own clause', () => {
  it('gives the effect to something else, past a comma and whoever else is named', () => {
    expectEach(
      [
        ['Staff attribute the fall in overdose deaths not to the consumption room but to the naloxone kits handed out at the shelter.', 'en'],
        ['Dass weniger Spritzen im Park liegen, verdankt der Bezirk nicht dem Konsumraum, sondern den Parkwächtern.', 'de'],
        ['The drop in needle litter on the high street is not due to the consumption room, the traders’ association insists.', 'en'],
        // The denial in a clause of its own, going on with the credit.
        ['The fall in deaths is due mostly to naloxone kits, and not to the consumption room, the coroner says.', 'en'],
        ['Deaths fell last year, which the coroner attributed to naloxone kits carried by every patrol officer rather than to the consumption room.', 'en'],
        ['A descida das mortes deve-se sobretudo à naloxona distribuída pelos enfermeiros, e não à sala de consumo, diz a médica.', 'pt'],
        // Past an insertion, the denial joined by "and"; a credit in other words; the room said to play no part.
        ['A descida das mortes deve-se, segundo a autoridade de saúde, à naloxona das equipas de rua e não à sala de consumo.', 'pt'],
        ['Dat er minder overdoses zijn, komt volgens de GGD vooral door de naloxon voor daklozen, en niet door de gebruiksruimte.', 'nl'],
        ['The fall in overdose deaths was driven by naloxone kits, the health director said, with the consumption room playing no measurable part.', 'en'],
        ['Der Rückgang der Drogentoten liegt laut Gesundheitsamt am Naloxon der Streetworker; der Konsumraum spielte dabei keine Rolle.', 'de'],
      ],
      measuredIn,
      'none',
    );
  });
  it('is the room’s when it is given the credit too ("not only")', () => {
    expectEach(
      [
        ['The drop in deaths is due not only to the consumption room but also to naloxone.', 'en'],
        // The room given the credit, and a part it played, or something else denied one.
        ['The fall in overdose deaths was driven by the consumption room, with the naloxone kits playing no measurable part.', 'en'],
        ['Dat er minder overdoses zijn, komt volgens de GGD door de gebruiksruimte en niet door de naloxon.', 'nl'],
      ],
      measuredIn,
      'some',
    );
  });
});
