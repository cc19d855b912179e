import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleInTurns, type Timed } from '../../../scripts/bench/page/timing';

/** A method whose runs take `costs` ms in turn (on a fake clock) and log their name. */
let clock = 0;
let log: string[] = [];
function method(name: string, ...costs: number[]): Timed {
  let run = 0;
  return {
    reset: () => log.push(`reset ${name}`),
    run: () => {
      log.push(name);
      clock += costs[Math.min(run++, costs.length - 1)]!;
      return run;
    },
  };
}

describe('sampleInTurns', () => {
  beforeEach(() => {
    clock = 0;
    log = [];
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => vi.restoreAllMocks());

  it('runs the methods in turns: cold runs, warm-ups, then timed rounds, each after its reset', () => {
    const results = sampleInTurns([method('a', 1), method('b', 2)], { warmups: 2, minRuns: 3, maxRuns: 3, budgetMs: 0 });
    expect(log.filter((entry) => !entry.startsWith('reset'))).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(log.slice(0, 2)).toEqual(['reset a', 'a']);
    expect(results.map((r) => r.samples)).toEqual([
      [1, 1, 1],
      [2, 2, 2],
    ]);
    // What the last run found.
    expect(results.map((r) => r.matches)).toEqual([5, 5]);
  });

  it('reports the first run as the cold one and leaves it out of the samples', () => {
    const [result] = sampleInTurns([method('a', 50, 10)], { warmups: 1, minRuns: 2, maxRuns: 2, budgetMs: 0 });
    expect(result).toMatchObject({ coldMs: 50, samples: [10, 10] });
  });

  it('adds rounds past the minimum until the budget per method is spent, never past the maximum', () => {
    const [cheap] = sampleInTurns([method('a', 10)], { warmups: 1, minRuns: 2, maxRuns: 20, budgetMs: 45 });
    expect(cheap!.samples).toHaveLength(5);
    const [capped] = sampleInTurns([method('a', 1)], { warmups: 1, minRuns: 2, maxRuns: 4, budgetMs: 1_000 });
    expect(capped!.samples).toHaveLength(4);
  });

  it('times a method whose first run is over the single-run limit once, and goes on with the others', () => {
    const results = sampleInTurns([method('slow', 5_000), method('fast', 10)], { warmups: 2, minRuns: 2, maxRuns: 2, budgetMs: 0, singleRunAboveMs: 2_000 });
    expect(results[0]).toMatchObject({ coldMs: 5_000, samples: [5_000] });
    expect(results[1]!.samples).toEqual([10, 10]);
    expect(log.filter((entry) => entry === 'slow')).toHaveLength(1);
  });
});
