/** The evaluation's arithmetic: overlaps tallied into precision and recall, per language and family. */
import { describe, expect, it } from 'vitest';
import { precision, recall, report, reportDebate, tally, tallyClaims, tallyNames, type Classify } from '../../scripts/lib/eval-tally';

const classify: Classify = (text) =>
  text === 'DCR' ? { family: 'drug-consumption-room', lang: 'en' } : text === 'Konsumraum' ? { family: 'drug-consumption-room', lang: 'de' } : null;

describe('the evaluation tally', () => {
  it('counts found spans, false alarms and misses, and lists each', () => {
    const result = tally(
      [
        {
          page: 'front.html',
          lang: 'en',
          highlights: [
            { text: 'DCR', context: 'The DCR opened.', matched: true },
            { text: 'DCR', context: 'DCR surgery.', matched: false },
          ],
          spans: [
            { text: 'DCR', context: 'The DCR opened.', matched: true },
            { text: 'Konsumraum', context: 'Der Konsumraum.', matched: false, lang: 'de-CH' },
          ],
        },
      ],
      classify,
    );
    expect(result.total).toEqual({ found: 1, falseAlarms: 1, missed: 1 });
    expect(precision(result.total)).toBe(0.5);
    expect(recall(result.total)).toBe(0.5);
    expect(result.byLang.get('de')).toEqual({ found: 0, falseAlarms: 0, missed: 1 });
    expect(result.byFamily.get('drug-consumption-room')).toEqual({ found: 1, falseAlarms: 1, missed: 1 });
    expect(result.falseAlarms).toEqual(['front.html: "DCR" in “DCR surgery.”']);
    expect(result.misses).toEqual(['front.html: "Konsumraum" in “Der Konsumraum.”']);
    expect(report('chromium', result)).toContain('chromium: precision 0.500, recall 0.500 (1 found, 1 false, 1 missed)');
  });

  it('reports a held-out tally by its counts and languages, without quoting its false alarms and misses or naming their families', () => {
    const result = tally(
      [
        {
          page: 'held.html',
          lang: 'en',
          highlights: [{ text: 'DCR', context: 'DCR surgery.', matched: false }],
          spans: [{ text: 'Konsumraum', context: 'Der Konsumraum.', matched: false, lang: 'de' }],
        },
      ],
      classify,
    );
    const quiet = report('held-out test half', result, false);
    expect(quiet).toContain('held-out test half: precision 0.000, recall 0.000 (0 found, 1 false, 1 missed)');
    expect(quiet).toContain('false alarms (1) and misses (1) not quoted');
    expect(quiet).not.toContain('surgery');
    expect(quiet).not.toContain('Der Konsumraum');
    expect(quiet).not.toContain('drug-consumption-room');
    expect(report('held-out dev half', result)).toContain('held.html: "DCR" in “DCR surgery.”');
  });

  it('counts a page with nothing to find and nothing found as perfect', () => {
    const result = tally([{ page: 'sport.html', lang: 'en', highlights: [], spans: [] }], classify);
    expect([precision(result.total), recall(result.total)]).toEqual([1, 1]);
  });
});

