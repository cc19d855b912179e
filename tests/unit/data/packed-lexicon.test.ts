import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { packLexicon, unpackLexicon } from '../../../src/data/packed-lexicon';

describe('the packed lexicon the content script carries', () => {
  it('unpacks to exactly the bundled lexicon, order included', () => {
    expect(unpackLexicon(packLexicon(dataset.lexicon))).toEqual(dataset.lexicon);
  });

  it('is much smaller than the lexicon as JSON objects', () => {
    const packed = JSON.stringify(packLexicon(dataset.lexicon)).length;
    expect(packed).toBeLessThan(JSON.stringify(dataset.lexicon).length / 2);
  });

  it('refuses a form it could not unpack', () => {
    const lexicon = { ...dataset.lexicon, terms: [{ form: 'a|b', lang: 'en' as const, family: 'x', ambiguous: false }] };
    expect(() => packLexicon(lexicon)).toThrow(/contains "\|" or ";"/);
  });
});
