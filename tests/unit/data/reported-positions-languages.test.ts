// @vitest-environment node
/**
 * Reported positions in the six other languages, on sentences of our own writing about the
 * drug-consumption-room debate: who backed something and who an exception leaves out of it,
 * who backed it in the passive, who called on someone, and whose opposition to it is named.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../src/data/extract-quotations';
import { extractReportedPositions } from '../../../src/data/extract-positions';
import type { Lang } from '../../../src/data/lexicon-schema';

const ARTICLES: Record<Exclude<Lang, 'en'>, string> = {
  de: 'Alle Fraktionen im Stadtrat außer der AfD unterstützten den Antrag für einen Drogenkonsumraum.\n\nDer Antrag, unterstützt von der Drogenhilfe Frankfurt, geht nun an das Land.\n\nDie Polizeigewerkschaft forderte die Landesregierung auf, schneller zu entscheiden.\n\nDer Widerstand der Landesregierung gegen den Drogenkonsumraum bleibt groß.',
  fr: 'Tous les groupes du conseil municipal sauf le Rassemblement national ont soutenu le projet de salle.\n\nLe projet, soutenu par la mairie de Paris, doit encore être validé.\n\nL’association a appelé le préfet à autoriser la salle.\n\nL’opposition du gouvernement à l’ouverture d’une deuxième salle reste entière.',
  nl: 'Alle partijen behalve de PVV steunden het voorstel voor een gebruiksruimte.\n\nHet plan, gesteund door de GGD, gaat nu naar de minister.\n\nDe burgemeester riep de minister op om de wet aan te passen.\n\nHet verzet van de buurtvereniging tegen de gebruiksruimte groeit.',
  es: 'Todos los grupos excepto Vox apoyaron la propuesta de una sala de consumo supervisado.\n\nLa sala, apoyada por el Ayuntamiento, abrirá en primavera.\n\nLa asociación pidió al ministro que cambie la ley.\n\nLa oposición del Gobierno a la sala de consumo sigue intacta.',
  pt: 'Todos os partidos exceto o Chega apoiaram a proposta de uma sala de consumo assistido.\n\nA sala, apoiada pela Câmara Municipal, abre na primavera.\n\nA associação apelou ao Governo para alterar a lei.\n\nA oposição do Governo à sala de consumo mantém-se.',
  it: 'Tutti i gruppi tranne la Lega hanno sostenuto la proposta di una stanza del consumo.\n\nIl progetto, sostenuto dal Comune di Milano, passa ora alla Regione.\n\nL’associazione ha chiesto al sindaco di accelerare.\n\nL’opposizione della Regione alla stanza del consumo resta ferma.',
};

type Row = [holder: string, cue: string, stance: string | null];
const EXPECTED: Record<Exclude<Lang, 'en'>, Row[]> = {
  de: [
    ['Alle Fraktionen im Stadtrat außer der AfD', 'unterstützten', null],
    ['der AfD', 'unterstützten', 'did-not-back'],
    ['der Drogenhilfe Frankfurt', 'unterstützt', null],
    ['Die Polizeigewerkschaft', 'forderte', null],
    ['der Landesregierung', 'Widerstand', 'opposes'],
  ],
  fr: [
    ['Tous les groupes du conseil municipal sauf le Rassemblement national', 'ont soutenu', null],
    ['le Rassemblement national', 'ont soutenu', 'did-not-back'],
    ['la mairie de Paris', 'soutenu', null],
    ['L’association', 'a appelé', null],
    ['gouvernement', 'opposition', 'opposes'],
  ],
  nl: [
    ['Alle partijen behalve de PVV', 'steunden', null],
    ['de PVV', 'steunden', 'did-not-back'],
    ['de GGD', 'gesteund', null],
    ['De burgemeester', 'riep', null],
    ['de buurtvereniging', 'verzet', 'opposes'],
  ],
  es: [
    ['Todos los grupos excepto Vox', 'apoyaron', null],
    ['Vox', 'apoyaron', 'did-not-back'],
    ['el Ayuntamiento', 'apoyada', null],
    ['La asociación', 'pidió', null],
    ['Gobierno', 'oposición', 'opposes'],
  ],
  pt: [
    ['Todos os partidos exceto o Chega', 'apoiaram', null],
    ['o Chega', 'apoiaram', 'did-not-back'],
    ['Câmara Municipal', 'apoiada', null],
    ['A associação', 'apelou', null],
    ['Governo', 'oposição', 'opposes'],
  ],
  it: [
    ['Tutti i gruppi tranne la Lega', 'hanno sostenuto', null],
    ['la Lega', 'hanno sostenuto', 'did-not-back'],
    ['Comune di Milano', 'sostenuto', null],
    ['L’associazione', 'ha chiesto', null],
    ['Regione', 'opposizione', 'opposes'],
  ],
};

describe.each(Object.keys(ARTICLES) as Exclude<Lang, 'en'>[])('extractReportedPositions in %s', (lang) => {
  const text = ARTICLES[lang];

  it('finds who backed, who an exception leaves out, the passive, who called on whom and whose opposition', () => {
    const found = extractReportedPositions(text, extractQuotations(text).quotations);
    expect(found.map((p): Row => [p.holder.text, p.cue.text, p.stance])).toEqual(EXPECTED[lang]);
    for (const p of found) expect(text.slice(p.holder.start, p.holder.end)).toBe(p.holder.text);
  });

  it('reads the same with the language given', () => {
    const quotations = extractQuotations(text, { language: lang }).quotations;
    expect(extractReportedPositions(text, quotations, { language: lang })).toEqual(extractReportedPositions(text, quotations));
  });
});

describe('reported positions and quotations', () => {
  it('leaves a cue inside quotation marks to the quotation check', () => {
    const text = 'Der Bürgermeister sagte: „Alle Fraktionen unterstützten den Antrag.“';
    expect(extractReportedPositions(text, extractQuotations(text).quotations)).toEqual([]);
  });
});