describe('the claims and names tally', () => {
  const attribute = (sentence: string) => (sentence.includes('save') ? ['save-lives'] : sentence.includes('law') ? ['change-law'] : []);

  it('counts a claim found when a highlight over its sentence makes it, and a claim no label names as a false alarm', () => {
    const result = tallyClaims(
      [
        {
          page: 'claims-en.html',
          highlights: [
            { text: 'Rooms save lives.', lang: 'en', context: 'claim-1', labels: ['save-lives'] },
            { text: 'The law must change.', lang: 'en', context: 'claim-2', labels: [] },
          ],
          spans: [
            { text: 'Rooms save lives.', lang: 'en', labels: ['save-lives'], covering: [{ text: 'Rooms save lives.' }] },
            { text: 'The law must change.', lang: 'en', labels: [], covering: [{ text: 'The law must change.' }] },
            { text: 'They open at nine and save time.', lang: 'en', labels: ['allow-facility'], covering: [] },
          ],
        },
      ],
      attribute,
    );
    expect(result.total).toEqual({ found: 1, falseAlarms: 1, missed: 1 });
    expect(result.byKey.get('change-law')).toEqual({ found: 0, falseAlarms: 1, missed: 0 });
    expect(result.byKey.get('allow-facility')).toEqual({ found: 0, falseAlarms: 0, missed: 1 });
    expect(reportDebate('chromium claims', result, 'claim')).toContain('chromium claims: precision 0.500, recall 0.500');
  });

  it('reads a highlighted question with the text after it, which may answer it yes', () => {
    // As the finder does: a question says what it asks only when the next sentence answers yes.
    const answered = (sentence: string, _lang: string, following = '') => (sentence.endsWith('?') && following.includes('yes') ? ['reduce-public-harm'] : []);
    const question = 'Are there fewer needles in the park since the room opened?';
    const result = tallyClaims(
      [
        {
          page: 'claims-en.html',
          highlights: [{ text: question, following: ' The neighbours say yes.', lang: 'en', context: 'claim-1', labels: ['reduce-public-harm'] }],
          spans: [
            {
              text: `${question} The neighbours say yes.`,
              lang: 'en',
              labels: ['reduce-public-harm'],
              covering: [{ text: question, following: ' The neighbours say yes.' }],
            },
            { text: `${question} Nobody knows.`, lang: 'en', labels: ['reduce-public-harm'], covering: [{ text: question, following: ' Nobody knows.' }] },
          ],
        },
      ],
      answered,
    );
    expect(result.total).toEqual({ found: 1, falseAlarms: 0, missed: 1 });
  });

  it('reads a highlighted call with the text before it, which may name the room its pronoun stands for', () => {
    // As the finder does: "Open one now!" calls for a room only after a sentence naming one.
    const named = (sentence: string, _lang: string, _following?: string, preceding = '') =>
      sentence.startsWith('Open one') && preceding.includes('room') ? ['allow-facility'] : [];
    const call = 'Open one in Dundee now!';
    const result = tallyClaims(
      [
        {
          page: 'claims-en.html',
          highlights: [{ text: call, preceding: 'The consumption room saves lives. ', lang: 'en', context: 'claim-1', labels: ['allow-facility'] }],
          spans: [
            {
              text: `The consumption room saves lives. ${call}`,
              lang: 'en',
              labels: ['allow-facility'],
              covering: [{ text: call, preceding: 'The consumption room saves lives. ' }],
            },
            { text: `Bus lanes save time. ${call}`, lang: 'en', labels: ['allow-facility'], covering: [{ text: call, preceding: 'Bus lanes save time. ' }] },
          ],
        },
      ],
      named,
    );
    expect(result.total).toEqual({ found: 1, falseAlarms: 0, missed: 1 });
  });

  it('counts a name found when a highlight covers it, and a highlight over no labelled name as a false alarm', () => {
    const result = tallyNames([
      {
        page: 'names-en.html',
        highlights: [
          { text: 'Arfon Jones', lang: 'en', context: 'names-1', labels: ['arfon-jones'] },
          { text: 'Mr Jones', lang: 'en', context: 'names-2', labels: null },
        ],
        spans: [
          { text: 'Arfon Jones', lang: 'en', labels: ['arfon-jones'], covering: [{ text: 'Arfon Jones' }] },
          { text: 'Home Office', lang: 'en', labels: ['home-office'], covering: [] },
        ],
      },
    ]);
    expect(result.total).toEqual({ found: 1, falseAlarms: 1, missed: 1 });
    expect(result.falseAlarms).toEqual(['names-en.html: "Mr Jones" in “names-2”']);
  });
});
