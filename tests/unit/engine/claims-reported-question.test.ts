/**
 * A question reported before its speaker with no question mark ("Would a room cut street
 * injecting, the presenter asked the minister") asks, as one with the mark does; a statement
 * before a teller of demanding ("…, demande l'association") or of saying still says it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn, expectEach } from './support/claims-in';

const ASKED: readonly (readonly [string, Lang])[] = [
  ['Would a consumption room in Cork actually cut the number of people injecting in doorways, the presenter asked the minister.', 'en'],
  ['Würde ein Konsumraum in Erfurt die Zahl der Drogentoten wirklich senken, fragte die Moderatorin den Staatssekretär.', 'de'],
  ['Est-ce que la salle de consommation fera vraiment baisser les overdoses mortelles, a demandé la journaliste au préfet.', 'fr'],
  ['Zou een gebruiksruimte in Arnhem de overlast op straat echt verminderen, vroeg de presentator aan de wethouder.', 'nl'],
  ['La sala de consumo supervisado reducirá de verdad las muertes por sobredosis en Bilbao, preguntó la periodista al consejero.', 'es'],
  ['A sala de consumo assistido vai mesmo reduzir as mortes por overdose no Porto, perguntou o jornalista à vereadora.', 'pt'],
  ['La stanza del consumo ridurrà davvero le morti per overdose a Torino, si chiede il consigliere di opposizione.', 'it'],
  // A longer tag its teller opens, and a question opened by a plural verb.
  ['Redden gebruiksruimtes echt levens in Rotterdam, vroeg de presentator aan zijn gasten aan het begin van de uitzending.', 'nl'],
  ['Retten Konsumräume wirklich Leben, fragte die Moderatorin ihre Gäste zu Beginn der Sendung am späten Donnerstagabend.', 'de'],
];

const SAID: readonly (readonly [string, Lang, string])[] = [
  ['The consumption room in Cork has cut the number of people injecting in doorways, the minister said when asked.', 'en', 'reduce-public-harm'],
  ['Il faut ouvrir une salle de consommation à Marseille, demande l’association des riverains.', 'fr', 'allow-facility'],
  ['La sala de consumo supervisado ha reducido las muertes por sobredosis en Bilbao, dijo la consejera.', 'es', 'save-lives'],
  // A long last clause that does not open with the teller is no tag, where the teller alone would tell one.
  [
    'La sala de consumo ha reducido las muertes por sobredosis en Bilbao, y la periodista del diario local le preguntó luego por el presupuesto.',
    'es',
    'save-lives',
  ],
];

describe('a question reported with no question mark', () => {
  it('makes no claim in any language', () => {
    for (const [text, lang] of ASKED) expect(claimsIn(text, lang), text).toEqual([]);
  });
  it('is no question when its tag says or demands', () => {
    for (const [text, lang, claim] of SAID) expect(claimsIn(text, lang), text).toContain(claim);
  });
});

describe('a question asked of someone named between the asking and the "if"', () => {
  it('asks, and claims nothing', () => {
    expectEach(
      [
        ['A deputada perguntou ao ministro da Saúde se a lei teria de mudar para abrir uma sala de consumo no Porto.', 'pt'],
        ['Il consigliere ha chiesto al sindaco se la stanza del consumo abbia davvero ridotto le overdose in centro.', 'it'],
        ['La diputada preguntó al consejero de Sanidad si la sala había reducido las muertes por sobredosis.', 'es'],
        // An audience asked, or invited to say whether.
        ['Il conduttore ha chiesto agli ascoltatori se la stanza del consumo di Bologna abbia davvero salvato delle vite.', 'it'],
        ['Les lecteurs étaient invités à dire si, selon eux, la salle de consommation avait réduit les nuisances du quartier.', 'fr'],
      ],
      claimsIn,
      'none',
    );
  });
});
