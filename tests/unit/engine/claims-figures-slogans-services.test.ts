/**
 * Words of a claim that report something else: supporters' word set against two figures that do
 * not fall ("…, but police logged 1,090 call-outs against 1,020", "sont passées de 410 à 455"),
 * a fall said alike where there is no room, proof of the effect demanded, a call for patrols or
 * cameras around a room, a slogan sending the room away, a harm found still there, complained of
 * or named only in a service's name (the recall aid reads the harm's words), and a fall denied in
 * a conjunct of its own ("thousands dead and no fall in use"), a room no city may open under the
 * law as it stands (the law's call only), a bill at a stage or due to be laid, and a provision
 * authorising rooms in general. Beside them, what the same words
 * still claim: figures that fall, years, a fraction, a verb after "but" with no record, another
 * harm's reports, a call for the room beside another for a service, a negative word that is no
 * subject or refuses a refusal, a second effect "also" as sharp, a fall not alike everywhere, a
 * law's change needed before a scheme comes into force, evidence others are asked to accept,
 * fewer needles found, a slogan
 * of a room for a city "now", and a named law that must change when the room's legality is denied
 * after it.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

type Claimed = readonly [...Said, string];

/** Sentences of ours that share a claim's words and must not make it (the cues alone). */
const NOT_MADE: readonly Claimed[] = [
  [
    'Supporters say the square around the consumption room is calmer, but police logged 1,090 call-outs there last year against 1,020 the year before.',
    'en',
    'reduce-public-harm',
  ],
  [
    'Backers insist the consumption room has cut public injecting, yet complaints to the council went from 310 to 362 in twelve months.',
    'en',
    'reduce-public-harm',
  ],
  [
    'Befürworter sagen, seit der Eröffnung des Konsumraums sei es am Bahnhof ruhiger, doch die Polizei zählte 412 Einsätze nach 380 im Vorjahr.',
    'de',
    'reduce-public-harm',
  ],
  ['Voorstanders zeggen dat de gebruiksruimte de overlast heeft verminderd, maar het aantal meldingen steeg van 210 naar 260.', 'nl', 'reduce-public-harm'],
  ['I promotori sostengono che la sala abbia ridotto il degrado in piazza, ma le segnalazioni sono passate da 140 a 190.', 'it', 'reduce-public-harm'],
  ['Os defensores dizem que a sala reduziu o consumo na rua, mas as queixas passaram de 90 para 120.', 'pt', 'reduce-public-harm'],
  ['Residents called for CCTV cameras outside the consumption room.', 'en', 'allow-facility'],
  ['Campaigners handed in a petition calling for more police patrols around the Glasgow consumption room.', 'en', 'allow-facility'],
  ['Traders are calling for street lighting around the supervised injection site.', 'en', 'allow-facility'],
  [
    'Columna: décadas de guerra contra las drogas en México han dejado miles de muertos y ningún descenso del consumo; la estrategia actual ha fracasado.',
    'es',
    'save-lives',
  ],
  ['Os defensores dizem que a sala reduziu o consumo na rua, mas as queixas passaram das 90 para as 120.', 'pt', 'reduce-public-harm'],
  ['Supporters say the consumption room has cut public injecting; council figures, however, show complaints rose from 310 to 362.', 'en', 'reduce-public-harm'],
  ['Befürworter sagen, der Konsumraum habe den Bahnhof beruhigt, doch die Polizei zählte 412 Einsätze nach 380 im Vorjahr.', 'de', 'reduce-public-harm'],
  [
    'Overdose deaths did fall in the year after the consumption room opened, but they fell by much the same proportion in towns that have none.',
    'en',
    'save-lives',
  ],
  ['Zwar sank die Zahl der Drogentoten nach Eröffnung des Konsumraums, doch sie ging im ganzen Land ähnlich stark zurück.', 'de', 'save-lives'],
  ['Las muertes bajaron tras abrir la sala, pero bajaron en la misma proporción en provincias que no tienen ninguna.', 'es', 'save-lives'],
  ['Before any extension, the residents want hard evidence that the consumption room has actually reduced drug litter.', 'en', 'reduce-public-harm'],
  ['Le collectif exige des preuves chiffrées que la salle de consommation a réduit les nuisances.', 'fr', 'reduce-public-harm'],
  ['Omwonenden eisen harde cijfers waaruit blijkt dat de gebruiksruimte de overlast heeft verminderd.', 'nl', 'reduce-public-harm'],
  ['Protesters chanted "Consumption room out of Leith, now!" outside the council.', 'en', 'allow-facility'],
  ['Auf dem Transparent stand: „Konsumraum raus aus Kalk – jetzt!“', 'de', 'allow-facility'],
  [
    "L'expérimentation arrivant à son terme, le Parlement doit voter une loi pour inscrire les salles de consommation dans le droit commun, plaide l'association.",
    'fr',
    'allow-facility',
  ],
  [
    'As long as the Misuse of Drugs Act stays as it is, no council in Wales can open a supervised injection site without exposing its staff to prosecution, so Parliament must amend it.',
    'en',
    'allow-facility',
  ],
  [
    'Solange das Land keine Rechtsverordnung erlässt, kann keine Stadt in Sachsen einen Drogenkonsumraum betreiben – die Regierung muss sie deshalb endlich vorlegen.',
    'de',
    'allow-facility',
  ],
  [
    'Mientras la ley no reconozca estos servicios, ninguna ciudad chilena podrá abrir una sala de consumo sin riesgo de clausura, por lo que el Congreso debe reformarla.',
    'es',
    'allow-facility',
  ],
  ['The amending regulations needed for a second facility are due to be laid before Parliament in the autumn.', 'en', 'change-law'],
  ['La iniciativa para reformar la ley y regular las salas de consumo supervisado fue turnada a comisiones la semana pasada.', 'es', 'change-law'],
  [
    "La proposta di legge per modificare il Testo unico è stata assegnata alla commissione Affari sociali, che non ne ha ancora avviato l'esame.",
    'it',
    'change-law',
  ],
  ["La commission recommande d'insérer dans le Code de la santé publique une disposition autorisant les salles de consommation.", 'fr', 'allow-facility'],
];

