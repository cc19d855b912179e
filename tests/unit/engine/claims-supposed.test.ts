/**
 * A measured effect told only as a condition ("if the room saves even one life, …") or as what
 * a court or study leaves open ("ohne sich zu der Frage zu äußern, ob…") is supposed, not told.
 * One told after its condition, or a condition that holds none of its words, still is. One told
 * after a past that did not happen ("had there been a room, he might still be alive") is a regret.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, expectEach, measuredIn } from './support/claims-in';

const SUPPOSED: readonly (readonly [string, Lang])[] = [
  ['If the consumption room saves even one life, the mayor said, it will have been worth every penny.', 'en'],
  ['Even if the supervised injection site prevents a few overdose deaths, the running costs are too high, the councillor said.', 'en'],
  ['Wenn der Konsumraum auch nur ein Leben rettet, hat er sich gelohnt, sagte die Bürgermeisterin.', 'de'],
  ['Sollte sich zeigen, dass der Raum die Zahl der Drogentoten senkt, werde man über eine Verlängerung reden, sagte der Oberbürgermeister.', 'de'],
  ['Si la salle de consommation sauve ne serait-ce qu’une vie, elle aura valu la peine, a dit le maire.', 'fr'],
  ['Als de gebruiksruimte ook maar één leven redt, is het de moeite waard, zei de burgemeester.', 'nl'],
  ['Si la sala de consumo supervisado salva aunque sea una vida, habrá merecido la pena, dijo la alcaldesa.', 'es'],
  ['Se a sala de consumo assistido salvar uma só vida, terá valido a pena, disse o presidente da câmara.', 'pt'],
  ['Qualora la stanza del consumo riducesse le siringhe nei giardini, il comitato ritirerebbe il ricorso.', 'it'],
  // A condition told by the verb's place or mood rather than by "if".
  ['Should the consumption room prevent even one overdose death, the mayor said, the cost will have been justified.', 'en'],
  ['Anche se la stanza del consumo evitasse una sola overdose mortale, varrebbe la spesa, sostiene il sindaco.', 'it'],
  ['Mesmo que a sala de consumo evite uma só morte por overdose, o custo é alto demais, diz o vereador.', 'pt'],
  ['Aunque la sala de consumo salve alguna vida, el coste es demasiado alto, insiste el concejal.', 'es'],
  ['Ook als de gebruiksruimte levens redt, blijft de overlast een probleem, zegt de wethouder.', 'nl'],
  ['Sollte die Einrichtung am Hauptbahnhof auch nur eine Überdosis verhindern, so die Bürgermeisterin, hätte sich jeder Euro gelohnt.', 'de'],
  ['Sollten die Zahlen der Drogentoten nach der Eröffnung sinken, werde man das Projekt verlängern, sagte der Dezernent.', 'de'],
  ['Même si la salle évitait quelques overdoses, répond le maire, elle ne réglerait rien au problème du quartier.', 'fr'],
  ['Mocht de gebruiksruimte het aantal overdoses echt verminderen, dan praat de raad volgend jaar verder.', 'nl'],
];

const TOLD: readonly (readonly [string, Lang])[] = [
  ['If you ask the nurses, the room has saved dozens of lives.', 'en'],
  ['Wenn man die Pflegekräfte fragt, hat der Raum Dutzende Leben gerettet.', 'de'],
  ['Si la salle a fait ses preuves, c’est qu’elle a sauvé des vies, selon la directrice.', 'fr'],
  ['Als verpleegkundige zie ik elke week hoe de gebruiksruimte levens redt.', 'nl'],
  ['Si algo ha demostrado la sala, es que salva vidas.', 'es'],
  ['Se há coisa que a sala provou, foi que salva vidas.', 'pt'],
  ['Se c’è una cosa che la stanza ha dimostrato, è che salva vite.', 'it'],
  ['Als gevolg van de gebruiksruimte zijn er veel minder overdoses in de wijk, zegt de wethouder.', 'nl'],
  ['Als enige voorziening in de stad heeft de gebruiksruimte het aantal overdoses gehalveerd, aldus de GGD.', 'nl'],
  ['Même si la salle évite des overdoses chaque semaine, les riverains restent inquiets, reconnaît l’infirmière.', 'fr'],
  ['In 2019 mocht de gebruiksruimte eindelijk open, en sindsdien is het aantal overdoses in de stad gehalveerd.', 'nl'],
];

/** Openers that read like a condition but grant what follows, or credit it, tell the effect. */
const GRANTED: readonly (readonly [string, Lang])[] = [
  ['If you consider that the consumption room has prevented forty overdose deaths, the cost looks small, the auditor wrote.', 'en'],
  ['Wenn man bedenkt, dass der Konsumraum die Zahl der Drogentoten halbiert hat, sind die Kosten gering, sagte der Kämmerer.', 'de'],
  ['Wenn die Zahl der Drogentoten gesunken ist, ist das dem Konsumraum zu verdanken, sagte die Ärztin.', 'de'],
  ['Si les overdoses mortelles ont baissé dans le quartier, c’est grâce à la salle de consommation, dit l’infirmière.', 'fr'],
  ['Si bien la sala de consumo ha reducido las muertes por sobredosis, los vecinos siguen quejándose, admite el concejal.', 'es'],
  ['Se é verdade que a sala de consumo reduziu as mortes por overdose, também é verdade que o bairro continua inseguro, disse o vereador.', 'pt'],
  ['Se vê claramente que a sala de consumo reduziu as overdoses no bairro, disse a enfermeira.', 'pt'],
  ['Caso raro na Europa, a sala de consumo reduziu as mortes por overdose para metade, segundo o relatório.', 'pt'],
  ['Se è vero che la stanza del consumo ha ridotto le morti per overdose, è anche vero che lo spaccio è rimasto, ammette l’assessore.', 'it'],
  ['Se da un lato la stanza del consumo ha ridotto le siringhe nei giardini, dall’altro i residenti restano scettici, dice il comitato.', 'it'],
];

