/**
 * A measured effect told as its supporters' word and answered (by a study, by figures, by
 * residents), or conceded in small and set aside ("perhaps the odd overdose is prevented, but…"),
 * is not the room's record. Supporters' word agreed with, and an effect conceded in full with a
 * point beside it, still are.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { expectEach, measuredIn } from './support/claims-in';

const ANSWERED: readonly (readonly [string, Lang])[] = [
  ['Supporters say the room has saved dozens of lives, but a study by the university found no change in deaths nearby.', 'en'],
  ['Die Befürworter sagen, der Konsumraum habe Leben gerettet, die Zahlen des Gesundheitsamts zeigen allerdings etwas anderes.', 'de'],
  ['Les promoteurs assurent que la salle a réduit les seringues dans la rue, mais les riverains disent le contraire.', 'fr'],
  ['Voorstanders zeggen dat de ruimte de overlast heeft verminderd, maar bewoners melden juist meer klachten.', 'nl'],
  ['Los promotores aseguran que la sala ha reducido la inseguridad, pero los vecinos denuncian más robos.', 'es'],
  ['Os promotores dizem que a insegurança diminuiu; os moradores respondem que continuam com medo de sair à noite.', 'pt'],
  ['Secondo l’associazione la sala ha ridotto lo spaccio in strada; i commercianti della zona però raccontano tutt’altro.', 'it'],
];

const CONCEDED_IN_SMALL: readonly (readonly [string, Lang])[] = [
  ['Perhaps the odd overdose is prevented there, but the street outside is no safer, a neighbour said.', 'en'],
  ['Zugegeben, der Raum mag einzelne Überdosen abfangen – nur sterben die Leute dann eben zwei Straßen weiter.', 'de'],
  ['Peut-être que la salle évite quelques overdoses, mais le quartier n’est pas plus sûr pour autant.', 'fr'],
  ['Misschien wordt er hier en daar een overdosis voorkomen, maar de buurt is er niet veiliger op geworden.', 'nl'],
  ['Quizá la sala evite alguna sobredosis, pero mi portal sigue igual, se quejó un vecino.', 'es'],
  ['Admito que a sala possa evitar uma ou outra overdose, mas o bairro continua igual.', 'pt'],
  ['Ammettiamo pure che qualche overdose venga evitata; resta il fatto che il quartiere non è più sicuro.', 'it'],
];

/** Answered by figures that fell elsewhere too, or that cannot confirm or separate the effect. */
const ANSWERED_BY_DOUBT: readonly (readonly [string, Lang])[] = [
  ['Supporters claim the site has cut deaths nearby, but a statistician said the data cannot separate its effect from naloxone.', 'en'],
  ['Die Betreiber sprechen von weniger Spritzenfunden, eine Auswertung des Ordnungsamts konnte das allerdings nicht bestätigen.', 'de'],
  ['L’association assure que la salle a sauvé des vies, ce que le médecin juge impossible à vérifier.', 'fr'],
  ['De organisatie claimt dat er minder op straat wordt gespoten, al zagen de onderzoekers dezelfde daling ook elders.', 'nl'],
  ['Los defensores sostienen que la sala ha reducido las muertes, aunque las cifras también bajaron en ciudades sin sala.', 'es'],
  ['A associação garante que o consumo na rua diminuiu, mas os dados da polícia não mostram qualquer alteração.', 'pt'],
  ['I promotori sostengono che la stanza abbia ridotto le overdose, ma non esistono dati che lo confermino.', 'it'],
  ['Supporters say the room saves lives, but the coroner found the fall in deaths could not be separated from the naloxone rollout.', 'en'],
  ['Die Befürworter sagen, der Raum habe die Zahl der Drogentoten gesenkt, doch der Jahresbericht nennt gleich viele Tote wie im Vorjahr.', 'de'],
  ['Les partisans assurent que la salle a fait baisser la délinquance ; les chiffres de la police ne montrent pourtant aucune évolution notable.', 'fr'],
  ['Voorstanders zeggen dat de ruimte de overlast heeft verminderd, maar de politie telde evenveel meldingen als het jaar ervoor.', 'nl'],
  ['Los defensores aseguran que la sala ha reducido las muertes por sobredosis, pero el informe forense recoge la misma cifra que el año anterior.', 'es'],
  ['Os defensores garantem que a sala reduziu as mortes por overdose, mas o relatório diz que o efeito é difícil de isolar.', 'pt'],
  ['I favorevoli sostengono che le stanze riducano il degrado, ma uno studio parla di effetti modesti e difficili da isolare.', 'it'],
];

