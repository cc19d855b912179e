import { describe, expect, it } from 'vitest';
import { median, ratio, sum } from '../../../scripts/bench/stats';

describe('bench arithmetic', () => {
  it('takes the middle run, or the mean of the two middle runs, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 100])).toBe(3.5);
    expect(median([7])).toBe(7);
  });

  it('refuses the median of no runs instead of reporting zero', () => {
    expect(() => median([])).toThrow(/no values/);
  });

  it('sums and divides, with no ratio against nothing', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(ratio(30, 2)).toBe(15);
    expect(ratio(3, 0)).toBeNull();
  });
});
