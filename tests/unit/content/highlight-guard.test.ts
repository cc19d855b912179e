/**
 * The highlight guard checks once a second while something is painted, and not at all
 * otherwise: a page without mentions must pay for no timer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GUARD_MS, HighlightGuard } from '../../../src/content/highlight-guard';

describe('HighlightGuard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once a second only while watching', () => {
    const check = vi.fn();
    const guard = new HighlightGuard(check, new AbortController().signal);
    vi.advanceTimersByTime(5 * GUARD_MS);
    expect(check).not.toHaveBeenCalled();
    guard.watch(true);
    guard.watch(true); // a second call does not start a second timer
    vi.advanceTimersByTime(3 * GUARD_MS);
    expect(check).toHaveBeenCalledTimes(3);
    guard.watch(false);
    vi.advanceTimersByTime(5 * GUARD_MS);
    expect(check).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind when its signal aborts', () => {
    const check = vi.fn();
    const lifetime = new AbortController();
    new HighlightGuard(check, lifetime.signal).watch(true);
    lifetime.abort();
    vi.advanceTimersByTime(5 * GUARD_MS);
    expect(check).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