/** Promised by its supporters, and answered by what came instead. */
const PROMISED_AND_ANSWERED: readonly (readonly [string, Lang])[] = [
  ['Supporters promised a calmer neighbourhood, but three years on the residents’ council still logs as many nuisance complaints.', 'en'],
  ['Die Befürworter versprachen weniger Spritzen auf den Spielplätzen, doch die Stadtreinigung findet heute immer noch genauso viele Spritzen.', 'de'],
  ['Les partisans de la SCMR promettaient un quartier apaisé ; trois ans plus tard, le conseil de quartier recense toujours autant de plaintes.', 'fr'],
  ['De voorstanders beloofden minder overlast, maar de wijkagent telt nu meer dealers rond het station.', 'nl'],
  ['Los promotores prometían menos jeringuillas en los parques, pero los vecinos siguen recibiendo las mismas quejas.', 'es'],
  ['Os defensores prometiam menos consumo na rua, mas os moradores dizem ver agora mais gente a injetar-se nos jardins.', 'pt'],
  ['I favorevoli promettevano strade più tranquille, ma i commercianti del quartiere denunciano furti raddoppiati.', 'it'],
  ['I favorevoli promettevano strade più tranquille, ma secondo i commercianti i furti sono raddoppiati.', 'it'],
  ['Os defensores prometiam menos seringas no bairro, mas os varredores encontram hoje mais seringas do que antes.', 'pt'],
  ['Os defensores prometiam menos consumo na rua, mas os moradores continuam a ver gente a injetar-se nas escadas.', 'pt'],
  ['De voorstanders beloofden minder overlast, maar omwonenden klagen nog steeds over evenveel overlast.', 'nl'],
];

/** Doubt by an official whose title holds a harm's word ("delegato alla sicurezza"): the title names the speaker, not a harm lessened. */
const DOUBTED_BY_SECURITY_OFFICIALS: readonly (readonly [string, Lang])[] = [
  ['Il delegato alla sicurezza dubita che la stanza abbia contribuito al calo delle overdose mortali in città.', 'it'],
  ['Der Sicherheitsdezernent bezweifelt, dass der Konsumraum etwas mit dem Rückgang der Drogentoten zu tun hat.', 'de'],
  ['El concejal de Seguridad duda que la sala haya tenido algo que ver con el descenso de las muertes por sobredosis.', 'es'],
  ['L’adjoint à la sécurité doute que la salle soit pour quelque chose dans la baisse des overdoses mortelles.', 'fr'],
];

/** A supporters' claim answered by evidence whose own words the finder could read as a claim. */
const ANSWERED_WITH_EVIDENCE: readonly (readonly [string, Lang])[] = [
  ['Los defensores sostienen que la sala ha reducido las muertes, aunque un epidemiólogo advirtió que las cifras también bajaron en barrios sin sala.', 'es'],
  ['De organisatie claimt dat er minder op straat wordt gebruikt, al spreken de cijfers van de lokale politie dat tegen.', 'nl'],
];