/** What the same words still claim. */
const MADE: readonly Claimed[] = [
  ['Les partisans de la salle assurent que la rue est plus calme, mais les plaintes sont passées de 455 à 410.', 'fr', 'reduce-public-harm'],
  ['Los defensores aseguran que la sala ha reducido el consumo en la calle, pero las denuncias pasaron de 300 a 250.', 'es', 'reduce-public-harm'],
  ['Campaigners are calling for a consumption room in Leeds.', 'en', 'allow-facility'],
  ['Campaigners are calling for more funding for the Glasgow consumption room.', 'en', 'allow-facility'],
  ['Auf dem Transparent vor dem Rathaus stand: „Konsumraum für Chemnitz – jetzt!“', 'de', 'allow-facility'],
  ['Sur la banderole, on pouvait lire : « Une salle de consommation pour Nantes, maintenant ! »', 'fr', 'allow-facility'],
  ['«¡Sala de consumo para Valencia, ya!», coreaban los manifestantes frente al ayuntamiento.', 'es', 'allow-facility'],
  ['Lo striscione diceva: «Una stanza del consumo per Genova, subito!»', 'it', 'allow-facility'],
  ['Protesters outside the city chambers held a banner reading "Open the consumption room — Aberdeen can\'t wait".', 'en', 'allow-facility'],
  [
    'Il Parlamento deve modificare il Testo unico sugli stupefacenti, altrimenti nessuna città potrà aprire una stanza del consumo in modo legale.',
    'it',
    'change-law',
  ],
  [
    'Le Parlement doit modifier le code de la santé publique, sinon aucune ville ne pourra ouvrir une salle de consommation de manière légale.',
    'fr',
    'change-law',
  ],
  [
    'Supporters say the consumption room has saved dozens of lives, but its records from 2019 to 2023 have never been independently audited.',
    'en',
    'save-lives',
  ],
  ['Supporters say the consumption room has cut needle litter, but council counts show it fell from 4.8 to 4.3 bags a week.', 'en', 'reduce-public-harm'],
  ['Supporters say the consumption room has saved lives, but suggest an increase in its funding is needed.', 'en', 'save-lives'],
  ['Voorstanders zeggen dat de gebruiksruimte levens redt, maar de meldingen van overlast blijven hoog.', 'nl', 'save-lives'],
  ['Residents called for CCTV outside the school and a consumption room in the city centre.', 'en', 'allow-facility'],
  ['The banner read: "A consumption room for Glasgow and Dundee, now!"', 'en', 'allow-facility'],
  ['„Mein Sohn lebt nur, weil eine Sozialarbeiterin im Konsumraum sofort reagiert hat“, sagt seine Mutter.', 'de', 'save-lives'],
  ["« Mon fils n'est en vie que parce qu'une infirmière de la salle de consommation a réagi tout de suite », raconte sa mère.", 'fr', 'save-lives'],
  ["«Mia figlia è viva solo perché un'infermiera della stanza del consumo è intervenuta subito», racconta la madre.", 'it', 'save-lives'],
  ['Waarom zou Antwerpen geen proefproject met een gebruiksruimte mogen starten als de resultaten elders zo goed zijn?', 'nl', 'allow-facility'],
  ["La commission recommande d'insérer dans le Code de la santé publique une disposition autorisant les salles de consommation.", 'fr', 'change-law'],
  ['El Gobierno debe aprobar un real decreto que regule las salas de consumo supervisado.', 'es', 'change-law'],
  ['No council in Scotland should refuse to open a safe consumption facility if the evidence supports it.', 'en', 'allow-facility'],
  ['There is no time to lose and Bristol must open a drug consumption room.', 'en', 'allow-facility'],
  ['En ningún caso Sevilla debería dejar de abrir una sala de consumo.', 'es', 'allow-facility'],
  ['The room cut overdose deaths, but it also cut public injecting just as sharply.', 'en', 'reduce-public-harm'],
  ['Deaths fell sharply once the room opened, but not by the same proportion everywhere: in Leith they fell by half.', 'en', 'save-lives'],
  ['Der Konsumraum hat die Zahl der Drogentoten gesenkt, aber auch den öffentlichen Konsum ähnlich stark reduziert.', 'de', 'reduce-public-harm'],
  ['A change in the law is needed; only then could a licensing scheme for consumption rooms come into force.', 'en', 'change-law'],
  ['Campaigners want ministers to accept the evidence that consumption rooms save lives.', 'en', 'save-lives'],
];

