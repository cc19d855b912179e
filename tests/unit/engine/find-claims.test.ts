/**
 * Claims found in sentences of our own writing: for each claim and each of the seven
 * languages, one sentence that makes it in its own words, and hard negatives — the same words
 * in other debates (saving lives on the roads, an exemption in tax law, a failing approach to
 * schools) and stories that are not about drug consumption rooms.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { LANGS, type Lang } from '../../../src/data/lexicon-schema';
import { compileClaims, expandAlternatives, findClaims, sentencesOf, type ClaimProse } from '../../../src/engine/find-claims';
import * as v from 'valibot';
import { Claims } from '../../../src/data/claims-schema';

const compiled = compileClaims(dataset.claims);
const parseClaims = (model: unknown) => v.parse(Claims, model);
const ABOUT_ROOMS = 'story about rooms';
const OTHER_STORY = 'story about something else';
const aboutRooms = (owner: string) => owner === ABOUT_ROOMS;

function claimsIn(text: string, lang: Lang | null, owner = ABOUT_ROOMS): string[] {
  return findClaims([{ text, owner, lang }], compiled, aboutRooms).map((found) => found.claimId);
}

/** Per claim, per language: a sentence of ours that makes it. */
const MAKES: Record<string, Record<Lang, string>> = {
  'allow-facility': {
    en: 'The city should be allowed to open a supervised injection facility as a two-year pilot.',
    de: 'Die Stadt sollte endlich einen Drogenkonsumraum eröffnen dürfen, zunächst als Modellprojekt.',
    fr: 'La mairie demande que l’État autorise l’ouverture d’une salle de consommation à moindre risque.',
    nl: 'De gemeente wil dat het kabinet een gebruiksruimte in de binnenstad toestaat.',
    es: 'El ayuntamiento pide que se autorice una sala de consumo supervisado en el barrio.',
    pt: 'A câmara quer que o governo autorize uma sala de consumo assistido na cidade.',
    it: 'Il comune chiede il via libera per una stanza del consumo in via sperimentale.',
  },
  'change-law': {
    en: 'Ministers would first have to amend the drugs law before any such room could operate.',
    de: 'Ohne eine Änderung des Betäubungsmittelgesetzes kann kein solcher Raum arbeiten.',
    fr: 'Il faudrait modifier la loi pour que ces salles puissent fonctionner légalement.',
    nl: 'Eerst moet de Opiumwet worden gewijzigd voordat zo’n ruimte open kan.',
    es: 'Hace falta cambiar la ley para que estas salas puedan funcionar sin riesgo penal.',
    pt: 'É preciso mudar a lei antes que estas salas possam funcionar.',
    it: 'Serve una nuova legge perché queste stanze possano operare senza rischi penali.',
  },
  'save-lives': {
    en: 'Staff at these rooms reverse overdoses every week, and that saves lives.',
    de: 'Solche Räume retten Leben, weil das Personal bei einer Überdosis sofort eingreift.',
    fr: 'Ces salles sauvent des vies : le personnel intervient dès la première overdose.',
    nl: 'Zulke ruimtes redden levens, omdat medewerkers een overdosis direct behandelen.',
    es: 'Estas salas salvan vidas porque el personal actúa en cuanto hay una sobredosis.',
    pt: 'Estas salas salvam vidas porque a equipa intervém logo numa overdose.',
    it: 'Queste stanze salvano vite, perché il personale interviene subito in caso di overdose.',
  },
  'reduce-public-harm': {
    en: 'Shopkeepers nearby say there are fewer needles in the doorways since it opened.',
    de: 'Seit der Eröffnung liegen im Park deutlich weniger Spritzen herum.',
    fr: 'Depuis l’ouverture, les riverains trouvent beaucoup moins de seringues dans les halls.',
    nl: 'Sinds de opening vinden bewoners veel minder naalden in de portieken.',
    es: 'Desde la apertura, los vecinos encuentran muchas menos jeringuillas en los portales.',
    pt: 'Desde a abertura, os moradores encontram muito menos seringas nas escadas.',
    it: 'Dall’apertura i residenti trovano molte meno siringhe nei portoni.',
  },
  'health-not-crime': {
    en: 'Addiction should be handled by doctors, not by the criminal courts.',
    de: 'Sucht ist eine Krankheit und gehört nicht vor das Strafgericht.',
    fr: 'L’addiction est une maladie, pas un délit.',
    nl: 'Verslaving is een ziekte en hoort niet in het strafrecht thuis.',
    es: 'La adicción es una enfermedad, no un delito.',
    pt: 'A toxicodependência é uma doença, não um crime.',
    it: 'La tossicodipendenza è una malattia, non un reato.',
  },
  'current-approach-failing': {
    en: 'Thirty years of the war on drugs have failed the people it was meant to protect.',
    de: 'Die bisherige Drogenpolitik ist gescheitert, sagen die Fachleute.',
    fr: 'Pour les associations, la politique des drogues actuelle est un échec.',
    nl: 'Volgens hulpverleners is het huidige drugsbeleid mislukt.',
    es: 'Para las ONG, la política de drogas actual ha fracasado.',
    pt: 'Para as associações, a política de drogas atual falhou.',
    it: 'Per le associazioni la politica sulle droghe attuale è un fallimento.',
  },
  'prevent-not-facilitate': {
    en: 'Critics say the state should stop drug use instead of making it more comfortable.',
    de: 'Kritiker meinen, der Staat solle Drogenkonsum verhindern, statt ihn sicherer zu machen.',
    fr: 'Selon les opposants, il faut prévenir la consommation de drogues plutôt que l’accompagner.',
    nl: 'Tegenstanders vinden dat de overheid drugsgebruik moet voorkomen in plaats van faciliteren.',
    es: 'Los críticos creen que hay que prevenir el consumo de drogas, no facilitarlo.',
    pt: 'Os críticos defendem que é preciso prevenir o consumo de drogas, não facilitá-lo.',
    it: 'I critici sostengono che bisogna prevenire il consumo di droga, non agevolarlo.',
  },
};

/** A test of a sentence that makes `claim` and one, sharing its words, that does not. */
const makesNot =
  (claim: string) =>
  (lang: Lang, makes: string, not: string): void => {
    expect(claimsIn(makes, lang)).toContain(claim);
    expect(claimsIn(not, lang)).not.toContain(claim);
  };

