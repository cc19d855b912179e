/** Converting a list that grows: only the new items are converted, and any change before the end converts from there on. */
import { describe, expect, it, vi } from 'vitest';
import { convertGrown } from '../../../src/content/grown-list';

describe('convertGrown', () => {
  const items = (...names: string[]): { name: string }[] => names.map((name) => ({ name }));
  const upper = vi.fn((added: readonly { name: string }[]) => added.map((item) => item.name.toUpperCase()));

  it('converts only what was appended, and keeps the earlier results', () => {
    const [a, b, c] = items('a', 'b', 'c');
    const first = convertGrown({ from: [], to: [] }, [a!, b!], upper);
    upper.mockClear();
    const second = convertGrown(first, [a!, b!, c!], upper);
    expect(second.to).toEqual(['A', 'B', 'C']);
    expect(upper).toHaveBeenCalledExactlyOnceWith([c]);
    // The earlier result is left as it was (listeners may still hold it).
    expect(first.to).toEqual(['A', 'B']);
  });

  it('converts from the first item that is not the same object on, when one was removed, replaced or inserted', () => {
    const [a, b, c, d] = items('a', 'b', 'c', 'd');
    const first = convertGrown({ from: [], to: [] }, [a!, b!, c!], upper);
    upper.mockClear();
    expect(convertGrown(first, [a!, c!], upper).to).toEqual(['A', 'C']);
    expect(upper).toHaveBeenCalledExactlyOnceWith([c]);
    const renamed = { name: 'b2' };
    expect(convertGrown(first, [a!, renamed, c!, d!], upper).to).toEqual(['A', 'B2', 'C', 'D']);
    expect(convertGrown(first, [], upper).to).toEqual([]);
  });
});
