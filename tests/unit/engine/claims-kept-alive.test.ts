/**
 * Lives saved said as people kept alive, the verb and its "alive" apart ("maintient des gens en
 * vie", "houdt mensen in leven", "mantém as pessoas vivas"), or as a relative who would be dead
 * without the room ("wäre mein Bruder heute tot"), in the languages whose cues had them only side
 * by side or for the speaker alone.
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

describe('people kept alive', () => {
  it('are lives saved', () => {
    for (const [text, lang] of KEPT_ALIVE) expect(claimsIn(text, lang), text).toContain('save-lives');
  });
});
