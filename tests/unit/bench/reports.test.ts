import { describe, expect, it } from 'vitest';
import { textReport } from '../../../scripts/bench/report-text';
import { summarize } from '../../../scripts/bench/summary';
import { benchResult, pageResult } from './support/bench-result';

describe('text report', () => {
  const result = benchResult([pageResult('small', 1, true), pageResult('no-peers', 2, false), pageResult('large', 10, true)]);
  const report = textReport(result, summarize(result));

  it('prints a row per page and the totals, with a dash where the peers did not run', () => {
    const lines = report.split('\n');
    expect(lines.find((l) => l.startsWith('small'))).toMatch(/200\s+40\.0\s+4\.00×$/);
    expect(lines.find((l) => l.startsWith('no-peers'))).toMatch(/—\s+—\s+4\.00×$/);
    // Engine totals over all three pages, peer totals over their two.
    expect(lines.find((l) => l.startsWith('TOTAL'))).toMatch(/\s13\.0\s+39\.0\s+52\.0\s+65\.0\s+2200\s+440\s+4\.00×$/);
  });

  it('says which engine ran and whether each target is met', () => {
    expect(report).toContain('engine: src/engine');
    expect(report).toContain('MET    find + paint / floor: 4.00× (target ≤ 5×)');
    expect(report).toContain('MISSED advanced-mark.js / engine find + paint on the 2 pages they ran on: 10.0× (target ≥ 15×)');
    expect(report).toMatch(/3 of 5 targets met$/);
  });
});