describe('an effect told as its supporters’ word and answered', () => {
  it('is no claim when an official whose title names a harm doubts it', () => {
    for (const [text, lang] of DOUBTED_BY_SECURITY_OFFICIALS) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is no claim when the answer’s own evidence holds the claim’s words', () => {
    for (const [text, lang] of ANSWERED_WITH_EVIDENCE) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is not the room’s record when what came was the contrary of the promise', () => {
    for (const [text, lang] of PROMISED_AND_ANSWERED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is not the room’s record when the answer doubts it', () => {
    for (const [text, lang] of ANSWERED_BY_DOUBT) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is not the room’s record', () => {
    for (const [text, lang] of ANSWERED) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is when what follows agrees with it or answers something else', () => {
    expectEach(
      [
        ['Supporters say the room has saved dozens of lives, and the coroner agrees.', 'en'],
        ['Supporters say the room saves lives, but now the coroner’s figures confirm it.', 'en'],
        ['Supporters say the room has saved dozens of lives, but opponents argue the money would be better spent on treatment.', 'en'],
        ['A associação garante que a sala reduziu as seringas abandonadas, mas os moradores pedem mais policiamento à noite.', 'pt'],
        ['Befürworter sagen seit Jahren, der Raum rette Leben, aber inzwischen bestätigen das auch die Zahlen der Polizei.', 'de'],
        ['Los promotores aseguran que la sala ha reducido las jeringuillas en la calle, pero los datos de la policía lo confirman.', 'es'],
        ['Die Befürworter sagen, der Raum habe Leben gerettet, und das belegen doch auch die Zahlen des Gesundheitsamts.', 'de'],
        ['The room has cut needle litter, and residents respond that the lanes are finally clean.', 'en'],
        // A promise kept.
        ['Supporters promised a calmer neighbourhood, and three years on the residents’ council logs far fewer nuisance complaints.', 'en'],
        ['Die Befürworter versprachen weniger Spritzen auf den Spielplätzen, und tatsächlich finden die Stadtreiniger heute kaum noch welche.', 'de'],
        ['Supporters promised a calmer neighbourhood, and the residents’ council no longer logs as many complaints as before.', 'en'],
        ['Supporters promised fewer needles in the park, and the wardens now count more needles in the room’s bins than in the park.', 'en'],
        ['Die Befürworter versprachen weniger Konsum im Freien, und die Streetworker sehen inzwischen mehr Menschen im Raum statt auf der Straße.', 'de'],
        ['De voorstanders beloofden minder gebruik op straat, en de agenten zien nu meer gebruikers binnen dan op straat.', 'nl'],
        // Doubt words about something else, or agreeing.
        ['The charity says overdose deaths fell by a third since the room opened, and police cannot confirm any rise in crime.', 'en'],
        ['The charity says overdose deaths fell by a third since the room opened, and ambulance call-outs also dropped in the same period.', 'en'],
        ['L’association affirme que les overdoses ont baissé de 30 % depuis l’ouverture de la salle et veut en ouvrir ailleurs aussi.', 'fr'],
        ['Betreiber sprechen von 40 Prozent weniger Spritzenfunden seit der Eröffnung; die Zahl der Besucher hat sich kaum verändert.', 'de'],
        // The same count as last year, of the room's clients rather than of a harm.
        ['The claim that the room has cut overdose deaths holds up, the coroner says, even though it saw the same number of clients as last year.', 'en'],
        ['La idea de que la sala ha reducido las muertes por sobredosis se sostiene, aunque atendió el mismo número de usuarios que el año anterior.', 'es'],
      ],
      measuredIn,
      'some',
    );
  });
});

describe('an effect conceded in small and set aside', () => {
  it('is not the room’s record', () => {
    for (const [text, lang] of CONCEDED_IN_SMALL) expect(measuredIn(text, lang), text).toEqual([]);
  });
  it('is when conceded in full, or with nothing set against it', () => {
    expect(measuredIn('The room has prevented hundreds of overdoses, but it needs more staff.', 'en')).toEqual(['save-lives']);
    expect(measuredIn('The room has prevented a few overdose deaths every month since it opened.', 'en')).toEqual(['save-lives']);
    // A minimizer with no hedge conceding it is a quantity or a time.
    expectEach(
      [
        ['Within a few weeks, needles had vanished from the park, but the council still wants the room moved.', 'en'],
        ['The room has prevented a few hundred overdoses since it opened, but its funding runs out in May.', 'en'],
        ['Sin duda alguna, la sala ha salvado vidas, aunque su futuro sigue en el aire.', 'es'],
        ['Sem dúvida alguma, a sala salvou dezenas de vidas, mas precisa de mais verbas.', 'pt'],
        ['Da qualche mese le siringhe sono sparite dal parco, ma il quartiere chiede più luci.', 'it'],
        ['Der Raum hat Hunderte Überdosen verhindert, mit nur vier Mitarbeitern pro Schicht.', 'de'],
      ],
      measuredIn,
      'some',
    );
  });
});

describe('needles removed by the street cleaners', () => {
  it('are the cleaners’ work, not the room’s record', () => {
    expect(measuredIn('Los servicios de limpieza retiraron 5.200 jeringuillas de la vía pública durante el primer trimestre.', 'es')).toEqual([]);
    expect(measuredIn('Street cleaners removed 5,000 needles from the park this spring.', 'en')).toEqual([]);
  });
  it('are the cleaners’ work when told as a harm nearly gone since they came', () => {
    expectEach(
      [
        ['Since the council hired extra street cleaners, there are hardly any needles left in the park, residents say.', 'en'],
        ['Seit die Stadtreinigung nachts den Park säubert, liegen dort kaum noch Spritzen, sagen Anwohner.', 'de'],
        ['Depuis que la mairie a doublé les agents de propreté, on ne trouve presque plus de seringues dans le square.', 'fr'],
      ],
      measuredIn,
      'none',
    );
  });
});
