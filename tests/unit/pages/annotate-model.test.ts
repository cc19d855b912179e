// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkArticles, type ReaderArticle } from '../../../src/data/evidence-file';
import { DatasetError } from '../../../src/data/dataset-error';
import { labelOf, selectorAt, suggestionsFor, withItem } from '../../../src/pages/annotate-model';
import { newReaderArticle } from '../../../src/pages/new-article';
import { CLAIM_IDS } from '../../support/reader-evidence';

/** Our own article, as the add-article page stores it. */
const TEXT = [
  'Millbrook’s council voted on Tuesday to open a drug consumption room beside the bus station, the Millbrook Courier has learned.',
  'Councillor Ada Brennan, who leads the health committee, said the room would “keep people alive long enough to get well”. She added that the service would be open seven days a week.',
  '“It sends the wrong message to our children,” said Peter Lowe, a local shopkeeper. “We were never asked.”',
  'The county police commander, Ruth Abara, told the meeting that officers would not patrol the entrance. The room would be open seven days a week.',
].join('\n\n');

function article(): Promise<ReaderArticle> {
  return newReaderArticle({ text: TEXT, title: 'Millbrook council backs a drug consumption room', siteName: null, date: null, url: null });
}

async function problemsOf(a: ReaderArticle): Promise<string[]> {
  try {
    await checkArticles('article', [a], CLAIM_IDS);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.entry}: ${p.reason}`);
    throw error;
  }
}

describe('annotating a reader’s article', () => {
  it('proposes every quotation with the speaker the article gives it (the words that name them, for the reader to correct)', async () => {
    const suggestions = suggestionsFor(await article());
    expect(suggestions.filter((s) => s.kind !== 'reported-position').map((s) => [s.text, s.speaker])).toEqual([
      ['keep people alive long enough to get well', 'Councillor Ada Brennan, who leads the health committee'],
      ['It sends the wrong message to our children,', 'Peter Lowe'],
      ['We were never asked.', 'Peter Lowe'],
    ]);
  });

  it('names a repeated span by as few words around it as make it unique', () => {
    const second = TEXT.lastIndexOf('open seven days a week');
    const selector = selectorAt(TEXT, second, second + 'open seven days a week'.length);
    // "would be open seven days a week" is in the text twice: it takes one more word.
    expect(selector).toEqual({ text: 'open seven days a week', prefix: 'room would be ' });
    expect(selectorAt(TEXT, TEXT.indexOf('bus station'), TEXT.indexOf('bus station') + 11)).toEqual({ text: 'bus station' });
  });

  it('turns accepted suggestions and a selected span into annotations the builder’s rules accept, and drops what is annotated from the suggestions', async () => {
    let a = await article();
    const [brennan, lowe] = suggestionsFor(a);
    a = withItem(a, {
      kind: brennan!.kind,
      selector: selectorAt(a.text, brennan!.start, brennan!.end),
      stakeholder: { name: 'Ada Brennan', role: 'Councillor, who leads the health committee', organisation: null, kind: 'person' },
      stance: 'supports',
      stanceBasis: null,
      claims: [{ claim: 'save-lives', position: 'supports' }],
      medium: null,
    });
    a = withItem(a, {
      kind: lowe!.kind,
      selector: selectorAt(a.text, lowe!.start, lowe!.end),
      stakeholder: { name: 'Peter Lowe', role: 'a local shopkeeper', organisation: null, kind: 'person' },
      stance: 'opposes',
      stanceBasis: null,
      claims: [],
      medium: null,
    });
    const position = 'The county police commander, Ruth Abara, told the meeting that officers would not patrol the entrance';
    const at = a.text.indexOf(position);
    a = withItem(a, {
      kind: 'reported-position',
      selector: selectorAt(a.text, at, at + position.length),
      stakeholder: { name: 'Ruth Abara', role: 'county police commander', organisation: null, kind: 'person' },
      stance: 'neutral',
      stanceBasis: null,
      claims: [],
      medium: null,
    });
    expect(await problemsOf(a)).toEqual([]);
    // Each id carries the article's mark, so the same name in another article cannot clash.
    const mark = a.id.slice('reader_'.length, 'reader_'.length + 8);
    expect(a.annotations.stakeholders.map((s) => [s.id, s.label])).toEqual([
      [`ada-brennan-${mark}`, 'AB'],
      [`peter-lowe-${mark}`, 'PL'],
      [`ruth-abara-${mark}`, 'RA'],
    ]);
    expect(suggestionsFor(a).map((s) => s.text)).toEqual(['We were never asked.']);
  });

  it('refuses, through the builder’s rules, a quote that is not in the text and a stakeholder the article never names', async () => {
    const a = withItem(await article(), {
      kind: 'direct-quote',
      selector: { text: 'We were always asked.' },
      stakeholder: { name: 'Pete Lowe', role: 'shopkeeper', organisation: null, kind: 'person' },
      stance: 'opposes',
      stanceBasis: null,
      claims: [],
      medium: null,
    });
    const problems = await problemsOf(a);
    const mark = a.id.slice('reader_'.length, 'reader_'.length + 8);
    expect(problems).toContain(`stakeholders "pete-lowe-${mark}" introducedAs: "Pete Lowe" is not in the article`);
    expect(problems).toContain(`evidence "pete-lowe-${mark}-we-were-always-asked": "We were always asked." is not in the article`);
  });

  it('gives the same name in two articles different ids, so the two export and import together', async () => {
    const brennan = (a: ReaderArticle) =>
      withItem(a, {
        kind: 'partial-quote',
        selector: { text: 'keep people alive long enough to get well' },
        stakeholder: { name: 'Ada Brennan', role: 'Councillor', organisation: null, kind: 'person' },
        stance: 'supports',
        stanceBasis: null,
        claims: [],
        medium: null,
      });
    const first = brennan(await article());
    const second = brennan(
      await newReaderArticle({ text: `${TEXT}\n\nA second report of our own.`, title: 'A second report', siteName: null, date: null, url: null }),
    );
    expect(first.annotations.stakeholders[0]!.id).not.toBe(second.annotations.stakeholders[0]!.id);
    await expect(checkArticles('export.json', [first, second], CLAIM_IDS)).resolves.toBeUndefined();
  });

  it('gives an avatar one to three capitals', () => {
    expect(labelOf('Ada Brennan')).toBe('AB');
    expect(labelOf('police')).toBe('P');
    expect(labelOf('Royal College of General Practitioners')).toBe('RP');
  });
});
