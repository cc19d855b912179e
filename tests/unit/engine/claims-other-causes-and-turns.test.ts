/**
 * A fall credited to another cause (a police operation, a heroin shortage, new street lights, a
 * bar that closed, a transplant), or one that only coincided with it, is not the room's; nor is
 * a life saved by a rescuer before whom the room is only the place the person collapsed; nor a
 * fall in a tax. A limit granted and then the claim ("cannot prevent every death, but it has
 * prevented dozens") says the claim. Beside each, what the same words still claim.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { measuredIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

/** Another cause takes the credit, or the fall only coincided with it: no measured claim. */
const CREDITED_ELSEWHERE: readonly Said[] = [
  ['Fewer needles turn up on Mill Lane since the council put in new lighting along the towpath, a spokeswoman said.', 'en'],
  ['A shortage of heroin after a large seizure at the docks may explain why fewer overdoses were logged in March, detectives said.', 'en'],
  ['Fewer people inject behind the station now, but traders say that is because the old pub closed and its yard was locked.', 'en'],
  ['Naloxone kits given out by volunteers have been credited with reversing scores of overdoses this autumn.', 'en'],
  ['Dass im März weniger Überdosen gezählt wurden, könnte an einem großen Heroinfund am Flughafen liegen, meint die Kripo.', 'de'],
  ['Den Rückgang der offenen Szene führt die Polizei auf ihre Razzien im Sommer zurück, nicht auf den Konsumraum.', 'de'],
  ['La police attribue le recul du deal de rue à des opérations de police menées cet été, et non à la salle.', 'fr'],
  ['Dat er minder spuiten op het plein liggen, komt volgens de wijkagent door de nieuwe verlichting.', 'nl'],
  ['La caída de jeringuillas en el parque coincidió con la colocación de farolas nuevas, y no con la apertura de la sala.', 'es'],
  ['El número de jeringuillas en la plaza bajó tras una operación policial contra tres narcopisos, según la Guardia Urbana.', 'es'],
  ['O número de seringas no jardim diminuiu depois de uma operação policial que desmantelou uma rede de tráfico.', 'pt'],
  ['A diminuição das seringas no largo coincidiu com a nova iluminação pública, e não com a abertura da sala.', 'pt'],
  ['Il numero di siringhe nei giardini è diminuito dopo un blitz dei carabinieri contro lo spaccio.', 'it'],
  ['Secondo i residenti le siringhe sono sparite dal vicolo dopo la chiusura del bar, e non per merito della sala.', 'it'],
  // A connective inside the clause the other cause opens tells that cause's story.
  ['Overdose deaths in the county fell in the late 2010s, mostly because the heroin supply dried up after a poor harvest, detectives believe.', 'en'],
  ['Il y a eu moins de seringues dans le parc cette année, parce que les opérations de police ont continué après le festival.', 'fr'],
  ['Este año hubo menos jeringuillas en el parque porque la operación policial siguió después de las fiestas.', 'es'],
  ['Dit jaar lagen er minder spuiten in het park, omdat de politie-invallen na de kermis doorgingen.', 'nl'],
  // "Since" and a time tells when the service worked, not that the room did.
  ['The naloxone kits that outreach workers have handed out since the winter have already saved several lives, the drugs charity says.', 'en'],
  ['Les kits de naloxone que les maraudes distribuent depuis l’hiver ont déjà sauvé plusieurs vies, selon l’association.', 'fr'],
  ['Los kits de naloxona que reparten los educadores de calle desde el invierno ya han salvado varias vidas, según la asociación.', 'es'],
  // Other services and credits in their own words: substitution treatment, a shelter, cleaning teams, a needle exchange, police raids.
  ['The director argued that the small fall in overdose deaths owed more to the opioid substitution programme than to the consumption room.', 'en'],
  ['Anwohner loben die Substitutionsambulanz dafür, dass es vor ihrer Tür ruhiger geworden sei.', 'de'],
  ['La baisse des seringues dans le square tient surtout au passage quotidien d’une équipe de propreté, précise la mairie.', 'fr'],
  ['Les responsables du Caarud estiment que leur action a réduit le nombre de seringues jetées dans la rue.', 'fr'],
  ['Tras una macrooperación antidroga, la policía aseguró que el consumo en la calle había caído.', 'es'],
  ['Dopo una maxi-operazione antidroga, la questura ha rivendicato il calo del consumo in strada.', 'it'],
  // "Since then" after a service is the service's start.
  ['In mei kwam er nieuwe straatverlichting in het park, en sindsdien liggen er veel minder spuiten.', 'nl'],
  ['The police raids began in May, and since then far fewer needles have turned up in the park.', 'en'],
  // A room named only inside a relative clause describes something else.
  ['A boy’s life was saved by a kidney transplant at the Royal Infirmary on Friday, the hospital whose nurses also staff the consumption room.', 'en'],
  ['Im Klinikum, dessen Suchtstation auch den Konsumraum betreibt, hat eine Lebertransplantation einem Mann das Leben gerettet.', 'de'],
  ['Een niertransplantatie heeft vorige week het leven gered van een vrouw in het ziekenhuis wiens verslavingsteam ook de gebruiksruimte runt.', 'nl'],
  ['Un trasplante de hígado salvó la vida a un joven en el hospital cuyo equipo de adicciones gestiona también la sala de consumo.', 'es'],
];

