/** The evaluation's arithmetic: overlaps tallied into precision and recall, per language and family. */
import { describe, expect, it } from 'vitest';
import { precision, recall, report, tally, type Classify } from '../../scripts/lib/eval-tally';

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

  it('counts a page with nothing to find and nothing found as perfect', () => {
    const result = tally([{ page: 'sport.html', lang: 'en', highlights: [], spans: [] }], classify);
    expect([precision(result.total), recall(result.total)]).toEqual([1, 1]);
  });
});
