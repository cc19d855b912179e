/**
 * Names of the topic that are everyday words elsewhere, on pages where one story (a news feed
 * under one heading, a long feature) also names the topic plainly: the plain name must not
 * vouch for a colliding word in an item or paragraph about something else.
 */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from './support/dom';

/** The mentions in one `tag` in `lang`, its paragraphs under one heading. */
const under = (tag: 'main' | 'article', lang: string, heading: string, paragraphs: string[]): string[] =>
  mentionsIn(`<${tag} lang="${lang}"><h2>${heading}</h2>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</${tag}>`);

/** One story of several paragraphs under one heading, in `lang`. */
const story = (lang: string, ...paragraphs: string[]): string[] => under('main', lang, 'Items', paragraphs);

/** One article in `lang` under `heading`, with its paragraphs. */
const article = (lang: string, heading: string, ...paragraphs: string[]): string[] => under('article', lang, heading, paragraphs);

describe('slang for the rooms needs drug context in its own paragraph', () => {
  it('does not mark a shooting gallery at a gun club, even in a story that names the rooms', () => {
    expect(
      story(
        'en',
        'The drug consumption room on Canal Street has seen 300 visits a week since it opened.',
        'The gun club wants a new indoor range. Its old shooting gallery above the bowling alley has a leaking roof.',
      ),
    ).toEqual(['drug consumption room']);
  });

  it('does not mark a shooting gallery whose paragraph says nothing of drugs', () => {
    expect(
      story(
        'en',
        'Nurses at the overdose prevention centre reversed four overdoses on Friday.',
        'The seaside pier will keep its shooting gallery for one more summer.',
      ),
    ).toEqual(['overdose prevention centre']);
  });

  it('still marks the slang where its paragraph is about drugs', () => {
    expect(
      story(
        'en',
        'The council runs a drug consumption room beside the station.',
        'Opponents called it a shooting gallery for heroin users and asked for rehab beds instead.',
      ),
    ).toEqual(['drug consumption room', 'shooting gallery']);
  });
});

describe('a short form does not carry into a paragraph about something else', () => {
  it('does not mark a camera’s raw format or a loan covenant that share the acronym', () => {
    expect(
      story(
        'en',
        'Two drug consumption rooms (DCRs) open in the city this winter.',
        'The DCRs will have nurses on every shift.',
        'A camera maker has withdrawn its mirrorless body after raw files saved as DCR went missing.',
        'The lender says the builder broke its DCR covenant in the third quarter.',
      ),
    ).toEqual(['drug consumption rooms', 'DCRs', 'DCRs']);
  });

  it('keeps the definition in a paragraph that names the rooms again beside a word of another sense', () => {
    expect(
      story('en', 'The city opened a drug consumption room (DCR) in May.', 'The drug consumption room sits next to a camera shop; the DCR has six booths.'),
    ).toEqual(['drug consumption room', 'DCR', 'drug consumption room', 'DCR']);
  });

  it('in German, French, Spanish and Portuguese, whose acronyms collide as well', () => {
    expect(
      story('de', 'Die Stadt betreibt zwei Drogenkonsumräume (DKR) am Hauptbahnhof.', 'Der Kreditgeber verlangt für das DKR-Darlehen eine höhere Sicherheit.'),
    ).toEqual(['Drogenkonsumräume', 'DKR']);
    expect(
      story(
        'fr',
        'La ville compte une halte soins addictions (HSA) près de la gare.',
        'Le prêteur refuse le crédit immobilier tant que le dossier HSA n’est pas complet.',
      ),
    ).toEqual(['halte soins addictions', 'HSA']);
    expect(
      story(
        'es',
        'Barcelona tiene varias salas de consumo supervisado (SCS) desde hace años.',
        'La nueva cámara sin espejo guarda las fotos en formato raw y en SCS comprimido.',
      ),
    ).toEqual(['salas de consumo supervisado', 'SCS']);
    expect(
      story(
        'pt',
        'O programa de consumo vigiado (PCV) de Lisboa atende cem pessoas por dia.',
        'A instituição financeira exige um seguro PCV para aprovar o empréstimo.',
      ),
    ).toEqual(['programa de consumo vigiado', 'PCV']);
  });

  it('a short form the page itself defined stays out of such a paragraph too', () => {
    expect(
      story(
        'it',
        'A Torino si discute di una stanza del consumo sicuro (SCSI) vicino alla stazione.',
        'La SCSI aprirebbe la sera.',
        'La fotocamera salva le immagini in formato raw SCSI, ma il firmware è vecchio.',
      ),
    ).toEqual(['stanza del consumo sicuro', 'SCSI', 'SCSI']);
  });
});

