import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../src/content/frame-reporter';

describe('snippetOf', () => {
  it('keeps a short paragraph whole', () => {
    expect(snippetOf({ context: 'Campaigners say drug consumption rooms save lives.', text: 'drug consumption rooms' })).toBe(
      'Campaigners say drug consumption rooms save lives.',
    );
  });

  it('cuts a long paragraph at whole words with an ellipsis on each cut side', () => {
    const context = `${'word '.repeat(30)}the drug consumption room plan ${'more '.repeat(30)}`;
    const snippet = snippetOf({ context, text: 'drug consumption room' });
    expect(snippet).toMatch(/^…(word )+the drug consumption room plan( more)+…$/);
    expect(snippet.length).toBeLessThanOrEqual(48 * 2 + 'drug consumption room'.length + 2);
  });

  it('folds whitespace runs', () => {
    expect(snippetOf({ context: 'a\n  drug consumption room\t here', text: 'drug consumption room' })).toBe('a drug consumption room here');
  });
});
