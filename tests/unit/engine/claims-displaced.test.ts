/**
 * A harm moved elsewhere is not lessened (src/engine/claims/effects.ts, `harmDisplaced`): "the
 * problem has just shifted to the park", "nicht mehr vor dem Bahnhof, sondern zwei Straßen
 * weiter", "ahora aparecen en el parque de al lado" tell of displacement, the opponents' point,
 * not of the room reducing public harm. Moved indoors or into the room, it is the room's record.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const makesHarmReduced = (text: string, lang: Lang): boolean => claimsIn(text, lang).includes('reduce-public-harm');

const DISPLACED: readonly (readonly [string, Lang])[] = [
  ['Fewer people inject by the station now, but the problem has just shifted to the park behind the school.', 'en'],
  ['Die Spritzen liegen jetzt nicht mehr vor dem Bahnhof, sondern zwei Straßen weiter vor der Grundschule.', 'de'],
  ['Les seringues ont disparu de la gare, mais le problème s’est simplement déplacé vers le parc d’à côté, déplorent les riverains.', 'fr'],
  ['Las jeringuillas ya no están en la plaza, ahora aparecen en el parque de al lado, lamentan los vecinos.', 'es'],
  ['As seringas desapareceram da praça, mas agora aparecem no jardim ao lado, queixam-se os moradores.', 'pt'],
  ['Le siringhe non sono più in piazza, ma si sono spostate nei giardini dietro la scuola, denunciano i residenti.', 'it'],
];

const TAKEN_IN: readonly (readonly [string, Lang])[] = [
  ['Since the room opened, injecting has moved indoors and the stairwells are clean again, the caretaker says.', 'en'],
  ['Seit der Eröffnung hat sich der Konsum von der Straße nach drinnen verlagert, sagt die Polizei.', 'de'],
  ['Sinds de opening is het gebruik verplaatst van de straat naar binnen, zegt de wijkagent.', 'nl'],
  ['Desde que a sala abriu, o consumo deslocou-se da rua para dentro de portas, dizem os moradores.', 'pt'],
  ['Da quando la stanza è aperta, il consumo si è spostato dalla strada al chiuso, dicono i residenti.', 'it'],
];

describe('a harm displaced', () => {
  it('is not lessened', () => {
    for (const [text, lang] of DISPLACED) expect(makesHarmReduced(text, lang), text).toBe(false);
  });
  it('moved indoors, is the room’s record', () => {
    for (const [text, lang] of TAKEN_IN) expect(makesHarmReduced(text, lang), text).toBe(true);
  });
});
