import { describe, expect, it } from 'vitest';
import { armOrder, ARMS, pageCostReport, variantTotals, type PageCostResult, type PageCostRow } from '../../../scripts/bench/page-cost';
import { emptyBreakdown } from '../../../scripts/bench/page-cost-trace';

const row = (variant: 'planted' | 'bare', withoutMs: number, floorMs: number, floorSizedMs: number, withMs: number): PageCostRow => ({
  page: 'p.html',
  variant,
  withoutMs,
  floorMs,
  floorSizedMs,
  withMs,
  frames: 3,
  outOfProcessFrames: 1,
  claimlensFrames: 2,
});

describe('page-cost arms', () => {
  it('loads every arm once a round, each first in turn', () => {
    const rounds = ARMS.map((_, round) => armOrder(round));
    for (const order of rounds) expect([...order].sort()).toEqual([...ARMS].sort());
    expect(rounds.map((order) => order[0])).toEqual([...ARMS]);
    expect(armOrder(ARMS.length)).toEqual(armOrder(0));
  });

  it('sets ours against no extension and against each floor, in ms and as a share of the page’s own time', () => {
    const totals = variantTotals([row('planted', 1000, 1020, 1050, 1200), row('planted', 1000, 1000, 1010, 1100)]);
    expect(totals).toMatchObject({ withoutMs: 2000, floorMs: 2020, floorSizedMs: 2060, withMs: 2300, beyondFloorMs: 280, beyondSizedFloorMs: 240 });
    expect(totals.added).toBeCloseTo(0.15);
    expect(totals.floorAdded).toBeCloseTo(0.01);
    expect(totals.floorSizedAdded).toBeCloseTo(0.03);
    // Added over the floor + ours beyond it = ours added: the shares are of the same base.
    expect(totals.beyondFloor).toBeCloseTo(0.14);
    expect(totals.floorAdded + totals.beyondFloor).toBeCloseTo(totals.added);
    expect(totals.beyondSizedFloor).toBeCloseTo(0.12);
  });

  it('prints the floor beside ours for both variants', () => {
    const rows = [row('planted', 1000, 1020, 1050, 1200), row('bare', 1000, 1010, 1030, 1070)];
    const result: PageCostResult = {
      rounds: 3,
      rows,
      totals: { planted: variantTotals(rows.slice(0, 1)), bare: variantTotals(rows.slice(1)) },
      trace: null,
      loadAverage: [1, 2],
      seconds: 600,
    };
    const text = pageCostReport(result);
    expect(text).toMatch(/planted +1000 +1020 +\+2\.0% +1050 +\+5\.0% +1200 +\+20\.0%/);
    expect(text).toMatch(/bare +1000 +1010 +\+1\.0% +1030 +\+3\.0% +1070 +\+7\.0%/);
    expect(text).toContain("planted: Claimlens beyond the floor 180 ms (+18.0 pts of the page's time), beyond the sized floor 150 ms (+15.0 pts)");
    expect(text).toContain('MET    without a mention');
    expect(text).toContain('10.0 min');
    const traced = pageCostReport({
      ...result,
      trace: Object.fromEntries(
        ['planted', 'bare'].map((v) => [
          v,
          Object.fromEntries(ARMS.map((arm) => [arm, { ...emptyBreakdown(), evaluations: arm === 'without' ? {} : { 'content.js': [1, 3] } }])),
        ]),
      ) as PageCostResult['trace'],
    });
    expect(traced).toContain('sized floor: content.js evaluated in 2 frames: 4.0 ms in all, median 2.00 ms per frame');
  });
});