/** The room keeps the credit: a service only speaks, or the room is credited outright. */
const CREDITED_TO_THE_ROOM: readonly Said[] = [
  ['Each week the council spends dithering over the licence is a week paid for in lives, the outreach team says.', 'en'],
  ['Since the consumption room opened, fewer needles turn up on Mill Lane, the police say.', 'en'],
  ['Fewer needles turned up in the park this year, because the police raids went on, and after the consumption room opened.', 'en'],
  ['Since the winter, when the consumption room began opening at night, the outreach team has found far fewer needles in the park.', 'en'],
  ['Desde que abrió la sala el pasado invierno, los educadores de calle encuentran muchas menos jeringuillas en el parque.', 'es'],
  ['Nadie discute que la sala de consumo ha salvado vidas desde 2019, pese a las redadas de la policía.', 'es'],
  ['Im Mai öffnete der Konsumraum, und seitdem liegen im Park kaum noch Spritzen, trotz der Razzien.', 'de'],
  ['Overdose deaths fell after the police raids, but also after the consumption room, whose nurses carry naloxone, opened in March.', 'en'],
  ['Seit der Konsumraum offen ist, finden die Anwohner kaum noch Spritzen im Park, sagt die Polizei.', 'de'],
  ['Desde que abrió la sala hay muchas menos jeringuillas tiradas en la plaza, según la Guardia Urbana.', 'es'],
  ["Grâce aux infirmiers présents jour et nuit, aucune des overdoses survenues dans la salle n'a été mortelle.", 'fr'],
];

/** A rescuer saved the life; the room is only where the person collapsed: no life the room saved. */
const SAVED_NEAR_THE_ROOM: readonly Said[] = [
  ['Ein Rettungssanitäter rettete in der Nacht einem 27-Jährigen das Leben, der vor dem geschlossenen Konsumraum zusammengebrochen war.', 'de'],
  ['A paramedic saved the life of a man who had collapsed outside the consumption room after it closed for the night.', 'en'],
  ['Un técnico del SAMUR salvó la vida a una mujer que se había desplomado junto a la sala de consumo.', 'es'],
  ['Un volontario della Croce Rossa ha salvato la vita a un ragazzo crollato davanti alla sala del consumo.', 'it'],
];

/** A fall in a tax, a rent or a fee is no harm reduced. */
const VALUES_FALL: readonly Said[] = [
  ['Na mesma sessão, a Câmara aprovou um regulamento que reduz o IMI dos prédios reabilitados junto à sala.', 'pt'],
  ['Der Stadtrat senkte in derselben Sitzung die Gebühren für Anwohnerparkplätze rund um den Konsumraum.', 'de'],
];

/** What is only measured, or only aimed at: no claim. */
const ONLY_MEASURED_OR_AIMED: readonly Said[] = [
  ['Un estudio medirá durante dos años si las muertes por sobredosis bajan en los barrios con sala de consumo.', 'es'],
  ['Nelle intenzioni del Comune la sala dovrebbe servire a ridurre le overdose, ma per ora è solo un progetto.', 'it'],
  ['Ellen Marsh doubts the claim that the room has reduced crime, pointing to a rise in burglaries on her street.', 'en'],
  // A hope is an aim: what it hopes for has not happened.
  ['La concejala espera que la sala reduzca las muertes por sobredosis.', 'es'],
  ['The council hopes the new overdose prevention centre will cut the number of needles found in its parks.', 'en'],
  ['Die Stadt hofft, dass der geplante Konsumraum die offene Szene am Bahnhof verkleinert.', 'de'],
  ['La mairie espère que la future halte soins addictions fera baisser les overdoses mortelles.', 'fr'],
  ['Het college hoopt dat de gebruiksruimte op termijn het aantal drugsdoden terugdringt.', 'nl'],
  ['A junta espera que a nova sala diminua o consumo nas escadas dos prédios.', 'pt'],
  ['Il Comune spera che la nuova stanza riduca i morti per overdose entro due anni.', 'it'],
];

/** A hope beside a record: the record after a reason word or a colon is claimed. */
const HOPE_AND_RECORD: readonly Said[] = [
  ['We hope the room stays open, because it has saved dozens of lives.', 'en'],
  ['Esperamos que la sala siga abierta, porque ha salvado decenas de vidas.', 'es'],
  ['Wir hoffen, dass der Konsumraum bleibt, denn er hat Dutzende Leben gerettet.', 'de'],
  ['Speriamo che la stanza resti aperta: ha già evitato decine di morti per overdose.', 'it'],
];