/** A slogan that refuses the room calls for none. */
const REFUSED_SLOGANS: readonly Said[] = [
  ['The banner read: "No consumption room for Dundee, now or ever!"', 'en'],
  ['Auf dem Transparent stand: „Kein Konsumraum für Chemnitz – jetzt nicht und nie!“', 'de'],
];

const HARM_STILL_THERE: readonly Said[] = [
  [
    'Residents of Hardwick Lane say they still find syringes behind the bins every morning, eighteen months after the consumption room opened on the corner.',
    'en',
  ],
  ['La mairie a fait installer trois récupérateurs de seringues dans le square voisin de la salle de consommation.', 'fr'],
  ['„Ich finde trotzdem fast jeden Morgen Spritzen im Hof“, sagt ein Hausmeister in der Nähe des Konsumraums.', 'de'],
  ['“Continuo a encontrar seringas na escada do prédio”, diz uma vizinha da sala de consumo.', 'pt'],
  ['Die Polizei kontrollierte vor dem Konsumraum, nachdem sich Anwohner über Spritzen im Treppenhaus beschwert hatten.', 'de'],
];
const HARM_GONE: readonly Said[] = [
  ['Since the consumption room opened, residents of Hardwick Lane no longer find syringes behind the bins.', 'en'],
  ['Depuis l’ouverture de la salle de consommation, on ne trouve plus de seringues dans le square.', 'fr'],
];

describe('figures, slogans and services in a story about the rooms', () => {
  it('makes no claim of supporters set against figures that do not fall, a service called for at a room, or a fall denied in its own conjunct', () => {
    for (const [text, lang, claim] of NOT_MADE) expect(claimsIn(text, lang), text).not.toContain(claim);
  });
  it('keeps the claims the same words make, and reads a slogan of a room for a city now as a call', () => {
    for (const [text, lang, claim] of MADE) expect(claimsIn(text, lang), text).toContain(claim);
  });
  it('reads no call in a slogan that refuses the room', () => {
    for (const [text, lang] of REFUSED_SLOGANS) expect(claimsIn(text, lang), text).not.toContain('allow-facility');
  });
  it('lets the recall aid read no reduction into a harm still found or named only in a service, and keeps one no longer found', () => {
    for (const [text, lang] of HARM_STILL_THERE) expect(shippedClaimsIn(text, lang), text).not.toContain('reduce-public-harm');
    for (const [text, lang] of HARM_GONE) expect(shippedClaimsIn(text, lang), text).toContain('reduce-public-harm');
  });
});