describe('findClaims', () => {
  for (const [claim, byLang] of Object.entries(MAKES)) {
    for (const [lang, sentence] of Object.entries(byLang) as [Lang, string][]) {
      it(`finds ${claim} in ${lang}: “${sentence}”`, () => {
        expect(claimsIn(sentence, lang)).toContain(claim);
        // The language need not be known.
        expect(claimsIn(sentence, null)).toContain(claim);
      });
    }
  }

  it.each([
    ['en', 'Wearing a seat belt saves lives on motorways, the road safety charity said.', 'save-lives'],
    ['de', 'Ein Tempolimit würde Leben retten und die Zahl der Verkehrstoten senken.', 'save-lives'],
    ['fr', 'La ceinture de sécurité sauve des vies sur la route.', 'save-lives'],
    ['en', 'The charity won an exemption from the law on inheritance tax.', 'change-law'],
    ['es', 'El Gobierno aprobará una exención fiscal para cambiar la ley del IVA.', 'change-law'],
    ['nl', 'De wet moet worden gewijzigd zodat de btw-uitzondering blijft.', 'change-law'],
    ['en', 'The current approach to school meals is failing pupils.', 'current-approach-failing'],
    ['it', 'L’approccio attuale alla scuola sta fallendo, dicono gli insegnanti.', 'current-approach-failing'],
    ['it', 'Sulla valutazione degli studenti l’approccio attuale ha fallito, dice la sindacalista.', 'current-approach-failing'],
    ['en', 'The council allowed the new supermarket to open on Sundays.', 'allow-facility'],
    ['en', 'Fewer needles are needed now that the insulin pens are pre-filled.', 'reduce-public-harm'],
    ['en', 'Anti-doping rules exist to stop drug use in sport.', 'prevent-not-facilitate'],
    ['en', 'After another home defeat, supporters say the coach’s strategy has failed.', 'current-approach-failing'],
    ['es', 'Según Tráfico, el nuevo radar de la autovía ya ha salvado vidas.', 'save-lives'],
    ['fr', 'La loi a été modifiée pour baisser la taxe sur les logements vides.', 'change-law'],
    ['de', 'Nach der dritten Niederlage räumt der Trainer ein, dass seine Strategie gescheitert ist.', 'current-approach-failing'],
    [
      'en',
      'The manager admitted that his approach of pressing high up the pitch had failed against a side that played long balls.',
      'current-approach-failing',
    ],
    ['it', 'Il piano per la casa ha fallito, ammette il sindaco, mentre gli affitti continuano a salire.', 'current-approach-failing'],
    ['de', 'Die bisherige Politik gegen steigende Mieten ist gescheitert, räumt die Bausenatorin ein.', 'current-approach-failing'],
  ] as [Lang, string, string][])('in a story about rooms, does not take another debate for %s claim: “%s”', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).not.toContain(claim);
  });

  it.each([
    ['en', 'Neither side disputes that the room has reduced overdose deaths in the district.', 'save-lives'],
    ['en', 'The figures do not show that crime rose, and they show that the room has reduced overdose deaths.', 'save-lives'],
    ['en', 'The study not only found that the room reduced overdose deaths but also that it cut needle litter.', 'save-lives'],
    ['pt', 'A sala de consumo salvou dezenas de vidas: o Porto vai ter uma também?', 'save-lives'],
    ['de', 'Wir fordern die Eröffnung eines Konsumraums, der Todesfälle verhindert.', 'allow-facility'],
    ['de', 'Weil die Zahl der Drogentoten steigt, sollte die Stadt einen Konsumraum genehmigen, sagte die Sprecherin.', 'allow-facility'],
    ['en', 'The council should keep open, and not close, the consumption room on Hope Street.', 'allow-facility'],
  ] as [Lang, string, string][])('keeps a claim near the shapes the newer rules read, in %s: “%s”', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).toContain(claim);
  });

  it('reads no regret where the hedge stands after the effect, and no demand in "insisted that"', () => {
    expect(
      claimsIn(
        'Had a consumption room been open in Dundee, several deaths would have been prevented, the coroner said, though he could not name a figure.',
        'en',
      ),
    ).toContain('save-lives');
    expect(claimsIn('The operator insisted that the consumption room would open in March despite the objections.', 'en')).not.toContain('allow-facility');
  });

  it('does not take a speaker named for another field for that field’s debate: a student collective on drug policy', () => {
    expect(claimsIn('Il proibizionismo non ha fermato le morti, scrive il collettivo studentesco: la strategia attuale è fallita.', 'it')).toContain(
      'current-approach-failing',
    );
  });

  it.each([
    ['en', 'Critics say these rooms do not save lives.', 'Critics say these rooms save lives.', 'save-lives'],
    ['en', "The Home Office won't allow a consumption room in Glasgow.", 'The Home Office should allow a consumption room in Glasgow.', 'allow-facility'],
    ['de', 'Konsumräume retten keine Leben, sagen Gegner.', 'Konsumräume retten Leben, sagen Befürworter.', 'save-lives'],
    ['fr', 'La salle de consommation ne sauve pas de vies.', 'La salle de consommation sauve des vies.', 'save-lives'],
    ['nl', 'Gebruiksruimtes redden geen levens.', 'Gebruiksruimtes redden levens.', 'save-lives'],
    ['es', 'Las salas de consumo no salvan vidas.', 'Las salas de consumo salvan vidas.', 'save-lives'],
    ['pt', 'As salas de consumo não salvam vidas.', 'As salas de consumo salvam vidas.', 'save-lives'],
    ['it', 'Le stanze del consumo non salvano vite.', 'Le stanze del consumo salvano vite.', 'save-lives'],
  ] as [Lang, string, string, string][])('in %s, a sentence denying a claim does not make it: “%s”', (lang, denial, claim, id) => {
    expect(claimsIn(claim, lang)).toContain(id);
    expect(claimsIn(denial, lang)).not.toContain(id);
  });

  it('reads a negative that says the claim as saying it: “no one has died”, “aucun décès”', () => {
    expect(claimsIn('Since the room opened, no one has died of an overdose there.', 'en')).toContain('save-lives');
    expect(claimsIn('Depuis l’ouverture de la salle, aucun décès par overdose.', 'fr')).toContain('save-lives');
    // Negative concord: "no … nadie" says no one died.
    expect(claimsIn('Desde que abrió la sala no ha muerto nadie por sobredosis.', 'es')).toContain('save-lives');
  });

  it('reads a negative only as saying what it negates: “no one can claim any more” beside the deaths says nothing of them', () => {
    expect(claimsIn('Seit der Eröffnung ist im Raum niemand an einer Überdosis gestorben.', 'de')).toContain('save-lives');
    expect(claimsIn('Bei 2.000 Drogentoten im Jahr kann niemand mehr behaupten, die Politik sei richtig.', 'de')).not.toContain('save-lives');
    expect(claimsIn('With 300 overdose deaths a year, nobody can still pretend the policy is right.', 'en')).not.toContain('save-lives');
    expect(claimsIn('Operators have handled dozens of overdoses without a single person dying.', 'en')).toContain('save-lives');
  });

  it.each([
    ['de', 'Solange das Gesetz nicht geändert wird, machen sich die Helfer strafbar.', 'Das Gesetz muss nicht geändert werden, sagt das Ministerium.'],
    ['en', 'As long as the law is not changed, the nurses could be prosecuted.', 'The minister said the law would not change.'],
    ['fr', 'Tant que la loi ne sera pas modifiée, les soignants risquent des poursuites.', 'Le ministre assure que la loi ne sera pas modifiée.'],
    ['es', 'Mientras no se cambie la ley, el personal se arriesga a una sanción.', 'El ministro dice que la ley no va a cambiar.'],
  ] as [Lang, string, string][])('in %s, a negator under a condition (“as long as … not”) does not deny the claim: “%s”', (lang, condition, denial) => {
    expect(claimsIn(condition, lang)).toContain('change-law');
    expect(claimsIn(denial, lang)).not.toContain('change-law');
  });
  it.each([
    ['en', 'Staff at these rooms save lives by reversing overdoses.', 'The minister disputes that staff at these rooms save lives by reversing overdoses.'],
    ['en', 'Staff at these rooms save lives by reversing overdoses.', 'There is no evidence that staff at these rooms save lives by reversing overdoses.'],
    [
      'de',
      'Seit der Eröffnung des Raums ist die Zahl der Drogentoten deutlich gesunken.',
      'Dass die Zahl der Drogentoten seit der Eröffnung des Raums gesunken sei, ist nicht belegt.',
    ],
    ['fr', 'La salle sauve des vies en évitant les overdoses mortelles.', 'Rien ne prouve que la salle sauve des vies en évitant les overdoses mortelles.'],
    [
      'nl',
      'Sinds de opening van de ruimte is het aantal overdosisdoden sterk gedaald.',
      'De wethouder ontkent dat het aantal overdosisdoden sinds de opening van de ruimte is gedaald.',
    ],
    [
      'es',
      'Desde la apertura de la sala, las muertes por sobredosis han bajado mucho.',
      'El concejal niega que las muertes por sobredosis hayan bajado desde la apertura de la sala.',
    ],
    ['pt', 'A sala salva vidas ao reverter overdoses.', 'O vereador nega que a sala salve vidas ao reverter overdoses.'],
    [
      'it',
      'Da quando la stanza ha aperto, i morti per overdose sono molto diminuiti.',
      'Il consigliere nega che i morti per overdose siano diminuiti da quando la stanza ha aperto.',
    ],
  ] as [Lang, string, string][])('in %s, a claim reported as denied or unproven is not made: “%s” / “%s”', (lang, claim, disputed) => {
    expect(claimsIn(claim, lang)).toContain('save-lives');
    expect(claimsIn(disputed, lang)).toEqual([]);
  });

  it('reads a denied dispute as the claim: “nobody disputes that …” makes it', () => {
    expect(claimsIn('Nobody disputes that staff at these rooms save lives by reversing overdoses.', 'en')).toContain('save-lives');
    expect(claimsIn('Niemand bestreitet, dass die Zahl der Drogentoten seit der Eröffnung des Raums gesunken ist.', 'de')).toContain('save-lives');
    expect(claimsIn('Personne ne conteste que la salle sauve des vies en évitant les overdoses mortelles.', 'fr')).toContain('save-lives');
  });

  it('holds a claim reported as denied to the same cues: without its frame of denial, each disputed sentence above makes the claim', () => {
    const none = { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] };
    // The frames of denial: the disputes, and a negator before a word of evidence or beside one of truth.
    const compiledWithoutDisputes = compileClaims({ ...dataset.claims, disputes: none, unproven: none, untrue: none });
    for (const [lang, text] of [
      ['en', 'The minister disputes that staff at these rooms save lives by reversing overdoses.'],
      ['de', 'Dass die Zahl der Drogentoten seit der Eröffnung des Raums gesunken sei, ist nicht belegt.'],
      ['fr', 'Rien ne prouve que la salle sauve des vies en évitant les overdoses mortelles.'],
      ['pt', 'O vereador nega que a sala salve vidas ao reverter overdoses.'],
    ] as [Lang, string][])
      expect(
        findClaims([{ text, owner: ABOUT_ROOMS, lang }], compiledWithoutDisputes, aboutRooms).map((found) => found.claimId),
        text,
      ).toContain('save-lives');
  });

  it('reads only the elided negator as one: “n’ont pas” denies, a word that merely starts with n (“nettement”) does not', () => {
    expect(claimsIn('Les overdoses mortelles ont nettement diminué depuis l’ouverture de la salle.', 'fr')).toContain('save-lives');
    expect(claimsIn('Les overdoses mortelles n’ont pas diminué depuis l’ouverture de la salle.', 'fr')).not.toContain('save-lives');
  });

  it('reads a negator after a dispute that opens its clause (“denies that no one…”, “niega que ningún…”) as the clause’s, so the dispute stands', () => {
    expect(claimsIn('The councillor disputes that no one has died in the room since it opened.', 'en')).toEqual([]);
    expect(claimsIn('La concejala niega que ningún usuario haya muerto por sobredosis en la sala.', 'es')).toEqual([]);
  });

  it('matches a cue split by a few words (“werkt … niet”, “funktioniert … nicht”), and no further apart than that', () => {
    expect(claimsIn('Het huidige drugsbeleid werkt gewoon niet.', 'nl')).toContain('current-approach-failing');
    expect(claimsIn('Die bisherige Drogenpolitik funktioniert offensichtlich nicht.', 'de')).toContain('current-approach-failing');
    expect(claimsIn('Het huidige drugsbeleid werkt volgens de wethouder in bijna alle wijken van de stad, behalve in het centrum niet.', 'nl')).not.toContain(
      'current-approach-failing',
    );
  });

  it('refuses a cue that begins or ends with a gap, naming it', () => {
    const model = structuredClone(dataset.claims);
    model.claims[0]!.cues.en.parts['permit']!.strong.push('… open');
    expect(() => compileClaims(model)).toThrow('cue "… open"');
  });

  it.each([
    ['en', 'The law must change so that such rooms can open.'],
    ['de', 'Das Gesetz muss geändert werden, damit in der Stadt ein Konsumraum eröffnen kann.'],
    ['it', 'Serve una legge nuova prima di poter aprire una stanza del consumo.'],
    ['es', 'Hay que cambiar la ley antes de que una sala de consumo pueda abrir en el barrio.'],
    ['fr', 'Il faut modifier la loi avant qu’une salle de consommation puisse ouvrir dans le quartier.'],
    ['pt', 'É preciso mudar a lei antes que uma sala de consumo possa abrir no bairro.'],
    ['it', 'Bisogna cambiare la legge prima che una stanza del consumo possa aprire in città.'],
  ] as [Lang, string][])('in %s, a room opening as what a change of law is for is the law’s claim, not a call to allow it: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['change-law']);
  });

  it('does not read a room that has opened (“since the opening”) as a call to allow one', () => {
    expect(claimsIn('Sinds de opening van de gebruiksruimte liggen er minder naalden op straat.', 'nl')).toEqual(['reduce-public-harm']);
    expect(claimsIn('Since the opening of the consumption room, fewer needles lie in the park.', 'en')).toEqual(['reduce-public-harm']);
  });

  it('does not read permitting drug use on premises, the offence staff risk, as allowing a room', () => {
    expect(claimsIn('Staff at the centre could be charged with allowing drugs to be used there.', 'en')).not.toContain('allow-facility');
  });

  it('does not take “stop” alone, which stops anything, for preventing drug use', () => {
    expect(claimsIn('The scheme has done little to stop the rise in burglaries, drugs officers say.', 'en')).toEqual([]);
    expect(claimsIn('The charity helps people stop using and stay clean.', 'en')).toContain('prevent-not-facilitate');
  });

  it.each([
    ['en', 'Nurses say the drug consumption room has prevented dozens of overdose deaths.'],
    ['de', 'Der Konsumraum für Drogen hat im Winter mehrere Überdosen verhindert.'],
    ['nl', 'De gebruiksruimte voor drugs heeft deze winter meerdere sterfgevallen voorkomen.'],
  ] as [Lang, string][])('in %s, deaths a room prevented are its saving lives, not a call to prevent drug use: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['save-lives']);
  });

  it('still finds the call to prevent drug use where no claim it yields to is made', () => {
    expect(claimsIn('Die Regierung will Drogenkonsum verhindern, statt ihn sicherer zu machen.', 'de')).toEqual(['prevent-not-facilitate']);
    expect(claimsIn('We should stop people taking drugs in the first place, not give them a room to do it.', 'en')).toEqual(['prevent-not-facilitate']);
  });

  // What follows if the call goes unmet, or once it is met, calls for nothing: the call is the law's change.
  it.each([
    ['en', 'Parliament has to amend the Act, otherwise no town can open a supervised injection site.'],
    ['en', 'The council backed a motion urging ministers to change the law, without which no consumption room can operate.'],
    ['de', 'Der Bundestag muss das Gesetz ändern, andernfalls kann keine Stadt einen Drogenkonsumraum eröffnen.'],
    ['fr', 'Le Parlement doit changer la loi, sinon aucune commune ne pourra ouvrir une salle de consommation.'],
    ['nl', 'Den Haag moet de Opiumwet wijzigen, anders mag geen enkele stad een gebruiksruimte openen.'],
    ['es', 'Primero hay que reformar la ley, solo entonces podrá abrir una sala de consumo en Málaga.'],
    ['pt', 'O Parlamento tem de alterar a lei, senão nenhuma cidade poderá abrir uma sala de consumo.'],
    ['it', 'Il Parlamento deve cambiare la legge, altrimenti nessuna città potrà aprire una stanza del consumo.'],
  ] as [Lang, string][])('in %s, a room in the consequence of a call for the law’s change is no call to allow one: “%s”', (lang, sentence) => {
    const claims = claimsIn(sentence, lang);
    expect(claims).toContain('change-law');
    expect(claims).not.toContain('allow-facility');
  });

  it('keeps a call to allow a room made before an alternative, and one made after a “then” that says no “can”', () => {
    expect(claimsIn('The board must approve the consumption room now, otherwise the charity loses its lease.', 'en')).toContain('allow-facility');
    expect(claimsIn('Das Land muss den Drogenkonsumraum genehmigen, sonst verliert der Verein das Haus.', 'de')).toContain('allow-facility');
    expect(claimsIn('Ministers should first amend the law, then approve the consumption room.', 'en')).toEqual(
      expect.arrayContaining(['allow-facility', 'change-law']),
    );
  });

  // A room that may open once an "only when" condition is met is its consequence: the call is the law's change.
  it.each([
    ['en', 'Only when Parliament amends the Misuse of Drugs Act, can a consumption room open in Leeds, and that is what the doctors demand.'],
    ['de', 'Erst wenn der Landtag eine Verordnung erlässt, kann in Halle ein Drogenkonsumraum öffnen, und genau diese Verordnung fordern die Ärzte.'],
    ['fr', 'Seulement quand le Parlement aura modifié la loi, une salle de consommation pourra ouvrir à Nice, et ce changement, les médecins le réclament.'],
    ['nl', 'Pas als Den Haag de Opiumwet wijzigt, mag er in Zwolle een gebruiksruimte openen, en om die wijziging vragen de artsen.'],
    ['es', 'Solo cuando el Congreso cambie la ley, podrá abrir una sala de consumo en Bilbao, y ese cambio es lo que piden los médicos.'],
    ['pt', 'Só quando o Parlamento alterar a lei, poderá abrir uma sala de consumo em Coimbra, e é essa alteração que os médicos pedem.'],
    ['it', 'Solo quando il Parlamento modificherà la legge, potrà aprire una stanza del consumo a Genova, ed è questa modifica che chiedono i medici.'],
    // Without a comma, the inverted modal ("can", "kann", "peut", "puede", "pode", "può") ends the condition.
    ['en', 'Only if the law changes can the city open a consumption room, and the doctors demand exactly that change.'],
    ['de', 'Nur wenn der Landtag eine Verordnung erlässt kann in Halle ein Drogenkonsumraum öffnen, und genau diese Verordnung fordern die Ärzte.'],
    ['fr', "Ce n'est que si le Parlement modifie la loi qu'une salle de consommation peut ouvrir à Nice, et ce changement, les médecins le réclament."],
    ['fr', 'Seulement quand le Parlement aura modifié la loi une salle de consommation pourra ouvrir à Nice, et ce changement, les médecins le réclament.'],
    ['nl', 'Pas als Den Haag de Opiumwet wijzigt kan er in Zwolle een gebruiksruimte openen, en om die wijziging vragen de artsen.'],
    ['es', 'Solo si el Congreso cambia la ley puede abrir una sala de consumo en Bilbao, y ese cambio es lo que piden los médicos.'],
    ['pt', 'Só se o Parlamento alterar a lei pode abrir uma sala de consumo em Coimbra, e é essa alteração que os médicos pedem.'],
    ['it', 'Solo se il Parlamento modifica la legge può aprire una stanza del consumo a Genova, ed è questa modifica che chiedono i medici.'],
    // A passive's auxiliary ("is", "wordt") stays in the condition: the modal after it ends it.
    ['en', 'Only once the law is changed will councils be allowed to open consumption rooms, and that is what doctors demand.'],
    ['nl', 'Alleen als de Opiumwet wordt gewijzigd mag een gemeente een gebruiksruimte openen, en daar vragen de artsen om.'],
  ] as [Lang, string][])('in %s, a room after an “only when” condition is no call to allow one: “%s”', (lang, sentence) => {
    const claims = claimsIn(sentence, lang);
    expect(claims).toContain('change-law');
    expect(claims).not.toContain('allow-facility');
  });

  it('keeps a call to allow a room made before an “only when” clause with no comma after its condition', () => {
    expect(claimsIn('The council should approve the consumption room now and only when it has run for a year can anyone judge it.', 'en')).toContain(
      'allow-facility',
    );
    expect(claimsIn('De gemeente moet de gebruiksruimte nu toestaan, en pas als die een jaar draait kan de raad oordelen.', 'nl')).toContain('allow-facility');
  });

  it('keeps a call to allow a room made before an “only when” clause', () => {
    expect(claimsIn('The council should approve the consumption room now, and only when it has run for a year should anyone judge it.', 'en')).toContain(
      'allow-facility',
    );
    expect(claimsIn('Die Stadt sollte den Drogenkonsumraum jetzt genehmigen, und erst wenn er ein Jahr läuft, wird Bilanz gezogen.', 'de')).toContain(
      'allow-facility',
    );
  });

  // A frame of demand that is itself negated calls for nothing; governing the law's change, it refuses that too.
  it.each([
    [
      'en',
      "The residents' association does not want the council to allow the consumption room.",
      'The minister does not want the drugs law to be amended for consumption rooms.',
    ],
    [
      'de',
      'Der Bürgerverein will nicht, dass der Konsumraum erlaubt wird.',
      'Die Ministerin will nicht, dass das Betäubungsmittelgesetz für Konsumräume geändert wird.',
    ],
    [
      'fr',
      'Le collectif de riverains ne veut pas que la salle de consommation ouvre.',
      'La ministre ne veut pas que la loi soit modifiée pour les salles de consommation.',
    ],
    [
      'nl',
      'De bewonersvereniging wil niet dat de gemeente de gebruiksruimte toestaat.',
      'De minister wil niet dat de Opiumwet wordt gewijzigd voor gebruiksruimtes.',
    ],
    ['es', 'El alcalde no pide que se autorice una sala de consumo supervisado.', 'La ministra no quiere que se cambie la ley para las salas de consumo.'],
    ['pt', 'A associação de moradores não quer que a câmara autorize a sala de consumo.', 'A ministra não quer que se mude a lei para as salas de consumo.'],
    ['it', 'Il comitato di quartiere non vuole che la stanza del consumo apra.', 'La ministra non vuole che si cambi la legge per le stanze del consumo.'],
  ] as [Lang, string, string][])('in %s, a negated demand is no call: “%s”, “%s”', (lang, room, law) => {
    expect(claimsIn(room, lang)).toEqual([]);
    expect(claimsIn(law, lang)).toEqual([]);
  });

  it('reads a frame negated a word further on (“ne veut surtout pas”) as no call', () => {
    expect(claimsIn("Le conseil ne veut surtout pas qu'une salle de consommation ouvre.", 'fr')).toEqual([]);
  });

  it('keeps a demand whose negator is another clause’s, a “not only” demand, and a negated frame asked', () => {
    expect(claimsIn("The residents' association wants the consumption room to stay open, not more police raids.", 'en')).toContain('allow-facility');
    expect(claimsIn('La asociación de vecinos quiere que la sala de consumo abra, no más redadas policiales.', 'es')).toContain('allow-facility');
    expect(claimsIn('De minister wil dat de Opiumwet wordt gewijzigd voor gebruiksruimtes.', 'nl')).toContain('change-law');
    expect(claimsIn('Why not open a consumption room?', 'en')).toContain('allow-facility');
    // The frame said again, not negated, is the call's.
    expect(claimsIn("We don't want more deaths, we want the council to approve a consumption room.", 'en')).toContain('allow-facility');
    expect(claimsIn('Wir wollen keine Toten mehr, wir wollen, dass die Stadt einen Drogenkonsumraum erlaubt.', 'de')).toContain('allow-facility');
    expect(claimsIn('Is het niet hoog tijd dat de stad een gebruiksruimte mag openen?', 'nl')).toContain('allow-facility');
  });

  // An "or" after a call, with a future after it, tells what follows if the call goes unmet.
  it.each([
    ['en', 'Ministers have to amend the Misuse of Drugs Act, or every city that wants to open a consumption room will be left in limbo.'],
    ['de', 'Der Bundestag muss das Betäubungsmittelgesetz ändern, oder jede Stadt, die einen Drogenkonsumraum eröffnen will, wird weiter warten.'],
    ['fr', 'Le Parlement doit modifier la loi, ou chaque ville qui veut ouvrir une salle de consommation restera dans le flou.'],
    ['nl', 'Den Haag moet de Opiumwet aanpassen, of elke stad die een gebruiksruimte wil openen, zal blijven wachten.'],
    ['es', 'El Congreso tiene que cambiar la ley, o cada ciudad que quiera abrir una sala de consumo seguirá esperando.'],
    ['pt', 'O Parlamento tem de mudar a lei, ou cada cidade que quiser abrir uma sala de consumo ficará à espera.'],
    ['it', 'Il Parlamento deve cambiare la legge, o ogni città che vuole aprire una stanza del consumo resterà in attesa.'],
  ] as [Lang, string][])('in %s, a room in what follows an unmet call is no call to allow one: “%s”', (lang, sentence) => {
    const claims = claimsIn(sentence, lang);
    expect(claims).toContain('change-law');
    expect(claims).not.toContain('allow-facility');
  });

  it.each([
    ['en', 'The council should open a consumption room, or at least a mobile van, before another winter.'],
    ['de', 'Die Stadt sollte einen Drogenkonsumraum eröffnen, oder wenigstens einen Drogenbus, bevor der Winter kommt.'],
    ['fr', 'La ville devrait ouvrir une salle de consommation, ou au moins un bus, avant l’hiver.'],
    ['es', 'El ayuntamiento debería abrir una sala de consumo, o al menos una unidad móvil, antes del invierno.'],
  ] as [Lang, string][])('in %s, an “or” with no future after it joins alternatives and keeps the call: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('allow-facility');
  });

  // "Stop" with another activity stops that activity, not a harm.
  it.each([
    ['en', 'Families who lost sons to overdoses told the minister to stop hiding behind reviews.', 'save-lives'],
    ['es', 'Los vecinos que encuentran jeringuillas en el parque piden al alcalde que deje de mirar hacia otro lado.', 'reduce-public-harm'],
    ['pt', 'Os pais que encontram seringas no recreio pedem à câmara que deixe de fingir que o problema não existe.', 'reduce-public-harm'],
  ] as [Lang, string, string][])('in %s, a weak verb of stopping another activity reduces no harm: “%s”', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).not.toContain(claim);
  });

  it.each([
    ['en', 'People in Kensington stopped dying of overdoses on the pavement once the site opened.', 'save-lives'],
    ['de', 'Seit es den Konsumraum gibt, haben die Menschen am Bahnhof aufgehört, in den Toiletten zu sterben.', 'save-lives'],
    ['fr', 'Depuis l’ouverture de la salle, les usagers ont cessé de mourir dans les cages d’escalier.', 'save-lives'],
    ['nl', 'Rond het station zijn mensen opgehouden met sterven in portieken sinds de gebruiksruimte er is.', 'save-lives'],
    ['es', 'Desde que abrió la sala, la gente del barrio dejó de morir en los portales.', 'save-lives'],
    ['pt', 'Os lojistas da Baixa deixaram de tropeçar em seringas à porta desde que a sala abriu.', 'reduce-public-harm'],
    ['it', 'Da quando la stanza è aperta, i ragazzi hanno smesso di morire sulle panchine.', 'save-lives'],
  ] as [Lang, string, string][])('in %s, a harm that stops is reduced: “%s”', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).toContain(claim);
  });

  // Deaths that rise are no lives saved, unless a reduction is said too.
  it.each([
    ['en', 'Overdose deaths in Dundee have climbed again despite all the help on offer.'],
    ['de', 'Die Zahl der Drogentoten ist trotz der Hilfe der Streetworker erneut gestiegen.'],
    ['fr', 'Les décès par overdose sont repartis à la hausse malgré l’aide des maraudes.'],
    ['nl', 'Het aantal drugsdoden is ondanks de hulp van de straathoekwerkers opnieuw gestegen.'],
    ['es', 'Las muertes por sobredosis volvieron a subir pese a la ayuda de los educadores.'],
    ['pt', 'As mortes por overdose voltaram a aumentar apesar da ajuda das equipas de rua.'],
    ['it', 'I decessi per overdose sono aumentati ancora nonostante l’aiuto delle unità di strada.'],
  ] as [Lang, string][])('in %s, deaths that rise are no lives saved: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('save-lives');
  });

  it.each([
    ['en', 'Overdose deaths had been rising for a decade, but since the room opened they have halved.'],
    ['de', 'Jahrelang stieg die Zahl der Drogentoten, doch seit der Eröffnung des Konsumraums ist sie gesunken.'],
    ['nl', 'Jarenlang steeg het aantal drugsdoden, maar sinds de gebruiksruimte open is, is het gehalveerd.'],
    ['es', 'Las muertes por sobredosis subían cada año, pero desde que abrió la sala se han reducido a la mitad.'],
    ['pt', 'As mortes por overdose subiam todos os anos, mas desde que a sala abriu caíram para metade.'],
    ['it', 'I morti per overdose crescevano ogni anno, ma da quando la stanza è aperta sono calati della metà.'],
  ] as [Lang, string][])('in %s, deaths that rose and then fell are lives saved: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('save-lives');
  });

  // Decriminalising possession, or a reform that did, is a wider change of drug law than the room's.
  it.each([
    ['en', 'Councillors asked Westminster to reform the drug laws and decriminalise possession.'],
    ['de', 'Die Reform des Drogenrechts hat in Portugal 2001 den Besitz aller Drogen entkriminalisiert.'],
    ['fr', 'La réforme de la loi de 2001 a dépénalisé la détention de toutes les drogues au Portugal.'],
    ['nl', 'De partij wil de drugswet hervormen en het bezit van drugs decriminaliseren.'],
    ['es', 'La reforma de la ley de drogas despenalizó la tenencia para consumo propio.'],
    ['pt', 'A reforma da lei da droga descriminalizou a posse para consumo próprio.'],
    ['it', 'La riforma della legge sulla droga ha depenalizzato la detenzione per uso personale.'],
  ] as [Lang, string][])('in %s, a wider reform of drug law makes neither call: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual([]);
  });

  it('keeps the law’s change that names the room beside possession', () => {
    expect(claimsIn('The law that punishes possession must change before a consumption room can open.', 'en')).toContain('change-law');
    expect(claimsIn('La ley que castiga la tenencia debe cambiar antes de que abra una sala de consumo.', 'es')).toContain('change-law');
  });

  it('refuses a wider reform’s room that names no claim or part of the file', () => {
    const model = structuredClone(dataset.claims);
    model.claims[0]!.wider = { claim: 'allow-facility', part: 'no-such-part' };
    expect(() => parseClaims(model)).toThrow('wider must name a claim of the file and one of its parts');
  });

  it('reads an ignored form with bracketed alternatives as each of its forms, in order', () => {
    expect(expandAlternatives('law* … to (allow|permit) (rooms|sites)')).toEqual([
      'law* … to allow rooms',
      'law* … to allow sites',
      'law* … to permit rooms',
      'law* … to permit sites',
    ]);
    expect(expandAlternatives('overdose prevention centre*')).toEqual(['overdose prevention centre*']);
    // Written so in the data, the alternatives blank a law that lets a room run as its plain forms would.
    expect(claimsIn('Ministers must bring forward legislation that lets a health board run such a room.', 'en')).not.toContain('allow-facility');
  });

  it('refuses an ignored form whose brackets hold one alternative or nest, naming the reason', () => {
    for (const form of ['law* (allow) rooms', 'law* ((allow|permit)|let) rooms', 'law* (allow|) rooms']) {
      const model = structuredClone(dataset.claims);
      model.claims[0]!.cues.en.ignore = [form];
      expect(() => parseClaims(model), form).toThrow('brackets hold two or more alternatives split by "|", not nested');
    }
  });

  it('refuses a claim that yields to a claim the file does not hold, naming it', () => {
    const model = structuredClone(dataset.claims);
    model.claims[0]!.yieldsTo = ['no-such-claim'];
    expect(() => parseClaims(model)).toThrow(`claim "${model.claims[0]!.id}": yieldsTo and weakYieldsTo must name other claims of the file`);
    const weak = structuredClone(dataset.claims);
    weak.claims[0]!.weakYieldsTo = { part: weak.claims[0]!.parts[0]!, claims: ['no-such-claim'] };
    expect(() => parseClaims(weak)).toThrow(`claim "${weak.claims[0]!.id}": yieldsTo and weakYieldsTo must name other claims of the file`);
  });

  it.each([
    ['en', 'Fewer people die of overdoses in the streets around the room than before.'],
    ['de', 'Auf der Straße rund um den Konsumraum sterben heute weniger Menschen an einer Überdosis.'],
    ['fr', 'Dans le quartier de la salle, les décès par overdose ont nettement diminué.'],
    ['nl', 'In de buurt van de gebruiksruimte sterven veel minder mensen aan een overdosis.'],
    ['es', 'En las calles del barrio han bajado mucho las muertes por sobredosis.'],
    ['pt', 'Nas ruas do bairro há hoje muito menos mortes por overdose.'],
    ['it', 'Nel quartiere della stanza del consumo i decessi per overdose sono diminuiti.'],
  ] as [Lang, string][])('in %s, overdose deaths that fell in a place are lives saved, not public harm reduced: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['save-lives']);
  });

  it.each([
    ['en', 'Since the room opened, fewer people die of overdoses and fewer needles lie in the streets.'],
    ['de', 'Seit der Eröffnung sterben weniger Menschen an Überdosen, und es liegen weniger Spritzen herum.'],
    ['fr', 'Depuis l’ouverture, les décès par overdose ont diminué et les seringues abandonnées aussi.'],
  ] as [Lang, string][])('in %s, a sentence naming the public harm itself beside the deaths makes both claims: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang).sort()).toEqual(['reduce-public-harm', 'save-lives']);
  });

  it.each([
    ['en', 'The facility prevented drug use on the streets around the station.'],
    ['de', 'Der Konsumraum hat den Drogenkonsum auf der Straße verhindert.'],
    ['fr', 'La salle a empêché la consommation de drogue dans la rue.'],
    ['nl', 'De gebruiksruimte heeft drugsgebruik op straat voorkomen.'],
    ['es', 'La sala ha evitado el consumo de drogas en la calle.'],
    ['pt', 'A sala evitou o consumo de drogas na rua.'],
    ['it', 'La stanza ha evitato il consumo di droga in strada.'],
  ] as [Lang, string][])('in %s, drug use a room prevented on the streets is public harm reduced, not a call to prevent drug use: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['reduce-public-harm']);
  });

  it.each([
    ['en', 'The minister does not believe that these rooms save lives.', 'The council rejects the idea that these rooms cut overdose deaths.'],
    ['de', 'Der Innenminister glaubt nicht, dass Konsumräume Leben retten.', 'Die Partei weist die Vorstellung zurück, dass Konsumräume Überdosen verhindern.'],
    ['fr', 'Le maire ne croit pas que ces salles sauvent des vies.', 'Le préfet récuse l’idée que la salle réduise les overdoses mortelles.'],
    ['nl', 'De burgemeester gelooft niet dat zo’n ruimte levens redt.', 'De partij verwerpt het idee dat gebruiksruimtes overdoses voorkomen.'],
    ['es', 'El alcalde no cree que estas salas salven vidas.', 'La consejera rechaza la idea de que las salas eviten muertes por sobredosis.'],
    ['pt', 'O ministro não acredita que estas salas salvem vidas.', 'A vereadora rejeita a ideia de que as salas evitem mortes por overdose.'],
    ['it', 'Il sindaco non crede che queste stanze salvino vite.', 'Il prefetto respinge l’idea che le stanze riducano i morti per overdose.'],
  ] as [Lang, string, string][])('in %s, a claim denied by a belief or rejection verb is not made: “%s” / “%s”', (lang, disbelief, rejection) => {
    expect(claimsIn(disbelief, lang)).toEqual([]);
    expect(claimsIn(rejection, lang)).toEqual([]);
  });

  it('reads a rhetorical “who really believes that…” as a denial, and a belief without a negator as the claim', () => {
    expect(claimsIn('Who really believes that such a room prevents a single overdose death?', 'en')).toEqual([]);
    expect(claimsIn('Wie gelooft nu echt dat zo’n ruimte ook maar één overdosis minder oplevert?', 'nl')).toEqual([]);
    expect(claimsIn('The minister believes that these rooms save lives.', 'en')).toEqual(['save-lives']);
    expect(claimsIn('Il sindaco crede che queste stanze salvino vite.', 'it')).toEqual(['save-lives']);
  });

  it('keeps a claim said through a disbelief its own cue holds: “wer glaubt denn noch, dass die Verbotspolitik wirkt”', () => {
    expect(claimsIn('Wer glaubt denn noch, dass die Verbotspolitik wirkt?', 'de')).toEqual(['current-approach-failing']);
  });

  it.each([
    ['en', 'Staff at such a room risk prosecution for facilitating drug use.', 'Critics say such a room only facilitates drug use instead of preventing it.'],
    [
      'nl',
      'Hulpverleners riskeren vervolging wegens het vergemakkelijken van druggebruik.',
      'Critici zeggen dat zo’n ruimte druggebruik alleen maar vergemakkelijkt.',
    ],
    [
      'fr',
      'Les soignants s’exposent à des poursuites pour avoir facilité la consommation de drogue.',
      'Pour ses détracteurs, la salle ne fait que faciliter la consommation de drogue.',
    ],
    [
      'es',
      'El personal podría ser procesado por facilitar el consumo de drogas.',
      'Para sus críticos, la sala solo sirve para facilitar el consumo de drogas.',
    ],
  ] as [Lang, string, string][])(
    'in %s, facilitating drug use as the offence staff risk is no call to prevent it; as a critic’s charge against the room it is: “%s” / “%s”',
    (lang, offence, critic) => {
      expect(claimsIn(offence, lang)).not.toContain('prevent-not-facilitate');
      expect(claimsIn(critic, lang)).toContain('prevent-not-facilitate');
    },
  );

  /** Per class of claim said in other words (found reading the third blind set's misses), a sentence of ours in each language. */
  const SAID_OTHERWISE: [string, string, Record<Lang, string>][] = [
    [
      'a dying negated says lives were saved',
      'save-lives',
      {
        en: 'In the room people simply do not die of an overdose, the nurse says.',
        de: 'Im Konsumraum ist bei einer Überdosis noch nie jemand gestorben.',
        fr: 'Dans la salle, on ne meurt pas d’une overdose, rappelle l’infirmière.',
        nl: 'In de gebruiksruimte is nog nooit iemand aan een overdosis overleden.',
        es: 'En la sala nadie se muere de una sobredosis, recuerda la enfermera.',
        pt: 'Na sala as pessoas não morrem de overdose, lembra a enfermeira.',
        it: 'Nella stanza la gente non muore di overdose, ricorda l’infermiera.',
      },
    ],
    [
      'the counterfactual: without the room, dead',
      'save-lives',
      {
        en: 'Without the room, he says, he would be dead by now.',
        de: 'Ohne den Konsumraum wäre er längst tot, sagt er.',
        fr: 'Sans la salle, je serais mort depuis des années, dit-il.',
        nl: 'Zonder de gebruiksruimte zou hij allang dood zijn, zegt hij.',
        es: 'Sin la sala, dice, estaría muerto desde hace tiempo.',
        pt: 'Sem a sala, diz ele, estaria morto há muito tempo.',
        it: 'Senza la stanza, dice, sarei morto da tempo.',
      },
    ],
    [
      'an overdose treated in time',
      'save-lives',
      {
        en: 'Staff say every overdose there is treated in time.',
        de: 'Jede Überdosis wird dort rechtzeitig versorgt, sagen die Mitarbeiter.',
        fr: 'Chaque overdose y est prise en charge à temps, selon l’équipe.',
        nl: 'Elke overdosis wordt er op tijd behandeld, zegt het team.',
        es: 'Cada sobredosis es atendida a tiempo, según el equipo.',
        pt: 'Cada overdose é atendida a tempo, diz a equipa.',
        it: 'Ogni overdose viene soccorsa in tempo, spiega l’équipe.',
      },
    ],
    [
      'the streets calmer, injecting in public rarer',
      'reduce-public-harm',
      {
        en: 'Shopkeepers say the streets around the station are much calmer now.',
        de: 'Die Straßen rund um den Bahnhof sind nach Angaben der Händler viel ruhiger geworden.',
        fr: 'Les injections dans les halls d’immeuble sont devenues plus rares.',
        nl: 'Volgens de winkeliers is het in de straten rond het station een stuk rustiger.',
        es: 'Los comerciantes dicen que las calles del barrio están mucho más tranquilas.',
        pt: 'Os comerciantes dizem que as ruas do bairro estão mais calmas.',
        it: 'I commercianti dicono che le strade del quartiere sono più tranquille.',
      },
    ],
    [
      'a doctor, not a lawyer; an illness like diabetes; those who use',
      'health-not-crime',
      {
        en: 'Someone dependent on heroin needs a doctor, not a lawyer.',
        de: 'Wir sperren niemanden wegen Diabetes ein, warum also Menschen, die abhängig sind?',
        fr: 'Ceux qui consomment ont besoin de soins, pas d’un juge.',
        nl: 'Wie gebruikt, is een patiënt en geen crimineel.',
        es: 'Quien consume es un enfermo, no un delincuente.',
        pt: 'Quem consome é um doente e não um criminoso.',
        it: 'Chi fa uso di sostanze ha bisogno di un medico, non di un avvocato.',
      },
    ],
    [
      'the war lost, a policy leading nowhere',
      'current-approach-failing',
      {
        en: 'The war on drugs is lost, and everyone knows it.',
        de: 'Der Krieg gegen die Drogen ist verloren, sagt der frühere Richter.',
        fr: 'La politique des drogues ne mène nulle part, admet l’ancien préfet.',
        nl: 'Het huidige drugsbeleid leidt nergens toe, zegt de oud-rechter.',
        es: 'Años de mano dura no han servido de nada.',
        pt: 'A política de drogas não resulta, admite o antigo juiz.',
        it: 'Decenni di proibizionismo non hanno prodotto alcun risultato.',
      },
    ],
    [
      'keeping young people from ever starting',
      'prevent-not-facilitate',
      {
        en: 'The money should go into making sure teenagers never start, not into a room.',
        de: 'Wir brauchen Wege aus der Sucht, keinen Raum zum Spritzen.',
        fr: 'Il faut empêcher les jeunes de tomber dans la drogue, pas leur ouvrir une salle.',
        nl: 'Zorg ervoor dat jongeren niet aan de drugs raken, in plaats van een ruimte te openen.',
        es: 'Hay que lograr que los jóvenes nunca empiecen, no abrirles una sala.',
        pt: 'É preciso que os jovens nunca cheguem às drogas, em vez de lhes abrir uma sala.',
        it: 'Bisogna aiutare i ragazzi a non cominciare, non aprire loro una stanza.',
      },
    ],
    [
      'the legislature must act first',
      'change-law',
      {
        en: 'Lawmakers would first have to carve out an exception before any such room could open.',
        de: 'Erst muss der Gesetzgeber eine Grundlage dafür schaffen, sagt die Ministerin.',
        fr: 'Il faudra d’abord un vote au Parlement, car la loi interdit ces salles.',
        nl: 'Eerst moet het parlement een wettelijke basis voor zo’n ruimte scheppen.',
        es: 'Primero el legislador tiene que adaptar la norma, explica la jurista.',
        pt: 'Primeiro o legislador tem de adaptar a lei, explica a jurista.',
        it: 'Prima serve un intervento del Parlamento sulla normativa.',
      },
    ],
    [
      'a supervised site given its chance, let go ahead',
      'allow-facility',
      {
        en: 'The city should be given the chance to trial a supervised site.',
        de: 'Die Stadt will endlich eine eigene Einrichtung zum betreuten Konsum bekommen.',
        fr: 'Laissez-nous tenter l’expérience d’une salle, plaide l’association.',
        nl: 'Laat ons het proberen met een ruimte voor begeleid gebruik.',
        es: 'La asociación pide que dejen avanzar un segundo espacio de consumo supervisado.',
        pt: 'A associação pede que a câmara deixe avançar um segundo espaço.',
        it: 'Dateci la possibilità di provarci con una stanza del consumo.',
      },
    ],
  ];
  describe.each(SAID_OTHERWISE)('a claim said in other words: %s (%s)', (_, claim, sentences) => {
    it.each(LANGS.map((lang) => [lang, sentences[lang]] as const))('in %s: “%s”', (lang, sentence) => {
      expect(claimsIn(sentence, lang)).toContain(claim);
    });
  });

  it.each([
    ['en', 'Staff at the room help prevent needle sharing among people who inject.', 'prevent-not-facilitate'],
    ['en', 'Every time a life is lost, the policy is questioned again.', 'current-approach-failing'],
    ['fr', 'Sans financement, le projet de salle serait mort-né.', 'save-lives'],
    ['en', 'Without the grant, the room would be dead in the water.', 'save-lives'],
    ['de', 'Der Konsumraum bekommt im Frühjahr mehr Personal.', 'allow-facility'],
    ['en', 'Let’s try to keep more people in the room until they are ready for treatment.', 'allow-facility'],
  ] as [Lang, string, string][])('in %s, the frames above said of something else make no claim: “%s” is not %s', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).not.toContain(claim);
  });

  it('does not read the supporters of a room, the people, as its permission', () => {
    expect(claimsIn('Supporters argue that supervised rooms keep people alive until they get treatment.', 'en')).not.toContain('allow-facility');
    expect(claimsIn('Befürworter sagen, ein Konsumraum halte Menschen am Leben.', 'de')).not.toContain('allow-facility');
  });

  it('reads a rhetorical “who can say that … failed?” as a denial of what follows', () => {
    expect(claimsIn('Chi può dire che la linea dura abbia fallito, quando i sequestri crescono?', 'it')).toEqual([]);
    expect(claimsIn('Who can say that the war on drugs has failed when seizures keep rising?', 'en')).toEqual([]);
  });

  it('does not take street workers (“operatori di strada”) for a road-safety story', () => {
    expect(claimsIn('Gli operatori di strada dicono che la stanza tiene in vita chi va in overdose.', 'it')).toContain('save-lives');
    expect(claimsIn('Il casco tiene in vita chi cade sulla strada.', 'it')).not.toContain('save-lives');
  });

  // Ways a reader recognises a claim without its usual words: frames, and the word forms of each language.
  it.each([
    ['en', 'Drug addiction is an illness, and the rooms are where it is treated.', 'health-not-crime'],
    ['es', 'La adicción debe tratarse como una enfermedad.', 'health-not-crime'],
    ['it', 'La tossicodipendenza va trattata come una malattia.', 'health-not-crime'],
    ['fr', 'Les soignants veulent que l’usage de drogues soit une affaire sanitaire plutôt que policière.', 'health-not-crime'],
    ['es', 'La política de drogas actual no ha logrado frenar el tráfico.', 'current-approach-failing'],
    ['de', 'Die Drogenpolitik hat ihr Ziel verfehlt.', 'current-approach-failing'],
    ['pt', 'Alguém ainda acredita na atual política de drogas?', 'current-approach-failing'],
    ['fr', 'Tant qu’on traitera les usagers comme des délinquants, on échouera.', 'current-approach-failing'],
    ['de', 'Im ersten Jahr hat das Team dort vierzig Menschen nach einer Überdosis wiederbelebt.', 'save-lives'],
    ['en', 'Since the room opened, the open drug scene by the station has shrunk.', 'reduce-public-harm'],
    ['it', 'Da quando la stanza è aperta, nel parco non si vedono più siringhe.', 'reduce-public-harm'],
    ['pt', 'Os moradores deixaram de ver seringas no jardim.', 'reduce-public-harm'],
    ['it', 'Il rapporto parla di un calo del consumo all’aperto vicino alla stanza.', 'reduce-public-harm'],
    ['es', 'El Gobierno pide que se modifique la ley para estas salas.', 'change-law'],
    ['it', 'Servirebbe una norma ad hoc per le stanze del consumo.', 'change-law'],
    ['pt', 'É preciso mexer na lei para abrir a sala.', 'change-law'],
    ['es', '«Que le dejen abrirla ya», pide el alcalde sobre la narcosala.', 'allow-facility'],
    ['nl', 'Geef de stad een jaar om de gebruiksruimte uit te proberen.', 'allow-facility'],
    ['pt', 'O dinheiro deve ir para a prevenção, não para dar aos jovens um sítio para se drogarem.', 'prevent-not-facilitate'],
    ['de', 'Das Geld gehört in die Suchtprävention, nicht in einen Konsumraum.', 'prevent-not-facilitate'],
    ['nl', 'Wij willen jongeren van de drugs afhouden in plaats van het gebruik makkelijker te maken.', 'prevent-not-facilitate'],
    ['de', 'Die Regierung plant, das Betäubungsmittelgesetz anzupassen.', 'change-law'],
    ['nl', 'Het kabinet is van plan de Opiumwet aan te passen.', 'change-law'],
    ['nl', 'De gemeente probeert de overlast op straat terug te dringen.', 'reduce-public-harm'],
    ['fr', 'La salle a permis de retirer les seringues de la rue.', 'reduce-public-harm'],
    ['pt', 'A sala mantém com vida quem chega em overdose.', 'save-lives'],
    ['it', 'Il servizio aiuta chi vuole smettere di consumare, invece di offrirgli una stanza.', 'prevent-not-facilitate'],
    ['en', 'With staff on hand, an overdose in the room need not end in a death.', 'save-lives'],
    ['en', 'After 1,300 drug deaths last year, no one can still claim the current drug policy works.', 'current-approach-failing'],
    ['it', 'Con questi numeri nessuno può più difendere la politica sulle droghe.', 'current-approach-failing'],
  ] as [Lang, string, string][])('in %s, finds a claim said in other words: “%s”', (lang, sentence, claim) => {
    expect(claimsIn(sentence, lang)).toContain(claim);
  });

  // A question that asks whether the claim holds makes none; the same words said as a statement make it (so each case can fail).
  it.each([
    ['en', 'Will the new room cut overdose deaths in the city?', 'The new room will cut overdose deaths in the city.'],
    ['de', 'Wird der Konsumraum die Zahl der Drogentoten senken?', 'Der Konsumraum wird die Zahl der Drogentoten senken.'],
    ['fr', 'Cette salle fera-t-elle baisser le nombre de morts par overdose ?', 'Cette salle fera baisser le nombre de morts par overdose.'],
    ['nl', 'Zal de gebruiksruimte het aantal drugsdoden verminderen?', 'De gebruiksruimte zal het aantal drugsdoden verminderen.'],
    ['es', '¿Reducirá la nueva sala las muertes por sobredosis?', 'La nueva sala reducirá las muertes por sobredosis.'],
    ['pt', 'Vai a sala reduzir as mortes por overdose?', 'A sala vai reduzir as mortes por overdose.'],
    ['it', 'La nuova stanza ridurrà le morti per overdose?', 'La nuova stanza ridurrà le morti per overdose.'],
  ] as [Lang, string, string][])('in %s, an open question makes no claim: “%s”', (lang, question, statement) => {
    expect(claimsIn(question, lang)).toEqual([]);
    expect(claimsIn(statement, lang)).toContain('save-lives');
  });

  it.each([
    ['en', 'Will the room save lives or not?'],
    ['de', 'Rettet der Konsumraum Leben oder nicht?'],
    ['fr', 'La salle sauve-t-elle des vies, oui ou non ?'],
    ['nl', 'Redt de ruimte levens of niet?'],
    ['es', '¿Salva vidas la sala o no?'],
    ['pt', 'A sala salva vidas ou não?'],
    ['it', 'La stanza salva vite o no?'],
  ] as [Lang, string][])('in %s, a question asked “or not” is open, its negator no rhetoric: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual([]);
  });

  it('reads only the asking clause as asked: a claim said before a semicolon stands', () => {
    expect(claimsIn('The room has cut overdose deaths; will the council keep funding it?', 'en')).toEqual(['save-lives']);
    expect(claimsIn('The council is split; will the room cut overdose deaths?', 'en')).toEqual([]);
  });

  it('reads both halves of an alternative question as asked, the second opened by "or" after a dash or semicolon', () => {
    expect(claimsIn('Rettet der Fixerraum am Hauptbahnhof wirklich Leben – oder lockt er nur Dealer in die Stadt?', 'de')).toEqual([]);
    expect(claimsIn('Does the room really save lives – or does it only draw dealers to the station?', 'en')).not.toContain('save-lives');
    expect(claimsIn('La salle sauve-t-elle vraiment des vies ; ou attire-t-elle seulement les dealers ?', 'fr')).not.toContain('save-lives');
  });

  it.each([
    ['en', 'How can anyone claim that these rooms save lives?'],
    ['de', 'Wie kann man behaupten, dass Konsumräume Leben retten?'],
    ['fr', 'Comment peut-on encore prétendre que ces salles sauvent des vies ?'],
    ['nl', 'Hoe kan iemand beweren dat gebruiksruimtes levens redden?'],
    ['es', '¿Cómo se puede afirmar que estas salas salvan vidas?'],
    ['pt', 'Como se pode afirmar que estas salas salvam vidas?'],
    ['it', 'Come si può sostenere che queste stanze salvino vite?'],
  ] as [Lang, string][])('in %s, “how can anyone claim that…?” disputes what follows: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'A three-year study will show whether the room cuts overdose deaths.'],
    ['en', 'Whether the room cuts overdose deaths is for the study to tell.'],
    ['de', 'Ob der Konsumraum die Zahl der Drogentoten senkt, muss eine Studie erst zeigen.'],
    ['de', 'Eine Studie soll klären, ob der Konsumraum die Zahl der Drogentoten senkt.'],
    ['fr', 'Reste à savoir si la salle fera baisser le nombre de morts par overdose.'],
    ['nl', 'De vraag is of de gebruiksruimte het aantal drugsdoden vermindert.'],
    ['es', 'Está por ver si la sala reduce las muertes por sobredosis.'],
    ['pt', 'Resta saber se a sala reduz as mortes por overdose.'],
    ['it', 'Resta da vedere se la stanza riduce le morti per overdose.'],
  ] as [Lang, string][])('in %s, an indirect question makes no claim: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual([]);
  });

  // "si", "se" and "of" also mean "if" and "or": only a frame that asks makes an indirect question.
  it.each([
    ['fr', 'Si la salle reste ouverte, elle fera baisser le nombre de morts par overdose.'],
    ['nl', 'Artsen zeggen dat de ruimte het aantal drugsdoden vermindert, of je dat nu wilt horen of niet.'],
    ['es', 'Si la sala sigue abierta, reducirá las muertes por sobredosis.'],
    ['pt', 'Se a sala continuar aberta, vai reduzir as mortes por overdose.'],
    ['it', 'Se la stanza resta aperta, ridurrà le morti per overdose.'],
  ] as [Lang, string][])('in %s, “if” or “or” asks nothing: “%s” makes the claim', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('save-lives');
  });

  // A rhetorical question asserts: a dispute no one could make ("who can deny that…"), or the denial no one could claim.
  it.each([
    ['en', 'Who can seriously deny that these rooms save lives?'],
    ['de', 'Wer kann noch bestreiten, dass der Konsumraum Leben rettet?'],
    ['fr', 'Qui peut encore nier que ces salles sauvent des vies ?'],
    ['nl', 'Wie kan nog ontkennen dat gebruiksruimtes levens redden?'],
    ['es', '¿Quién puede negar que estas salas salvan vidas?'],
    ['pt', 'Quem pode negar que estas salas salvam vidas?'],
    ['it', 'Chi può negare che queste stanze salvino vite?'],
    ['en', 'Who can still claim that these rooms do not save lives?'],
    ['de', 'Wer will noch behaupten, dass Konsumräume keine Leben retten?'],
    ['fr', 'Qui peut encore prétendre que ces salles ne sauvent pas de vies ?'],
    ['nl', 'Wie durft nog te beweren dat de ruimte geen levens redt?'],
    ['es', '¿Quién puede todavía afirmar que estas salas no salvan vidas?'],
    ['pt', 'Quem pode ainda afirmar que estas salas não salvam vidas?'],
    ['it', 'Chi può ancora sostenere che queste stanze non salvino vite?'],
  ] as [Lang, string][])('in %s, a rhetorical question makes the claim it asks no one to dispute: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('save-lives');
  });

  it('keeps a dispute outside a question: “the minister denies that…”, and a relative “who denies”, make no claim', () => {
    expect(claimsIn('The minister denies that these rooms save lives.', 'en')).toEqual([]);
    expect(claimsIn('The minister, who denies that these rooms save lives, spoke first.', 'en')).toEqual([]);
  });

  it.each([
    ['en', 'Why not let Glasgow open a supervised injection facility?'],
    ['de', 'Warum darf die Stadt nicht endlich einen Drogenkonsumraum eröffnen?'],
    ['fr', 'Pourquoi ne pas autoriser une salle de consommation à Marseille ?'],
    ['nl', 'Waarom zou de gemeente niet een gebruiksruimte mogen openen?'],
    ['es', '¿Por qué no autorizar una sala de consumo supervisado en el barrio?'],
    ['pt', 'Porque não autorizar uma sala de consumo assistido na cidade?'],
    ['it', 'Perché non autorizzare una stanza del consumo in via sperimentale?'],
  ] as [Lang, string][])('in %s, a proposal asked as “why not…?” makes the claim, its negator denying nothing: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('allow-facility');
  });

  // Rejecting the claim is a dispute, the verb's parts around it or not; the claim said alone is found.
  it.each([
    ['en', 'The police chief rejected the suggestion that the room had saved lives.', 'The room had saved lives.'],
    ['de', 'Die Ministerin wies die Behauptung, der Konsumraum rette Leben, entschieden zurück.', 'Der Konsumraum rettet Leben.'],
    ['de', 'Der Minister lehnte die These ab, der Konsumraum rette Leben.', 'Der Konsumraum rettet Leben.'],
    ['fr', 'Le préfet a rejeté l’affirmation selon laquelle la salle sauve des vies.', 'La salle sauve des vies.'],
    ['nl', 'De minister wees de bewering af dat de ruimte levens redt.', 'De ruimte redt levens.'],
    ['nl', 'De wethouder verwierp de stelling dat de ruimte levens redt.', 'De ruimte redt levens.'],
    ['es', 'El consejero rechazó la afirmación de que la sala salva vidas.', 'La sala salva vidas.'],
    ['pt', 'O ministro rejeitou a afirmação de que a sala salva vidas.', 'A sala salva vidas.'],
    ['it', 'Il prefetto ha respinto l’affermazione che la stanza salvi vite.', 'La stanza salva vite.'],
  ] as [Lang, string, string][])('in %s, a rejection of the claim makes none: “%s”', (lang, rejection, claim) => {
    expect(claimsIn(rejection, lang)).toEqual([]);
    expect(claimsIn(claim, lang)).toContain('save-lives');
  });

  // Clean needles as what the speaker would not hand out are no public harm reduced: the sentence calls for preventing drug use.
  it.each([
    ['en', 'The state should prevent drug use rather than hand out clean needles to make it safer.'],
    ['de', 'Der Staat soll den Drogenkonsum verhindern, statt ihn mit sauberen Spritzen sicherer zu machen.'],
    ['fr', 'Il faut empêcher la consommation de drogue plutôt que de distribuer des seringues propres.'],
    ['nl', 'We moeten drugsgebruik voorkomen in plaats van schone spuiten uit te delen.'],
    ['es', 'Hay que evitar que los chavales consuman, en lugar de repartirles jeringuillas limpias.'],
    ['pt', 'O Estado deve evitar que os jovens consumam em vez de lhes dar seringas limpas.'],
    ['it', 'Bisogna evitare che i ragazzi consumino droga invece di distribuire siringhe pulite.'],
  ] as [Lang, string][])('in %s, clean needles the speaker rejects make the call to prevent drug use, not public harm reduced: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['prevent-not-facilitate']);
  });

  it.each([
    ['en', 'The money belongs in treatment for drug users, rather than in a safer place to inject.'],
    ['en', 'Our task is to keep teenagers off heroin in the first place, not to offer them a cleaner room.'],
    ['de', 'Das Geld soll in die Therapie gegen Drogen fließen statt in einen sichereren Ort zum Spritzen.'],
    ['fr', 'L’argent doit aller au traitement de la drogue plutôt que de financer un lieu plus sûr pour consommer.'],
    ['nl', 'Het geld moet naar hulp bij drugs, in plaats van naar een veiligere plek om te gebruiken.'],
    ['es', 'El dinero debe ir al tratamiento de la droga en lugar de a un lugar más seguro para consumir.'],
    ['pt', 'O dinheiro deve ir para o tratamento da droga em vez de um lugar mais seguro para consumir.'],
    ['it', 'I soldi devono andare alla cura della droga invece che a un luogo più sicuro per consumare.'],
  ] as [Lang, string][])('in %s, a safer place to use as what should not be offered is the call to prevent drug use: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('prevent-not-facilitate');
  });

  // Prevention said against what the speaker refuses: fewer users, not safer use; a way out, not a place to inject.
  it.each([
    ['en', 'Policy should aim at fewer people using drugs, not at helping them use more safely.'],
    ['en', 'The council wants teenagers kept away from drugs, not handed a clean needle by the state.'],
    ['de', 'Ziel muss sein, dass weniger Menschen überhaupt Drogen nehmen, statt ihnen Räume zum Spritzen zu bauen.'],
    ['nl', 'Het doel moet zijn dat minder mensen drugs gebruiken, niet dat ze een hok krijgen om te spuiten.'],
    ['it', 'Ai giovani serve una via d’uscita dalla droga, non una sala per farsi con più calma.'],
  ] as [Lang, string][])('in %s, prevention set against the safer use the speaker refuses is the call to prevent drug use: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['prevent-not-facilitate']);
  });

  // Reaching for the needle is starting to inject, not a needle left in the street; injecting (“zum Spritzen”, “om te spuiten”) is no syringe.
  it.each([
    ['en', 'The aim is to prevent young people from ever picking up a needle.'],
    ['de', 'Wir müssen verhindern, dass Jugendliche überhaupt zur Nadel greifen.'],
    ['fr', 'Il faut empêcher les jeunes de passer à la seringue.'],
    ['nl', 'We moeten voorkomen dat jongeren naar de naald grijpen.'],
    ['es', 'Hay que evitar que los jóvenes lleguen a la aguja.'],
    ['pt', 'É preciso evitar que os jovens cheguem à seringa.'],
    ['it', 'Bisogna impedire che i giovani arrivino alla siringa.'],
  ] as [Lang, string][])('in %s, reaching for the needle is drug use to prevent, not litter: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual(['prevent-not-facilitate']);
  });

  it('keeps syringes found in the street, and safer use offered, apart from the refusal', () => {
    expect(claimsIn('Seit der Eröffnung liegen weniger Spritzen auf der Straße.', 'de')).toContain('reduce-public-harm');
    expect(claimsIn('De bewoners vinden minder spuiten in de portieken.', 'nl')).toContain('reduce-public-harm');
    expect(claimsIn('The room lets people use more safely, and fewer needles are left in the park.', 'en')).not.toContain('prevent-not-facilitate');
  });

  // Health against crime said through where the user belongs: the doctor's, treatment needed, rather than the dock, a cell, bars, handcuffs.
  it.each([
    ['en', 'People hooked on heroin need treatment, not handcuffs, the nurse told the inquiry.'],
    ['de', 'Wer süchtig ist, gehört zum Arzt und nicht hinter Gitter, sagt die Suchtberaterin.'],
    ['fr', 'Un toxicomane a besoin de soins, pas de menottes, répète l’infirmière.'],
    ['nl', 'Een verslaafde hoort bij de huisarts, niet achter de tralies, zegt de wijkagent.'],
    ['es', 'Un drogodependiente necesita tratamiento, no pasar la noche en un calabozo, dice la enfermera.'],
    ['pt', 'Um toxicodependente precisa de tratamento e não de algemas, diz a enfermeira.'],
    ['it', 'Chi usa eroina ha bisogno di cure e non di finire dietro le sbarre, dice l’infermiera.'],
  ] as [Lang, string][])('in %s, the doctor against the cell is health, not crime: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('health-not-crime');
  });

  it('does not take a cell or a doctor alone for health against crime', () => {
    expect(claimsIn('The suspect spent the night in a cell before seeing a doctor.', 'en')).not.toContain('health-not-crime');
    expect(claimsIn('De verdachte zat een nacht in de cel.', 'nl')).toEqual([]);
  });

  // Lives saved said as who would still be alive, or as a lower risk of dying.
  it.each([
    ['en', 'Dozens of people who overdosed in the station toilets would still be alive if the room had opened in time.'],
    ['de', 'Viele Drogentote würden heute noch leben, hätte die Stadt früher einen Konsumraum gehabt.'],
    ['de', 'Das Risiko, an einer Überdosis zu sterben, ist für Besucher des Konsumraums deutlich niedriger.'],
    ['fr', 'Plusieurs victimes d’overdose seraient encore en vie si la salle avait ouvert plus tôt.'],
    ['fr', 'Pour les usagers de la salle, le risque de mort par overdose est bien plus faible.'],
    ['nl', 'Tientallen overdosisslachtoffers zouden nu nog leven met een gebruiksruimte in de stad.'],
    ['es', 'Muchas víctimas de sobredosis seguirían vivas si la sala hubiera abierto antes.'],
    ['es', 'Entre quienes usan la sala, el riesgo de muerte por sobredosis es mucho más bajo.'],
    ['pt', 'Várias vítimas de overdose estariam vivas se a sala tivesse aberto antes.'],
    ['it', 'Molte vittime di overdose sarebbero ancora vive se la stanza fosse stata aperta prima.'],
    ['it', 'Per chi frequenta la stanza il rischio di morte per overdose è molto più basso.'],
  ] as [Lang, string][])('in %s, who would still be alive, or a lower risk of dying, is lives saved: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('save-lives');
  });

  // A failing approach said as getting nowhere, a war lost in the clause's word order, use not brought down, or locking users up having failed.
  it.each([
    ['en', 'Forty years of the war on drugs got us nowhere, the former judge said.'],
    ['en', 'Locking up people for possession has failed, the review concludes.'],
    ['de', 'Mit dem Verbot allein kommt man bei der Sucht nicht weiter, sagt die Ärztin.'],
    ['de', 'Dass der Krieg gegen die Drogen längst verloren ist, bestreitet hier kaum noch jemand.'],
    ['fr', 'La prohibition n’a pas fait baisser le nombre de consommateurs, note l’étude.'],
    ['nl', 'Iedereen weet inmiddels dat de oorlog tegen drugs verloren is.'],
    ['nl', 'Met repressie alleen komen we hier niet verder, zegt de burgemeester.'],
    ['es', 'La prohibición no ha reducido el consumo en cuarenta años, concluye el informe.'],
    ['pt', 'O proibicionismo não fez baixar o consumo em nenhum país, afirma a investigadora.'],
    ['it', 'Il proibizionismo non ha fatto calare i consumi, osserva il rapporto.'],
  ] as [Lang, string][])('in %s, an approach getting nowhere, lost or not bringing use down is failing: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('current-approach-failing');
  });

  it('does not take a stalled plan or a lost vote for a failing approach', () => {
    expect(claimsIn('Le projet de salle n’avance pas, la politique locale étant bloquée.', 'fr')).not.toContain('current-approach-failing');
    expect(claimsIn('El proyecto no avanza porque la política municipal está bloqueada.', 'es')).not.toContain('current-approach-failing');
  });

  // Public harm reduced said as residents who feel safer, use taken out of a place or a place no longer strewn with needles, or less use in everyone's sight.
  it.each([
    ['en', 'Since the room opened, parents say it has taken dealing and injecting off their doorsteps.'],
    ['de', 'Seit der Eröffnung fühlen sich viele Anwohner am Bahnhof deutlich sicherer.'],
    ['fr', 'Depuis l’ouverture, les riverains du quartier se sentent nettement plus en sécurité.'],
    ['nl', 'Sinds de opening voelen de bewoners van de wijk zich veel veiliger.'],
    ['es', 'Desde la apertura, las plazas del barrio dejaron de estar llenas de jeringuillas.'],
    ['pt', 'A sala tirou as seringas dos passeios e das escadas do bairro.'],
    ['pt', 'Há hoje menos consumo à vista de todos na praça, dizem os comerciantes.'],
    ['it', 'Da quando la stanza è aperta, i residenti si sentono molto più sicuri.'],
  ] as [Lang, string][])('in %s, residents feeling safer or use taken out of sight is public harm reduced: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('reduce-public-harm');
  });

  it('does not take users who feel safer, or a stopped habit, for public harm reduced', () => {
    expect(claimsIn('Users say they feel safer injecting with a nurse nearby.', 'en')).not.toContain('reduce-public-harm');
    expect(claimsIn('Los vecinos dejaron de ir a las reuniones del barrio.', 'es')).toEqual([]);
  });

  // A room asked for on trial (being able to test one, "auf Probe"), a room named by a compound, and a law named by a compound or rewritten.
  it.each([
    ['en', 'allow-facility', 'Leeds should be allowed to trial a supervised injection facility for two years, the bishop said.'],
    ['de', 'allow-facility', 'Die Stadt will einen Drogenkonsumraum auf Probe, zunächst für zwei Jahre.'],
    ['fr', 'allow-facility', 'Lille doit pouvoir tester une salle de consommation pendant trois ans, plaide l’élu.'],
    ['nl', 'allow-facility', 'Gent moet een druggebruiksruimte mogen uitproberen, vindt de schepen.'],
    ['es', 'allow-facility', 'Valencia quiere poder probar una sala de consumo supervisado durante un año.'],
    ['pt', 'allow-facility', 'Braga quer poder testar uma sala de consumo vigiado, diz a vereadora.'],
    ['it', 'allow-facility', 'Torino chiede di poter sperimentare una stanza del consumo per due anni.'],
    ['de', 'change-law', 'Zuerst muss das Suchtmittelgesetz geändert werden, sagt die Juristin.'],
    ['it', 'change-law', 'La legge sugli stupefacenti va riscritta, sostiene la senatrice.'],
    ['es', 'change-law', 'Hay que reescribir la ley de seguridad ciudadana, dice la diputada.'],
  ] as [Lang, string, string][])('in %s, %s said through a trial, a compound or a rewriting: “%s”', (lang, claim, sentence) => {
    expect(claimsIn(sentence, lang)).toContain(claim);
  });

  it('does not take a room that tests something for a call to allow one', () => {
    expect(claimsIn('A sala de consumo vai testar um novo spray de naloxona.', 'pt')).not.toContain('allow-facility');
  });

  // Unproven said through missing data, or with an intensifier inside the denial ("not at all proven"): a dispute, no claim.
  it.each([
    ['en', 'There are no figures showing that the room has saved a single life, the auditor said.'],
    ['de', 'Dass der Konsumraum Leben rettet, ist keineswegs belegt, sagt der Gutachter.'],
    ['fr', 'Il est loin d’être démontré que la salle sauve des vies, estime le préfet.'],
    ['nl', 'Dat de gebruiksruimte levens redt, is allerminst bewezen, aldus de wethouder.'],
    ['es', 'No hay datos que prueben que la sala salve vidas, admite la consejera.'],
    ['pt', 'Está longe de estar provado que a sala salva vidas, diz o deputado.'],
    ['it', 'Non ci sono dati che dimostrino che la stanza salvi vite, ammette l’assessore.'],
  ] as [Lang, string][])('in %s, a claim called unproven through missing data or an intensified denial makes none: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toEqual([]);
  });

  // A negator after the cue but past a comma is the next clause's: "changed, not merely reinterpreted" still says change it.
  it.each([
    ['en', 'The drugs law has to be changed, not merely reinterpreted by the courts.', 'The drugs law must not be changed.'],
    ['de', 'Das Gesetz muss man ändern, nicht bloß anders auslegen.', 'Das Gesetz muss man nicht ändern.'],
    ['fr', 'La loi doit être modifiée, pas seulement réinterprétée par les juges.', 'La loi ne doit pas être modifiée.'],
    ['nl', 'De Opiumwet moet men wijzigen, niet alleen anders uitleggen.', 'De Opiumwet hoeft men niet te wijzigen.'],
    ['es', 'La ley hay que cambiarla, no solo reinterpretarla.', 'No hay que cambiar la ley.'],
    ['pt', 'A lei da droga tem de ser alterada, não apenas reinterpretada.', 'A lei da droga não deve ser alterada.'],
    ['it', 'La legge va cambiata, non solo reinterpretata.', 'La legge non va cambiata.'],
  ] as [Lang, string, string][])('in %s, a negator past a comma after the cue denies nothing, one in its clause does: “%s”', (lang, claim, denial) => {
    expect(claimsIn(claim, lang)).toContain('change-law');
    expect(claimsIn(denial, lang)).not.toContain('change-law');
  });

  // A question the next sentence answers yes says what it asks; one left open, or followed by "si" (if), does not.
  it.each([
    [
      'en',
      'Has the room cut overdose deaths in the city? The coroner’s figures say yes.',
      'Has the room cut overdose deaths in the city? Nobody can tell yet.',
    ],
    ['de', 'Hat der Konsumraum Leben gerettet? Ja, sagt die Rechtsmedizinerin.', 'Hat der Konsumraum Leben gerettet? Das weiß noch niemand.'],
    ['fr', 'La salle a-t-elle sauvé des vies ? Oui, répond le médecin urgentiste.', 'La salle a-t-elle sauvé des vies ? Personne ne le sait encore.'],
    ['nl', 'Heeft de gebruiksruimte levens gered? Ja, zegt de arts.', 'Heeft de gebruiksruimte levens gered? Dat weet nog niemand.'],
    ['es', '¿Ha salvado vidas la sala? Los médicos dicen que sí.', '¿Ha salvado vidas la sala? Si lo supiéramos, lo diríamos.'],
    ['pt', 'A sala salvou vidas? Sim, garante a enfermeira.', 'A sala salvou vidas? Ainda ninguém sabe.'],
    ['it', 'La stanza ha salvato vite? I medici dicono di sì.', 'La stanza ha salvato vite? Se lo sapessimo, lo diremmo.'],
  ] as [Lang, string, string][])('in %s, a question answered yes makes the claim, one left open does not: “%s”', (lang, answered, open) => {
    expect(claimsIn(answered, lang)).toContain('save-lives');
    expect(claimsIn(open, lang)).toEqual([]);
  });

  // "Is there anyone left who believes it works?" asks rhetorically, and says the approach fails.
  it.each([
    ['en', 'Is there anybody left in the council who thinks the war on drugs is winnable?'],
    ['fr', 'Reste-t-il quelqu’un pour défendre la politique du tout-répressif ?'],
    ['es', '¿Queda alguien que defienda la política de drogas de los noventa?'],
    ['pt', 'Ainda há alguém que defenda o proibicionismo?'],
    ['it', 'È rimasto qualcuno che difende il proibizionismo?'],
  ] as [Lang, string][])('in %s, anyone left who still backs the approach is a rhetorical question saying it fails: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('current-approach-failing');
  });

  // A negator just before the room, its permission after it in the clause, denies it: "no room can open".
  it.each([
    ['en', 'No supervised injection facility in Leeds can open under the present rules, the lawyer said.'],
    ['de', 'Kein Konsumraum in Bayern darf öffnen, solange die Verordnung gilt.'],
    ['fr', 'Aucune salle de consommation ne pourra ouvrir à Nice sans décret.'],
    ['nl', 'Geen gebruiksruimte in Limburg mag openen zonder wetswijziging.'],
    ['es', 'Ninguna sala de consumo podrá abrir en Sevilla sin una reforma legal.'],
    ['pt', 'Nenhuma sala de consumo pode abrir em Faro sem mudar a lei.'],
    ['it', 'Nessuna stanza del consumo potrà aprire a Bari senza una nuova legge.'],
  ] as [Lang, string][])('in %s, no room that may open is no call to allow one: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps the call when the room the city lacks stands in another clause', () => {
    expect(claimsIn('Leeds has no supervised injection facility, and ministers should allow one.', 'en')).toContain('allow-facility');
    expect(claimsIn('Die Stadt hat keinen Konsumraum, sie will endlich einen eröffnen dürfen.', 'de')).toContain('allow-facility');
  });

  // A call in a condition opening the sentence tells what would follow from it, and makes neither call.
  it.each([
    ['en', 'If parliament amends the drugs act in the autumn, a supervised injection room could open in Leeds by 2028.'],
    ['de', 'Wenn das Gesetz im Frühjahr geändert wird, könnte in Kassel ein Konsumraum öffnen.'],
    ['de', 'Sollte der Landtag die Verordnung ändern, dürfte in Kassel im Herbst ein Konsumraum öffnen.'],
    ['fr', 'Si le décret est modifié cet hiver, une salle de consommation pourrait ouvrir à Lille.'],
    ['nl', 'Mocht de regering de opiumwet wijzigen, dan kan er in Utrecht een gebruiksruimte openen.'],
    ['es', 'Si el Congreso reforma la ley este año, una sala de consumo podría abrir en Valencia.'],
    ['pt', 'Caso o Parlamento altere a lei, uma sala de consumo poderá abrir em Braga.'],
    ['it', 'Qualora il Parlamento modifichi la legge, una stanza del consumo potrebbe aprire a Torino.'],
  ] as [Lang, string][])('in %s, a law change as a condition is no call to change the law or allow a room: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('change-law');
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('reads the "to" after asking someone as its complement, not as the purpose of a call before it', () => {
    for (const text of [
      'The council approved a motion asking Parliament to change the law to allow consumption rooms.',
      'The council approved a motion that urges ministers to amend the drugs law to allow a consumption room pilot.',
    ])
      expect(claimsIn(text, 'en'), text).toEqual(['change-law']);
  });
  it('keeps a change still to be made beside one told as done', () => {
    expect(claimsIn('Parliament amended the drugs law once, and it must amend it again before a room can open.', 'en')).toContain('change-law');
  });
  it('reads a condition said by inversion (“had”, “were”, “wäre”, “hätte”) as a condition too', () => {
    expect(claimsIn('Had parliament amended the drugs act in 2019, a consumption room could have opened in Leeds.', 'en')).toEqual([]);
    expect(claimsIn('Hätte der Landtag die Verordnung früher geändert, wäre in Kassel längst ein Konsumraum eröffnet.', 'de')).not.toContain('change-law');
    expect(claimsIn('Had de regering de opiumwet eerder gewijzigd, dan was er in Utrecht al een gebruiksruimte.', 'nl')).not.toContain('change-law');
  });

  it('reads a condition that says the law’s change is not made as its lack, the call for it, and no call for a room', () => {
    expect(claimsIn('If ministers do not amend the drugs law, no supervised injection site will open in Leeds.', 'en')).toEqual(['change-law']);
    expect(claimsIn('Si la loi n’est pas changée, aucune salle ne pourra ouvrir à Lille.', 'fr')).toEqual(['change-law']);
    expect(claimsIn('Se a lei não mudar, nenhuma sala de consumo poderá abrir em Coimbra.', 'pt')).toEqual(['change-law']);
    expect(claimsIn('If the board does not approve the consumption room, the trust wants to find another site.', 'en')).toEqual([]);
    expect(claimsIn('Wenn die Stadt den Konsumraum nicht genehmigt, will der Träger umziehen.', 'de')).toEqual([]);
  });

  it('keeps the call after a condition that holds none, and the call said without a condition', () => {
    expect(claimsIn('If we want fewer deaths in the city, the drug laws must change.', 'en')).toContain('change-law');
    expect(claimsIn('Wenn wir weniger Tote wollen, muss das Gesetz geändert werden.', 'de')).toContain('change-law');
    expect(claimsIn('Parliament must amend the drugs act this autumn.', 'en')).toContain('change-law');
    expect(claimsIn('Il Parlamento deve modificare la legge sulle droghe.', 'it')).toContain('change-law');
  });

  // A room opened by a generic subject ("any city that opens", "wer … eröffnet") or said to amount to something
  // ("opening a room would mean…") is supposed, not called for.
  it.each([
    ['en', 'Until the state amends its drug law, any county that opens an injection site is inviting a raid.'],
    ['en', 'Opening a supervised injection site next to the school would mean handing dealers a new patch.'],
    ['de', 'Wer in Bayern einen Konsumraum eröffnet, macht sich nach geltendem Recht strafbar.'],
    ['de', 'Einen Drogenkonsumraum am Marktplatz zu eröffnen, hieße, die Szene in die Altstadt zu holen.'],
    ['es', 'Abrir una sala de consumo junto al mercado significaría llevar el menudeo a la plaza.'],
    ['it', 'Per il senatore, aprire una stanza del buco significherebbe lasciare soli i ragazzi.'],
  ] as [Lang, string][])('in %s, a room opened by a generic subject or supposed is no call to allow one: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps the call made of whoever governs, or followed by what it would mean in a clause of its own', () => {
    expect(claimsIn('Chi governa Milano deve aprire una stanza del consumo.', 'it')).toContain('allow-facility');
    expect(claimsIn('Wer in Köln regiert, muss endlich einen Drogenkonsumraum eröffnen.', 'de')).toContain('allow-facility');
    expect(claimsIn('Any city that has the votes should open a supervised consumption site this year.', 'en')).toContain('allow-facility');
    expect(claimsIn('El ayuntamiento debe abrir una sala de consumo, lo que significaría menos muertes por sobredosis.', 'es')).toContain('allow-facility');
  });

  // The permission as an adjective of the room describes one that is allowed already, not a call to allow one.
  it.each([
    ['en', 'Opened in 2001, it was the first sanctioned consumption room in the country.'],
    ['de', 'Seit 1996 betreibt die Stadt einen behördlich genehmigten Drogenkonsumraum am Bahnhof.'],
    ['fr', 'Inaugurée en 2016, c’était la première salle de consommation autorisée de la région.'],
    ['nl', 'Het was in 1998 de eerste goedgekeurde gebruiksruimte van de provincie.'],
    ['es', 'Inaugurada en 2001, fue la primera sala de consumo autorizada de la comunidad.'],
    ['pt', 'Inaugurada em 2022, foi a primeira sala de consumo autorizada da região.'],
    ['it', 'Inaugurata nel 2023, è stata la prima stanza del consumo autorizzata della regione.'],
  ] as [Lang, string][])('in %s, a room described as permitted is no call to allow one: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps the call to permit a room, and a permitted room that should be allowed to open', () => {
    expect(claimsIn('A sanctioned consumption room should be allowed to open in Glasgow.', 'en')).toContain('allow-facility');
    expect(claimsIn('Die Stadt muss endlich einen Konsumraum genehmigen.', 'de')).toContain('allow-facility');
    expect(claimsIn('Le préfet doit autoriser une salle de consommation à Marseille.', 'fr')).toContain('allow-facility');
    expect(claimsIn('El Gobierno debe autorizar una sala de consumo en Madrid.', 'es')).toContain('allow-facility');
  });

  // A room told of (approved, opened, to be opened once something is done, had it opened) is no call: the call needs its frame.
  it.each([
    ['en', 'The consumption room on Hunter Street was approved by the Scottish Government in 2023.'],
    ['en', 'The injection site would have opened years earlier had the Home Office given its permission in time.'],
    ['de', 'Der Konsumraum in der Taunusstraße wurde 2021 vom Land genehmigt und hat seit März geöffnet.'],
    ['de', 'Wer einen Konsumraum eröffnen will, braucht nach Paragraf 10a eine Erlaubnis des Landes.'],
    ['fr', 'La salle de consommation de Strasbourg a obtenu le feu vert de l’État en 2016.'],
    ['nl', 'Pas als de brandweer het gebouw heeft goedgekeurd, mag de gebruiksruimte haar deuren openen.'],
    ['es', 'Quien quiera abrir una sala de consumo debe pedir antes una autorización a la consejería.'],
    ['pt', 'A sala de consumo vigiado de Lisboa foi autorizada pelo Governo em 2019.'],
    ['it', 'La stanza del consumo avrebbe aperto già nel 2020 se la Regione avesse dato l’autorizzazione.'],
  ] as [Lang, string][])('in %s, a room told of without a call’s frame is no call to allow one: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps the call framed by a demand, support, “it is time” or a judgement that a decision was right', () => {
    expect(claimsIn('Local GPs have come out in favour of an overdose prevention centre in Bradford.', 'en')).toContain('allow-facility');
    expect(claimsIn('Es ist höchste Zeit, dass Dresden einen Konsumraum eröffnen darf.', 'de')).toContain('allow-facility');
    expect(claimsIn('Le préfet a eu raison de donner son feu vert à une salle de consommation à Marseille.', 'fr')).toContain('allow-facility');
    expect(claimsIn('De Gentse artsen zijn voorstander van een gebruiksruimte in de stationsbuurt.', 'nl')).toContain('allow-facility');
    expect(claimsIn('El pleno hizo bien en aprobar una narcosala como proyecto piloto.', 'es')).toContain('allow-facility');
  });

  it('does not deny a cue by a negator of a statement a dash, colon or semicolon closed before it; a comma’s infinitive stays refused', () => {
    expect(claimsIn('Abwarten ist keine Lösung – Trier braucht einen Drogenkonsumraum.', 'de')).toContain('allow-facility');
    expect(claimsIn('Esperar no es opción: Cádiz necesita una sala de consumo supervisado.', 'es')).toContain('allow-facility');
    expect(claimsIn('Trier braucht keinen Drogenkonsumraum – sagt der Oberbürgermeister.', 'de')).toEqual([]);
    expect(claimsIn('Das Land hat nicht vor, einen Drogenkonsumraum zu fordern.', 'de')).toEqual([]);
  });

  it('reads a negator a correction follows (“nicht …, sondern”, “not … but”) as denying what is replaced, not the cue after it', () => {
    expect(claimsIn('Der Konsumraum in Essen gehört nicht gekürzt, sondern ausgebaut.', 'de')).toContain('allow-facility');
    expect(claimsIn('The Leeds consumption room should not be cut but expanded.', 'en')).toContain('allow-facility');
    expect(claimsIn('The Leeds consumption room should not be expanded.', 'en')).toEqual([]);
    expect(claimsIn('Residents do not want a consumption room but a shelter.', 'en')).toEqual([]);
  });

  it('reads a negator before a verb of waiting (“niet langer aarzelen”, “no debe esperar más”) as refusing the delay, not the call', () => {
    expect(claimsIn('Antwerpen moet niet langer aarzelen om een gebruiksruimte te openen.', 'nl')).toContain('allow-facility');
    expect(claimsIn('Granada no debe esperar más para abrir una sala de consumo supervisado.', 'es')).toContain('allow-facility');
    expect(claimsIn('Antwerpen moet geen gebruiksruimte openen.', 'nl')).toEqual([]);
    expect(claimsIn('Granada no debe abrir una sala de consumo supervisado.', 'es')).toEqual([]);
  });

  it('reads a counter-cue placed by the room (“away from schools”, “près d’une école”) as its siting, and keeps a conditional support', () => {
    expect(claimsIn('We would back a supervised injection site in Hull, provided it is kept away from schools.', 'en')).toContain('allow-facility');
    expect(claimsIn('Wir wollen einen Drogenkonsumraum in Halle, aber nicht neben einer Schule.', 'de')).toContain('allow-facility');
    expect(claimsIn('We would back a new school in Hull, away from the supervised injection site.', 'en')).toEqual([]);
    expect(claimsIn('We would back a supervised injection site and a school in Hull.', 'en')).toEqual([]);
  });

  it('reads a weak cue of the room as an object call’s only when new, right after the verb (“piden una segunda sala”)', () => {
    expect(claimsIn('Los vecinos de Nou Barris piden una segunda sala.', 'es')).toContain('allow-facility');
    expect(claimsIn('Los vecinos de Nou Barris piden una sala para sus reuniones.', 'es')).toEqual([]);
    expect(claimsIn('It is what the service needs before a second site can open.', 'en')).toEqual([]);
  });

  it('reads no object call where the room is wanted undone or the demand is judged a folly', () => {
    expect(claimsIn('Die Händler wollen einen zweiten Konsumraum am Markt verhindern.', 'de')).toEqual([]);
    expect(claimsIn('Pressing for a new consumption room would be pointless, the minister said.', 'en')).toEqual([]);
    expect(claimsIn('Die Händler wollen einen zweiten Konsumraum am Markt.', 'de')).toContain('allow-facility');
  });

  it('reads a negator in a cue’s gap as denying it, unless a mark puts it in another clause', () => {
    expect(claimsIn('Die CSU will, dass der Konsumraum am Bahnhof nicht eröffnet wird.', 'de')).toEqual([]);
    expect(claimsIn('Los vecinos piden que la sala de consumo no se abra en su calle.', 'es')).toEqual([]);
    expect(claimsIn('De buurtbewoners eisen dat de gebruiksruimte niet wordt geopend.', 'nl')).toEqual([]);
    expect(claimsIn('Die Grünen fordern, dass, wo nie jemand half, ein Konsumraum eröffnet wird.', 'de')).toContain('allow-facility');
    expect(claimsIn('Ministers should give Glasgow, and not only Edinburgh, its own consumption room.', 'en')).toContain('allow-facility');
  });

  it('does not read a room that is not there yet as a claim disputed, and keeps evidence that is not there as a dispute', () => {
    expect(claimsIn('Einen Konsumraum gibt es in Nürnberg bislang nicht, die Stadt will einen eröffnen.', 'de')).toContain('allow-facility');
    expect(claimsIn('Belege dafür, dass der Konsumraum die Zahl der Drogentoten gesenkt hat, gibt es bislang nicht.', 'de')).toEqual([]);
  });

  it('does not take a word sharing another debate’s stem (a prosecutor’s office, shopkeepers, a rate) for that debate', () => {
    expect(claimsIn('La Fiscalía Antidroga pide cambiar la ley para que las salas de consumo tengan amparo legal.', 'es')).toContain('change-law');
    expect(claimsIn('El Colegio de Médicos de Madrid se muestra a favor de una sala de consumo supervisado.', 'es')).toContain('allow-facility');
    expect(claimsIn('Con un tasso di overdose così alto, il Parlamento deve cambiare la legge sulle droghe.', 'it')).toContain('change-law');
    expect(claimsIn('Shopkeepers on Leith Walk want the council to open a supervised consumption room.', 'en')).toContain('allow-facility');
    expect(claimsIn('El Gobierno cambiará la ley para ampliar las exenciones fiscales de las cooperativas.', 'es', OTHER_STORY)).toEqual([]);
    expect(claimsIn('La reforma fiscal permitirá abrir un centro de negocios junto al puerto.', 'es')).toEqual([]);
  });

  // German and Dutch name injecting with the needles' word: the act with its article ("das Spritzen", "het spuiten") is no needles.
  it('does not take injecting made safer (“das Spritzen”, “het spuiten”) for needles in public', () => {
    expect(claimsIn('Der Verein kritisiert einen Raum, der das Spritzen bequemer und sicherer macht.', 'de')).not.toContain('reduce-public-harm');
    expect(claimsIn('Critici vinden dat een ruimte die het spuiten veiliger maakt, verkeerd is.', 'nl')).not.toContain('reduce-public-harm');
    expect(claimsIn('Im Park liegen seit der Eröffnung deutlich weniger Spritzen herum.', 'de')).toContain('reduce-public-harm');
    expect(claimsIn('Sinds de opening liggen er veel minder spuiten op straat.', 'nl')).toContain('reduce-public-harm');
  });

  it('reads injecting with its article as the drug use the call to prevent it names', () => {
    expect(claimsIn('Statt in Prävention zu investieren, macht die Stadt das Spritzen bequemer.', 'de')).toContain('prevent-not-facilitate');
    expect(claimsIn('De gemeente zou preventie moeten steunen in plaats van het spuiten veiliger te maken.', 'nl')).toContain('prevent-not-facilitate');
  });

  // A fall ("fell", "ging … zurück", "cayó", "caiu") is a weak word for less: beside public drug use named outright, it says the streets are better.
  it.each([
    ['en', 'Public injecting around the market fell by a quarter in the first year.'],
    ['de', 'Der öffentliche Drogenkonsum am Bahnhof ging im ersten Jahr um ein Viertel zurück.'],
    ['fr', 'La consommation sur la voie publique est tombée d’un quart autour du marché.'],
    ['nl', 'Het openbaar drugsgebruik rond de markt zakte in het eerste jaar met een kwart.'],
    ['es', 'El consumo en la vía pública cayó una cuarta parte en el primer año.'],
    ['pt', 'O consumo na via pública caiu um quarto no primeiro ano.'],
    ['it', 'Il consumo in strada è sceso di un quarto nel primo anno.'],
  ] as [Lang, string][])('in %s, public drug use that fell is public harm reduced: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).toContain('reduce-public-harm');
  });

  it('does not take a fall beside a weak public word (support, a man in the street) for public harm reduced', () => {
    expect(claimsIn('Public support for the room fell sharply after the summer.', 'en')).toEqual([]);
    expect(claimsIn('El apoyo de los vecinos cayó tras el verano.', 'es')).toEqual([]);
  });

  it('reads emergencies handled without a single one dying (“ohne dass ein einziger”, “zonder dat er een enkele”) as lives saved', () => {
    expect(claimsIn('Das Team versorgte 150 Notfälle, ohne dass ein einziger Gast starb.', 'de')).toContain('save-lives');
    expect(claimsIn('Het team hielp 150 mensen na een overdosis, zonder dat er een enkele bezoeker stierf.', 'nl')).toContain('save-lives');
  });

  it('reads an ordinance issued with its legal basis between noun and verb (“Rechtsverordnung nach § 10a … erlässt”) as the law’s change', () => {
    expect(claimsIn('Das Land muss endlich eine Rechtsverordnung nach § 10a Betäubungsmittelgesetz erlassen.', 'de')).toContain('change-law');
  });

  it('does not read a safer place users lack, or heroin given up, as the call to prevent drug use', () => {
    expect(claimsIn('Without the room, drug users would not have a safer place to inject.', 'en')).not.toContain('prevent-not-facilitate');
    expect(claimsIn('He got off heroin with the help of the room’s staff.', 'en')).not.toContain('prevent-not-facilitate');
  });

  it('marks nothing outside a story about drug consumption rooms, and asks once per story', () => {
    const asked: string[] = [];
    const prose: ClaimProse<string>[] = [
      { text: MAKES['save-lives']!.en, owner: OTHER_STORY, lang: 'en' },
      { text: MAKES['change-law']!.de, owner: OTHER_STORY, lang: 'de' },
    ];
    expect(findClaims(prose, compiled, (owner) => (asked.push(owner), aboutRooms(owner)))).toEqual([]);
    expect(asked).toEqual([OTHER_STORY]);
  });

  it('does not ask about the story of prose that makes no claim', () => {
    const asked: string[] = [];
    findClaims([{ text: 'The weather was mild.', owner: ABOUT_ROOMS, lang: 'en' }], compiled, (owner) => (asked.push(owner), true));
    expect(asked).toEqual([]);
  });

  it('gives the sentence, its offsets and why: the cue of each part of the claim', () => {
    const text = 'The board met on Monday. Staff at these rooms reverse overdoses every week, and that saves lives. Then it rained.';
    const [found] = findClaims([{ text, owner: ABOUT_ROOMS, lang: 'en' }], compiled, aboutRooms);
    expect(found).toMatchObject({ claimId: 'save-lives', lang: 'en', sentence: MAKES['save-lives']!.en, cues: ['overdos*', 'sav*'] });
    expect(text.slice(found!.start, found!.end)).toBe(found!.sentence);
  });

  it('uses only the cues of the text’s language when it is known', () => {
    // German words read as English text make no claim.
    expect(claimsIn(MAKES['health-not-crime']!.de, 'en')).toEqual([]);
  });

  it('has a statement and cues for every claim in each of the lexicon’s languages', () => {
    for (const claim of dataset.claims.claims) {
      expect(Object.keys(claim.statement).sort()).toEqual([...LANGS].sort());
      expect(Object.keys(claim.cues).sort()).toEqual([...LANGS].sort());
    }
  });

  it('splits prose into sentences at end marks and line breaks, keeping closing quotes', () => {
    const text = 'She said: “They save lives.” Then she left!\nNew line';
    expect(sentencesOf(text).map(({ start, end }) => text.slice(start, end))).toEqual(['She said: “They save lives.”', 'Then she left!', 'New line']);
  });

  it('ends a sentence after a French closing quote set off by a space, but not where its speaker follows', () => {
    const text = '« Ouvrez la salle ! », scandaient-ils. « Elle sauve des vies ! » Le maire hésite.';
    expect(sentencesOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '« Ouvrez la salle ! », scandaient-ils.',
      '« Elle sauve des vies ! »',
      'Le maire hésite.',
    ]);
  });

  // Sentences near a claim that do not make it, each class in seven languages beside a sentence that still makes it: the
  // first of each pair makes no claim of the class's, the second does.
  const NOT_MADE: { claim: string; title: string; pairs: [Lang, string, string][] }[] = [
    {
      // A question a speaker would not answer ("declined to say whether", "ließ offen, ob", "se negó a pronunciarse sobre si") is left open: no claim.
      claim: 'health-not-crime',
      title: 'a question left unanswered makes no claim, the ruling does',
      pairs: [
        [
          'en',
          'The judge refused to rule on whether addiction is a health issue rather than a crime.',
          'The judge ruled that addiction is a health issue rather than a crime.',
        ],
        [
          'de',
          'Die Richterin ließ offen, ob Sucht eine Krankheit und kein Verbrechen ist.',
          'Die Richterin stellte fest, dass Sucht eine Krankheit und kein Verbrechen ist.',
        ],
        [
          'fr',
          'Le juge n’a pas voulu dire si l’addiction relève de la santé et non du pénal.',
          'Le juge a estimé que l’addiction relève de la santé et non du pénal.',
        ],
        [
          'nl',
          'De rechter liet in het midden of verslaving een gezondheidsprobleem is en geen misdaad.',
          'De rechter stelde dat verslaving een gezondheidsprobleem is en geen misdaad.',
        ],
        [
          'es',
          'La jueza se negó a pronunciarse sobre si la adicción es un problema de salud y no un delito.',
          'La jueza sostuvo que la adicción es un problema de salud y no un delito.',
        ],
        [
          'pt',
          'A juíza recusou-se a dizer se a dependência é um problema de saúde e não um crime.',
          'A juíza afirmou que a dependência é um problema de saúde e não um crime.',
        ],
        [
          'it',
          'La giudice si è rifiutata di dire se la dipendenza sia una questione sanitaria e non un reato.',
          'La giudice ha affermato che la dipendenza è una questione sanitaria e non un reato.',
        ],
      ],
    },
    {
      // Conceded as maybe true but unproven ("may be true, but our figures cannot prove it"): not asserted.
      claim: 'save-lives',
      title: 'a claim the speaker cannot prove is not made, one proved is',
      pairs: [
        ['en', 'It may be true that the room saves lives, but the data cannot prove it.', 'The data prove it: the room saves lives.'],
        ['de', 'Mag sein, dass der Raum Leben rettet, aber die Daten können das nicht beweisen.', 'Die Daten belegen es: Der Raum rettet Leben.'],
        [
          'fr',
          'La salle sauve peut-être des vies, mais les données ne permettent pas de le démontrer.',
          'Les données le démontrent : la salle sauve des vies.',
        ],
        ['nl', 'Misschien redt de ruimte levens, maar de cijfers kunnen het niet bewijzen.', 'De cijfers tonen het aan: de ruimte redt levens.'],
        ['es', 'Puede que la sala salve vidas, pero los datos no permiten demostrarlo.', 'Los datos lo confirman: la sala salva vidas.'],
        ['pt', 'Pode ser que a sala salve vidas, mas os dados não permitem comprová-lo.', 'Os dados confirmam-no: a sala salva vidas.'],
        ['it', 'Può darsi che la stanza salvi vite, ma i dati non permettono di provarlo.', 'I dati lo confermano: la stanza salva vite.'],
      ],
    },
    {
      // "Harm reduction" names a policy: said to fail, or named beside a place, it is no public harm reduced.
      claim: 'reduce-public-harm',
      title: 'harm reduction as a policy is no public harm reduced, a reduction of needles still is',
      pairs: [
        [
          'en',
          'Harm reduction on these streets has failed, the councillor says.',
          'A harm reduction service, the room has cut the syringes left on these streets.',
        ],
        [
          'de',
          'Die Schadensminderung auf der Straße ist gescheitert, sagt der Stadtrat.',
          'Als Angebot der Schadensminderung hat der Raum die Spritzen auf der Straße deutlich verringert.',
        ],
        [
          'fr',
          'La réduction des risques dans la rue a échoué, dit l’élu.',
          'Outil de réduction des risques, la salle a fait baisser les seringues dans la rue.',
        ],
        [
          'nl',
          'De schadebeperking op straat is mislukt, zegt de raadslid.',
          'Als voorziening voor schadebeperking heeft de ruimte het aantal naalden op straat verminderd.',
        ],
        [
          'es',
          'La reducción de daños en la calle ha fracasado, dice el concejal.',
          'Como servicio de reducción de daños, la sala ha reducido las jeringuillas en la calle.',
        ],
        ['pt', 'A redução de riscos na rua falhou, diz o vereador.', 'Como serviço de redução de riscos, a sala reduziu as seringas na rua.'],
        [
          'it',
          'La riduzione del danno in strada è fallita, dice il consigliere.',
          'Come servizio di riduzione del danno, la stanza ha ridotto le siringhe in strada.',
        ],
      ],
    },
    {
      // Rooms in general as the purpose of the law's change ("change the law to allow rooms") are that change's call, not one of their own;
      // a room of a place named so ("to allow the room planned for Leeds") is still called for.
      claim: 'allow-facility',
      title: 'rooms as the purpose of a law’s change are that change, a named room is still called for',
      pairs: [
        [
          'en',
          'Labour wants the law amended to allow drug consumption rooms.',
          'Labour wants the law amended to allow the consumption room planned for Leeds.',
        ],
        [
          'de',
          'Die Grünen wollen das Gesetz ändern, um Konsumräume zu erlauben.',
          'Die Grünen wollen das Gesetz ändern, damit der geplante Konsumraum in Kiel genehmigt werden kann.',
        ],
        [
          'fr',
          'Les écologistes veulent modifier la loi pour autoriser des salles de consommation.',
          'Les écologistes veulent modifier la loi pour permettre la salle de consommation prévue à Lille.',
        ],
        [
          'nl',
          'GroenLinks wil de wet wijzigen om gebruiksruimtes toe te staan.',
          'GroenLinks wil de Opiumwet wijzigen om de geplande gebruiksruimte in Gent toe te staan.',
        ],
        [
          'es',
          'Sumar quiere cambiar la ley para permitir las salas de consumo.',
          'Sumar quiere cambiar la ley para permitir la sala de consumo prevista en Sevilla.',
        ],
        [
          'pt',
          'O Livre quer mudar a lei para autorizar salas de consumo assistido.',
          'O Livre quer mudar a lei da droga para permitir a sala de consumo de Braga.',
        ],
        [
          'it',
          'I Verdi vogliono modificare la legge per consentire le stanze del consumo.',
          'I Verdi vogliono modificare la legge per consentire la stanza del consumo prevista a Genova.',
        ],
        // A room with an indefinite article is any room the law would let open; placed by a name, it is that place's.
        ['en', 'Labour wants the law amended to allow a consumption room pilot.', 'Labour wants the law amended to allow a consumption room in Leeds.'],
        [
          'fr',
          'Les écologistes veulent modifier la loi pour permettre une salle de consommation.',
          'Les écologistes veulent modifier la loi pour permettre une salle de consommation à Lille.',
        ],
        [
          'it',
          'I Verdi vogliono modificare la legge per consentire una stanza del consumo.',
          'I Verdi vogliono modificare la legge per consentire una stanza del consumo a Genova.',
        ],
        // The change's call in one of its bracketed forms ("(push|pushing) … for (a|the) statutory footing").
        [
          'en',
          'The charity is pushing for a statutory footing to let consumption rooms open.',
          'The charity is pushing for a statutory footing to let the consumption room planned for Leeds open.',
        ],
        [
          'de',
          'Die Suchthilfe fordert eine Rechtsgrundlage, um Konsumräume zu erlauben.',
          'Die Suchthilfe fordert eine Rechtsgrundlage, um den geplanten Konsumraum in Kiel zu erlauben.',
        ],
        [
          'fr',
          'Les élus réclament une base légale pour autoriser les salles de consommation.',
          'Les élus réclament une base légale pour autoriser la salle de consommation prévue à Lille.',
        ],
      ],
    },
    {
      // A room's opening or running the law's change is to make possible (a finite purpose with a modal of capacity: "so that
      // Bristol can open its room") or a law's relative clause naming rooms in general is the change's call; a room called for apart is its own.
      claim: 'allow-facility',
      title: 'a room a changed law is to let open, in a finite purpose or the law’s content, is that change; a room called for apart is not',
      pairs: [
        [
          'en',
          'The government must change the law so that Bristol can open its consumption room.',
          'The government must change the law, and Bristol should open its consumption room.',
        ],
        [
          'de',
          'Der Bund muss eine Rechtsgrundlage schaffen, damit München seinen Konsumraum betreiben darf.',
          'Der Bund muss eine Rechtsgrundlage schaffen, und München soll endlich einen Konsumraum eröffnen.',
        ],
        [
          'fr',
          "L'État doit réformer la loi pour que Lyon puisse ouvrir sa salle de consommation.",
          "L'État doit réformer la loi, et Lyon doit ouvrir sa salle de consommation.",
        ],
        [
          'nl',
          'Het kabinet moet de Opiumwet aanpassen zodat Utrecht zijn gebruiksruimte kan openen.',
          'Het kabinet moet de Opiumwet aanpassen, en Utrecht moet een gebruiksruimte openen.',
        ],
        [
          'nl',
          'Het kabinet wil de Opiumwet zo wijzigen dat een gebruiksruimte kan openen.',
          // A zoning plan is no law: changed so the room can open, it is the room's own call.
          'De gemeente moet het bestemmingsplan zo aanpassen dat de gebruiksruimte kan openen.',
        ],
        [
          'es',
          'El Congreso debe aprobar una ley que dé cobertura a las salas de consumo.',
          'El Congreso debe aprobar una ley, y Bilbao debe abrir una sala de consumo.',
        ],
        [
          'pt',
          'A lei tem de ser alterada para que os municípios possam abrir salas de consumo.',
          'A lei tem de ser alterada, e o município deve abrir uma sala de consumo.',
        ],
        [
          'it',
          'Il Parlamento deve cambiare la legge affinché Bologna possa aprire la sua stanza del consumo.',
          'Il Parlamento deve cambiare la legge, e Bologna deve aprire una stanza del consumo.',
        ],
      ],
    },
    {
      // A room named as what a law would let someone run, in a relative or participial clause, is that law's purpose, not a call of its own.
      claim: 'allow-facility',
      title: 'a room a law would let someone run is no call for it, a room called for beside the law is',
      pairs: [
        [
          'en',
          'Ministers must bring forward legislation that lets a charity run such a room.',
          'A charity should open a consumption room, and ministers must bring forward legislation.',
        ],
        [
          'de',
          'Der Bundestag muss ein Gesetz beschließen, das den Ländern Konsumräume erlaubt.',
          'Die Länder sollen Konsumräume erlauben, und der Bundestag muss ein Gesetz beschließen.',
        ],
        [
          'fr',
          'Le Parlement doit voter une loi qui permette aux villes d’ouvrir des salles.',
          'La ville doit ouvrir une salle de consommation, et le Parlement doit voter une loi.',
        ],
        [
          'nl',
          'De Kamer moet een wet aannemen die gemeenten toestaat een gebruiksruimte te openen.',
          'Gemeenten moeten een gebruiksruimte openen, en de Kamer moet een wet aannemen.',
        ],
        [
          'es',
          'Las Cortes deben aprobar una ley que permita a los ayuntamientos abrir salas.',
          'Los ayuntamientos deben abrir salas, y las Cortes deben aprobar una ley.',
        ],
        ['pt', 'O Parlamento deve aprovar uma lei que permita às câmaras abrir salas.', 'As câmaras devem abrir salas, e o Parlamento deve aprovar uma lei.'],
        [
          'it',
          'Il Parlamento deve approvare una legge che consenta ai comuni di aprire stanze.',
          'I comuni devono aprire stanze, e il Parlamento deve approvare una legge.',
        ],
      ],
    },
    {
      // A dispute reaches back over ", but": a claim it looks back at is not made; one said after it, in a statement of its own, is.
      claim: 'save-lives',
      title: 'a claim a later "too early to say" looks back at is not made, one said after the dispute is',
      pairs: [
        ['en', 'The room may have saved lives, but it is too early to say.', 'It is too early to say whether theft fell, but the room has saved lives.'],
        [
          'de',
          'Der Raum hat vielleicht Leben gerettet, aber es ist zu früh, um das zu sagen.',
          'Es ist zu früh, um das zu sagen, aber der Raum hat Leben gerettet.',
        ],
        [
          'fr',
          'La salle a peut-être sauvé des vies, mais il est trop tôt pour le dire.',
          'Il est trop tôt pour dire si les vols ont reculé, mais la salle a sauvé des vies.',
        ],
        [
          'nl',
          'De ruimte heeft misschien levens gered, maar het is te vroeg om dat te zeggen.',
          'Het is te vroeg om dat te zeggen, maar de ruimte heeft levens gered.',
        ],
        [
          'es',
          'Puede que la sala haya salvado vidas, pero es prematuro afirmarlo.',
          'Es prematuro afirmar que los robos bajaron, pero la sala ha salvado vidas.',
        ],
        ['pt', 'A sala talvez tenha salvado vidas, mas é cedo para dizer.', 'É cedo para dizer se os furtos diminuíram, mas a sala salvou vidas.'],
        [
          'it',
          'La stanza forse ha salvato vite, ma è troppo presto per dirlo.',
          'È troppo presto per dire se i furti sono calati, ma la stanza ha salvato vite.',
        ],
      ],
    },
    {
      // A claim said to be too early or premature to assert is not asserted; one no longer too early to say is.
      claim: 'save-lives',
      title: 'a claim too early to make is not made, one no longer too early is',
      pairs: [
        ['en', 'It is too early to say that the room has saved lives.', 'It is no longer too early to say that the room has saved lives.'],
        ['de', 'Es sei zu früh, um zu sagen, dass der Konsumraum Leben rettet.', 'Es sei nicht mehr zu früh, um zu sagen, dass der Konsumraum Leben rettet.'],
        ['fr', 'Il est prématuré d’affirmer que la salle a sauvé des vies.', 'Il n’est plus trop tôt pour dire que la salle a sauvé des vies.'],
        [
          'nl',
          'Het is te vroeg om te zeggen dat de gebruiksruimte levens redt.',
          'Het is niet langer te vroeg om te zeggen dat de gebruiksruimte levens redt.',
        ],
        ['es', 'Es demasiado pronto para decir que la sala ha salvado vidas.', 'Ya no es demasiado pronto para decir que la sala ha salvado vidas.'],
        ['pt', 'Ainda é cedo para dizer que a sala salvou vidas.', 'Já não é cedo para dizer que a sala salvou vidas.'],
        ['it', 'È troppo presto per dire che la stanza ha salvato vite.', 'Non è più troppo presto per dire che la stanza ha salvato vite.'],
      ],
    },
    {
      // A change of the law refused or not intended, its negator too far from the change to deny it, is not called for.
      claim: 'change-law',
      title: 'a law’s change refused or ruled out is no call for it, one with every reason is',
      pairs: [
        ['en', 'The minister sees no reason to amend the drugs law.', 'The minister sees every reason to amend the drugs law.'],
        ['de', 'Man sehe keinen Anlass, die Rechtslage zu ändern, so das Ministerium.', 'Man sehe allen Anlass, die Rechtslage zu ändern, so das Ministerium.'],
        ['fr', 'La ministre exclut de modifier la loi sur les stupéfiants.', 'La ministre veut modifier la loi sur les stupéfiants.'],
        ['nl', 'Een aanpassing van de Opiumwet staat niet in het regeerakkoord.', 'De Opiumwet moet worden aangepast, staat in het regeerakkoord.'],
        ['es', 'El Gobierno no tiene intención de cambiar la ley de drogas.', 'El Gobierno quiere cambiar la ley de drogas.'],
        ['pt', 'O ministro recusa-se a mudar a lei da droga.', 'O ministro quer mudar a lei da droga.'],
        ['it', 'Il ministro non vede motivo di cambiare la legge sulle droghe.', 'Il ministro vuole cambiare la legge sulle droghe.'],
      ],
    },
    {
      // A change of the law told as done is an event, not a call.
      claim: 'change-law',
      title: 'a law’s change told as done is no call for it, one still to be made is',
      pairs: [
        ['en', 'The room opened a year after Parliament had amended the drugs law.', 'Parliament must amend the drugs law before the room can open.'],
        [
          'de',
          'Der Konsumraum öffnete, ein Jahr nachdem der Bundestag das Betäubungsmittelgesetz geändert hatte.',
          'Der Bundestag muss das Betäubungsmittelgesetz ändern, damit der Konsumraum öffnen kann.',
        ],
        ['fr', 'La salle a ouvert un an après que le Parlement a modifié la loi.', 'Le Parlement doit modifier la loi pour que la salle puisse ouvrir.'],
        [
          'nl',
          'De ruimte ging open een jaar nadat het parlement de Opiumwet had aangepast.',
          'Het parlement moet de Opiumwet aanpassen voordat de ruimte open kan.',
        ],
        [
          'es',
          'La sala abrió poco después de que el Congreso reformó la ley de drogas.',
          'El Congreso debe reformar la ley de drogas para que la sala pueda abrir.',
        ],
        [
          'pt',
          'A sala abriu pouco depois de o parlamento ter alterado a lei da droga.',
          'O parlamento tem de alterar a lei da droga para que a sala possa abrir.',
        ],
        [
          'it',
          'La stanza ha aperto un anno dopo che il Parlamento aveva modificato la legge.',
          'Il Parlamento deve modificare la legge perché la stanza possa aprire.',
        ],
      ],
    },
    {
      // A change of the law its speaker sees no need for is not called for.
      claim: 'change-law',
      title: 'a law’s change seen as needless is no call for it, one said to be needed is',
      pairs: [
        [
          'fr',
          'Le ministre ne voit pas la nécessité de modifier la loi sur les stupéfiants.',
          'Le ministre juge nécessaire de modifier la loi sur les stupéfiants.',
        ],
        ['nl', 'De minister ziet geen enkele noodzaak om de Opiumwet aan te passen.', 'De minister vindt dat de Opiumwet moet worden aangepast.'],
        ['es', 'El ministro dijo no ver necesidad de cambiar la ley de drogas.', 'El ministro dijo que es necesario cambiar la ley de drogas.'],
        ['pt', 'A ministra disse não ver necessidade de alterar a lei da droga.', 'A ministra disse que é necessário alterar a lei da droga.'],
        ['it', 'Il ministro non vede la necessità di cambiare la legge sulle droghe.', 'Il ministro dice che è necessario cambiare la legge sulle droghe.'],
        [
          'en',
          'The minister considers it unnecessary to amend the Misuse of Drugs Act.',
          'The minister considers it necessary to amend the Misuse of Drugs Act.',
        ],
        [
          'de',
          'Die Ministerin hält es nicht für nötig, das Betäubungsmittelgesetz zu ändern.',
          'Die Ministerin hält es für nötig, das Betäubungsmittelgesetz zu ändern.',
        ],
        ['fr', 'La ministre estime inutile de modifier la loi sur les stupéfiants.', 'La ministre estime urgent de modifier la loi sur les stupéfiants.'],
        ['nl', 'De minister vindt het niet nodig om de Opiumwet aan te passen.', 'De minister vindt het nodig om de Opiumwet aan te passen.'],
        ['es', 'La ministra cree innecesario cambiar la ley de drogas.', 'La ministra cree urgente cambiar la ley de drogas.'],
        ['pt', 'O ministro considera desnecessário alterar a lei da droga.', 'O ministro considera urgente alterar a lei da droga.'],
        ['it', 'Il ministro ritiene inutile cambiare la legge sulle droghe.', 'Il ministro ritiene urgente cambiare la legge sulle droghe.'],
      ],
    },
    {
      // A penal code named as the means addiction should not be met with is no law to change.
      claim: 'change-law',
      title: 'a penal code rejected as the means is no call to change it, a penal code to be changed is',
      pairs: [
        [
          'de',
          'Sucht muss von Ärzten behandelt werden und nicht mit dem Strafgesetzbuch.',
          'Das Strafgesetzbuch muss geändert werden, damit Konsumräume legal sind.',
        ],
        ['fr', 'L’addiction doit être traitée par la médecine et non par le code pénal.', 'Le code pénal doit être modifié pour autoriser les salles.'],
        ['es', 'La adicción debe abordarse desde la sanidad y no desde el Código Penal.', 'El Código Penal debe reformarse para permitir las salas.'],
        ['pt', 'A dependência deve ser tratada pela saúde e não pelo Código Penal.', 'O Código Penal deve ser alterado para permitir as salas.'],
        [
          'it',
          'La dipendenza deve essere affrontata dalla sanità e non dal codice penale.',
          'Il codice penale deve essere modificato per consentire le stanze.',
        ],
      ],
    },
    {
      // "Without having to" after a negation names a change as needed: no room can open without it.
      claim: 'change-law',
      title: 'a room that cannot open without changing the law calls for the change',
      pairs: [
        [
          'fr',
          'Le député dit que la salle pourra ouvrir sans besoin de modifier la loi sur les stupéfiants.',
          'Le député dit qu’aucune salle ne pourra ouvrir sans avoir à modifier la loi sur les stupéfiants.',
        ],
        [
          'es',
          'La diputada dice que la sala puede abrir sin necesidad de cambiar la ley de drogas.',
          'La diputada dice que no hay forma de abrir la sala sin tener que cambiar la ley de drogas.',
        ],
        [
          'pt',
          'A deputada diz que a sala pode abrir sem necessidade de alterar a lei da droga.',
          'A deputada diz que nenhuma sala pode abrir sem ter de alterar a lei da droga.',
        ],
        [
          'it',
          'La deputata dice che la stanza può aprire senza bisogno di cambiare la legge sulle droghe.',
          'La deputata dice che nessuna stanza potrà aprire senza dover cambiare la legge sulle droghe.',
        ],
      ],
    },
    {
      // A change of the law said to be not planned is not called for.
      claim: 'change-law',
      title: 'a law’s change not planned is no call for it, one said to be needed is',
      pairs: [
        ['en', 'A change in the drugs law is not planned, the minister said.', 'The drugs law must change before a room can open, the minister said.'],
        [
          'de',
          'Eine Änderung des Gesetzes ist nicht geplant, sagte die Ministerin.',
          'Das Gesetz muss geändert werden, bevor ein Raum öffnen kann, sagte die Ministerin.',
        ],
        ['fr', 'Une réforme de la loi n’est pas prévue, a dit la ministre.', 'La loi doit être réformée avant qu’une salle puisse ouvrir, a dit la ministre.'],
        [
          'nl',
          'Een aanpassing van de wet staat niet op de agenda, zei de minister.',
          'De wet moet worden aangepast voordat een ruimte open kan, zei de minister.',
        ],
        [
          'es',
          'Una modificación de la ley no está prevista, dijo la ministra.',
          'Hay que modificar la ley antes de que pueda abrir una sala, dijo la ministra.',
        ],
        ['pt', 'Não está prevista qualquer mudança na lei, disse a ministra.', 'É preciso mudar a lei antes que uma sala possa abrir, disse a ministra.'],
        [
          'it',
          'Una riforma della legge non è in programma, ha detto la ministra.',
          'Bisogna riformare la legge prima che una stanza possa aprire, ha detto la ministra.',
        ],
      ],
    },
    {
      // A reported question answered with "no data yet" makes no claim; an answer that gives one does.
      claim: 'save-lives',
      title: 'a question answered “no data yet” makes no claim, an answer that gives one does',
      pairs: [
        [
          'en',
          'Asked whether the room had saved lives, the director said there were no data yet.',
          'Asked about its first year, the director said the room had saved nine lives.',
        ],
        [
          'de',
          'Auf die Frage, ob der Raum Leben gerettet habe, sagte die Leiterin, es gebe noch keine Zahlen.',
          'Auf die Frage nach dem ersten Jahr sagte die Leiterin, der Raum habe neun Leben gerettet.',
        ],
        [
          'fr',
          'À la question de savoir si la salle avait sauvé des vies, la directrice a dit qu’il n’y avait pas encore de chiffres.',
          'Interrogée sur sa première année, la directrice a dit que la salle avait sauvé neuf vies.',
        ],
        [
          'nl',
          'Op de vraag of de ruimte levens had gered, zei de directeur dat er nog geen gegevens zijn.',
          'Gevraagd naar het eerste jaar zei de directeur dat de ruimte negen levens heeft gered.',
        ],
        [
          'es',
          'A la pregunta de si la sala había salvado vidas, la directora dijo que todavía no hay datos.',
          'Preguntada por el primer año, la directora dijo que la sala ha salvado nueve vidas.',
        ],
        [
          'pt',
          'Questionada sobre se a sala tinha salvado vidas, a diretora disse que ainda não há números.',
          'Questionada sobre o primeiro ano, a diretora disse que a sala salvou nove vidas.',
        ],
        [
          'it',
          'Alla domanda se la stanza avesse salvato vite, la direttrice ha detto che non ci sono ancora dati.',
          'Interpellata sul primo anno, la direttrice ha detto che la stanza ha salvato nove vite.',
        ],
      ],
    },
  ];
  for (const { claim, title, pairs } of NOT_MADE)
    it.each(pairs)(`in %s, ${title}: “%s”`, (lang, notMade, made) => {
      expect(claimsIn(notMade, lang)).not.toContain(claim);
      expect(claimsIn(made, lang)).toContain(claim);
    });

  it('keeps the law’s change called for when rooms in general are its purpose, and the call of a named room beside it', () => {
    const purposes = NOT_MADE.find(({ claim }) => claim === 'allow-facility')!.pairs;
    for (const [lang, purpose, named] of purposes) {
      expect(claimsIn(purpose, lang)).toEqual(['change-law']);
      expect(claimsIn(named, lang).sort()).toEqual(['allow-facility', 'change-law']);
    }
  });

  it('does not end a sentence at a title’s, an abbreviation’s or an initial’s full stop, so a claim around a name stays whole', () => {
    const text = 'Laut Dr. Meier und Prof. J. Brandt sollte die Stadt den Konsumraum erlauben. Sie sagte nein. Dann ging sie.';
    expect(sentencesOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Laut Dr. Meier und Prof. J. Brandt sollte die Stadt den Konsumraum erlauben.',
      'Sie sagte nein.',
      'Dann ging sie.',
    ]);
    expect(claimsIn('La salle de consommation, selon M. Dupont, devrait être autorisée.', 'fr')).toContain('allow-facility');
    expect(claimsIn('La sala de consumo, según la Sra. Gómez, debe autorizarse cuanto antes.', 'es')).toContain('allow-facility');
  });

  it.each([
    [
      'de',
      'Die Anwohnerinitiative fordert, dass der Konsumraum am Bahnhof auch nach dem Ende des Modellprojekts offen bleibt.',
      'Der Konsumraum bleibt über die Feiertage geöffnet, teilt der Träger mit.',
    ],
    [
      'de',
      'Der Gesundheitsausschuss empfiehlt den Weiterbetrieb des Drogenkonsumraums über das Jahr 2027 hinaus.',
      'Ob der Weiterbetrieb des Konsumraums gesichert ist, entscheidet der Stadtrat erst im Herbst.',
    ],
    [
      'en',
      'Shopkeepers who once fought the plan now want the consumption room to stay open after the trial ends.',
      'The consumption room will stay open over the holidays, the charity said.',
    ],
    [
      'fr',
      'Les commerçants demandent désormais que la salle de consommation reste ouverte après l’expérimentation.',
      'La salle de consommation reste ouverte pendant les fêtes, précise l’association.',
    ],
    [
      'nl',
      'De winkeliers vragen nu dat de gebruiksruimte open blijft na de proefperiode.',
      'De gebruiksruimte blijft tijdens de feestdagen open, meldt de stichting.',
    ],
    [
      'es',
      'Los vecinos piden ahora que la sala de consumo siga abierta cuando termine el programa piloto.',
      'La sala de consumo sigue abierta durante las fiestas, informa la asociación.',
    ],
    [
      'pt',
      'Os comerciantes pedem agora que a sala de consumo continue aberta depois do período experimental.',
      'A sala de consumo continua aberta durante as festas, informa a associação.',
    ],
    [
      'it',
      'I commercianti chiedono ora che la stanza del consumo resti aperta anche dopo la sperimentazione.',
      'La stanza del consumo resta aperta durante le feste, comunica la cooperativa.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads a call to keep a room open as a call to allow it, and a room told as open as none: “%s”',
    makesNot('allow-facility'),
  );

  it('does not read a call to keep a swimming pool open as a room’s', () => {
    expect(claimsIn('Die Händler fordern, dass das Hallenbad auch in den Sommerferien offen bleibt.', 'de')).not.toContain('allow-facility');
  });

  it.each([
    [
      'de',
      'Jede Woche ohne Konsumraum kostet Menschenleben, warnt die Aidshilfe.',
      'Jede Woche ohne Tempolimit auf der A7 kostet Menschenleben, warnt der Verkehrsclub.',
    ],
    [
      'en',
      'Every month without a consumption room costs lives, the nurses warn.',
      'Every month without a speed limit on the bypass costs lives, the road safety group warns.',
    ],
    [
      'nl',
      'Elke maand zonder gebruiksruimte kost levens, waarschuwen de verpleegkundigen.',
      'Elke maand zonder snelheidslimiet op de ringweg kost levens, waarschuwt de verkeersveiligheidsorganisatie.',
    ],
    [
      'es',
      'Cada mes sin sala de consumo cuesta vidas, advierten las enfermeras.',
      'Cada mes sin límite de velocidad en la circunvalación cuesta vidas, advierte la asociación de víctimas de tráfico.',
    ],
    [
      'pt',
      'Cada mês sem sala de consumo custa vidas, avisam os enfermeiros.',
      'Cada mês sem limite de velocidade na circular custa vidas, avisa a associação de prevenção rodoviária.',
    ],
    [
      'it',
      'Ogni mese senza stanza del consumo costa vite, avvertono gli infermieri.',
      'Ogni mese senza limite di velocità sulla tangenziale costa vite, avverte l’associazione per la sicurezza stradale.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads the lives that waiting for a room costs as lives it would save, and not a speed limit’s: “%s”',
    makesNot('save-lives'),
  );

  it('does not read a disputed cost in lives, nor a room that costs money, as lives saved', () => {
    expect(claimsIn('Dass jede Woche ohne Konsumraum Menschenleben kostet, bestreitet die Polizeigewerkschaft.', 'de')).not.toContain('save-lives');
    expect(claimsIn('Der Umbau des Konsumraums kostet viel Geld und Nerven, sagt der Träger.', 'de')).toEqual([]);
  });

  it.each([
    [
      'de',
      'Kiel braucht einen Konsumraum, und zwar vor dem nächsten Winter, sagt die Ärztin.',
      'Kiel braucht keinen Konsumraum, sondern mehr Therapieplätze, sagt die CSU.',
    ],
    ['de', 'Suchthilfe fordert Konsumraum für Lübeck', 'Niemand will einen Konsumraum vor der eigenen Haustür, sagt der Anwohner.'],
    ['de', 'Die Grünen sagen, dass auch Lübeck einen Drogenkonsumraum braucht.', 'Ob Lübeck einen Drogenkonsumraum braucht, soll ein Gutachten klären.'],
    [
      'de',
      'Nach drei Drogentoten in einem Monat gehört ein Konsumraum nach Kiel, sagt die Gesundheitsdezernentin.',
      'Wer einen Konsumraum will, braucht eine Erlaubnis des Landes.',
    ],
    ['en', 'Leeds needs a consumption room before another winter, the GP says.', 'Whether Leeds needs a consumption room is for the review to decide.'],
    [
      'fr',
      'À Lille, les médecins réclament une salle de consommation avant l’hiver.',
      'À Lille, personne ne réclame une salle de consommation dans un quartier sans scène ouverte, dit le maire.',
    ],
    ['nl', 'Gent heeft een gebruiksruimte nodig voor de winter, zegt de huisarts.', 'Of Gent een gebruiksruimte nodig heeft, moet de studie uitwijzen.'],
    [
      'es',
      'Valencia necesita una sala de consumo antes del invierno, afirma la médica.',
      'Nadie necesita una sala de consumo en un pueblo de 800 habitantes, dice el alcalde.',
    ],
    [
      'pt',
      'Braga precisa de uma sala de consumo antes do inverno, afirma a médica.',
      'Ninguém precisa de uma sala de consumo numa aldeia de 800 habitantes, diz o autarca.',
    ],
    [
      'it',
      'Genova ha bisogno di una stanza del consumo prima dell’inverno, afferma la dottoressa.',
      'Nessuno ha bisogno di una stanza del consumo in un paese di 800 abitanti, dice il sindaco.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads a need or demand of the room itself as a call to allow it, and not its denial, doubt or procedure: “%s”',
    makesNot('allow-facility'),
  );

  it.each([
    [
      'Seit der Konsumraum offen ist, setzt sich im Hausflur kaum noch jemand einen Schuss, sagt die Hausmeisterin.',
      'Dass sich vor den Schaufenstern niemand mehr einen Schuss setzt, bezweifeln die Händler am Bahnhof.',
    ],
    [
      'Seit sich niemand mehr vor ihrem Schaufenster einen Schuss setzt, fühlen sich die Kundinnen der Apotheke sicherer, sagt die Inhaberin.',
      'Seit dem Trainerwechsel hat unser Stürmer kaum noch einen Schuss gesetzt, der das Tor traf.',
    ],
  ])(
    'reads fewer people giving themselves a shot (“sich einen Schuss setzen”) in public as less public harm, and not a doubt of it or a striker’s shot: “%s”',
    (fewer, not) => makesNot('reduce-public-harm')('de', fewer, not),
  );

  it.each([
    [
      'de',
      'Die Aidshilfe wirbt seit Monaten für einen Drogenkonsumraum in der Kieler Innenstadt.',
      'Der Konsumraum wirbt mit Plakaten für seine neue Sprechstunde.',
    ],
    ['de', 'Rostock muss endlich einen Drogenkonsumraum bekommen, fordert die Linke.', 'Der Konsumraum soll im nächsten Jahr mehr Geld vom Land bekommen.'],
    [
      'de',
      'Die SPD-Fraktion fordert die Einrichtung eines Konsumraums in der Altstadt.',
      'Die Einrichtung eines Konsumraums soll rund 400.000 Euro kosten, rechnet die Verwaltung vor.',
    ],
    [
      'de',
      'Ein Drogenkonsumraum muss her, und zwar vor dem Winter, sagt der Streetworker.',
      'Niemand im Stadtrat wirbt für einen Drogenkonsumraum, seit die Umfrage so deutlich ausfiel.',
    ],
    [
      'fr',
      'L’association réclame la création d’une salle de consommation à Lille.',
      'La création d’une salle de consommation à Lille coûterait deux millions d’euros, selon la mairie.',
    ],
    ['fr', 'Les médecins plaident pour une salle de consommation à Lille.', 'Le préfet veut la création d’une salle de sport près de la gare.'],
    [
      'nl',
      'De stichting vraagt de oprichting van een gebruiksruimte in Gent.',
      'De oprichting van een gebruiksruimte in Gent zou twee miljoen euro kosten, schat de stad.',
    ],
    [
      'es',
      'La asociación pide la creación de una sala de consumo en Valencia.',
      'La creación de una sala de consumo en Valencia costaría dos millones de euros, según el ayuntamiento.',
    ],
    [
      'pt',
      'A associação pede a criação de uma sala de consumo em Braga.',
      'A criação de uma sala de consumo em Braga custaria dois milhões de euros, segundo a câmara.',
    ],
    [
      'it',
      'I medici si battono per una stanza del consumo a Genova.',
      'L’istituzione di una stanza del consumo a Genova costerebbe due milioni di euro, secondo il Comune.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads advocacy for a room, or a call for its creation, as a call to allow it, and not its cost or another place’s: “%s”',
    makesNot('allow-facility'),
  );

  it.each([
    [
      'de',
      'Das Personal im Konsumraum hält jedes Jahr Hunderte Abhängige am Leben, sagt die Ärztin.',
      'Nur die Spenden der Kirchengemeinde halten den Konsumraum noch am Leben, sagt die Leiterin.',
    ],
    [
      'de',
      'Ohne den Drogenkonsumraum wäre ich im Februar nicht mehr aufgewacht, sagt ein Besucher.',
      'Ohne den Wecker wäre ich heute nicht rechtzeitig zum Dienst im Konsumraum aufgewacht, sagt die Pflegerin.',
    ],
    [
      'de',
      'Das Personal im Konsumraum hält jedes Jahr Hunderte Abhängige am Leben, sagt die Ärztin.',
      'Dass der Konsumraum Abhängige am Leben hält, bestreitet die Polizeigewerkschaft.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads people kept alive around a split verb, or a death said as not waking up, as lives saved: “%s”',
    makesNot('save-lives'),
  );

  it.each([
    ['de', 'Abhängige sind Patienten und keine Täter, sagt die Suchtmedizinerin.', 'Die CSU bestreitet, dass Abhängige Patienten und keine Täter seien.'],
    [
      'de',
      'Suchtkranke müssen wie Patienten behandelt werden, nicht wie Täter.',
      'Im Prozess gegen den Dealer waren die Abhängigen Zeugen und keine Täter, betont die Richterin.',
    ],
    [
      'nl',
      'Drugsgebruikers zijn patiënten en geen daders, zegt de verslavingsarts.',
      'In het proces tegen de dealer waren de drugsgebruikers getuigen en geen daders, benadrukt de rechter.',
    ],
  ] as [Lang, string, string][])(
    'in %s, reads patients set against offenders (“keine Täter”, “geen daders”) as health, not crime: “%s”',
    makesNot('health-not-crime'),
  );

  it('reads a part cue with bracketed alternatives as each of its forms, saying why by the form that matched', () => {
    const model = structuredClone(dataset.claims);
    const law = model.claims.find((claim) => claim.id === 'change-law')!;
    law.cues.en.parts['change']!.strong = ['(beg|begs) … (legal basis|legal framework)'];
    const findings = findClaims(
      [{ text: 'The charity begs ministers for a legal framework for such rooms.', owner: ABOUT_ROOMS, lang: 'en' }],
      compileClaims(model),
      aboutRooms,
    );
    expect(findings.find((finding) => finding.claimId === 'change-law')?.cues).toContain('begs … legal framework');
  });

  it.each([
    [
      'en',
      'Forty MPs are pressing the minister for a statutory framework for supervised injection sites.',
      'Ministers insist the room already operates on a sound legal basis.',
    ],
    [
      'de',
      'Die Grünen fordern eine gesetzliche Grundlage für Drogenkonsumräume.',
      'Die Polizei verlangt, dass der Konsumraum die geltende Verordnung einhält.',
    ],
    [
      'fr',
      'Les élus réclament un cadre juridique clair pour les haltes soins addictions.',
      'Le préfet exige le respect du cadre légal aux abords de la salle de consommation.',
    ],
    [
      'nl',
      'De oppositie eist een juridisch kader voor gebruiksruimtes.',
      'De burgemeester vraagt de bewoners om het bestaande wettelijk kader rond de gebruiksruimte te respecteren.',
    ],
    [
      'es',
      'La oposición urge al Gobierno a impulsar una norma que regule las salas de consumo.',
      'La ley que regula las salas de consumo en Cataluña data de hace más de una década.',
    ],
    [
      'pt',
      'A associação pede uma portaria que regule as salas de consumo.',
      'A câmara exige o cumprimento do quadro legal por parte da equipa da sala de consumo.',
    ],
    ['it', 'Solo una legge nazionale potrà dare una base certa alle stanze del consumo.', 'La legge che regola le stanze del consumo in Svizzera è del 2008.'],
  ] as [Lang, string, string][])(
    'in %s, a demand whose object is a legal instrument, a law wanted in the subjunctive or “only a law can” calls for the change; one kept or in force does not: “%s”',
    makesNot('change-law'),
  );

  it.each([
    [
      'en',
      'If Glasgow has a consumption room, why is Dundee still waiting for a consumption room of its own?',
      'Why are users still waiting outside the consumption room at night?',
    ],
    ['de', 'Frankfurt hat Konsumräume – warum muss Nürnberg immer noch auf einen Drogenkonsumraum warten?', 'Soll Nürnberg einen Drogenkonsumraum eröffnen?'],
    [
      'fr',
      'Pourquoi Marseille doit-elle encore attendre une salle de consommation ?',
      'Combien de temps les usagers attendent-ils avant d’entrer dans la salle de consommation ?',
    ],
    ['nl', 'Hoe lang moet Den Haag nog wachten op een gebruiksruimte?', 'Hoe lang wachten bezoekers gemiddeld voor er plaats is in de gebruiksruimte?'],
    ['es', '¿Por qué Málaga tiene que seguir sin una sala de consumo?', '¿Cuánto tiempo esperan los usuarios antes de entrar en la sala de consumo?'],
    ['pt', 'Porque é que Braga continua sem uma sala de consumo?', 'Quanto tempo esperam os utentes até entrar na sala de consumo?'],
    ['it', 'Perché Roma non può avere una stanza del consumo?', 'Il Comune aprirà una stanza del consumo entro l’anno?'],
  ] as [Lang, string, string][])(
    'in %s, a rhetorical question that a place still waits for a room, or may not have one, calls for it; an open question or users waiting at it does not: “%s”',
    makesNot('allow-facility'),
  );

  it('reads the waiting only with the room named within two words after it, and “until when” as an asker', () => {
    expect(claimsIn('Warum darf Stuttgart keinen Konsumraum haben?', 'de')).toContain('allow-facility');
    expect(claimsIn('Warum darf im Konsumraum kein Alkohol getrunken werden?', 'de')).not.toContain('allow-facility');
    expect(claimsIn('Wer wartet noch auf einen Platz im Konsumraum?', 'de')).not.toContain('allow-facility');
    expect(claimsIn('Jusqu’à quand Toulouse restera-t-elle sans halte soins addictions ?', 'fr')).toContain('allow-facility');
    expect(claimsIn('Jusqu’à quand la salle de consommation restera-t-elle ouverte le soir ?', 'fr')).not.toContain('allow-facility');
  });

  it('lets a question’s waiting stand for the call only where no cue of the call is: a real call cue still needs its frame', () => {
    expect(claimsIn('Why was it impossible to open the consumption room on time?', 'en')).not.toContain('allow-facility');
  });

  // A room asked for in an opening condition, its procedure after ("Should the city apply for a room, the state would
  // first have to…"), tells what would follow; a condition only naming rooms elsewhere leaves the call after it.
  it.each([
    ['en', 'Should Leeds apply for an overdose prevention centre, the Home Office would first have to issue a licence.'],
    ['de', 'Sollte der Bezirk einen Drogenkonsumraum beantragen, müsste zuerst das Land eine Erlaubnis erteilen.'],
    ['nl', 'Als Leuven ooit een gebruiksruimte zou openen, zou het parket eerst afspraken moeten maken.'],
    ['it', 'Qualora la città chiedesse una stanza del consumo, la Regione dovrebbe prima dare l’autorizzazione.'],
  ] as [Lang, string][])('in %s, a room asked for in a condition is no call for one: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps a call after a condition that only names rooms elsewhere', () => {
    expect(claimsIn('Si Bilbao lleva años con una sala de consumo, Vitoria también debería poder abrir una sala de consumo.', 'es')).toContain(
      'allow-facility',
    );
  });

  // A negated intention or plan before the change, words between or not ("n'envisage pas, à ce stade, de modifier").
  it.each([
    ['en', 'The Home Office does not, at this stage, intend to amend the Misuse of Drugs Act.'],
    ['fr', 'Le gouvernement n’envisage pas, à ce stade, de réviser la loi.'],
    ['pt', 'O Governo não tem planos de alterar a lei da droga.'],
    ['it', 'Il ministero non ha in programma di modificare la legge sulle droghe.'],
    ['nl', 'De minister overweegt op dit moment niet om de Opiumwet aan te passen.'],
  ] as [Lang, string][])('in %s, a negated intention refuses the law’s change: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('change-law');
  });

  it('keeps a change called for after a refused intention of something else, with a frame between', () => {
    expect(claimsIn('We have no intention of keeping quiet: Parliament must amend the law.', 'en')).toContain('change-law');
    // A cue of the change the refusal does not govern, in the next statement, keeps the call.
    expect(claimsIn('Niemand is van plan drugs te legaliseren, maar de Opiumwet moet worden aangepast.', 'nl')).toContain('change-law');
  });

  // A poll's shares report what those asked support, no one's call; a call beside a poll with no share stands.
  it.each([
    ['de', 'Laut einer Umfrage unterstützen 52 Prozent der Befragten einen Drogenkonsumraum.'],
    ['en', 'According to a survey, a majority of residents back a supervised injection site.'],
    ['es', 'Según un sondeo, el 60 por ciento apoya una sala de consumo supervisado.'],
  ] as [Lang, string][])('in %s, a poll’s share is no call for a room: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps a call beside a poll with no share, or in a clause other than the share’s', () => {
    expect(claimsIn('Die Initiative fordert einen Drogenkonsumraum und hat eine Umfrage gestartet.', 'de')).toContain('allow-facility');
    expect(claimsIn('Polls show 60 per cent of Scots back the rooms, so ministers should now allow one in Glasgow.', 'en')).toContain('allow-facility');
    expect(claimsIn('Campaigners, citing a survey of 2,000 residents, called for a consumption room in Leith.', 'en')).toContain('allow-facility');
  });

  // Others' calls told as heard, then rejected ("heard the calls for … but is not persuaded"), are no one's call.
  it.each([
    ['en', 'The leader said she had heard the calls for a consumption room but was not convinced.'],
    ['fr', 'Le préfet a entendu les appels pour une salle de consommation, mais n’est pas convaincu.'],
    ['it', 'Il sindaco ha ascoltato le richieste di una stanza del consumo, ma non è convinto.'],
  ] as [Lang, string][])('in %s, a call heard and rejected is no call: “%s”', (lang, sentence) => {
    expect(claimsIn(sentence, lang)).not.toContain('allow-facility');
  });

  it('keeps a call heard and taken up', () => {
    expect(claimsIn('The leader said she had heard the calls for a consumption room and now backs them.', 'en')).toContain('allow-facility');
    expect(claimsIn('Residents have heard the calls for a consumption room and back them, but the mayor rejects them.', 'en')).toContain('allow-facility');
  });

  // Rooms in general as what a law's change is for call for the change only; a room of its own, planned or placed, is called for too.
  it.each([
    ['de', 'Die Verbände fordern, das Betäubungsmittelgesetz zu ändern, um Drogenkonsumräume bundesweit zu erlauben.'],
    ['fr', 'Les soignants demandent de modifier la loi pour permettre les salles de consommation.'],
    ['nl', 'De artsen vragen de Opiumwet te wijzigen om gebruiksruimtes toe te staan.'],
  ] as [Lang, string][])('in %s, rooms in general as a law change’s purpose are no call for a room: “%s”', (lang, sentence) => {
    const claims = claimsIn(sentence, lang);
    expect(claims).toContain('change-law');
    expect(claims).not.toContain('allow-facility');
  });

  it('keeps the call for a room of its own that the law’s change is for', () => {
    expect(claimsIn('Les soignants demandent de modifier la loi pour permettre la salle de consommation prévue à Lille.', 'fr')).toEqual(
      expect.arrayContaining(['change-law', 'allow-facility']),
    );
  });
  // A call said by how its words stand (impliedCall): the opposite judged a folly, the opposite negated under a demand, a demand whose indefinite object is the room.
  it.each([
    [
      'folly',
      'en',
      'Pulling the plug on the supervised injection site would be reckless, the GP said.',
      'Pulling the plug on the supervised injection site would be the sensible course.',
    ],
    [
      'folly',
      'en',
      'It would be madness to close the consumption room, say its nurses.',
      'It would not be madness to close the consumption room, say its critics.',
    ],
    [
      'folly',
      'de',
      'Den Drogenkonsumraum abzuwickeln, wäre verantwortungslos, sagt die Ärztin.',
      'Den Drogenkonsumraum abzuwickeln, wäre kein Fehler, sagt der Stadtrat.',
    ],
    [
      'folly',
      'fr',
      'Ce serait une aberration de fermer la salle de consommation, juge le médecin.',
      'Fermer la salle de consommation serait la bonne décision, juge le riverain.',
    ],
    ['folly', 'nl', 'De gebruiksruimte opdoeken zou dwaasheid zijn, vindt de arts.', 'Niet sluiten van de gebruiksruimte zou waanzin zijn, vindt de buurt.'],
    [
      'folly',
      'es',
      'Cerrar ahora la sala de consumo sería un disparate, según la enfermera.',
      'Cerrar ahora la sala de consumo no sería ningún disparate, según el concejal.',
    ],
    ['folly', 'pt', 'Fechar a sala de consumo seria uma loucura, diz a médica.', 'Fechar a sala de consumo seria a decisão certa, diz o vereador.'],
    [
      'folly',
      'it',
      'Chiudere la stanza del consumo sarebbe una follia, dice la dottoressa.',
      'Chiudere la stanza del consumo sarebbe la scelta giusta, dice il consigliere.',
    ],
    [
      'not closing',
      'en',
      'Residents want assurances that the consumption room will not close.',
      'The manager said the consumption room will not close at Christmas.',
    ],
    ['not closing', 'es', 'Los médicos piden que la sala de consumo no cierre.', 'La directora dijo que la sala de consumo no cierra.'],
    ['not closing', 'fr', 'Les soignants demandent que la salle ne ferme pas.', 'La directrice dit que la salle ne ferme pas.'],
    ['object', 'en', 'The petition demands a new consumption room in Hackney.', 'Demand at the consumption room in Hackney has doubled.'],
    ['object', 'de', 'Die Linke fordert seit Jahren einen zweiten Drogenkonsumraum.', 'Der Drogenkonsumraum braucht dringend mehr Personal.'],
    ['object', 'de', 'Ein Brief, der einen weiteren Drogenkonsumraum verlangt, liegt vor.', 'Die Kammer verlangt keinen Drogenkonsumraum.'],
    ['object', 'fr', 'Les médecins réclament une deuxième salle de consommation.', 'Si les médecins réclament une salle de consommation, le préfet tranchera.'],
    ['object', 'nl', 'Rotterdam heeft dringend een tweede gebruiksruimte nodig.', 'Rotterdam heeft geen tweede gebruiksruimte nodig.'],
    ['object', 'es', 'Murcia necesita una sala de consumo supervisado cuanto antes.', 'La sala de consumo supervisado necesita más educadores.'],
    ['object', 'it', 'A Bari serve una stanza del consumo.', 'Alla stanza del consumo serve più personale.'],
  ] as [string, Lang, string, string][])('reads a call said by its construction (%s), in %s: “%s”', (_construction, lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  // A permission told as done (a perfect, a passive, a simple past, a green light received) is a decision reported, not argued:
  // an approval is no frame of the call; a modal, a demand or a judgement that it was right still is one.
  it.each([
    [
      'en',
      'It is right that the council has approved the consumption room in Leith.',
      'The council has approved the consumption room in Leith, which will open in spring.',
    ],
    ['en', 'The council should have approved the consumption room years ago.', 'The council approved the consumption room last week.'],
    ['de', 'Es ist richtig, dass der Stadtrat den Konsumraum genehmigt hat.', 'Der Stadtrat hat den Konsumraum am Bahnhof genehmigt.'],
    ['fr', 'Le préfet a eu raison d’autoriser la salle de consommation de Lille.', 'Le préfet a donné son feu vert à la salle de consommation de Lille.'],
    ['nl', 'Het is goed dat de raad de gebruiksruimte heeft goedgekeurd.', 'De raad keurde de gebruiksruimte vorige week goed.'],
    ['es', 'El pleno hizo bien en aprobar la sala de consumo de Bilbao.', 'El pleno aprobó la sala de consumo de Bilbao.'],
    ['pt', 'A câmara fez bem em aprovar a sala de consumo de Braga.', 'A câmara aprovou a sala de consumo de Braga.'],
    ['it', 'La Regione ha fatto bene ad approvare la stanza del consumo di Bari.', 'La Regione ha approvato la stanza del consumo di Bari.'],
  ] as [Lang, string, string][])('in %s, an approval told as done calls for nothing unless framed or judged right: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  it('keeps the call of a room that must still be approved, and of a motion asking for one', () => {
    expect(claimsIn('The consumption room must be approved before winter.', 'en')).toContain('allow-facility');
    expect(claimsIn('Le conseil municipal a approuvé une motion demandant une salle de consommation à Nice.', 'fr')).toContain('allow-facility');
  });

  // Let, the room named by a cue of it, and its opening: the permission itself, whatever room word names it.
  it.each([
    ['en', 'Campaigners have called on ministers to let the room open.', 'The health board says it cannot let the centre operate without a licence.'],
    [
      'de',
      'Der Verein appelliert an das Land, die Einrichtung endlich öffnen zu lassen.',
      'Die Stadt hat die Einrichtung im vergangenen Frühjahr öffnen lassen.',
    ],
    ['fr', 'Les soignants demandent au préfet de laisser la structure fonctionner.', 'Le préfet ne laissera pas la structure fonctionner sans médecin.'],
    ['nl', 'De buurt vraagt het stadsbestuur om de voorziening te laten draaien.', 'De burgemeester zal de voorziening niet laten draaien zonder toezicht.'],
    ['es', 'La plataforma pide al Gobierno que deje que el espacio abra por las noches.', 'El Gobierno no dejará que el espacio abra sin un médico.'],
    ['pt', 'A associação pede à câmara que deixe o espaço funcionar à noite.', 'O ministério não deixa o espaço funcionar sem um enfermeiro.'],
    ['it', 'Il comitato chiede alla Regione di lasciare che il servizio apra la domenica.', 'La Regione non lascerà che il servizio apra senza un medico.'],
  ] as [Lang, string, string][])('in %s, letting the room open is the permission: “%s”', (lang, makes, not) => makesNot('allow-facility')(lang, makes, not));

  it('reads a year-dated “let” inside the call’s own cue as told, and an imperative one as a call', () => {
    expect(claimsIn('The council let the room open in 2019 without a licence.', 'en')).toEqual([]);
    expect(claimsIn('Let the room open before another winter of deaths.', 'en')).toContain('allow-facility');
  });

  // A call's frame whose subject is a negative pronoun or determiner (negatedSubjectOf): no one makes the call; a frame the
  // negative subject does not govern (a reported clause after a negated denial, a correction naming who calls) keeps it.
  it.each([
    [
      'en',
      'Nobody but the health board wants a supervised consumption site in Leith.',
      'Not a single MSP from the city has called for a supervised consumption site.',
    ],
    ['en', 'No one on the board can deny that Dundee needs a consumption room.', 'None of the candidates backs a consumption room for Dundee.'],
    ['de', 'Niemand im Rat bestreitet, dass Bremen einen Drogenkonsumraum braucht.', 'Keine der Fraktionen im Bremer Rat fordert einen Drogenkonsumraum.'],
    ['fr', 'Personne ne peut nier que Rennes a besoin d’une salle de consommation.', 'Pas un seul élu rennais ne réclame une salle de consommation.'],
    ['nl', 'Niemand in de raad ontkent dat Arnhem een gebruiksruimte moet openen.', 'Niemand in de Arnhemse raad vraagt om een gebruiksruimte.'],
    [
      'es',
      'Nadie puede negar que Sevilla necesita una sala de consumo supervisado.',
      'Ninguno de los concejales de Sevilla pide una sala de consumo supervisado.',
    ],
    ['pt', 'Ninguém pode negar que Braga precisa de uma sala de consumo assistido.', 'Nenhum dos vereadores de Braga pede uma sala de consumo assistido.'],
    ['it', 'Nessuno può negare che Genova abbia bisogno di una stanza del consumo.', 'Nessuno in consiglio a Genova chiede una stanza del consumo.'],
  ] as [Lang, string, string][])('reads no call whose frame a negative subject refuses, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  it('keeps a negative subject that is no subject (“no doubt”) or turned round by a lack (“no city should be without”)', () => {
    expect(claimsIn('No doubt the mayor wants a consumption room before the election.', 'en')).toContain('allow-facility');
    expect(claimsIn('Nobody should die in a doorway when the city could open a room.', 'en')).not.toContain('allow-facility');
  });

  // A negated wish, plan or frame governing a verb that undoes or opposes the room (refusedUndoing): a call to keep it.
  it.each([
    ['en', 'The tenants do not want the consumption room on Bell Street to close.', 'The tenants do not want the consumption room on Bell Street to open.'],
    ['en', 'Nobody on the board wants the consumption room to shut.', 'The board does not plan to close the library on Bell Street.'],
    ['de', 'Die Händler wollen nicht, dass der Drogenkonsumraum schließt.', 'Die Händler wollen nicht, dass der Drogenkonsumraum öffnet.'],
    ['fr', 'La préfecture n’a pas l’intention de fermer la salle de consommation.', 'La préfecture n’a pas l’intention d’ouvrir une salle de consommation.'],
    ['nl', 'De wijkraad wil niet dat de gebruiksruimte dichtgaat of sluit.', 'De wijkraad wil niet dat de gebruiksruimte opengaat.'],
    ['es', 'El Gobierno vasco no piensa oponerse a la sala de consumo de Bilbao.', 'Los comerciantes no quieren que la sala de consumo abra en su calle.'],
    ['pt', 'Os comerciantes não querem que a sala de consumo assistido feche.', 'Os comerciantes não querem que a sala de consumo assistido abra.'],
    ['it', 'I commercianti non vogliono che la stanza del consumo chiuda.', 'I commercianti non vogliono che la stanza del consumo apra.'],
  ] as [Lang, string, string][])('reads a negated wish to undo the room as a call to keep it, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  // The room as the subject of a verb of staying, under a wish, modal or demand (keptCall): a call to keep it.
  it.each([
    ['en', 'The shopkeepers now say the consumption room must stay.', 'Clients of the consumption room must stay for half an hour after using.'],
    ['en', 'The residents want the consumption room to remain where it is.', 'The consumption room will remain until the lease runs out.'],
    ['de', 'Die Anwohner wollen inzwischen, dass der Konsumraum bleibt.', 'Der Konsumraum muss bis Montag geschlossen bleiben.'],
    [
      'fr',
      'Les commerçants souhaitent désormais que la salle de consommation reste.',
      'Les usagers de la salle de consommation doivent rester une demi-heure.',
    ],
    ['nl', 'De buurt wil nu dat de gebruiksruimte blijft.', 'De buurt hoort dat de afspraken over de gebruiksruimte ongewijzigd blijven.'],
    ['es', 'Los vecinos piden ahora que la sala de consumo se quede.', 'La sala de consumo se quedó sin enfermeras durante el verano.'],
    ['pt', 'Os comerciantes querem agora que a sala de consumo fique.', 'A sala de consumo ficou fechada durante a greve.'],
    ['it', 'I residenti chiedono che la stanza del consumo resti dov’è.', 'I residenti chiedono che gli utenti della stanza del consumo restino in fila.'],
  ] as [Lang, string, string][])('reads the room kept by a verb of staying under a wish as a call, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  it('reads no call to keep the room in a verb of staying with no governor, a negated one, or one kept shut', () => {
    expect(claimsIn('The consumption room stayed closed during the strike.', 'en')).toEqual([]);
    expect(claimsIn('The consumption room stays, the manager said.', 'en')).toEqual([]);
    expect(claimsIn('Les riverains ne veulent pas que la salle de consommation reste.', 'fr')).not.toContain('allow-facility');
    expect(claimsIn('The board says the consumption room should not stay.', 'en')).not.toContain('allow-facility');
    expect(claimsIn('De gebruiksruimte moet tijdens de verbouwing gesloten blijven.', 'nl')).toEqual([]);
  });

  it.each([
    ['fr', 'Que la salle de consommation soit maintenue, et vite.', 'La salle de consommation a été maintenue malgré la plainte.'],
    [
      'es',
      '«Que no nos cierren la sala de consumo», gritaban los usuarios.',
      'Los usuarios temen que no les cierren la sala de consumo a tiempo para el invierno.',
    ],
    ['pt', 'Que a sala de consumo fique, pedem os moradores.', 'A sala de consumo ficou, mas sem enfermeiros.'],
    ['it', 'Che la stanza del consumo resti dov’è, e per anni.', 'La stanza del consumo resterà, ha detto il gestore.'],
  ] as [Lang, string, string][])('reads a sentence opening as a wish (“que”, “che”) as the frame of keeping the room, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  it.each([
    ['en', 'Hands off our consumption room!', 'The consumption room’s staff took a hands-on approach.'],
    ['de', 'Finger weg vom Drogenkonsumraum!', 'Die Finger der Nutzer im Drogenkonsumraum waren vernarbt.'],
    ['fr', '« Touchez pas à notre salle de consommation ! »', 'Les usagers touchent leur allocation près de la salle de consommation.'],
    ['nl', 'Handen af van onze gebruiksruimte!', 'De handen van de bezoekers van de gebruiksruimte worden eerst ontsmet.'],
    ['es', '¡Manos fuera de la sala de consumo!', 'Las manos de los usuarios de la sala de consumo se desinfectan.'],
    ['pt', 'Tirem as mãos da sala de consumo!', 'As mãos dos utentes da sala de consumo são desinfetadas.'],
    ['it', 'Giù le mani dalla stanza del consumo!', 'Le mani degli utenti della stanza del consumo vengono disinfettate.'],
  ] as [Lang, string, string][])('reads “hands off” the room as a call to keep it, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  // A quote a slogan's carrier frames (sloganQuotes, sloganCall): the call of those who carry it.
  it.each([
    ['en', '‘Open the consumption room now,’ read the banner.', '‘Open the consumption room,’ the caretaker told the cleaners.'],
    ['en', '‘Keep the consumption room open,’ read the placards.', '‘Keep the consumption room open late?’ asked the placards.'],
    ['de', '„Konsumraum jetzt!“, skandierten die Demonstranten.', '„Kein Konsumraum jetzt!“, skandierten die Anwohner.'],
    ['fr', '« Ouvrez la salle de consommation ! », scandaient les manifestants.', '« Fermez la salle de consommation ! », scandaient les riverains.'],
    ['nl', '‘Houd de gebruiksruimte open’, stond op het spandoek.', '‘Houd de gebruiksruimte open’, zei de beheerder tegen de schoonmaker.'],
    ['es', '«Sala de consumo ya», rezaba la pancarta.', '«Ninguna sala de consumo ya», rezaba la pancarta.'],
    ['pt', '«Abram a sala de consumo!», gritavam os manifestantes.', '«Abram a sala de consumo», disse o segurança ao técnico.'],
    ['it', '«Aprite la stanza del consumo!», scandivano i manifestanti.', '«Chiudete la stanza del consumo!», scandivano i residenti.'],
  ] as [Lang, string, string][])('reads a quote a banner or chant frames as a call, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  // Extending a room (longer hours, made permanent, a fixed home, more time) is a call for it; a report of it done is none.
  it.each([
    [
      'en',
      'The nurses want the council to extend the opening hours of the consumption room.',
      'Last year the council extended the opening hours of the consumption room.',
    ],
    ['de', 'Der Bezirk will die Öffnungszeiten des Konsumraums ausweiten.', 'Der Bezirk hat die Öffnungszeiten des Konsumraums im Mai verlängert.'],
    ['fr', 'Les soignants demandent de pérenniser la salle de consommation.', 'La salle de consommation a élargi ses horaires en mai.'],
    ['nl', 'De buurt wil dat de gebruiksruimte een vaste plek krijgt.', 'De gemeente heeft de openingstijden van de gebruiksruimte in mei verruimd.'],
    ['es', 'Los vecinos piden ampliar el horario de la sala de consumo.', 'La consejería amplió el horario de la sala de consumo en mayo.'],
    ['pt', 'Os técnicos defendem dar morada fixa à sala de consumo.', 'A câmara alargou o horário da sala de consumo em maio.'],
    ['it', 'La cooperativa chiede di rendere stabile la stanza del consumo.', 'La Regione ha ampliato gli orari della stanza del consumo a maggio.'],
  ] as [Lang, string, string][])('reads a call to extend the room as a call for it, in %s: “%s”', (lang, makes, not) =>
    makesNot('allow-facility')(lang, makes, not),
  );

  it('reads a listed call after a negated closing as the call, the negator being the closing’s', () => {
    expect(claimsIn('Una recogida de firmas pide que la sala de consumo no cierre y amplíe su horario.', 'es')).toContain('allow-facility');
    expect(claimsIn('Una recogida de firmas pide que la sala de consumo no amplíe su horario.', 'es')).not.toContain('allow-facility');
  });

  it('reads no call in a negated demand or decision to undo the room, only in a negated wish or obligation', () => {
    expect(claimsIn('The union did not call for the consumption room to close.', 'en')).toEqual([]);
    expect(claimsIn('Der Stadtrat hat nicht beschlossen, den Drogenkonsumraum zu schließen.', 'de')).toEqual([]);
    expect(claimsIn('Nobody has asked the council to close the consumption room.', 'en')).toEqual([]);
    expect(claimsIn('The council should not close the consumption room.', 'en')).toContain('allow-facility');
    expect(claimsIn('The council has no plans to close the consumption room.', 'en')).toContain('allow-facility');
  });

  it.each([
    ['en', 'There is no evidence at all it has cut overdose deaths in the city.', 'There is no doubt that it has cut overdose deaths in the city.'],
    [
      'en',
      'It is simply not true that the room has cut overdose deaths in the city.',
      'The evaluation found evidence that the room has cut overdose deaths in the city.',
    ],
    [
      'de',
      'Es gibt keinerlei Beleg dafür, dass der Konsumraum Drogentote verhindert hat.',
      'Niemand bestreitet mehr, dass der Konsumraum Drogentote verhindert hat.',
    ],
    ['de', 'Dass der Raum Leben rettet, ist eine Behauptung, die niemand belegt hat.', 'Dass der Raum Leben rettet, ist inzwischen gut belegt.'],
    ['fr', 'Ce n’est pas vrai que la salle a sauvé des vies.', 'Personne ne conteste que la salle a sauvé des vies.'],
    ['nl', 'Het klopt gewoon niet dat de ruimte levens heeft gered.', 'Het klopt dat de ruimte levens heeft gered.'],
    ['es', 'No hay ninguna prueba de que la sala haya salvado vidas.', 'Nadie duda de que la sala ha salvado vidas.'],
    ['pt', 'Não há qualquer prova de que a sala tenha salvado vidas.', 'Ninguém pode negar que a sala salvou vidas.'],
    ['it', 'Non c’è alcuna prova che la stanza abbia salvato vite.', 'Nessuno può negare che la stanza abbia salvato vite.'],
  ] as [Lang, string, string][])(
    'in %s, a negator before a word of evidence or beside one of truth denies the claim: “%s”, not “%s”',
    (lang, denied, asserted) => {
      expect(claimsIn(denied, lang)).toEqual([]);
      expect(claimsIn(asserted, lang)).toContain('save-lives');
    },
  );

  it('denies no evidence from a negator of another clause or one joined by “and”, nor truth from a negator that does not close the judgment', () => {
    expect(claimsIn('Prohibition has failed and the evidence shows the room saves lives.', 'en')).toContain('save-lives');
    expect(claimsIn('It is true nobody has died of an overdose in the room since it opened.', 'en')).toContain('save-lives');
  });

  it.each([
    ['en', 'My brother was sick, not a criminal, his sister says.', 'My brother was sick, not a lazy man, his sister says.'],
    ['en', 'He needed a doctor rather than a prison cell.', 'The doctor did not call the police.'],
    ['de', 'Mein Bruder war nie ein Verbrecher, er war krank.', 'Mein Bruder war nie ein Faulpelz, er war krank.'],
    ['de', 'Sie brauchte einen Arzt, keinen Strafbefehl.', 'Die Ärztin hat die Polizei nicht gerufen.'],
    ['fr', 'Il avait besoin d’un médecin, pas d’une garde à vue.', 'Il avait besoin d’un médecin, pas d’un sermon.'],
    ['nl', 'Mijn dochter was ziek, geen crimineel.', 'Mijn dochter was ziek, geen luiaard.'],
    ['es', 'Mi hermano no era un delincuente, era un enfermo.', 'Mi hermano no era un vago, era un enfermo.'],
    ['pt', 'O meu filho precisava de tratamento, não de uma cela.', 'O meu filho precisava de tratamento, não de um sermão.'],
    ['it', 'Accolgono chi usa sostanze come un paziente e non come un sospettato.', 'Accolgono chi usa sostanze come un paziente e non come un ospite.'],
  ] as [Lang, string, string][])('in %s, illness set against crime says health-not-crime of whom the story is about: “%s”', (lang, makes, not) =>
    makesNot('health-not-crime')(lang, makes, not),
  );

  it('reads illness set against crime only in a story about the rooms', () => {
    expect(claimsIn('The patient was not a suspect in the robbery.', 'en', OTHER_STORY)).toEqual([]);
    expect(claimsIn('My brother was sick, not a criminal.', 'en', OTHER_STORY)).toEqual([]);
  });
});

describe('findClaims: an approach that achieved nothing', () => {
  it.each([
    [
      'futility',
      'en',
      'The fixed penalties handed out in Camden changed nothing on the estates, the ward councillor said.',
      'The fixed penalties handed out in Camden have not yet been evaluated.',
    ],
    [
      'futility',
      'de',
      'Die Platzverweise am Bahnhof haben die Szene nur verdrängt, sagt die Streetworkerin.',
      'Die Polizei sprach am Bahnhof zwölf Platzverweise aus.',
    ],
    [
      'futility',
      'fr',
      'Les évacuations du square n’ont fait que déplacer les usagers rue voisine, dit une riveraine.',
      'L’évacuation du square a eu lieu mardi à l’aube.',
    ],
    [
      'futility',
      'nl',
      'Het verjagen van gebruikers uit het park lost niets op, zegt de wijkagent.',
      'Het opjagen van gebruikers begon vorige week in het park.',
    ],
    [
      'futility',
      'es',
      'Las multas por consumo en la calle nunca han funcionado en este barrio, dice un vecino.',
      'Las multas por consumo en la calle se revisarán el año que viene.',
    ],
    [
      'futility',
      'pt',
      'As rusgas no bairro só deslocam os consumidores para a rua ao lado, diz uma moradora.',
      'As rusgas no bairro fecharam três casas de chuto no mês passado.',
    ],
    ['futility', 'it', 'Gli sgomberi del parco non hanno mai funzionato, dice un residente.', 'Gli sgomberi del parco sono stati eseguiti all’alba.'],
    [
      'years with a harm rising',
      'en',
      'Thirty years of crackdowns in Dublin, and overdose deaths keep climbing, the coroner warned.',
      'Thirty years of crackdowns: arrests in Dublin have climbed every year, police said.',
    ],
    [
      'years with a harm rising',
      'de',
      'Seit vierzig Jahren Strafverfolgung, und die Zahl der Drogentoten steigt, sagt der Arzt.',
      'Seit vierzig Jahren Strafverfolgung: Die Festnahmen steigen, meldet die Polizei.',
    ],
    [
      'years with a harm rising',
      'fr',
      'Vingt ans de répression à Lyon, et les overdoses augmentent encore, alerte la médecin.',
      'Les overdoses augmentent à Lyon, alerte la médecin.',
    ],
    [
      'years with a harm rising',
      'nl',
      'Dertig jaar repressie in Luik, en het aantal doden stijgt nog altijd, zegt de arts.',
      'Het aantal doden stijgt nog altijd, zegt de arts.',
    ],
    [
      'years with a harm rising',
      'es',
      'Dos décadas de mano dura en Bilbao y las muertes siguen en aumento, dice la médica.',
      'Dos décadas de mano dura en Bilbao: las detenciones aumentan cada año.',
    ],
    [
      'years with a harm rising',
      'pt',
      'Duas décadas de repressão em Lisboa e as mortes continuam a aumentar, diz a médica.',
      'As mortes continuam a aumentar em Lisboa, diz a médica.',
    ],
    [
      'years with a harm rising',
      'it',
      'Trent’anni di linea dura a Napoli e le morti continuano ad aumentare, dice il medico.',
      'Trent’anni di linea dura a Napoli: gli arresti aumentano ogni anno.',
    ],
    [
      'enforcement as a cycle',
      'en',
      'Police pick up the same faces every week and the courts let them go: a merry-go-round, the inspector said.',
      'The fair’s merry-go-round will stay on the square until Sunday, the inspector said.',
    ],
    [
      'enforcement as a cycle',
      'de',
      'Die Polizei schickt die Leute von einer Ecke zur nächsten, ein Karussell ohne Ende, sagt die Anwohnerin.',
      'Das Karussell auf dem Marktplatz dreht sich bis Sonntag, sagt die Anwohnerin.',
    ],
    [
      'enforcement as a cycle',
      'fr',
      'Garde à vue, sortie, retour au même coin : on tourne en rond, soupire un policier.',
      'Le manège de la place tourne jusqu’à dimanche, dit un forain.',
    ],
    [
      'enforcement as a cycle',
      'nl',
      'Oppakken, vrijlaten en weer oppakken: de politie zit al jaren in een draaideur, zegt de agent.',
      'De draaideur van het stadhuis is al weken kapot, zegt de bode.',
    ],
    [
      'enforcement as a cycle',
      'es',
      'Calabozo, juicio y otra vez a la calle: una puerta giratoria que no acaba nunca, dice el agente.',
      'La puerta giratoria del hotel se atascó durante la mañana, dice el conserje.',
    ],
    [
      'enforcement as a cycle',
      'pt',
      'Detenção, tribunal e de novo para a rua: é um carrossel que não pára, diz o agente.',
      'O carrossel da feira fica na praça até domingo, diz o feirante.',
    ],
    [
      'enforcement as a cycle',
      'it',
      'Arresti e rilasci a ripetizione: una giostra che non finisce mai, dice l’agente.',
      'La giostra della fiera resterà in piazza fino a domenica, dice il giostraio.',
    ],
  ] as [string, Lang, string, string][])('reads an approach that failed (%s), in %s: “%s”', (_construction, lang, makes, not) =>
    makesNot('current-approach-failing')(lang, makes, not),
  );

  it('refuses an enduredAt part the claim does not have', () => {
    const model = structuredClone(dataset.claims) as unknown as { claims: { id: string; enduredAt?: string }[] };
    model.claims.find((claim) => claim.id === 'current-approach-failing')!.enduredAt = 'nonexistent';
    expect(() => parseClaims(model)).toThrow();
  });
});

describe('findClaims: handcuffs that cure nothing, a war on the sick', () => {
  // A punishment tool set against curing an addiction, or a war waged on the sick, says addiction is for medicine, not for the law;
  // the same cure and the same handcuffs with no addiction to cure (a wound) say nothing.
  it.each([
    ['en', 'No one was ever cured of a drug habit by a prison sentence, the nurse said.', 'The nurse said the prisoner was cured of his fever within a week.'],
    ['de', 'Keine Sucht wird mit Handschellen geheilt, sagt der Arzt.', 'Die Wunde von den Handschellen ist inzwischen geheilt, sagt der Arzt.'],
    [
      'fr',
      'On a fait la guerre aux malades au lieu de soigner les usagers, dit le médecin.',
      'La guerre a laissé des milliers de malades sans médecin, dit le rapport.',
    ],
    ['nl', 'Verslaving genees je niet in een gevangeniscel, zegt de arts.', 'De wond van de handboeien is inmiddels genezen, zegt de arts.'],
    ['es', 'Ninguna adicción se cura con una multa o una celda, dice la médica.', 'La herida de las esposas ya se ha curado, dice la médica.'],
    ['pt', 'A dependência não se cura com algemas nem com cadeia, diz o médico.', 'A ferida das algemas já curou, diz o médico.'],
    ['it', 'La dipendenza non si cura con il carcere, dice la psichiatra.', 'La ferita delle manette ormai si cura da sola, dice la psichiatra.'],
  ] as [Lang, string, string][])('reads handcuffs against a cure as health, not crime, in %s: “%s”', (lang, makes, not) =>
    makesNot('health-not-crime')(lang, makes, not),
  );
});

describe('findClaims: comfort offered to someone in peril', () => {
  // A cushion at the bottom of the well, a comfier chair for the drowning: the room as comfort where rescue is due says use should be
  // ended, not eased; the same cushion or mattress with no peril (a rest area) says nothing.
  it.each([
    [
      'en',
      'Funding the room is putting a mattress at the bottom of the pit instead of a ladder, the MP said.',
      'The room has a mattress in the rest area and a ladder to the loft, the MP said.',
    ],
    [
      'de',
      'Der Raum sei ein weicheres Polster für Leute, die untergehen, statt einer Rettungsleine, so der Stadtrat.',
      'Der Raum habe weichere Polster auf den Stühlen, so der Stadtrat.',
    ],
    [
      'fr',
      'Cette salle, c’est un matelas au fond du gouffre, pas une main tendue, juge le maire.',
      'La salle a un matelas au fond de la pièce de repos, précise le maire.',
    ],
    [
      'nl',
      'De ruimte is een comfortabeler bed voor wie aan het zinken is, zegt het raadslid.',
      'De ruimte heeft een comfortabeler bed voor de nachtdienst, zegt het raadslid.',
    ],
    [
      'es',
      'La sala es un colchón en el fondo del pozo, no una cuerda para salir, dice el concejal.',
      'La sala tiene un colchón en la zona de descanso, dice el concejal.',
    ],
    ['pt', 'A sala é uma almofada no fundo do poço, não uma corda, diz o vereador.', 'A sala tem uma almofada em cada cadeira, diz o vereador.'],
    [
      'it',
      'La stanza è un materasso sul fondo del pozzo, non una corda, dice il consigliere.',
      'La stanza ha un materasso nella zona di riposo, dice il consigliere.',
    ],
  ] as [Lang, string, string][])('reads comfort offered in peril as prevention wanted, in %s: “%s”', (lang, makes, not) =>
    makesNot('prevent-not-facilitate')(lang, makes, not),
  );
});

describe('findClaims: telling the young that drug use is normal', () => {
  // A verb of telling, a young addressee, "that" and a word of normality, in that order and near each other: the room as a lesson
  // that use is normal says use should be prevented; the same lesson about exams or mistakes, with no drug named, says nothing.
  it.each([
    [
      'en',
      'A room like that tells kids on the estate that shooting heroin is no big deal, the pastor said.',
      'The nurse tells kids on the estate that feeling anxious is no big deal, the pastor said.',
    ],
    [
      'de',
      'Der Raum zeigt Kindern im Viertel, dass Heroin harmlos ist, sagt der Pfarrer.',
      'Der Kurs zeigt Kindern im Viertel, dass Fehler harmlos sind, sagt der Pfarrer.',
    ],
    [
      'fr',
      'Cette salle montre aux gamins de la cité que l’héroïne est banale, accuse le député.',
      'Ce film montre aux gamins de la cité que l’échec est banal, dit le député.',
    ],
    [
      'nl',
      'Zo’n ruimte leert pubers in de buurt dat heroïne gebruiken normaal is, vindt de partij.',
      'De cursus leert pubers in de buurt dat falen normaal is, vindt de partij.',
    ],
    [
      'es',
      'La sala enseña a los chavales del barrio que inyectarse heroína es normal, protesta la vecina.',
      'El taller enseña a los chavales del barrio que equivocarse es normal, dice la vecina.',
    ],
    [
      'pt',
      'A sala ensina aos jovens do bairro que injetar heroína é banal, acusa a vereadora.',
      'O projeto ensina aos jovens do bairro que errar é normal, diz a vereadora.',
    ],
    [
      'it',
      'La stanza insegna ai ragazzini del quartiere che farsi di eroina è normale, accusa la consigliera.',
      'Il corso insegna ai ragazzini del quartiere che sbagliare è normale, dice la consigliera.',
    ],
  ] as [Lang, string, string][])('reads use told normal to the young as prevention wanted, in %s: “%s”', (lang, makes, not) =>
    makesNot('prevent-not-facilitate')(lang, makes, not),
  );
});

describe('findClaims: reports and descriptions that make no claim, and records and contrasts that make one', () => {
  // Per construction and language: a sentence the construction leaves making the claim, and one it keeps from making it.
  it.each([
    [
      'a ruling-out before or round the change',
      'change-law',
      'en',
      'The mayor ruled out a referendum, but insisted that Parliament must amend the drugs law.',
      'The Home Office has ruled out, for the time being, any change to the drugs law that would allow supervised injection rooms.',
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'de',
      'Der Bürgermeister schloss ein Bürgerbegehren aus, forderte aber, dass der Bund das Betäubungsmittelgesetz ändern müsse.',
      'Das Gesundheitsministerium schließt eine Änderung des Betäubungsmittelgesetzes für Konsumräume vorerst aus.',
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'fr',
      "Le maire écarte l'idée d'un référendum mais demande que le Parlement modifie la loi sur les stupéfiants.",
      "Le ministère de l'Intérieur écarte pour l'heure toute réforme de la loi qui permettrait d'ouvrir des salles de consommation.",
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'nl',
      'De burgemeester sluit een referendum uit, maar vindt dat de Opiumwet moet worden aangepast.',
      'De minister sluit een wijziging van de Opiumwet voor gebruiksruimtes voorlopig uit.',
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'es',
      'El alcalde descarta un referéndum, pero exige que se cambie la ley para que la sala pueda abrir.',
      'La Delegación del Gobierno descarta de momento reformar la ley para dar cobertura a las salas de consumo.',
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'pt',
      'O autarca exclui um referendo, mas exige que a lei seja alterada para que a sala possa abrir.',
      'O Ministério da Saúde exclui, para já, qualquer revisão da lei que permita abrir salas de consumo assistido.',
    ],
    [
      'a ruling-out before or round the change',
      'change-law',
      'it',
      'Il sindaco esclude un referendum, ma chiede che il Parlamento modifichi la legge sulle droghe.',
      'Il Viminale esclude per ora qualsiasi modifica della legge sulle droghe per consentire le stanze del consumo.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'en',
      'The evaluators say the fall in overdose deaths can be attributed to the room and to nothing else.',
      'It is too early to tell whether the Glasgow room is behind the drop in overdose deaths, the evaluators say.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'de',
      'Der Rückgang der Drogentoten ist eindeutig dem Konsumraum zuzuschreiben, sagt die Gutachterin.',
      'Es sei zu früh, den Rückgang der Drogentoten dem Konsumraum zuzuschreiben, heißt es im Gutachten.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'fr',
      "La baisse des décès par overdose est clairement à attribuer à la salle, affirme l'évaluatrice.",
      'Pour les évaluateurs, il est trop tôt pour attribuer à la salle la baisse des décès par overdose.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'nl',
      'De daling van het aantal overdosisdoden is volgens de onderzoekster duidelijk aan de gebruiksruimte toe te schrijven.',
      'Volgens de onderzoekers is het te vroeg om de daling van het aantal overdosisdoden aan de gebruiksruimte te koppelen.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'es',
      'El descenso de las muertes por sobredosis se puede atribuir claramente a la sala, afirma la evaluadora.',
      'Los evaluadores consideran prematuro atribuir a la sala el descenso de las muertes por sobredosis.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'pt',
      'A descida das mortes por overdose pode atribuir-se claramente à sala, garante a avaliadora.',
      'Os dados ainda não permitem atribuir à sala a descida das mortes por overdose, sublinha o relatório.',
    ],
    [
      'too early to say, or no attributing the fall to the room',
      'save-lives',
      'it',
      'Il calo delle morti per overdose va attribuito alla stanza del consumo, sostiene la ricercatrice.',
      'Secondo i ricercatori è troppo presto per attribuire alla stanza del consumo il calo delle morti per overdose.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'en',
      'A room may only operate if the law is changed, so ministers must change it.',
      'Under the Misuse of Drugs Act, a supervised injection room may only operate if the Home Office grants an exemption.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'de',
      'Konsumräume dürfen nur arbeiten, wenn das Gesetz geändert wird – also muss der Bundestag es ändern.',
      'Laut Gesetz dürfen Konsumräume nur dann arbeiten, wenn die Landesregierung eine Rechtsverordnung erlassen hat.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'fr',
      'Ces salles ne peuvent ouvrir que si la loi change : il faut donc la modifier.',
      "Le code de la santé publique n'autorise ces salles que si un décret modifie le cadre réglementaire.",
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'nl',
      'Een gebruiksruimte mag alleen open als de wet verandert, dus moet het kabinet de Opiumwet aanpassen.',
      'Volgens de Opiumwet mag een gebruiksruimte alleen open als de minister een ontheffing verleent.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'es',
      'Una sala solo puede abrir si la ley cambia, así que el Congreso debe reformarla.',
      'Según la ley, una sala de consumo solo puede funcionar si el Ministerio de Sanidad concede una exención.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'pt',
      'Uma sala só pode abrir se a lei mudar, por isso o Parlamento tem de alterar a lei.',
      'Pela lei atual, uma sala de consumo só pode funcionar se o Governo aprovar uma exceção à lei da droga.',
    ],
    [
      'a condition the law sets after “only”',
      'change-law',
      'it',
      'Le stanze del consumo possono funzionare solo se la legge cambia, quindi il Parlamento deve modificare la legge.',
      'Per la legge, una stanza del consumo può funzionare solo se il ministero concede una deroga.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'en',
      '"Since the room opened, overdose deaths on our street have halved," said a mother whose son works there.',
      '"I will never support it," said a mother whose daughter died of an overdose two years ago.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'de',
      '„Seit der Konsumraum offen ist, hat sich die Zahl der Drogentoten halbiert“, sagt eine Mutter, deren Sohn dort arbeitet.',
      '„Ich halte davon nichts“, sagt ein Vater aus Kassel, dessen Sohn an einer Überdosis gestorben ist.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'fr',
      "« Depuis l'ouverture de la salle, les décès par overdose ont diminué de moitié », dit une mère dont le fils y travaille.",
      "« Je n'y crois pas », dit une mère dont le fils est mort d'une overdose l'an dernier.",
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'nl',
      '"Sinds de gebruiksruimte open is, is het aantal overdosisdoden gehalveerd," zegt een vader wiens dochter er werkt.',
      '"Ik geloof er niet in," zegt een vader wiens zoon aan een overdosis overleed.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'es',
      '«Desde que abrió la sala, las muertes por sobredosis se han reducido a la mitad», dice una madre, cuyo hijo trabaja allí.',
      '«No me convence», dice una madre, cuyo hijo murió de sobredosis hace tres años.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'pt',
      '«Desde que a sala abriu, as mortes por overdose caíram para metade», diz um pai, cujo filho lá trabalha.',
      '«Não acredito nisso», diz um pai, cujo filho morreu de overdose há dois anos.',
    ],
    [
      'a death told in the speaker’s description',
      'save-lives',
      'it',
      '«Da quando la stanza ha aperto, le morti per overdose si sono dimezzate», dice una madre, il cui figlio ci lavora.',
      '«Non ci credo», dice una madre, il cui figlio è morto di overdose due anni fa.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'en',
      'Since the room opened, overdose deaths in the district have fallen rather than risen.',
      'Overdose deaths in the city keep rising instead of falling, the coroner warns.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'de',
      'Seit der Konsumraum offen ist, sinkt die Zahl der Drogentoten, statt weiter zu steigen.',
      'Die Zahl der Drogentoten steigt statt zu sinken, warnt die Suchthilfe.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'fr',
      "Depuis l'ouverture de la salle, les décès par overdose baissent au lieu d'augmenter.",
      'Les décès par overdose augmentent au lieu de baisser, alerte le médecin.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'nl',
      'Sinds de gebruiksruimte open is, daalt het aantal overdosisdoden in plaats van te stijgen.',
      'Het aantal overdosisdoden stijgt in plaats van te dalen, waarschuwt de arts.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'es',
      'Desde que abrió la sala, las muertes por sobredosis bajan en lugar de subir.',
      'Las muertes por sobredosis suben en lugar de bajar, advierte la médica.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'pt',
      'Desde que a sala abriu, as mortes por overdose diminuem em vez de aumentar.',
      'As mortes por overdose sobem em vez de descer, alerta a médica.',
    ],
    [
      'a reduction set aside by “instead of”',
      'save-lives',
      'it',
      'Da quando la stanza ha aperto, le morti per overdose diminuiscono invece di aumentare.',
      'Le morti per overdose aumentano invece di calare, avverte il medico.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'en',
      'Since the injection room opened, shopkeepers on the square say, needles in their doorways have fallen sharply.',
      'Shopkeepers on the square fear their takings will fall if the injection room opens next door.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'de',
      'Seit der Konsumraum offen ist, liegen nach Angaben der Händler deutlich weniger Spritzen in den Hauseingängen.',
      'Die Händler am Platz fürchten, dass ihr Umsatz sinkt, wenn nebenan der Konsumraum öffnet.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'fr',
      "Depuis l'ouverture de la salle, les seringues abandonnées dans les halls d'immeuble ont nettement diminué, disent les commerçants.",
      "Les commerçants de la place craignent que leur chiffre d'affaires baisse si la salle ouvre à côté.",
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'nl',
      'Sinds de gebruiksruimte open is, liggen er volgens de winkeliers veel minder spuiten in de portieken.',
      'Winkeliers op het plein vrezen dat hun omzet daalt als de gebruiksruimte ernaast opengaat.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'es',
      'Desde que abrió la sala, las jeringuillas en los portales han disminuido mucho, dicen los comerciantes.',
      'Los comerciantes de la plaza temen que su facturación caiga si la sala de consumo abre al lado.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'pt',
      'Desde que a sala abriu, as seringas nas portas dos prédios diminuíram muito, dizem os comerciantes.',
      'Os comerciantes da praça temem que a faturação desça se a sala de consumo abrir ao lado.',
    ],
    [
      'a fall of takings or turnover',
      'reduce-public-harm',
      'it',
      'Da quando la stanza ha aperto, le siringhe nei portoni sono molto diminuite, dicono i commercianti.',
      'I commercianti della piazza temono che il fatturato cali se la stanza del consumo apre accanto.',
    ],
    [
      'a fall of funding, said of the street teams',
      'reduce-public-harm',
      'pt',
      'Desde que a sala abriu, as seringas nas ruas do bairro caíram para metade, diz a junta de freguesia.',
      'A política atual está a falhar, diz o relatório, porque o financiamento das equipas de rua caiu para metade numa década.',
    ],
    [
      'a fall of funding, said of the street teams',
      'reduce-public-harm',
      'en',
      'Since the room opened, needles in the streets around the station have halved, the council says.',
      'The budget of the street outreach teams has halved since 2015, the charity says.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'en',
      'In five years of running the room, we have not lost a single client to an overdose, the manager says.',
      'The outreach team has not lost a single day of funding since the room opened, the manager says.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'de',
      'Seit der Eröffnung ist im Konsumraum kein Mensch an einer Überdosis gestorben, sagt die Leiterin.',
      'Der Konsumraum hat seit der Eröffnung keinen einzigen Tag geschlossen, sagt die Leiterin.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'fr',
      "« En sept ans, nous n'avons perdu personne dans la salle », dit l'infirmière.",
      "« En sept ans, nous n'avons perdu aucun financement pour la salle », dit l'infirmière.",
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'nl',
      '"In zes jaar zijn we in de gebruiksruimte niemand verloren," zegt de coördinator.',
      '"In zes jaar zijn we geen enkele subsidie voor de gebruiksruimte verloren," zegt de coördinator.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'es',
      'En quince años, la sala no ha registrado ni un solo fallecimiento por sobredosis, asegura su directora.',
      'En quince años, la sala no ha cerrado ni un solo día, asegura su directora.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'pt',
      '«Em doze anos, não perdemos ninguém dentro da sala», garante a enfermeira.',
      '«Em doze anos, não perdemos um único dia de funcionamento da sala», garante a enfermeira.',
    ],
    [
      'losing nobody, not a day',
      'save-lives',
      'it',
      "«In dieci anni non abbiamo perso nessuno nella stanza del consumo», dice l'operatrice.",
      "«In dieci anni non abbiamo perso un solo giorno di apertura nella stanza del consumo», dice l'operatrice.",
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'en',
      "Parents outside St Mary's no longer step over anyone at the gates since the room opened.",
      "Parents outside St Mary's still step over people at the gates every morning, room or no room.",
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'de',
      'Seit der Eröffnung des Konsumraums müssen Reisende am Bahnhof nicht mehr über Abhängige hinwegsteigen.',
      'Am Bahnhof muss man noch immer über Abhängige hinwegsteigen, sagt der Schaffner.',
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'fr',
      "Depuis que la salle a ouvert, les clients n'ont plus à enjamber quelqu'un devant la pharmacie.",
      'Les clients de la pharmacie doivent encore enjamber des gens chaque matin, dit le pharmacien.',
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'nl',
      'Sinds de opening van de gebruiksruimte hoeven klanten niet meer over gebruikers heen te stappen.',
      'Klanten moeten nog steeds over gebruikers heen stappen bij de ingang, zegt de winkelier.',
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'es',
      'Desde que abrió la sala, los clientes ya no tienen que pasar por encima de nadie en la puerta.',
      'Los clientes siguen teniendo que pasar por encima de gente en la puerta, dice el farmacéutico.',
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'pt',
      'Desde que a sala abriu, os clientes já não têm de passar por cima de ninguém à porta da farmácia.',
      'Os clientes continuam a passar por cima de pessoas à porta da farmácia, diz o farmacêutico.',
    ],
    [
      'stepping over users no more',
      'reduce-public-harm',
      'it',
      'Da quando la stanza ha aperto, i clienti non devono più scavalcare nessuno davanti alla farmacia.',
      'I clienti devono ancora scavalcare persone davanti alla farmacia ogni mattina, dice il farmacista.',
    ],
    [
      'a revival done to someone',
      'save-lives',
      'en',
      'Last night a man who collapsed in booth three was revived by a nurse and went home on foot.',
      "Ambulance crews in Leeds revived fewer people this spring than last, the trust's figures show.",
    ],
    [
      'a revival done to someone',
      'save-lives',
      'de',
      'Im Konsumraum wurde gestern eine Frau nach einer Überdosis reanimiert, sagt die Leiterin.',
      'Ob im Konsumraum gestern eine Frau reanimiert wurde, wollte die Leiterin nicht sagen.',
    ],
    [
      'a revival done to someone',
      'save-lives',
      'fr',
      'Hier soir, un usager a été réanimé dans la salle et il est rentré chez lui à pied.',
      "Les pompiers de Lille ont réanimé moins de personnes cet hiver que l'an dernier.",
    ],
    [
      'a revival done to someone',
      'save-lives',
      'nl',
      'Gisteravond werd een man in de gebruiksruimte gereanimeerd, zegt de verpleegkundige.',
      'De raad wil weten of er gisteravond iemand in de gebruiksruimte is gereanimeerd.',
    ],
    [
      'a revival done to someone',
      'save-lives',
      'es',
      'Anoche un usuario fue reanimado en la sala y volvió a casa por su propio pie.',
      'Los bomberos de Bilbao reanimaron a menos personas este invierno que el anterior.',
    ],
    [
      'a revival done to someone',
      'save-lives',
      'pt',
      'Ontem à noite um utente foi reanimado na sala e saiu pelo próprio pé, conta a enfermeira.',
      'Os bombeiros de Braga reanimaram menos pessoas este inverno do que no anterior.',
    ],
    [
      'a revival done to someone',
      'save-lives',
      'it',
      'Ieri sera un ragazzo è stato rianimato nella stanza ed è tornato a casa a piedi.',
      'Il comitato vuole sapere se ieri sera qualcuno sia stato rianimato nella stanza.',
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'en',
      "Someone hooked on heroin belongs in a doctor's waiting room, not in a police cell, the GP told the inquiry.",
      "The clinic's waiting room was refurbished last year, and the old police cell next door became a store room.",
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'de',
      'Wer abhängig ist, gehört ins Wartezimmer und nicht in die Arrestzelle, sagt die Suchtärztin.',
      'Das Wartezimmer der Praxis wurde renoviert, die alte Arrestzelle im Keller dient nun als Lager.',
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'fr',
      "La place d'un usager de drogues est dans une salle d'attente, pas dans une cellule de garde à vue, insiste le médecin.",
      "La salle d'attente du centre a été repeinte, et l'ancienne cellule du commissariat sert de réserve.",
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'nl',
      'Een verslaafde hoort in de wachtkamer van de huisarts, niet in een politiecel, zegt de arts.',
      'De wachtkamer van de huisarts is vernieuwd en de oude politiecel dient nu als opslag.',
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'es',
      'Un drogodependiente necesita una consulta, no un calabozo, sostiene la médica.',
      'La sala de espera del centro de salud se reformó el año pasado y el antiguo calabozo es hoy un almacén.',
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'pt',
      'Um toxicodependente precisa de uma consulta, não de uma cela, defende o médico.',
      'A sala de espera do centro de saúde foi renovada e a antiga cela da esquadra é agora uma arrecadação.',
    ],
    [
      'the waiting room, not the cell',
      'health-not-crime',
      'it',
      'Un tossicodipendente ha bisogno di una visita medica, non di una cella, sostiene il medico.',
      "La sala d'attesa dell'ambulatorio è stata rinnovata e la vecchia cella della questura ora è un magazzino.",
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'en',
      'Forty years of crackdowns have bought us bigger drug markets and fuller prisons, the criminologist writes.',
      'Forty years of the jazz festival have bought us a livelier city centre, the economist writes.',
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'de',
      'Zwanzig Jahre Repression haben der Stadt vor allem eines erreicht: mehr Drogentote, schreibt die Ökonomin.',
      'Zwanzig Jahre Stadtfest haben der Stadt vor allem eines erreicht: mehr Besucher, schreibt die Ökonomin.',
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'fr',
      "Vingt ans de répression ne nous ont laissé que des prisons pleines, écrit l'économiste.",
      "Vingt ans de festival ne nous ont laissé que de bons souvenirs, écrit l'économiste.",
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'nl',
      'Dertig jaar repressie heeft ons alleen maar vollere cellen opgeleverd, schrijft de econoom.',
      'Dertig jaar stadsfestival heeft ons alleen maar meer toeristen opgeleverd, schrijft de econoom.',
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'es',
      'Veinte años de mano dura solo han conseguido llenar las cárceles, escribe el economista.',
      'Veinte años de festival solo han conseguido llenar los hoteles, escribe el economista.',
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'pt',
      'Vinte anos de repressão só conseguiram encher as prisões, escreve o economista.',
      'Vinte anos de festival só conseguiram encher os hotéis, escreve o economista.',
    ],
    [
      'years of an approach and what they left',
      'current-approach-failing',
      'it',
      "Vent'anni di repressione ci hanno lasciato carceri piene e piazze di spaccio intatte, scrive l'economista.",
      "Vent'anni di festival ci hanno lasciato alberghi pieni e piazze animate, scrive l'economista.",
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'en',
      'We used to find needles in the playground every morning; now the caretaker finds crisp packets, the headteacher says.',
      'We used to find a few needles in the playground; now we find dozens of needles there every morning, the headteacher says.',
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'de',
      '„Früher lagen vor unserer Tür jeden Morgen Spritzen, heute kehren wir nur noch Laub“, erzählt die Wirtin.',
      '„Früher lagen vor unserer Tür ab und zu Spritzen, heute liegen dort jeden Morgen Dutzende Spritzen“, erzählt die Wirtin.',
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'fr',
      "« Avant, on trouvait des seringues dans le bac à sable ; aujourd'hui, les enfants y jouent tranquillement », raconte la directrice de l'école.",
      "« Avant, on trouvait parfois une seringue ; aujourd'hui, on trouve des seringues partout », raconte la directrice de l'école.",
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'nl',
      '"Vroeger lagen hier elke ochtend spuiten in de zandbak, nu spelen de kinderen er gewoon," vertelt de juf.',
      '"Vroeger lagen hier af en toe spuiten, nu liggen er elke ochtend tientallen spuiten in de zandbak," vertelt de juf.',
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'es',
      '«Antes barríamos jeringuillas del portal cada mañana; ahora solo barremos hojas», cuenta la portera.',
      '«Antes aparecía alguna jeringuilla; ahora aparecen jeringuillas en cada portal», cuenta la portera.',
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'pt',
      '«Antes apanhávamos seringas no recreio todas as manhãs; agora as crianças brincam à vontade», conta a educadora.',
      '«Antes aparecia uma seringa de vez em quando; agora aparecem seringas em todo o recreio», conta a educadora.',
    ],
    [
      'a harm of the past habit, gone now',
      'reduce-public-harm',
      'it',
      '«Prima raccoglievamo siringhe nel cortile ogni mattina; ora i bambini ci giocano tranquilli», racconta la maestra.',
      '«Prima trovavamo qualche siringa; ora troviamo siringhe in tutto il cortile», racconta la maestra.',
    ],
  ] as [string, string, Lang, string, string][])('%s (%s), in %s: “%s”', (_construction, claim, lang, makes, not) => makesNot(claim)(lang, makes, not));

  it('keeps a change a condition opening the sentence says, and a change a negated ruling-out leaves open to be called for', () => {
    expect(claimsIn('Only when the law changes can a consumption room open.', 'en')).toContain('change-law');
    expect(claimsIn('The minister does not rule out that the law must change to allow a consumption room.', 'en')).toContain('change-law');
  });

  it('keeps a fall said of the harm named again now', () => {
    expect(claimsIn('Früher lagen hier jeden Morgen Spritzen, heute liegen kaum noch Spritzen im Park.', 'de')).toContain('reduce-public-harm');
  });

  it('reads no harm gone from a dated past or from a call now', () => {
    expect(claimsIn('Dieci anni fa la piazza era una piazza di spaccio; oggi ospita un mercato e la stanza è a due isolati.', 'it')).toEqual([]);
    expect(
      claimsIn('Antes de que abriera la sala morían muchos usuarios por sobredosis en la calle; ahora el ayuntamiento quiere cerrarla.', 'es'),
    ).not.toContain('save-lives');
  });

  it('keeps a claim said after a too-early dispute, in the next statement', () => {
    expect(claimsIn('It is too early to say whether crime fell; but the room has saved forty lives.', 'en')).toContain('save-lives');
  });

  it('reads a counter-cue after a verb telling who speaks as the speaker only right after it or its article', () => {
    expect(claimsIn('Not one speaker at the ward forum claimed that prohibition had failed; they argued about parking near the clinic.', 'en')).toEqual([]);
    expect(claimsIn('Prohibition has failed and deaths keep rising, the economist said.', 'en')).toContain('current-approach-failing');
  });
});

describe('findClaims: a call or claim read through its construction', () => {
  it.each([
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'en',
      'Local GPs want the overdose prevention centre kept open past March.',
      'Local traders want the overdose prevention centre shut down before the summer.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'de',
      'Die Ärzte wollen den Drogenkonsumraum am Hauptbahnhof offen halten.',
      'Die Händler wollen den Drogenkonsumraum am Hauptbahnhof endlich geschlossen sehen.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'fr',
      'Les médecins veulent que la salle de consommation reste ouverte.',
      'Les commerçants veulent voir la salle de consommation fermée au plus vite.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'nl',
      'De huisartsen willen dat de gebruiksruimte openblijft.',
      'De winkeliers willen de gebruiksruimte bij het station dicht.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'es',
      'Los médicos quieren que la sala de consumo siga abierta.',
      'Los comerciantes quieren la sala de consumo del barrio clausurada.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'pt',
      'Os médicos querem que a sala de consumo continue aberta.',
      'Os comerciantes querem a sala de consumo do bairro encerrada.',
    ],
    [
      'allow-facility',
      'a wish for the room, not one to see it closed',
      'it',
      'I medici vogliono che la stanza del consumo resti aperta.',
      "I commercianti vogliono la stanza del consumo chiusa entro l'estate.",
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'en',
      'Shutting the consumption room now would be a grave mistake.',
      'It would be a mistake to assume the consumption room will shut next year.',
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'de',
      'Den Konsumraum jetzt zu schließen, wäre ein fataler Fehler.',
      'Es wäre ein Fehler anzunehmen, dass der Konsumraum im Herbst schließt.',
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'fr',
      'Fermer la salle de consommation serait une erreur.',
      "Ce serait une erreur d'imaginer que la salle de consommation va fermer.",
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'nl',
      'Het zou dwaas zijn de gebruiksruimte te sluiten.',
      'Het zou dwaas zijn te verwachten dat de gebruiksruimte binnenkort sluit.',
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'es',
      'Cerrar la sala de consumo sería una locura.',
      'Sería una locura creer que la sala de consumo va a cerrar.',
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'pt',
      'Encerrar a sala de consumo seria um erro.',
      'Seria um erro acreditar que a sala de consumo vai fechar.',
    ],
    [
      'allow-facility',
      'a folly of closing, not of believing it will close',
      'it',
      'Chiudere la stanza del consumo sarebbe un errore.',
      'Sarebbe un errore credere che la stanza del consumo chiuda.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'en',
      'Let the supervised site open on a trial basis.',
      'The health board let the supervised site open on a trial basis last year.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'de',
      'Lasst den Drogenkonsumraum endlich öffnen!',
      'Der Senat ließ den Drogenkonsumraum im Herbst öffnen.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'fr',
      'Laissez la salle de consommation ouvrir à titre expérimental.',
      'Le préfet a laissé la salle de consommation rouvrir en mars.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'nl',
      'Laat de gebruiksruimte gewoon opengaan als proef.',
      'De burgemeester laat de gebruiksruimte sinds maart opengaan.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'es',
      'Dejen abrir la sala de consumo como prueba piloto.',
      'La consejería dejó abrir la sala de consumo en marzo.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'pt',
      'Deixem a sala de consumo abrir como projeto-piloto.',
      'A câmara deixou a sala de consumo abrir em março.',
    ],
    [
      'allow-facility',
      'a permission urged, not told as given',
      'it',
      'Lasciate aprire la stanza del consumo in via sperimentale.',
      'Il comune ha deciso di lasciare aprire la stanza del consumo.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'en',
      'It is hard to deny that the consumption room has saved lives.',
      'The opposition leader denies that the consumption room has saved lives.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'de',
      'Es ist kaum zu bestreiten, dass der Drogenkonsumraum Leben gerettet hat.',
      'Die Opposition bestreitet, dass der Drogenkonsumraum Leben gerettet hat.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'fr',
      'Il est difficile de nier que la salle de consommation a sauvé des vies.',
      'Il est contestable que la salle de consommation ait sauvé des vies.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'nl',
      'Het is moeilijk te ontkennen dat de gebruiksruimte levens heeft gered.',
      'De oppositie ontkent dat de gebruiksruimte levens heeft gered.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'es',
      'Es difícil negar que la sala de consumo ha salvado vidas.',
      'Es discutible que la sala de consumo haya salvado vidas.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'pt',
      'É difícil negar que a sala de consumo salvou vidas.',
      'É discutível que a sala de consumo tenha salvado vidas.',
    ],
    [
      'save-lives',
      'a denial said to be hard, not a denial',
      'it',
      'È impossibile negare che la stanza del consumo abbia salvato vite.',
      'È discutibile che la stanza del consumo abbia salvato vite.',
    ],
  ] as [string, string, Lang, string, string][])('reads %s (%s), in %s: “%s”', (claim, _construction, lang, makes, not) => makesNot(claim)(lang, makes, not));

  it('keeps a room wanted open against one wanted closed, and a new room asked for with its hours', () => {
    expect(claimsIn('Residents want the consumption room kept open rather than closed.', 'en')).toContain('allow-facility');
    expect(claimsIn('Residents do not want the consumption room closed.', 'en')).toContain('allow-facility');
    expect(claimsIn('Les commerçants réclament une nouvelle salle de consommation fermée le dimanche, pas une fermeture définitive.', 'fr')).toContain(
      'allow-facility',
    );
  });

  it('reads a belief judged a folly as its subject too, and keeps the folly of closing said by a believer', () => {
    expect(claimsIn('Thinking the consumption room will close is a mistake.', 'en')).not.toContain('allow-facility');
    expect(claimsIn('Croire que la salle de consommation va fermer serait une erreur.', 'fr')).not.toContain('allow-facility');
    expect(claimsIn('I think closing the consumption room would be a mistake.', 'en')).toContain('allow-facility');
    expect(claimsIn('Creo que cerrar la sala de consumo sería un error.', 'es')).toContain('allow-facility');
  });

  it('reads a letting verb as urged after a coordinator, a conjunction or one word opening its clause', () => {
    expect(claimsIn('Give Dundee the green light and let a supervised room open on a trial basis.', 'en')).toContain('allow-facility');
    expect(claimsIn('«Que nos dejen abrirla un año», dice la directora sobre la sala de consumo.', 'es')).toContain('allow-facility');
    expect(claimsIn('Het beleid faalt, dus laat de stad de gebruiksruimte als proef openen.', 'nl')).toContain('allow-facility');
  });

  it('reads a claim said debatable or denied as disputed, and one undeniable as made', () => {
    expect(claimsIn('It is deniable that the room has saved lives.', 'en')).not.toContain('save-lives');
    expect(claimsIn('Some deny that the room has saved lives.', 'en')).not.toContain('save-lives');
    expect(claimsIn('There is no denying that the room has saved lives.', 'en')).toContain('save-lives');
    expect(claimsIn('It is undeniable that the room has saved lives.', 'en')).toContain('save-lives');
  });
});

describe('findClaims: a claim taken back, reported or feared', () => {
  it.each([
    ['fr', 'Il n’existe à ce jour aucune preuve que la halte ait fait baisser les décès par surdose.', 'La halte a fait baisser les décès par surdose.'],
    ['es', 'No hay hasta la fecha ninguna prueba de que la sala salve vidas.', 'La sala salva vidas.'],
    ['it', 'Non esiste a tutt’oggi alcuna prova che la stanza salvi vite.', 'La stanza salva vite.'],
    ['pt', 'Não há até agora nenhuma prova de que a sala tenha salvo vidas.', 'A sala salvou vidas.'],
    ['en', 'There is to this day no proof that the room has saved lives.', 'The room has saved lives.'],
    ['de', 'Es gibt bis heute keinen Beleg dafür, dass der Konsumraum Leben rettet.', 'Der Konsumraum rettet Leben.'],
    ['nl', 'Er is tot nu toe geen enkel bewijs dat de gebruiksruimte levens redt.', 'De gebruiksruimte redt levens.'],
  ] as [Lang, string, string][])('reads negators agreeing across a time adverb as one absence of proof, in %s: “%s”', (lang, unproven, made) => {
    expect(claimsIn(made, lang)).toContain('save-lives');
    expect(claimsIn(unproven, lang)).not.toContain('save-lives');
  });

  it.each([
    ['en', 'Campaigners say the room has cleared the lanes of needles, but the council’s own street survey counted more syringes this year than last.'],
    ['de', 'Die Betreiber behaupten, der Konsumraum habe den Park sauberer gemacht; die Zählungen des Ordnungsamts belegen allerdings das genaue Gegenteil.'],
    ['es', 'La asociación asegura que la sala ha reducido las jeringuillas en los portales, pero el recuento municipal dice justo lo contrario.'],
  ] as [Lang, string][])('reads a claim a count then contradicts, or finds more of the harm, as taken back, in %s: “%s”', (lang, refuted) => {
    expect(claimsIn(refuted, lang)).not.toContain('reduce-public-harm');
    expect(claimsIn(refuted.replace(/[,;] *(but|pero|die Zählungen).*$/, '.'), lang)).toContain('reduce-public-harm');
  });

  it.each([
    ['de', 'Die Repression habe weder den Konsum noch die Zahl der Toten gesenkt, sagte der Suchtforscher.', 'Der Konsumraum hat die Zahl der Toten gesenkt.'],
    [
      'de',
      'Der Konsumraum hat weder den Konsum noch die Zahl der Drogentoten gesenkt, heißt es im Bericht.',
      'Der Konsumraum hat die Zahl der Drogentoten gesenkt.',
    ],
    [
      'nl',
      'De gebruiksruimte heeft noch het gebruik noch het aantal doden verminderd, aldus het rapport.',
      'De gebruiksruimte heeft het aantal doden verminderd.',
    ],
    ['en', 'The room has, according to the audit, neither cut overdose deaths nor cleared the park of needles.', 'The room has cut overdose deaths.'],
  ] as [Lang, string, string][])('reads a correlative denial as denying what its verb tells at the end, in %s: “%s”', (lang, denied, made) => {
    expect(claimsIn(made, lang)).toContain('save-lives');
    expect(claimsIn(denied, lang)).not.toContain('save-lives');
  });

  it.each([
    [
      'en',
      'The university study did not find that the consumption room had reduced overdose deaths in the district.',
      'The consumption room has reduced overdose deaths in the district.',
    ],
    ['de', 'Die Studie hat nicht gezeigt, dass der Konsumraum die Zahl der Drogentoten gesenkt hat.', 'Der Konsumraum hat die Zahl der Drogentoten gesenkt.'],
    [
      'es',
      'El estudio de la universidad no encontró que la sala hubiera reducido las muertes por sobredosis.',
      'La sala ha reducido las muertes por sobredosis.',
    ],
    ['pt', 'O estudo não demonstrou que a sala de consumo tenha reduzido as mortes por overdose.', 'A sala de consumo reduziu as mortes por overdose.'],
  ] as [Lang, string, string][])('reads a finding denied before the “that” it opens as a dispute, in %s: “%s”', (lang, denied, made) => {
    expect(claimsIn(made, lang)).toContain('save-lives');
    expect(claimsIn(denied, lang)).not.toContain('save-lives');
  });

  it('reads a verb of finding with no “that” after it as no dispute', () => {
    expect(claimsIn('The health board could not find a building for the supervised consumption site it wants to open in Leith.', 'en')).toContain(
      'allow-facility',
    );
  });

  it.each([
    ['en', 'Supporters say the room has cut overdose deaths, but the coroner’s data tell a different story.', 'save-lives'],
    [
      'de',
      'Die Betreiber behaupten, der Konsumraum habe die Spritzenfunde im Park halbiert, doch die Zahlen sprechen eine andere Sprache.',
      'reduce-public-harm',
    ],
    [
      'fr',
      'L’association affirme que la salle a fait reculer les seringues dans les halls ; les chiffres de la police disent l’inverse.',
      'reduce-public-harm',
    ],
    ['nl', 'Voorstanders zeggen dat de gebruiksruimte de overlast in de wijk heeft verminderd, maar de cijfers zeggen iets anders.', 'reduce-public-harm'],
    ['es', 'La asociación asegura que la sala ha reducido las jeringuillas en la calle, pero los datos dicen lo contrario.', 'reduce-public-harm'],
    ['pt', 'A associação garante que a sala reduziu as seringas na rua, mas os números desmentem.', 'reduce-public-harm'],
    ['it', 'L’associazione sostiene che la stanza abbia ridotto le siringhe in strada, ma i dati dicono il contrario.', 'reduce-public-harm'],
  ] as [Lang, string, string][])('reads a claim the figures then contradict as taken back, in %s: “%s”', (lang, refuted, id) => {
    expect(claimsIn(refuted, lang)).not.toContain(id);
    // Without the refutation, or with the figures bearing it out, the claim stands.
    const claim = refuted.replace(/[,;] *(but|doch|maar|pero|mas|ma|les chiffres).*$/, '.');
    expect(claimsIn(claim, lang)).toContain(id);
  });

  it.each([
    ['en', 'Campaigners insist the site has saved hundreds of lives, but the coroner’s data, this fact-check finds, do not support that claim.', 'save-lives'],
    ['de', 'Die Betreiber betonen, der Konsumraum habe viele Leben gerettet, doch die Zahlen des Landeskriminalamts stützen das nicht.', 'save-lives'],
    ['fr', 'L’association affirme que la salle a sauvé des dizaines de vies, mais les chiffres de l’ARS ne le confirment pas.', 'save-lives'],
    [
      'nl',
      'Voorstanders stellen dat de ruimte in Luik tientallen levens heeft gered, maar volgens deze factcheck ontbreekt daarvoor elk bewijs.',
      'save-lives',
    ],
    ['es', 'Sus defensores aseguran que la sala ha salvado decenas de vidas, pero los datos forenses no respaldan en absoluto esa afirmación.', 'save-lives'],
    ['pt', 'Os promotores garantem que a sala salvou dezenas de vidas, mas os dados do instituto não sustentam essa afirmação.', 'save-lives'],
    ['it', 'I promotori sostengono che la stanza abbia salvato decine di vite, ma i dati della Asl non confermano questa tesi.', 'save-lives'],
  ] as [Lang, string, string][])('reads a claim the figures then do not bear out as taken back, in %s: “%s”', (lang, refuted, id) => {
    expect(claimsIn(refuted, lang)).not.toContain(id);
    const claim = refuted.replace(/[,;] *(but|doch|maar|pero|mas|ma|mais).*$/, '.');
    expect(claimsIn(claim, lang)).toContain(id);
  });

  it('keeps a claim the figures bear out, one said after the contrary, and one whose figures are denied the contrary', () => {
    expect(
      claimsIn('The figures do not support the fears of the shopkeepers: needle litter around the station has halved since the room opened.', 'en'),
    ).toContain('reduce-public-harm');
    expect(claimsIn('Campaigners claim the room has cut needle litter, and the council’s figures bear this out.', 'en')).toContain('reduce-public-harm');
    expect(
      claimsIn('Opponents predicted chaos, but the figures show the opposite: needle litter around the station has halved since the room opened.', 'en'),
    ).toContain('reduce-public-harm');
    expect(claimsIn('Il gestore dice che la stanza ha ridotto le siringhe in strada, e i dati non dicono il contrario.', 'it')).toContain('reduce-public-harm');
  });

  it.each([
    [
      'en',
      'The council approved the room’s budget by 30 votes in favour to 12.',
      'The council passed a motion committing the city to open a consumption room.',
    ],
    [
      'de',
      'Mit 40 Ja-Stimmen bewilligte der Stadtrat einen Zuschuss für den Konsumraum.',
      'Der Stadtrat nahm einen Antrag an, der die Verwaltung auffordert, einen Konsumraum einzurichten.',
    ],
    [
      'fr',
      'Le conseil a adopté une subvention pour la salle de consommation, par 40 voix pour et 12 contre.',
      'Le conseil a adopté un vœu engageant la maire à ouvrir une salle de consommation.',
    ],
    [
      'nl',
      'De raad keurde met 30 stemmen voor een subsidie voor de gebruiksruimte goed.',
      'De raad nam een motie aan die het college vraagt een gebruiksruimte te openen.',
    ],
    [
      'es',
      'El pleno aprobó una subvención para la sala de consumo con 20 votos a favor.',
      'El pleno aprobó una moción pidiendo que se abra una sala de consumo.',
    ],
    [
      'pt',
      'A assembleia aprovou um subsídio para a sala de consumo, com 30 votos a favor.',
      'A assembleia aprovou uma moção a pedir que se abra uma sala de consumo.',
    ],
    [
      'it',
      'Il consiglio ha approvato un ordine del giorno su una sala del consumo, con venti voti favorevoli.',
      'Il consiglio ha approvato un ordine del giorno che impegna il sindaco ad aprire una stanza del consumo.',
    ],
  ] as [Lang, string, string][])(
    'reads a grant or vote told as done, its tally no support, as no call, and a motion told as asking as one, in %s: “%s”',
    (lang, reported, asked) => {
      expect(claimsIn(reported, lang)).not.toContain('allow-facility');
      expect(claimsIn(asked, lang)).toContain('allow-facility');
    },
  );

  it('reads a vote told as done (“a voté”, “beschloss”, “voted to”) as no frame of a call', () => {
    expect(claimsIn('Le conseil municipal a voté l’ouverture d’une salle de consommation.', 'fr')).not.toContain('allow-facility');
    expect(claimsIn('Der Stadtrat beschloss, einen Konsumraum zu eröffnen.', 'de')).not.toContain('allow-facility');
    expect(claimsIn('The council voted to open a consumption room.', 'en')).not.toContain('allow-facility');
    expect(claimsIn('The council should vote to open a consumption room.', 'en')).toContain('allow-facility');
  });

  it.each([
    [
      'en',
      'Staff fear that the consumption room will have to close when the grant runs out.',
      'Staff want the consumption room to stay open when the grant runs out.',
    ],
    ['de', 'Die Mitarbeiter befürchten, dass der Konsumraum schließen muss.', 'Die Mitarbeiter fordern, dass der Konsumraum öffnen darf.'],
    [
      'fr',
      'Les équipes craignent que la salle de consommation doive fermer faute de crédits.',
      'Les équipes demandent que la salle de consommation puisse ouvrir.',
    ],
    ['nl', 'Hulpverleners vrezen dat de gebruiksruimte moet sluiten.', 'Hulpverleners vragen dat de gebruiksruimte open mag.'],
    ['es', 'Los trabajadores temen que la sala de consumo tenga que cerrar.', 'Los trabajadores piden que se abra la sala de consumo.'],
    ['pt', 'Os técnicos receiam que a sala de consumo tenha de fechar.', 'Os técnicos pedem que o Governo autorize uma sala de consumo.'],
    ['it', 'Gli operatori temono che la stanza del consumo debba chiudere.', 'Gli operatori chiedono che si apra la stanza del consumo.'],
  ] as [Lang, string, string][])('reads a closing feared as a threat reported, no call, in %s: “%s”', (lang, feared, called) => {
    expect(claimsIn(feared, lang)).not.toContain('allow-facility');
    expect(claimsIn(called, lang)).toContain('allow-facility');
  });

  it('keeps a call after the fear’s clause, past a coordinator, a colon or a joiner', () => {
    expect(claimsIn('Nurses are worried about funding, and they want ministers to keep the consumption room open.', 'en')).toContain('allow-facility');
    expect(claimsIn('We fear nothing: the city should open a consumption room.', 'en')).toContain('allow-facility');
    expect(claimsIn('Residents fear the room may close, but the charity wants the council to open a second consumption room.', 'en')).toContain(
      'allow-facility',
    );
  });

  it('takes no drug use from the room’s name: a headline of a row over the room is no call to prevent it', () => {
    expect(claimsIn('Drug room row: councillor quits after heated vote on new site', 'en')).not.toContain('prevent-not-facilitate');
    expect(claimsIn('Streit um Drogenkonsumraum: Bezirksbürgermeister will Parkplatznot bekämpfen', 'de')).not.toContain('prevent-not-facilitate');
    expect(claimsIn('Ruzie over drugsgebruiksruimte: wethouder wil parkeeroverlast tegengaan', 'nl')).not.toContain('prevent-not-facilitate');
    // Drug use named beside the room still is.
    expect(claimsIn('A drug consumption room only encourages drug use, the councillor said.', 'en')).toContain('prevent-not-facilitate');
    expect(claimsIn('Drogenkonsumräume ermutigen zum Drogenkonsum, sagt die CSU.', 'de')).toContain('prevent-not-facilitate');
    expect(claimsIn('Een gebruiksruimte moedigt drugsgebruik aan, zegt de VVD.', 'nl')).toContain('prevent-not-facilitate');
  });

  it('reads a place that needs (“precisa de”, “ha bisogno di”) a second room as calling for one, and not a second van', () => {
    expect(claimsIn('Lisboa precisa de uma segunda sala no Intendente.', 'pt')).toContain('allow-facility');
    expect(claimsIn('Roma ha bisogno di una seconda sala in periferia.', 'it')).toContain('allow-facility');
    expect(claimsIn('As equipas de rua precisam de uma segunda carrinha.', 'pt')).not.toContain('allow-facility');
    expect(claimsIn('Gli operatori hanno bisogno di un secondo furgone.', 'it')).not.toContain('allow-facility');
  });
});
