import { describe, expect, it } from 'vitest';
import { AB_ARMS, abOrder, abReport, abTotals, type AbRow } from '../../../scripts/bench/page-cost-ab';

const row = (variant: 'planted' | 'bare', without: number, against: number, ours: number): AbRow => ({
  page: 'p.html',
  variant,
  ms: { without, against, ours },
});

describe('page cost of two builds', () => {
  it('loads every arm once a round, each first in turn', () => {
    const rounds = AB_ARMS.map((_, round) => abOrder(round));
    for (const order of rounds) expect([...order].sort()).toEqual([...AB_ARMS].sort());
    expect(rounds.map((order) => order[0])).toEqual([...AB_ARMS]);
    expect(abOrder(AB_ARMS.length)).toEqual(abOrder(0));
  });

  it('sets each build against no extension and this one against the other, per kind of page', () => {
    const rows = [row('planted', 1000, 1300, 1200), row('planted', 1000, 1100, 1100), row('bare', 1000, 1100, 1050)];
    const planted = abTotals(rows, 'planted');
    expect(planted).toMatchObject({ without: 2000, against: 2400, ours: 2300, difference: -100 });
    expect(planted.addedAgainst).toBeCloseTo(0.2);
    expect(planted.addedOurs).toBeCloseTo(0.15);
    expect(abTotals(rows, 'bare').difference).toBe(-50);
    const report = abReport({ against: '/tmp/before', rounds: 3, rows, loadAverage: [0.5, 0.7], seconds: 600 });
    expect(report).toContain('planted  without 2000 ms; the other build 2400 (+20.0%); this build 2300 (+15.0%); this − other -100 ms');
    expect(report).toContain('bare     without 1000 ms; the other build 1100 (+10.0%); this build 1050 (+5.0%); this − other -50 ms');
  });
});
