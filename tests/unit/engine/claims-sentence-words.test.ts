/**
 * A sentence's words as the claim rules ask them: a cue of one word that is an ending ("*transplantation") is held only where
 * a word ends in it, not by every sentence.
 */
import { describe, expect, it } from 'vitest';
import { compileCue, foldedWords } from '../../../src/engine/claims/cues';
import { SentenceWords } from '../../../src/engine/claims/sentence';

const words = (text: string): SentenceWords => new SentenceWords(foldedWords(text), text);

describe('a sentence holding a cue', () => {
  it('holds a one-word ending only where a word ends in it', () => {
    const ending = compileCue('*transplantation', 0);
    expect(words('Eine Herztransplantation hat ihr das Leben gerettet.').has(ending)).toBe(true);
    expect(words('Der Konsumraum hat Dutzende Leben gerettet.').has(ending)).toBe(false);
    // The word itself is no ending of itself: an ending needs letters before it.
    expect(words('Die Transplantation gelang.').has(ending)).toBe(false);
  });

  it('still holds a whole word and a word start by themselves', () => {
    expect(words('Naloxone saved him.').has(compileCue('naloxone', 0))).toBe(true);
    expect(words('Razzien der Polizei').has(compileCue('razzi*', 0))).toBe(true);
    expect(words('Die Polizei kam.').has(compileCue('razzi*', 0))).toBe(false);
  });
});
