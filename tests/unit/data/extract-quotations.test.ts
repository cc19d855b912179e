// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractQuotations, type Quotation } from '../../../src/data/extract-quotations';

const root = resolve(import.meta.dirname, '../../..');
const seed = readFileSync(resolve(root, 'seeds/000_a82303e51bffeff7.txt'), 'utf8');
const fixture = readFileSync(resolve(root, 'tests/fixtures/data/harbour-street.txt'), 'utf8');

/** What a reader checks: the quoted words (their start), the kind, and who said them. */
const summary = (q: Quotation) => ({ opens: q.text.slice(0, 24), kind: q.kind, speaker: q.speaker?.text ?? null, pronoun: q.pronoun });

describe('extractQuotations on the seed article', () => {
  const { quotations, problems } = extractQuotations(seed);
  const commissioners = 'North Wales Police and Crime Commissioner Arfon Jones, Durham Commissioner Ron Hogg and West Midlands Commissioner David Jamieson';

  it('finds every quotation, in order, with its speaker as the article names them', () => {
    expect(problems).toEqual([]);
    expect(quotations.map(summary)).toEqual([
      { opens: 'deeply concerned', kind: 'partial-quote', speaker: commissioners, pronoun: null },
      { opens: 'If the government was to', kind: 'direct-quote', speaker: commissioners, pronoun: 'They' },
      { opens: 'The fact that senior fig', kind: 'direct-quote', speaker: 'Thewliss', pronoun: null },
      { opens: 'For plans to progress, t', kind: 'direct-quote', speaker: 'Thewliss', pronoun: 'She' },
      { opens: 'An increasing number of ', kind: 'direct-quote', speaker: 'Thewliss', pronoun: 'She' },
      { opens: 'We must prevent drug use', kind: 'direct-quote', speaker: 'A Home Office spokesman', pronoun: null },
    ]);
  });

  it('resolves "They wrote" to the three commissioners, not to Atkins, to whom the letter went', () => {
    const letter = quotations[1]!;
    expect(letter.attribution?.text).toBe('They wrote');
    expect(letter.speaker?.text).not.toContain('Atkins');
  });

  it('keeps each quotation verbatim, without its marks, and its offsets exact', () => {
    for (const q of quotations) {
      expect(seed.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^[“"]|[”"]$/);
    }
    expect(quotations[3]!.text.endsWith('the scheme cannot be proceed.')).toBe(true);
  });

  it('carries the quotation left open at a paragraph end into the paragraph that opens with “', () => {
    const [opened, continued] = [quotations[3]!, quotations[4]!];
    expect(opened.continued).toBe(false);
    expect(continued.continued).toBe(true);
    expect(seed.slice(opened.end, continued.start)).toBe('\n\n“');
    // The closing mark stands before the full stop here: the full stop is not quoted.
    expect(continued.text.endsWith('the wider public in general')).toBe(true);
    expect(seed.slice(continued.end)).toBe(
      '”.\n\nLast month all parties in the Scottish Parliament bar the Tories backed the proposal for a Glasgow DCR.\n\nA Home Office spokesman said: “We must prevent drug use in our communities.”',
    );
  });
});

describe('extractQuotations on the test article', () => {
  const { quotations, problems } = extractQuotations(fixture);

  it('reads straight quotes, attribution after the quote, "He" and "according to"', () => {
    expect(problems).toEqual([]);
    expect(quotations.map(summary)).toEqual([
      { opens: 'a lifeline', kind: 'partial-quote', speaker: "Dr Maya Patel, the board's director of public health", pronoun: null },
      { opens: 'We lost forty-one people', kind: 'direct-quote', speaker: 'Dr Patel', pronoun: null },
      { opens: 'Most of them died alone,', kind: 'direct-quote', speaker: 'Dr Patel', pronoun: null },
      { opens: 'Nobody asked the people ', kind: 'direct-quote', speaker: 'Tom Reilly', pronoun: null },
      { opens: 'We are not against help ', kind: 'direct-quote', speaker: 'Tom Reilly', pronoun: 'He' },
      { opens: 'Find another street.', kind: 'direct-quote', speaker: 'Tom Reilly', pronoun: 'He' },
      { opens: 'shooting gallery', kind: 'partial-quote', speaker: null, pronoun: null },
      { opens: 'will not target people o', kind: 'partial-quote', speaker: 'Inspector Sam Okafor of the city police', pronoun: null },
    ]);
  });
});

describe('extractQuotations on broken or unusual text', () => {
  it('reports a quotation that is never closed', () => {
    const text = 'She said: “It works.\n\nNothing else was said.';
    expect(extractQuotations(text).problems).toEqual([{ offset: text.indexOf('“'), reason: 'this quotation mark opens a quotation that is never closed' }]);
  });

  it('reports a quotation still open at the end of the article', () => {
    expect(extractQuotations('He said: “It works.').problems.map((p) => p.reason)).toEqual(['this quotation mark opens a quotation that is never closed']);
  });

  it('reports a closing mark with no opening one', () => {
    const text = 'It works,” he said.';
    expect(extractQuotations(text).problems).toEqual([{ offset: text.indexOf('”'), reason: 'a closing quotation mark with no opening one before it' }]);
  });

  it('leaves apostrophes and single marks nested in double ones alone', () => {
    const { quotations, problems } = extractQuotations('She said: “The police boss’s ‘intervention’ was welcome.”');
    expect(problems).toEqual([]);
    expect(quotations.map((q) => q.text)).toEqual(['The police boss’s ‘intervention’ was welcome.']);
  });

  it('resolves a pronoun to the last named speaker, even across other paragraphs', () => {
    const text = 'Jane Roe said: “One.”\n\nThe council met on Monday.\n\n“Two,” she said.';
    expect(extractQuotations(text).quotations.map(summary)).toEqual([
      { opens: 'One.', kind: 'direct-quote', speaker: 'Jane Roe', pronoun: null },
      { opens: 'Two,', kind: 'direct-quote', speaker: 'Jane Roe', pronoun: 'she' },
    ]);
  });

  it('tells a statement introduced without a colon from a fragment and from a scare quote', () => {
    const text = 'The minister said “It works.” Critics call them “shooting galleries” and said they were “reckless”.';
    expect(extractQuotations(text).quotations.map(summary)).toEqual([
      { opens: 'It works.', kind: 'direct-quote', speaker: 'The minister', pronoun: null },
      { opens: 'shooting galleries', kind: 'partial-quote', speaker: null, pronoun: null },
      { opens: 'reckless', kind: 'partial-quote', speaker: 'Critics call them “shooting galleries” and', pronoun: null },
    ]);
  });

  it('leaves a pronoun unresolved when no speaker was named before it', () => {
    const [only] = extractQuotations('They said: “Nobody told us.”').quotations;
    expect(only).toMatchObject({ speaker: null, pronoun: 'They' });
  });
});
