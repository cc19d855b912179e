import { describe, expect, it } from 'vitest';
import { describeTarget, formatRatio, summarize } from '../../../scripts/bench/summary';
import { benchResult, pageResult } from './support/bench-result';

describe('summarize', () => {
  it('sums the per-page medians into corpus totals', () => {
    const { totals } = summarize(benchResult());
    expect(totals).toEqual({ floor: 11, find: 33, findPaint: 44, find10k: 55 });
  });

  it('judges every bench target from the totals', () => {
    const byId = Object.fromEntries(summarize(benchResult()).targets.map((t) => [t.id, t]));
    expect(byId['paint-vs-floor']).toMatchObject({ value: 4, limit: 5, met: true });
    expect(byId['vs-markjs']).toMatchObject({ value: 50, limit: 30, met: true });
    expect(byId['vs-advanced-mark']).toMatchObject({ value: 10, limit: 15, met: false });
    expect(byId['lexicon-scaling']?.value).toBeCloseTo(55 / 33);
    expect(byId['lexicon-scaling']?.met).toBe(false);
    expect(byId['incremental']).toMatchObject({ value: 1.5, limit: 2, met: true });
  });

  it('compares the peers with the engine only on the pages the peers ran on', () => {
    const result = benchResult([pageResult('a', 1, true), pageResult('b', 10, false), pageResult('c', 2, true)]);
    const summary = summarize(result);
    expect(summary.peerTotals).toMatchObject({ pages: 2, markjs: 600, advancedMark: 120, findPaint: 12, planted: 9 });
    const markjs = summary.targets.find((t) => t.id === 'vs-markjs')!;
    expect(markjs.value).toBe(50);
    expect(markjs.label).toContain('on the 2 pages they ran on');
    // Engine totals still cover every page.
    expect(summary.totals.floor).toBe(13);
  });

  it('counts what was found against what was planted', () => {
    expect(summarize(benchResult()).found).toEqual({ planted: 33, engine: 33, engine10k: 33, markjs: 55, advancedMark: 33 });
  });

  it('says MET or MISSED with the bound, and n/a when nothing could be divided', () => {
    const [paint] = summarize(benchResult()).targets;
    expect(describeTarget(paint!)).toBe('MET    find + paint / floor: 4.00× (target ≤ 5×)');
    const zeroFloor = benchResult([
      { ...pageResult('a', 1, true), methods: { ...pageResult('a', 1, true).methods, floor: { medianMs: 0, runs: 1, coldMs: 0, matches: 0 } } },
    ]);
    const missed = summarize(zeroFloor).targets[0]!;
    expect(missed.met).toBe(false);
    expect(describeTarget(missed)).toContain('n/a');
    expect(formatRatio(123.456)).toBe('123.5×');
  });
});
