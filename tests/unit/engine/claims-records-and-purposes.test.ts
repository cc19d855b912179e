/**
 * Words of a claim that report something else: supporters' word set against the council's own
 * counts that show more, the same or a rise ("…, but the council's sweeps found more syringes
 * than a year before") or called wrong ("ne résiste pas à l'examen", "não batem certo", "houdt
 * geen stand"), a clean-up told as news ("volunteers
 * cleared 300 syringes"), a portfolio's title ("l'échevine de la Prévention"), a lawyer who is no
 * advocate ("explica la abogada"), a decree a Land has already issued ("die eine Verordnung
 * erlassen haben"), and a law whose purpose clause lets cities in general open rooms, which calls
 * for the law's change only. Beside them, what the same words still claim: supporters' word
 * unanswered, agreed with ("…, but now the figures confirm it", "tell the same story") or beside
 * figures of something else ("figures on what it costs", "pero también los datos… muestran
 * menos robos", Dutch "maar liefst" is no "but"), fewer needles cleared since the room opened, a
 * call to put money into prevention, an advocate's call ("han abogado por abrir"), a decree
 * still to issue, and a purpose that names the city whose room it is.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';

/** Sentences of ours that share a claim's words and must not make it. */
const NOT_MADE: readonly (readonly [...Said, string])[] = [
  [
    "Backers say the room has cut needle litter in the arcade, but the council's own sweeps found more syringes in May than a year before.",
    'en',
    'reduce-public-harm',
  ],
  ['Befürworter verweisen auf weniger Spritzen am Bahnhof, doch die Zahlen des Ordnungsamts zeigen kaum Bewegung.', 'de', 'reduce-public-harm'],
  [
    'Les partisans de la salle assurent que les seringues ont disparu du square, mais les relevés des agents en recensent toujours autant.',
    'fr',
    'reduce-public-harm',
  ],
  [
    'Voorstanders zeggen dat de gebruiksruimte het aantal spuiten op straat heeft verminderd, maar de tellingen van de reinigingsdienst wijzen op hetzelfde aantal.',
    'nl',
    'reduce-public-harm',
  ],
  [
    'Los defensores aseguran que la sala ha reducido las jeringuillas tiradas en la plaza, pero los recuentos de limpieza registran casi las mismas.',
    'es',
    'reduce-public-harm',
  ],
  ['Os defensores falam em menos seringas no largo, mas os dados da câmara não acompanham essa ideia.', 'pt', 'reduce-public-harm'],
  ['I promotori sostengono che la sala abbia ridotto le siringhe nei giardini, ma i conteggi del comune restano alti.', 'it', 'reduce-public-harm'],
  ["Supporters say the room saves lives, but the coroner's figures cannot confirm it.", 'en', 'save-lives'],
  ['Los promotores aseguran que la sala ha reducido las jeringuillas en la calle, pero los datos de la policía no lo confirman.', 'es', 'reduce-public-harm'],
  ['Die Initiatoren rechnen vor, der Raum habe 800 Leben gerettet, doch die Rechnung hält keiner genauen Prüfung stand.', 'de', 'save-lives'],
  ["Les promoteurs affirment que la salle a sauvé des centaines de vies, mais ce chiffre ne résiste pas à l'examen des dossiers.", 'fr', 'save-lives'],
  ['A associação garante que a sala salvou dezenas de vidas, mas as contas não batem certo.', 'pt', 'save-lives'],
  ['I promotori sostengono che la sala abbia salvato centinaia di vite, ma quel numero appare gonfiato.', 'it', 'save-lives'],
  ['De initiatiefnemers zeggen dat de ruimte tientallen levens heeft gered, maar die bewering houdt geen stand.', 'nl', 'save-lives'],
  ['Befürworter verweisen auf weniger Spritzen im Park, doch die Zahlen des Ordnungsamts zeigen einen deutlichen Anstieg.', 'de', 'reduce-public-harm'],
  ['Volunteers cleared 300 syringes from the canal towpath on Saturday, a short walk from the consumption room.', 'en', 'reduce-public-harm'],
  ['Street cleaners removed dozens of needles from the square outside the injection site this morning.', 'en', 'reduce-public-harm'],
  ["Les usagers consomment désormais à l'intérieur, observe l'adjointe à la prévention.", 'fr', 'prevent-not-facilitate'],
  ['Los usuarios consumen ahora dentro de la sala y no en el parque, explica la concejala de prevención.', 'es', 'prevent-not-facilitate'],
  ["Gli utenti consumano ora dentro la sala, spiega l'assessora alla prevenzione.", 'it', 'prevent-not-facilitate'],
  ['La sala funciona con una autorización sanitaria de la comunidad, recuerda el abogado de la asociación.', 'es', 'allow-facility'],
  ['Konsumräume gibt es nur in den Ländern, die eine Rechtsverordnung erlassen haben.', 'de', 'change-law'],
  [
    'Les maires demandent une loi qui fasse entrer les salles de consommation dans le droit commun, afin que toutes les villes puissent en ouvrir.',
    'fr',
    'allow-facility',
  ],
  ['Piden una ley que dé a las salas de consumo supervisado un marco estable, para que cualquier ciudad pueda abrirlas.', 'es', 'allow-facility'],
  ['O Parlamento deve rever a legislação para que qualquer município possa abrir salas de consumo.', 'pt', 'allow-facility'],
  ['I sindaci firmatari chiedono una norma nazionale che autorizzi le città a sperimentare le stanze del consumo.', 'it', 'allow-facility'],
];

