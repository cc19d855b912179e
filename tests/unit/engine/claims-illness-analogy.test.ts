/**
 * Health, not crime, said by analogy or by its remedy (src/engine/claims/illness-analogy.ts):
 * another illness's patient nobody would punish, addiction called an illness or its users
 * patients, care set against a fine, a punishment that cured nobody; and the same words with no
 * such claim (a patient of a clinic, a parking fine, a disease of politics, one diabetic's story).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

describe('findClaims: another illness nobody would punish', () => {
  it.each([
    [
      'en',
      'Nobody would put a diabetic in a cell for a high sugar reading, the GP told the meeting.',
      'A diabetic woman was arrested near the room last night after a row with a guard.',
    ],
    [
      'de',
      '„Einen Diabetiker sperrt man auch nicht ein, nur weil sein Zucker entgleist“, sagt die Suchtärztin.',
      'Der Diabetiker wurde nicht verhaftet, sondern ins Krankenhaus gebracht.',
    ],
    [
      'fr',
      '« On ne met pas un diabétique en prison parce que sa glycémie grimpe », rappelle l’addictologue.',
      'Le diabétique n’a pas été arrêté, dit la police.',
    ],
    [
      'nl',
      '"Je geeft een diabeet toch ook geen boete omdat zijn suiker te hoog is?" vraagt de huisarts.',
      'Wie voor de gebruiksruimte op de stoep parkeert, krijgt voortaan een boete.',
    ],
    [
      'es',
      'Nadie mete en la cárcel a un diabético porque tenga el azúcar alto, recuerda la psiquiatra de la sala.',
      'El diabético no fue detenido ni multado, explicó la policía.',
    ],
    [
      'pt',
      'Ninguém mete um diabético na cadeia por ter o açúcar alto, lembra a médica da sala.',
      'Os doentes da sala esperam cá fora até a enfermeira os chamar.',
    ],
    [
      'it',
      'Nessuno manda in galera un diabetico perché ha la glicemia alta, osserva la psichiatra.',
      'Il diabetico non è stato arrestato, ha spiegato la polizia.',
    ],
  ] as [Lang, string, string][])('reads the analogy as health, not crime, in %s: “%s”', (lang, makes, not) => {
    expect(claimsIn(makes, lang)).toEqual(['health-not-crime']);
    expect(claimsIn(not, lang)).toEqual([]);
  });

  it('keeps a diabetic’s story about something else unmarked', () => {
    expect(claimsIn('The diabetic pensioner was not fined for parking in the disabled bay, the council confirmed.', 'en', 'other story')).toEqual([]);
  });
});

describe('findClaims: addiction called an illness, its users patients', () => {
  it.each([
    ['en', 'Addiction is a chronic, relapsing illness, the consultant said.', 'Most of the room’s users are patients of the methadone clinic across the road.'],
    [
      'de',
      'Sucht sei eine chronische Erkrankung, schreibt die Ärztekammer.',
      'Die Sucht nach Schlagzeilen ist eine Krankheit unserer Politik, sagt die Stadträtin über den Streit um den Konsumraum.',
    ],
    [
      'fr',
      'La toxicomanie est une maladie chronique, rappelle l’infirmière de la halte.',
      'Les usagers sont des patients du centre de soins voisin, précise la directrice de la halte.',
    ],
    [
      'nl',
      'Gebruikers zijn patiënten, geen probleem voor de handhaving, zegt de verpleegkundige.',
      'De gebruikers zijn patiënten van de methadonpost om de hoek.',
    ],
    [
      'es',
      'La adicción a las drogas es una enfermedad crónica, insiste el médico.',
      'La adicción a los titulares es una enfermedad de nuestra política, dice la concejala sobre la sala.',
    ],
    ['pt', 'A toxicodependência é uma doença crónica, diz a médica.', 'A toxicodependência e a doença mental são acompanhadas pela mesma equipa da sala.'],
    ['it', 'I tossicodipendenti sono pazienti come tutti gli altri, dice la dottoressa della stanza.', 'Gli utenti sono pazienti del SerD di zona.'],
  ] as [Lang, string, string][])('reads the copula as health, not crime, in %s: “%s”', (lang, makes, not) => {
    expect(claimsIn(makes, lang)).toEqual(['health-not-crime']);
    expect(claimsIn(not, lang)).toEqual([]);
  });

  it('reads no claim where the copula is negated or the drug policy is the disease', () => {
    expect(claimsIn('Addiction is not a disease, the campaigner insisted.', 'en')).toEqual([]);
    expect(claimsIn('Die Drogenpolitik der Stadt ist eine Krankheit unserer Demokratie.', 'de')).toEqual([]);
  });
});

describe('findClaims: care rather than a fine, a punishment that cured nobody', () => {
  it.each([
    [
      'en',
      'People who inject need treatment rather than fines, the nurse said.',
      'Drivers who park on the pavement outside the consumption room will now face fines, the council said.',
    ],
    [
      'de',
      'Suchtkranke brauchen Behandlung, keine Bußgelder, sagt die Streetworkerin am Konsumraum.',
      'Wer vor dem Konsumraum auf dem Gehweg parkt, muss künftig mit einem Bußgeld rechnen.',
    ],
    [
      'fr',
      'La prison n’a jamais guéri personne, répète le psychiatre de la halte.',
      'Les automobilistes garés devant la halte risquent désormais une amende, prévient la mairie.',
    ],
    ['nl', 'Verslaafden hebben zorg nodig, geen boetes.', 'Wie voor de gebruiksruimte parkeert, krijgt een boete.'],
    [
      'es',
      'Los usuarios de la sala necesitan tratamiento, no multas, dice la enfermera.',
      'La jueza condenó al traficante que abastecía a los usuarios de la sala a seis años de cárcel.',
    ],
    [
      'pt',
      'A prisão nunca curou ninguém, diz o psiquiatra que acompanha a sala de consumo.',
      'As algemas deixaram uma ferida que a enfermeira curou numa semana.',
    ],
    [
      'it',
      'Il carcere non ha mai curato nessuno, dice il medico della stanza.',
      'Chi parcheggia in doppia fila davanti alla stanza rischia una multa, avverte il comune.',
    ],
  ] as [Lang, string, string][])('reads the remedy as health, not crime, in %s: “%s”', (lang, makes, not) => {
    expect(claimsIn(makes, lang)).toEqual(['health-not-crime']);
    expect(claimsIn(not, lang)).toEqual([]);
  });

  it('reads no claim where fines are what care is set beside, not against', () => {
    expect(claimsIn('The room offers treatment, and the council no longer issues fines to the shop next door.', 'en')).toEqual([]);
    expect(claimsIn('The handcuffs left a wound that the nurse cured in a week.', 'en')).toEqual([]);
  });
});

describe('findClaims: addiction handled like another illness', () => {
  it.each([
    [
      'en',
      'Addiction should be treated like any other chronic illness, the nurse said.',
      'Addiction spread like a disease through the estate in the nineties, the youth worker recalled.',
    ],
    [
      'de',
      'Sucht muss wie jede andere Krankheit behandelt werden, sagt die Ärztin.',
      'Die Sucht breitete sich in den Neunzigern wie eine Krankheit im Viertel aus.',
    ],
    [
      'fr',
      'La toxicomanie doit être soignée comme le diabète, estime le médecin.',
      'La toxicomanie, comme le diabète, progresse dans le quartier, note la mairie.',
    ],
    ['nl', 'Verslaving moet je behandelen zoals diabetes, zegt de huisarts.', 'Verslaving komt, zoals diabetes, in de wijk steeds vaker voor, zegt de GGD.'],
    ['es', 'La adicción hay que tratarla como el asma, dice la médica.', 'La adicción al juego, como el asma, va en aumento en la ciudad.'],
    ['pt', 'A toxicodependência deve ser tratada como a diabetes, defende a médica.', 'A toxicodependência, como a diabetes, está a aumentar na cidade.'],
    [
      'it',
      'Per la psichiatra la tossicodipendenza va curata come il diabete.',
      'La dipendenza dal gioco, come il diabete, è in aumento in città, dice l’assessora.',
    ],
  ] as [Lang, string, string][])('reads the likening as health, not crime, in %s: “%s”', (lang, makes, not) => {
    expect(claimsIn(makes, lang)).toEqual(['health-not-crime']);
    expect(claimsIn(not, lang)).toEqual([]);
  });

  it('reads medical help set against a criminal complaint, not a newspaper advert', () => {
    expect(claimsIn('Suchtkranke brauchen medizinische Hilfe, keine Anzeige, sagt die Dezernentin.', 'de')).toEqual(['health-not-crime']);
    expect(claimsIn('Der Verein hat eine Anzeige in der Zeitung geschaltet, um Hilfe für den Konsumraum zu finden.', 'de')).toEqual([]);
  });
});
