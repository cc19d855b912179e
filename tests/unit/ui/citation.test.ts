/** Citations carry only what the source gives: nothing is filled in where the article is silent. */
import { describe, expect, it } from 'vitest';
import cardData from 'virtual:claimlens/card-data';
import { citation, itemUrl, type CitableItem } from '../../../src/ui/citation';

const SOURCES = 'moz-extension://uuid/pages/sources.html';
const seedItem = (id: string): CitableItem => cardData.evidence.find((e) => e.id === id)!;
const unknownOutlet: CitableItem = {
  id: 'patel-overdoses',
  kind: 'direct-quote',
  text: 'We lost forty-one people to overdoses last year,',
  outlet: null,
  outletInferred: false,
  date: '2031-04-02',
  speakers: [{ name: 'Maya Patel', role: 'Director of public health', organisation: 'the city’s health board', label: 'MP', framing: null }],
};

describe('citation', () => {
  it('links to the item on the sources page, its id escaped', () => {
    expect(itemUrl(`${SOURCES}#old`, 'a b')).toBe(`${SOURCES}#a%20b`);
  });

  it('gives a quote with its speakers and shared role as reported, the outlet as the article names it, and “undated”', () => {
    expect(citation('text', seedItem('commissioners-pilot-site'), SOURCES)).toMatch(
      /^“If the government was to allow a pilot site, .* vulnerable in society\.” — Arfon Jones \(Police and Crime Commissioner, North Wales\); Ron Hogg \(Police and Crime Commissioner, Durham\); David Jamieson \(Police and Crime Commissioner, West Midlands\), as reported in the National \(inferred from the article’s own words; it does not name its outlet\), undated\. Source: moz-extension:\/\/uuid\/pages\/sources\.html#commissioners-pilot-site$/,
    );
  });

  it('leaves title, date and address out of CSL-JSON where the source has none, and never calls the speaker its author', () => {
    const [seed] = JSON.parse(citation('csl-json', seedItem('home-office-prevent-drug-use'), SOURCES)) as Record<string, unknown>[];
    // The seed names no outlet of its own ("told the National" is the only clue): no container-title, the note says so.
    expect(Object.keys(seed!).sort()).toEqual(['id', 'note', 'type']);
    expect(seed!.note).toContain('Outlet inferred from the article’s words, not stated by it: the National.');
    const [other] = JSON.parse(citation('csl-json', unknownOutlet, SOURCES)) as Record<string, unknown>[];
    expect(other).toEqual({
      id: 'claimlens-patel-overdoses',
      type: 'article',
      issued: { raw: '2031-04-02' },
      note: `Maya Patel (Director of public health, the city’s health board), as reported: “We lost forty-one people to overdoses last year,”. Source: ${SOURCES}#patel-overdoses`,
    });
  });

  it('names an outlet the article states as its own plainly, in the record too', () => {
    const stated: CitableItem = { ...unknownOutlet, outlet: 'the Harbour Gazette', outletInferred: false };
    expect(citation('text', stated, SOURCES)).toContain('as reported in the Harbour Gazette, 2031-04-02.');
    const [record] = JSON.parse(citation('csl-json', stated, SOURCES)) as Record<string, unknown>[];
    expect(record!['container-title']).toBe('the Harbour Gazette');
  });

  it('says the outlet is unknown rather than naming one, and escapes Markdown in the words', () => {
    const markdown = citation('markdown', { ...unknownOutlet, text: 'A *bold* [claim]' }, SOURCES);
    expect(markdown).toBe(
      `> “A \\*bold\\* \\[claim\\]”\n>\n> — Maya Patel (Director of public health, the city’s health board), as reported in *an article whose outlet is unknown*, 2031-04-02. [Source](${SOURCES}#patel-overdoses)`,
    );
  });
});