/** The same words where the claim is made. */
const MADE: readonly (readonly [...Said, string])[] = [
  ['Backers say the room has cut needle litter in the arcade.', 'en', 'reduce-public-harm'],
  ["Supporters say the room saves lives, but now the coroner's figures confirm it.", 'en', 'save-lives'],
  ['Los promotores aseguran que la sala ha reducido las jeringuillas en la calle, pero los datos de la policía lo confirman.', 'es', 'reduce-public-harm'],
  ["Supporters say the room has saved lives, but the coroner's figures now tell the same story.", 'en', 'save-lives'],
  ['Supporters say the room has saved lives, but figures on what it costs to run have never been published.', 'en', 'save-lives'],
  ['Los defensores aseguran que la sala salva vidas, pero también los datos de la policía muestran menos robos en la zona.', 'es', 'save-lives'],
  ['Sinds de opening is de overlast met maar liefst dertig procent gedaald, blijkt uit de cijfers van de politie.', 'nl', 'reduce-public-harm'],
  ['Los vecinos han abogado siempre por abrir una sala de consumo supervisado en el Raval.', 'es', 'allow-facility'],
  ['Voorstanders zeggen dat de gebruiksruimte het aantal spuiten op straat heeft verminderd.', 'nl', 'reduce-public-harm'],
  ['Los defensores aseguran que la sala ha reducido las jeringuillas tiradas en la plaza.', 'es', 'reduce-public-harm'],
  ['Befürworter verweisen auf weniger Spritzen am Bahnhof, seit der Konsumraum offen ist.', 'de', 'reduce-public-harm'],
  ['Since the room opened, council workers have cleared far fewer needles from the park.', 'en', 'reduce-public-harm'],
  ["L'argent de la salle devrait aller à la prévention plutôt qu'à faciliter la consommation, estime l'adjoint.", 'fr', 'prevent-not-facilitate'],
  ['La diputada aboga por autorizar una sala de consumo supervisado en Valencia.', 'es', 'allow-facility'],
  ['Die Landesregierung muss endlich eine Verordnung erlassen, damit der Konsumraum öffnen kann.', 'de', 'change-law'],
  [
    'Les maires demandent une loi qui fasse entrer les salles de consommation dans le droit commun, afin que Lille puisse en ouvrir une.',
    'fr',
    'allow-facility',
  ],
];

describe('records, clean-ups, titles and purposes in a story about the rooms', () => {
  it('makes no claim of supporters set against counts, a clean-up, a title, a lawyer, a decree issued or a law for any city', () => {
    for (const [text, lang, claim] of NOT_MADE) expect(claimsIn(text, lang), text).not.toContain(claim);
  });
  it('keeps the claims the same words make', () => {
    for (const [text, lang, claim] of MADE) expect(claimsIn(text, lang), text).toContain(claim);
  });
});
