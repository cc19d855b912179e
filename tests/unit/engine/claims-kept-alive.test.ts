/**
 * Lives saved said as people kept alive, the verb and its "alive" apart ("maintient des gens en
 * vie", "houdt mensen in leven", "mantém as pessoas vivas"), or as a relative who would be dead
 * without the room ("wäre mein Bruder heute tot"), in the languages whose cues had them only side
 * by side or for the speaker alone; or as the patients a doctor would have buried without it
 * ("j'aurais enterré au moins quatre de mes patients").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const KEPT_ALIVE: readonly (readonly [string, Lang])[] = [
  ['La salle maintient des gens en vie, affirme l’infirmière.', 'fr'],
  ['Deze ruimte houdt mensen in leven, zegt de verpleegkundige.', 'nl'],
  ['A sala mantém as pessoas vivas, diz a enfermeira.', 'pt'],
  ['„Ohne den Konsumraum wäre mein Bruder heute tot“, sagt eine Angehörige aus Dortmund.', 'de'],
];

/** The speaker's patients they would have buried without the room. */
const NOT_BURIED: readonly (readonly [string, Lang])[] = [
  ['“Without the room I would have buried three of my patients this winter,” the GP said.', 'en'],
  ['„Ohne den Konsumraum hätte ich in diesem Jahr drei Patienten beerdigt“, sagt der Hausarzt.', 'de'],
  ['« Sans cette salle, j’aurais enterré au moins quatre de mes patients cette année », confie un médecin du quartier.', 'fr'],
  ['‘Zonder de ruimte zou ik deze winter drie patiënten begraven hebben’, zegt de huisarts.', 'nl'],
  ['«Sin la sala, habría enterrado a tres pacientes este invierno», dice la médica de familia.', 'es'],
  ['«Sem a sala, teria enterrado três doentes este inverno», diz a médica de família.', 'pt'],
  ['«Senza la stanza avrei seppellito tre pazienti quest’inverno», dice il medico di base.', 'it'],
];

describe('people kept alive', () => {
  it('are lives saved', () => {
    for (const [text, lang] of KEPT_ALIVE) expect(claimsIn(text, lang), text).toContain('save-lives');
  });
  it('are lives saved when told as the burials the room spared', () => {
    for (const [text, lang] of NOT_BURIED) expect(claimsIn(text, lang), text).toContain('save-lives');
    // Only people's: a pet buried in the garden saves no one.
    expect(claimsIn('The family would have buried the dog in the garden if the council had allowed it.', 'en')).not.toContain('save-lives');
  });
});