describe('the generic “consumption room” of a café or a bar', () => {
  it('is not marked where hospitality or licensing shows the other sense, in each language that has the phrase', () => {
    expect(
      story('en', 'A safe consumption site opens on Monday.', 'Licensed premises need a premises licence before the consumption room can serve drinks.'),
    ).toEqual(['safe consumption site']);
    expect(
      story('de', 'Der Drogenkonsumraum am Bahnhof öffnet länger.', 'Die Gaststätte darf ihren Konsumraum erst mit der Gaststättenerlaubnis öffnen.'),
    ).toEqual(['Drogenkonsumraum']);
    expect(
      story('fr', 'La salle de consommation à moindre risque reste ouverte.', 'La brasserie obtient sa licence IV et agrandit sa salle de consommation.'),
    ).toEqual(['salle de consommation à moindre risque']);
    expect(
      story(
        'es',
        'La sala de consumo supervisado atiende a sesenta personas.',
        'La cafetería amplía su sala de consumo tras la inspección de hostelería.',
        'sala de consumo bar horario',
      ),
    ).toEqual(['sala de consumo supervisado']);
    expect(
      story(
        'it',
        'La sala di consumo supervisionato apre a gennaio.',
        'La caffetteria chiede la licenza per la somministrazione di bevande nella sala del consumo.',
      ),
    ).toEqual(['sala di consumo supervisionato']);
    expect(story('pt', 'A sala de consumo assistido abriu em Lisboa.', 'O café pediu o alvará para a sala de consumo do primeiro andar.')).toEqual([
      'sala de consumo assistido',
    ]);
  });

  it('is still marked beside drug words', () => {
    expect(story('es', 'Los vecinos piden que la sala de consumo abra por la noche para quienes se inyectan heroína.')).toEqual(['sala de consumo']);
  });
});

describe('Dutch compounds that are everyday words', () => {
  it('does not mark a spray booth or an attic’s floor space in a feature that also has the rooms', () => {
    expect(
      mentionsIn(
        `<article lang="nl"><h2>Een pand, drie levens</h2>
        <p>De verslavingszorg opende hier een spuitruimte met schone naalden; bij een overdosis greep een verpleegkundige in.</p>
        <p>Later kwam er een autospuiter, die een spuitruimte bouwde voor het lakken van bumpers.</p>
        <p>Bij de verbouwing tot appartementen wordt de gebruiksruimte van de zolder een berging.</p></article>`,
      ),
    ).toEqual(['spuitruimte']);
  });
});

describe('compounds that start with the room’s name', () => {
  it('marks the operators, staff or users of the rooms, written as one word', () => {
    expect(
      story(
        'de',
        'Der Bericht zum Drogenkonsumraum liegt vor.',
        'Die Stadt spricht mit den Konsumraumbetreibern und der Drogenkonsumraumleitung über längere Öffnungszeiten für Konsumraumnutzerinnen.',
      ),
    ).toEqual(['Drogenkonsumraum', 'Konsumraumbetreibern', 'Drogenkonsumraumleitung', 'Konsumraumnutzerinnen']);
    expect(story('nl', 'De drugsgebruiksruimtebezoekers zijn gemiddeld vijftig jaar oud.')).toEqual(['drugsgebruiksruimtebezoekers']);
  });
});

