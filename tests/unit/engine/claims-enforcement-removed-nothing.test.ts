/**
 * The failing approach said as enforcement that removed nothing ("prohibition has not taken
 * drugs off the street"), pretended to solve ("cannot keep pretending the bulldozers solve it"),
 * likened to a futile act ("like fighting flu with fines: useless"), or the arrest, release and
 * return of the same people, in each of the seven languages; and the same words saying nothing:
 * a raid that did clear a street, litter the cleaners left, a pretence about a budget, arrests
 * at a protest, enforcement of another debate.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, findingsIn } from './support/claims-in';

const FAILING = 'current-approach-failing';

/** Per language: sentences of ours that say enforcement failed in one of the rule's ways. */
const MAKES: Record<Lang, readonly string[]> = {
  en: [
    "Forty years of prohibition have not taken a single gram of heroin off Glasgow's streets, the nurse told the inquiry.",
    'The city cannot keep pretending that more police patrols will solve the drug scene at the station.',
    'Treating addiction as a police matter is like bailing out the sea with a bucket: expensive and pointless.',
    '“We arrest them, they’re released by Friday, and they come back to the same corner,” the sergeant said.',
    "Locking people up hasn't got heroin off our streets.",
    'Arresting addicts is like trying to cure pneumonia with a speeding ticket: absurd.',
  ],
  de: [
    'Die Razzien haben keinen einzigen Dealer aus dem Bahnhofsviertel vertrieben, sagt die Sozialarbeiterin.',
    'Die Stadt kann nicht länger so tun, als ließe sich die Szene am Hauptbahnhof mit Polizeistreifen lösen.',
    'Abhängigkeit mit dem Strafrecht zu behandeln ist wie Wasser in die Elbe tragen: teuer und sinnlos.',
    '„Wir nehmen sie fest, am nächsten Tag sind sie frei und kommen wieder“, sagt ein Beamter.',
    'Wir dürfen uns nicht länger einreden, dass mehr Polizei das Problem am Bahnhof lösen wird.',
    'Süchtige einzusperren ist, als wollte man Fieber mit Strafzetteln senken: sinnlos.',
  ],
  fr: [
    "La prohibition n'a pas chassé la drogue d'un seul quartier de Marseille, rappelle le médecin.",
    'Paris ne peut plus faire semblant de croire que les opérations de police vont régler le problème du crack.',
    "Traiter l'addiction à coups d'amendes, c'est comme éteindre un incendie avec de l'essence : coûteux et inutile.",
    '« On les interpelle le matin, ils sont relâchés le soir et reviennent au même coin », soupire un policier.',
  ],
  nl: [
    'De handhaving heeft geen enkele dealer uit de stationsbuurt verdreven, zegt de straathoekwerker.',
    'Rotterdam kan niet blijven doen alsof de politie de drugsoverlast op het plein wel zal oplossen.',
    'Het verbod heeft de drugs niet uit de wijk gekregen.',
    "'We pakken ze op, ze staan na een dag weer buiten en komen terug naar het plein,' zegt een agent.",
  ],
  es: [
    'La cárcel no ha sacado la heroína de ningún barrio de Bilbao, recuerda la educadora de calle.',
    'Madrid no puede seguir fingiendo que las redadas resuelven el problema de la Cañada.',
    'Combatir la adicción a golpe de multas es como apagar un incendio con gasolina: caro e inútil.',
    'Encarcelar a los adictos es como curar una gripe con multas: inútil.',
    '«Los detenemos, los sueltan a las 48 horas y vuelven a la misma plaza», cuenta un agente.',
  ],
  pt: [
    'A proibição não tirou a droga de nenhum bairro de Lisboa, lembra a enfermeira.',
    'Lisboa não pode continuar a fingir que as rusgas da PSP resolvem o problema do Intendente.',
    'Combater a dependência com multas é como tentar apagar um incêndio com gasolina: caro e inútil.',
    '«Prendemos, soltam, voltam», resume um agente da PSP no Intendente.',
  ],
  it: [
    "Il carcere non ha tolto l'eroina da un solo quartiere di Milano, ricorda l'operatrice.",
    'Bologna non può continuare a fingere che la piazza si risolva con le ruspe e con i blitz.',
    'Curare la dipendenza con le manette è come spegnere un incendio con la benzina: costoso e inutile.',
    'Arrestiamo, rilasciano, ritornano.',
    'Arrestare i tossicodipendenti è come curare la febbre con le multe: inutile e crudele.',
  ],
};

