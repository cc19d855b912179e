/**
 * A death told as averted makes save-lives with no "save lives" cue (src/engine/claims/averted-death.ts):
 * an overdose that would otherwise have ended in a toilet or a morgue, nobody carried out dead, a delay
 * paid in lives; and the same words of a hospital, a road, an overdose that did end, or an "otherwise"
 * of another statement make none.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, findingsIn } from './support/claims-in';

/** Per language: sentences of ours that tell a death averted, each by one construction. */
const AVERTED: Record<Lang, readonly string[]> = {
  en: [
    'Every overdose the nurses catch in this room is one that would otherwise have ended on the floor of a public toilet.',
    'In eight years nobody has left the Grove Street room in a body bag, the manager told councillors.',
    'Each month the council spends dithering over the licence is a month paid for in lives, the outreach team says.',
    // The counterfactual hedged: "might have died" is the rescue told as likely, not as certain.
    'Had it not been for the consumption room on Hunter Street, dozens more might have died last winter, the nurse says.',
  ],
  de: [
    'Jede Überdosis, die das Team im Konsumraum auffängt, hätte sonst in einem Treppenhaus tödlich geendet.',
    'Seit der Eröffnung ist niemand mit den Füßen voran aus dem Raum getragen worden, sagt die Leiterin.',
    'Jeder Monat Verzögerung wird in Menschenleben bezahlt, warnt die Aidshilfe.',
  ],
  fr: [
    "Chaque overdose prise en charge dans la salle est une overdose qui ne finit pas, seul, dans une cage d'escalier.",
    "Depuis l'ouverture, personne n'est sorti de la salle les pieds devant, souligne le directeur.",
    "Chaque mois de retard se paie en vies, prévient l'association.",
  ],
  nl: [
    'Elke overdosis die de verpleging hier opvangt, zou anders in een portiek zijn geëindigd.',
    'Sinds de opening is er niemand met de voeten vooruit de gebruiksruimte uit gedragen.',
    'Elke maand uitstel wordt betaald in mensenlevens, zegt de straathoekwerker.',
  ],
  es: [
    'Cada sobredosis que se atiende en la sala es una sobredosis que, de lo contrario, habría acabado en el tanatorio.',
    'En seis años nadie ha salido de la sala con los pies por delante, recuerda la coordinadora.',
    'Cada mes de retraso se paga en vidas, advierte la plataforma vecinal.',
  ],
  pt: [
    'Cada overdose atendida na sala é uma overdose que, de outra forma, teria acabado sozinha numa casa de banho.',
    'Desde a abertura, ninguém saiu da sala com os pés para a frente, lembra a enfermeira.',
    'Cada mês de atraso se paga em vidas, avisa a associação.',
  ],
  it: [
    "Ogni overdose gestita nella stanza è un'overdose che altrimenti sarebbe finita da sola in un androne.",
    "Da quando ha aperto, nessuno è uscito dalla stanza con i piedi davanti, ricorda l'operatrice.",
    "Ogni mese di ritardo si paga in vite, avverte l'associazione.",
  ],
};

/** Per language: the same words with no claim, read as if in a story about rooms. */
const NOT_AVERTED: Record<Lang, readonly string[]> = {
  en: [
    "Her overdose ended in a friend's bathroom, where she was found the next morning.",
    'At the Royal Infirmary, every overdose brought into A&E is one that would otherwise have ended alone in a stairwell.',
    'The room must reopen by June; otherwise the funding for its toilets will end.',
    'The overdose figures are published every quarter, otherwise the public would hear only of the deaths.',
    "Every month's delay on the bypass is counted in lives, the road safety charity says.",
    'Nobody wants to see another neighbour carried out in a body bag, residents told the meeting.',
  ],
  de: [
    'Jeder Notfall, den die Notaufnahme des Klinikums versorgt, wäre sonst im Treppenhaus zu Ende gegangen.',
    'Sein Notfall endete im Treppenhaus, wo ihn die Nachbarn erst am Morgen fanden.',
  ],
  fr: [
    "Son overdose a fini dans les toilettes de la gare, où les pompiers l'ont retrouvé trop tard.",
    'Chaque mois de retard dans la sécurisation de la route nationale se paie en vies, estiment les maires.',
  ],
  nl: [
    'Zijn overdosis eindigde in een portiek, waar de brandweer hem vond.',
    'Elk noodgeval op de spoedeisende hulp van het ziekenhuis zou anders in een portiek zijn geëindigd.',
  ],
  es: [
    'La sobredosis acabó en el baño de la estación, donde lo encontraron al amanecer.',
    'Cada sobredosis que llega a urgencias del hospital es una que, de lo contrario, habría acabado en el tanatorio.',
  ],
  pt: [
    'A overdose acabou numa casa de banho da estação, onde o encontraram de manhã.',
    'Cada overdose que chega às urgências do hospital é uma que, de outra forma, teria acabado sozinha numa escada.',
  ],
  it: [
    "L'overdose è finita nel bagno della stazione, dove l'hanno trovato all'alba.",
    "Ogni overdose che arriva al pronto soccorso dell'ospedale è una che altrimenti sarebbe finita da sola in un androne.",
    'Ogni mese di ritardo sul cantiere della rotatoria si paga in vite, dicono i residenti.',
  ],
};

describe('a death told as averted', () => {
  for (const lang of LANGS) {
    it(`makes save-lives in ${lang}`, () => {
      for (const text of AVERTED[lang]) expect(claimsIn(text, lang), text).toEqual(['save-lives']);
    });
    it(`makes no claim of the same words elsewhere in ${lang}`, () => {
      for (const text of NOT_AVERTED[lang]) expect(claimsIn(text, lang), text).toEqual([]);
    });
  }

  it('gives the construction as the reason', () => {
    const [found] = findingsIn(AVERTED.en[1]!, 'en');
    expect(found?.cues).toEqual(['(death averted)', '(death averted)']);
  });
});