describe('a colliding name with nothing near it is read by its story', () => {
  it('does not mark a name whose own sentence is plain when the story around it is about paint, a tent or a forum', () => {
    expect(
      article(
        'nl',
        'Nieuwe spuitruimte in gebruik',
        'Sinds maandag werken onze schadeherstellers in een nieuwe spuitruimte.',
        'Met een nieuw spuitpistool is de lak sneller droog.',
      ),
    ).toEqual([]);
    expect(article('nl', 'Kamperen', 'De familietent biedt veel gebruiksruimte.', 'De tent staat in twintig minuten.')).toEqual([]);
    expect(article('nl', 'Hulp', 'Je gebruikersruimte is bijna vol.', 'Verwijder oude privéberichten, of log opnieuw in met je wachtwoord.')).toEqual([]);
    expect(article('fr', 'Nos studios', 'Réservez la salle de shoot pour une demi-journée.', 'Le studio photo fournit le fond blanc et les flashs.')).toEqual(
      [],
    );
  });

  it('still marks it where the story says the topic, or says nothing either way', () => {
    expect(article('nl', 'Spuitruimte blijft open', 'De spuitruimte aan de Kade blijft open.', 'Hulpverleners zien er elke dag dertig daklozen.')).toEqual([
      'Spuitruimte',
      'spuitruimte',
    ]);
    expect(article('nl', 'Uit de praktijk', 'Ik werk al jaren in een gebruiksruimte.')).toEqual(['gebruiksruimte']);
  });

  it('does not let the other links of a list speak for the story', () => {
    expect(
      mentionsIn(
        `<aside lang="nl"><h3>Meest gelezen</h3><ul>
        <li><a href="#">Column: waarom de gebruiksruimte werkt</a></li>
        <li><a href="#">Tennisclub opent nieuw sportpark</a></li></ul></aside>`,
      ),
    ).toEqual(['gebruiksruimte']);
  });

  it('does not let the other items of a briefs list speak for the story', () => {
    expect(mentionsIn('<aside lang="nl"><h3>Kort</h3><ul><li>Open de gebruiksruimte ook ’s nachts</li><li>Fotograaf zoekt atelier</li></ul></aside>')).toEqual([
      'gebruiksruimte',
    ]);
  });

  it('takes no word that only restates the name for evidence of either sense', () => {
    expect(article('nl', 'Klussen', 'Ik wil in de garage een spuitruimte maken voor het spuiten van kastdeurtjes.')).toEqual([]);
    expect(article('de', 'Terminal 2', 'Hinter der Kontrolle gibt es einen Rauchraum; weitere Rauchplätze liegen draußen.')).toEqual([]);
    expect(article('nl', 'Opvang', 'In de spuitruimte spuiten bezoekers hun eigen heroïne.')).toEqual(['spuitruimte']);
  });

  it('does not mark a shop’s or a pharmacy’s room named beside one everyday word of local news', () => {
    expect(article('en', 'Bakery expands', 'The council approved plans to double the consumption room.', 'The bakery will add thirty seats.')).toEqual([]);
    expect(article('es', 'La churrería crece', 'El ayuntamiento autoriza ampliar la sala de consumo.', 'Habrá ocho mesas más.')).toEqual([]);
    expect(article('de', 'Filiale am Markt', 'Der Stadtrat genehmigt einen größeren Konsumraum.', 'Brötchen gibt es ab sechs Uhr.')).toEqual([]);
    expect(article('en', 'Pharmacy services', 'We offer a supervised consumption service. The pharmacist watches you take your methadone dose.')).toEqual([]);
  });

  it('still marks the room beside one everyday word when the story names the topic strongly', () => {
    expect(
      article(
        'en',
        'The room on Carver Street',
        'The council wants longer hours at the consumption room.',
        'Nurses reversed eleven overdoses there.',
        'The bakery opposite has put its seats away.',
      ),
    ).toEqual(['consumption room']);
    expect(article('en', 'Services', 'Health Canada renewed exemptions for supervised consumption services.')).toEqual(['supervised consumption services']);
  });
});