/** Per language: the same words in a story about rooms, saying no enforcement failed. */
const MAKES_NONE: Record<Lang, readonly string[]> = {
  en: [
    "Last month's police operation cleared the square of dealers, and the shopkeepers are relieved.",
    'Council cleaners have not removed the litter from the street for weeks, residents complain.',
    'The council cannot keep pretending that the budget will solve itself.',
    'The five people arrested at the protest were released on bail and returned home, the police said.',
    'Without the police, the dealers would never have been driven out of the square.',
    'If the police do not remove the dealers from the park, residents will block the road.',
    'The raids have not only removed the dealers from the square but also brought the shops back.',
    'Police say the room is like putting a magnet in the park: pointless for the neighbourhood.',
    'Arresting officers said the room is like throwing money away: pointless.',
  ],
  de: [
    'Die Polizei hat die Dealer am Wochenende aus dem Park vertrieben, die Anwohner sind erleichtert.',
    'Die Stadtreinigung hat den Müll nicht von der Straße geholt, klagen die Anwohner.',
    'Der Bürgermeister kann nicht länger so tun, als ließe sich das Haushaltsloch von selbst lösen.',
    'Ohne die Polizei wären die Dealer nie aus dem Park vertrieben worden.',
  ],
  fr: [
    "L'opération de police a chassé les dealers du square, se félicite le maire.",
    "Les agents de la propreté n'ont pas retiré les déchets de la rue depuis une semaine.",
  ],
  nl: [
    'De politie heeft de dealers vorige week uit het park verdreven, tot opluchting van de buurt.',
    'De gemeente heeft het zwerfvuil nog niet van de straat gehaald.',
  ],
  es: [
    'La redada de la Policía Nacional sacó a los camellos de la plaza, según el delegado del Gobierno.',
    'Los barrenderos no han quitado la basura de la calle en toda la semana.',
    'Los cinco detenidos en la protesta fueron liberados y volvieron a casa, informó la policía.',
    'Si la policía no saca a los camellos de la plaza, los vecinos cortarán la calle.',
  ],
  pt: [
    'A operação da PSP tirou os traficantes da praça, congratula-se o presidente da junta.',
    'Os serviços de limpeza não tiraram o lixo da rua durante o fim de semana.',
  ],
  it: [
    "Il blitz dei carabinieri ha tolto gli spacciatori dalla piazza, esulta l'assessore.",
    'Gli operatori ecologici non hanno tolto i rifiuti dalla strada per giorni.',
    'Il sindaco non può fingere che il bilancio si risolva da solo.',
    "La Guardia di Finanza non ha tolto l'evasione fiscale da nessuna città, ammette il ministro.",
  ],
};

describe('enforcement that removed nothing, pretended to work, or likened to a futile act', () => {
  for (const lang of LANGS) {
    it.each(MAKES[lang])(`${lang}: the approach is failing — %s`, (text) => {
      expect(claimsIn(text, lang)).toContain(FAILING);
    });
    it.each(MAKES_NONE[lang])(`${lang}: no failing approach — %s`, (text) => {
      expect(claimsIn(text, lang)).not.toContain(FAILING);
    });
  }

  it('says which words made the claim: the enforcer, its negated removal, what and whence', () => {
    const [found] = findingsIn('La prohibición no ha quitado la droga de la calle, afirma un economista.', 'es');
    expect(found?.claimId).toBe(FAILING);
    expect(found?.cues).toContain('prohibicion … not quitado … droga … calle');
  });
});