/** "If it is true that" with no grant after it, and credits denied or given to something other than the room. */
const STILL_SUPPOSED: readonly (readonly [string, Lang])[] = [
  ['Si es verdad que la sala de consumo ha reducido las muertes por sobredosis, habrá que abrir otra en el sur, dijo la concejala.', 'es'],
  ['Se é verdade que a sala de consumo reduziu as mortes por overdose, então deve abrir outra no Porto, defende o deputado.', 'pt'],
  ['Se è vero che la stanza del consumo ha ridotto le morti per overdose, allora va aperta anche a Trieste, dice il consigliere.', 'it'],
  ['If overdose deaths have fallen this winter, it is not thanks to the consumption room, the councillor said.', 'en'],
  ['Wenn die Zahl der Drogentoten gesunken ist, ist das nicht dem Konsumraum zu verdanken, sagte der Stadtrat.', 'de'],
  ['Wenn auch nur ein Leben im Konsumraum gerettet wird, hat er sich gelohnt, sagte die Bürgermeisterin.', 'de'],
  ['Si les overdoses mortelles ont baissé, c’est grâce à une héroïne moins pure, selon le commissaire.', 'fr'],
];

describe('a measured effect in a condition', () => {
  it('is supposed, not told, when every word of it stands in the condition', () => {
    for (const [text, lang] of SUPPOSED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is told when it stands after the condition, or the clause is no condition', () => {
    for (const [text, lang] of TOLD) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is told when the opener grants or concedes it, or the consequence credits it to a cause', () => {
    for (const [text, lang] of GRANTED) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is supposed still when "if it is true that" is followed by what would follow, or a credit is denied or given elsewhere', () => {
    for (const [text, lang] of STILL_SUPPOSED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is left open when a court says nothing on whether it holds', () => {
    const text =
      'Das Verwaltungsgericht wies die Klage eines Nachbarn gegen die Betriebserlaubnis ab, ohne sich zu der Frage zu äußern, ob der Raum Todesfälle verhindert.';
    expect(measuredIn(text, 'de')).toEqual([]);
    expect(measuredIn('Das Verwaltungsgericht stellte fest, dass der Raum Todesfälle verhindert.', 'de')).not.toEqual([]);
  });
});

describe('a modal opening a condition', () => {
  it('supposes, and frames no call in the consequence', () => {
    expectEach(
      [
        [
          'Sollte sich bestätigen, dass der Konsumraum Leben rettet, werde der Stadtrat über eine Verlängerung des Modellversuchs beraten, sagte die Sprecherin.',
          'de',
        ],
      ],
      claimsIn,
      'none',
    );
  });
  it("calls when the modal is the main clause's verb after a fronted clause", () => {
    expect(claimsIn('Um ihr Wahlversprechen zu halten, sollte die Stadt den Konsumraum noch in diesem Jahr genehmigen.', 'de')).toContain('allow-facility');
  });
});

/** A past that did not happen, the room in its condition and a hedge or a wish beside it: a regret, in each language. */
const REGRETTED: readonly (readonly [string, Lang])[] = [
  ['Had there been a consumption room in Dundee back then, his father says, his son might still be alive.', 'en'],
  ['If only there had been a consumption room in Dundee back then, his son would still be alive, his mother says.', 'en'],
  ['Hätte es damals in Augsburg schon einen Konsumraum gegeben, sagt der Vater, wäre sein Sohn vielleicht noch am Leben.', 'de'],
  ['S’il y avait eu une salle de consommation à Lille à l’époque, mon frère serait peut-être encore en vie, confie-t-elle.', 'fr'],
  ['Als er toen een gebruiksruimte was geweest, had mijn zoon misschien nog geleefd, zegt zijn vader.', 'nl'],
  ['Si hubiera existido una sala de consumo supervisado en Bilbao, quizás mi hermano seguiría vivo, lamenta Ana.', 'es'],
  ['Se tivesse havido uma sala de consumo assistido no Porto, talvez o meu irmão ainda estivesse vivo, diz Rui.', 'pt'],
  ['Se ci fosse stata una stanza del consumo a Trieste, forse mio figlio sarebbe ancora vivo, racconta la madre.', 'it'],
];

/** The same shape with the room denied in the condition, or told with no hedge, says what the room does. */
const UNREAL_TOLD: readonly (readonly [string, Lang])[] = [
  ['Had the room not been open, the nurse says, many overdoses might have been fatal; instead the staff saved every one.', 'en'],
  ['Had a supervised injection site been open in Dundee, several overdose deaths would have been prevented, the coroner found.', 'en'],
];

describe('a measured effect after a condition in an unreal past', () => {
  it('is a regret, not a result, when the condition names the room and a hedge or a wish goes with it', () => {
    for (const [text, lang] of REGRETTED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is told when the condition denies the room, or no hedge makes it a wish', () => {
    for (const [text, lang] of UNREAL_TOLD) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
});

/** An effect named as an aim, in every language: a goal, not a result. */
const AIMED: readonly (readonly [string, Lang])[] = [
  ['The stated aim of the consumption room programme is to cut overdose deaths by a fifth within five years.', 'en'],
  ['Ziel des Konsumraums ist es, die Zahl der Drogentoten in fünf Jahren zu halbieren, sagt das Sozialreferat.', 'de'],
  ['La salle de consommation a pour objectif de réduire de moitié les overdoses mortelles d’ici 2030.', 'fr'],
  ['De gebruiksruimte is bedoeld om het aantal overdoses in de binnenstad terug te dringen.', 'nl'],
  ['El objetivo declarado de la sala de consumo es reducir un 20 % las muertes por sobredosis en cinco años.', 'es'],
  ['A sala de consumo tem como objetivo reduzir as mortes por overdose em um quinto até 2030.', 'pt'],
  ['La stanza del consumo mira a ridurre le morti per overdose di un quinto entro cinque anni.', 'it'],
  ['La câmara pretende reduzir as mortes por overdose com a nova sala de consumo assistido.', 'pt'],
  ['El plan busca evitar las muertes por sobredosis en el centro, según el documento municipal.', 'es'],
];

/** An aim said met, in the words of each language. */
const AIM_MET: readonly (readonly [string, Lang])[] = [
  ['The consumption room delivered on its aim of cutting overdose deaths in the city centre, the audit found.', 'en'],
  ['Das erklärte Ziel, die Zahl der Drogentoten zu senken, hat der Konsumraum erreicht, sagt die Stadt.', 'de'],
  ['La salle a réussi son pari : son objectif de réduire les overdoses mortelles est atteint, selon l’ARS.', 'fr'],
  ['Het verklaarde doel, het aantal overdoses halveren, is volgens de GGD gehaald: er vallen in de binnenstad veel minder overdoses.', 'nl'],
  ['A sala de consumo conseguiu o seu objetivo de reduzir as mortes por overdose no bairro, diz a autarquia.', 'pt'],
  ['La stanza del consumo è riuscita nel suo obiettivo di ridurre le morti per overdose in centro, dice l’Asl.', 'it'],
];

/** An aim, then in a clause of its own what came of it. */
const AIM_THEN_RESULT: readonly (readonly [string, Lang])[] = [
  ['The room opened in 2019 with the aim of cutting overdose deaths, which have since fallen by 40 per cent, the health board says.', 'en'],
  ['Der Konsumraum wurde mit dem Ziel eröffnet, Todesfälle zu verhindern; seither ist die Zahl der Drogentoten um ein Drittel gesunken.', 'de'],
  ['La salle a ouvert dans le but de réduire les overdoses, qui ont depuis baissé de 40 %, selon l’ARS.', 'fr'],
  ['La sala abrió con el objetivo de reducir las muertes por sobredosis, que desde entonces han caído un 40 %, según la consejería.', 'es'],
  ['The aim was plain, and the consumption room has since cut overdose deaths in the district by half.', 'en'],
];

/** Words that can name an aim, naming something else: the effect told stays told. */
const NOT_AN_AIM: readonly (readonly [string, Lang])[] = [
  ['The room, long the target of criticism from local shopkeepers, has cut overdose deaths in the area by a third.', 'en'],
  ['The outreach service aimed at people who inject has, with the consumption room, cut overdose deaths by a third.', 'en'],
  ['Der Konsumraum, lange Ziel der Kritik von Anwohnern, hat die Zahl der Drogentoten um ein Drittel gesenkt.', 'de'],
  ['La mission d’information parlementaire conclut que les salles de consommation ont réduit les overdoses mortelles.', 'fr'],
  ['La sala, destinada a acoger a las personas sin hogar que consumen, ha reducido las muertes por sobredosis a la mitad.', 'es'],
  ['La missione di valutazione del ministero ha concluso che la stanza del consumo ha ridotto le morti per overdose.', 'it'],
];

/** An aim named in words other than the usual ones. */
const AIMED_OTHERWISE: readonly (readonly [string, Lang])[] = [
  ['The consumption room is designed to cut overdose deaths in the city centre by a fifth.', 'en'],
  ['Das erklärte Ziel: die Zahl der Drogentoten in der Innenstadt bis 2030 zu halbieren.', 'de'],
  ['La salle de consommation vise à réduire les overdoses mortelles dans le quartier.', 'fr'],
  ['Het verklaarde doel van de gebruiksruimte: het aantal overdoses in de binnenstad halveren.', 'nl'],
  ['La sala de consumo está destinada a reducir las muertes por sobredosis en el centro.', 'es'],
  ['La stanza del consumo è destinata a ridurre le morti per overdose in centro.', 'it'],
];

describe('a measured effect named as an aim', () => {
  it('is a goal, not a result', () => {
    for (const [text, lang] of AIMED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is told when the aim is met', () => {
    expect(measuredIn('The consumption room has achieved its aim of cutting overdose deaths by a fifth.', 'en')).not.toEqual([]);
    expect(measuredIn('La sala de consumo ha cumplido su objetivo de reducir un 20 % las muertes por sobredosis.', 'es')).not.toEqual([]);
    for (const [text, lang] of AIM_MET) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is told when the result follows the aim in a clause of its own', () => {
    for (const [text, lang] of AIM_THEN_RESULT) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is told when words that may name an aim name something else', () => {
    for (const [text, lang] of NOT_AN_AIM) expect(measuredIn(text, lang), text).not.toEqual([]);
  });
  it('is a goal with every effect joined to it, and no other claim is read in its words', () => {
    expectEach(
      [
        ['Ziel der Stadt ist es laut Vorlage, Drogentote zu verhindern und den offenen Konsum am Bahnhof einzudämmen.', 'de'],
        ['L’objectif affiché par la préfecture, selon le rapport, est de faire baisser les overdoses et de réduire la consommation dans la rue.', 'fr'],
        ['Obiettivo dichiarato del progetto è ridurre le morti per overdose e il consumo in strada nelle stazioni.', 'it'],
      ],
      claimsIn,
      'none',
    );
  });
  it('is a goal when the aim is named in other words', () => {
    for (const [text, lang] of AIMED_OTHERWISE) expect(measuredIn(text, lang), text).toEqual([]);
  });
});
