/**
 * Less public harm said as nobody doing it there any more: "nobody injects in our stairwell any
 * more", "plus personne ne se pique dans le parking", "spritzt niemand mehr vor meinem Laden",
 * "ya nadie se pincha en la puerta de la tienda", hardly anyone ("non si trovano quasi più siringhe",
 * "apenas se consume ya en los portales"). The place makes it public; a goal ("the aim
 * must be that nobody injects any more") records nothing, and nobody using with no place named
 * is no public harm.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const NOBODY_THERE: readonly (readonly [string, Lang])[] = [
  ['Since the room opened, nobody injects in the stairwell of our block any more.', 'en'],
  ['Seit der Konsumraum offen ist, spritzt sich keiner mehr in unserem Hauseingang.', 'de'],
  ['Depuis l’ouverture de la salle, plus personne ne se shoote devant ma boutique.', 'fr'],
  ['Sinds de gebruiksruimte er is, spuit niemand meer in ons portiek.', 'nl'],
  ['Desde que abrió la sala, ya nadie se pincha en la puerta de mi tienda.', 'es'],
  ['Desde que a sala abriu, já ninguém se injeta à porta da minha loja.', 'pt'],
  ['Da quando c’è la stanza, nessuno si buca più davanti al mio negozio.', 'it'],
  // Told as what one no longer sees or finds there.
  ['Since the room opened round the corner we don’t find syringes behind the bins any more, says the landlord.', 'en'],
  ['Seit der Raum offen ist, sehe ich im Hauseingang niemanden mehr spritzen, sagt die Hausmeisterin.', 'de'],
  ['Depuis que la salle a ouvert, plus personne ne se pique dans mon hall, raconte une habitante.', 'fr'],
  ['Sinds de ruimte open is, zie ik in ons portiek niemand meer spuiten, zegt de conciërge.', 'nl'],
  ['Desde que a sala abriu, já não vejo ninguém a picar-se à porta do prédio, diz a porteira.', 'pt'],
  ['Da quando c’è la sala non vedo più nessuno che si inietta sotto casa, racconta una residente.', 'it'],
  // Hardly any more: almost nobody, almost no needles.
  ['Since the room opened, hardly anyone injects in our doorways anymore, the landlord says.', 'en'],
  ['Da quando la stanza ha aperto, nei cortili del quartiere non si trovano quasi più siringhe.', 'it'],
  ['Desde que abrió la sala, apenas se consume ya en los portales de la calle San Francisco.', 'es'],
];

const NO_RECORD: readonly (readonly [string, Lang])[] = [
  ['The aim must be that nobody injects any more, not that they inject with clean needles, the MP said.', 'en'],
  ['Le but doit être que plus personne ne se pique, pas qu’on leur donne des seringues propres.', 'fr'],
  ['Ziel muss sein, dass niemand mehr spritzt, nicht dass sie mit sauberem Besteck spritzen.', 'de'],
  ['Since the treatment programme began, nobody in our group injects any more.', 'en'],
  ['Seit die Entzugsklinik offen ist, spritzt in unserer Gruppe keiner mehr.', 'de'],
  // Nobody using a place, buying a drink or sitting there any more is a complaint, not less harm.
  ['Nobody uses the playground any more since the needles started turning up near the consumption room.', 'en'],
  ['Ya nadie se mete en el parque por miedo a las jeringuillas.', 'es'],
  ['Plus personne ne consomme en terrasse devant ma boutique depuis que les dealers sont là.', 'fr'],
  ['Auf die Bänke am Bahnhofsplatz setzt sich keiner mehr, weil dort gespritzt wird.', 'de'],
  ['Het speeltuintje gebruikt niemand meer sinds er spuiten in het zand liggen.', 'nl'],
  ['Da quando c’è lo spaccio, nessuno si fa più vedere davanti al negozio.', 'it'],
];

describe('nobody doing it there any more', () => {
  it('is less public harm', () => {
    for (const [text, lang] of NOBODY_THERE) expect(claimsIn(text, lang), text).toContain('reduce-public-harm');
  });
  it('is still less harm after words like a goal’s ("por fin", "perché", "at this point")', () => {
    for (const [text, lang] of [
      ['Por fin los vecinos cuentan que ya nadie se pincha en el portal de su casa.', 'es'],
      ['Il negoziante è contento perché nessuno si buca più davanti al negozio.', 'it'],
      ['At this point, residents say that nobody injects in the car park any more.', 'en'],
    ] as const)
      expect(claimsIn(text, lang), text).toContain('reduce-public-harm');
  });
  it('is none as a goal, with no public place, or when nobody goes there for another reason', () => {
    for (const [text, lang] of NO_RECORD) expect(claimsIn(text, lang), text).not.toContain('reduce-public-harm');
  });
});

describe('a place to go on injecting', () => {
  it('is the room as a kit, not people injecting in public', () => {
    const text = '«O Estado deve ajudar as pessoas a largar a droga, não dar-lhes um sítio seguro para continuarem a injetar-se», disse o deputado.';
    expect(claimsIn(text, 'pt')).toEqual(['prevent-not-facilitate']);
  });
});

describe('a room a changed law is to let open, the modal a word before its verb', () => {
  it('is that change’s call', () => {
    const text = 'Le Parlement doit modifier la loi pour que d’autres villes puissent enfin ouvrir une salle de consommation.';
    expect(claimsIn(text, 'fr')).toEqual(['change-law']);
  });
});

describe('use taken out of public places', () => {
  it('is less public harm', () => {
    for (const [text, lang] of [
      ['The rooms take drug use out of parks and station toilets, the outreach team says.', 'en'],
      ['Konsumräume holen das Spritzen aus Bahnhofstoiletten und Hinterhöfen, heißt es bei der Suchthilfe.', 'de'],
      ['Gebruiksruimtes halen het gebruik weg uit parken en portieken, zegt de straathoekwerker.', 'nl'],
      ['Le stanze tolgono il consumo da strade e giardini, dice l’operatrice.', 'it'],
      ['Ces salles font reculer l’injection dans la rue, selon les éducateurs.', 'fr'],
    ] as const)
      expect(claimsIn(text, lang), text).toContain('reduce-public-harm');
  });
  it('is none when what is taken out is no drug use', () => {
    expect(claimsIn('Die Feuerwehr holt die Katze aus den Hinterhöfen.', 'de')).not.toContain('reduce-public-harm');
    expect(claimsIn('Police took the man out of the park in handcuffs.', 'en')).not.toContain('reduce-public-harm');
  });
});