/** The tax or rate is the harm's own ("the rate of overdose deaths"): the claim stands. */
const RATES_OF_HARM: readonly Said[] = [
  ['A taxa de mortes por overdose no bairro caiu para metade desde que a sala abriu.', 'pt'],
  ['La tasa de muertes por sobredosis en el barrio se ha reducido a la mitad desde que abrió la sala.', 'es'],
];

/** A limit granted, then the claim after "but": the claim is made. */
const LIMIT_THEN_CLAIM: readonly Said[] = [
  ['Der Konsumraum kann nicht jeden Tod verhindern, aber er hat seit 2019 Dutzende tödliche Überdosen verhindert.', 'de'],
  ['La salle ne peut pas empêcher tous les décès, mais elle a évité des dizaines de morts par overdose depuis 2016.', 'fr'],
  ['De gebruiksruimte kan niet elke dode voorkomen, maar heeft sinds 2019 tientallen fatale overdoses voorkomen.', 'nl'],
  ['The room cannot prevent every death, but it has prevented dozens of fatal overdoses since 2019.', 'en'],
];

/** The turn names another rescuer, or another harm: the denial stands. */
const DENIAL_STANDS: readonly Said[] = [
  ['Der Konsumraum verhindert die Todesfälle nicht, aber die Rettungssanitäter haben Dutzende tödliche Überdosen verhindert.', 'de'],
  ['The room has not prevented any deaths, but the naloxone programme has prevented dozens of fatal overdoses.', 'en'],
];

/** After the turn only a possibility, a hope, a belief, someone's report or a question: the denial stands. */
const TURN_TO_NO_RECORD: readonly Said[] = [
  ['The room has not cut overdose deaths, but a second room in the north of the city might cut deaths further.', 'en'],
  ['The consumption room has not reduced deaths, but campaigners still insist the consumption room reduces deaths.', 'en'],
  ['The room has not cut overdose deaths, but has the room cut public injecting? The council says no.', 'en'],
  ['Der Konsumraum hat keine Todesfälle verhindert, aber die Stadt hofft, dass der Konsumraum künftig Todesfälle verhindert.', 'de'],
  ['La sala no ha reducido las muertes por sobredosis, pero una segunda sala podría reducir las muertes por sobredosis.', 'es'],
  ['De gebruiksruimte heeft het aantal overdoses niet verminderd, maar een tweede gebruiksruimte zou het aantal overdoses wel kunnen verminderen.', 'nl'],
  ['A sala não salvou vidas, mas uma sala aberta à noite poderia salvar vidas, admite o coordenador.', 'pt'],
];

/** Words that open questions elsewhere, here only a noun, an "or" or an aside: the claim stands. */
const NO_OPEN_QUESTION: readonly Said[] = [
  ['Onderzoeken tonen aan dat gebruiksruimtes levens redden of overdoses voorkomen.', 'nl'],
  ["L'étude, qui évaluera le dispositif sur cinq ans, si tout se passe bien, montre déjà que la salle a évité des dizaines de décès.", 'fr'],
  ['Studien, die den Konsumraum untersuchen, zeigen, dass er Leben rettet, ob in Zürich oder in Frankfurt.', 'de'],
  ['La sala de consumo, que busca ante todo salvar vidas, ha evitado decenas de muertes desde 2020.', 'es'],
  ['Volgens ambulancepersoneel worden er elke week levens gered in de gebruiksruimte.', 'nl'],
];

describe('effects credited elsewhere, and claims after a granted limit', () => {
  it.each(CREDITED_ELSEWHERE)('reads no effect of the room in “%s”', (text, lang) => {
    expect(measuredIn(text, lang)).toEqual([]);
    expect(shippedClaimsIn(text, lang).filter((id) => id === 'save-lives' || id === 'reduce-public-harm')).toEqual([]);
  });

  it.each(CREDITED_TO_THE_ROOM)('still reads the room’s effect in “%s”', (text, lang) => {
    expect(measuredIn(text, lang)).not.toEqual([]);
  });

  it.each(SAVED_NEAR_THE_ROOM)('reads no life saved by the room in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('save-lives');
  });

  it.each(VALUES_FALL)('reads no harm reduced in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('reduce-public-harm');
  });

  it.each(ONLY_MEASURED_OR_AIMED)('reads no effect claimed in “%s”', (text, lang) => {
    expect(measuredIn(text, lang)).toEqual([]);
  });

  it.each(HOPE_AND_RECORD)('still reads lives saved beside the hope in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toContain('save-lives');
  });
  it.each(RATES_OF_HARM)('still reads lives saved in “%s”', (text, lang) => {
    expect(measuredIn(text, lang)).toContain('save-lives');
  });

  it.each(LIMIT_THEN_CLAIM)('reads lives saved after the limit granted in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toContain('save-lives');
  });

  it.each(TURN_TO_NO_RECORD)('keeps the denial when no record follows the turn in “%s”', (text, lang) => {
    expect(measuredIn(text, lang)).toEqual([]);
  });

  it.each(NO_OPEN_QUESTION)('still reads lives saved in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toContain('save-lives');
  });

  it.each(DENIAL_STANDS)('keeps the denial in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('save-lives');
  });
});
