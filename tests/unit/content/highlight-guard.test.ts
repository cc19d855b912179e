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

  it('runs the checks of every guard in the frame on one timer, and stops it when the last stops', () => {
    const mentions = vi.fn();
    const claims = vi.fn();
    const first = new HighlightGuard(mentions, new AbortController().signal);
    const second = new HighlightGuard(claims, new AbortController().signal);
    first.watch(true);
    second.watch(true);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2 * GUARD_MS);
    expect(mentions).toHaveBeenCalledTimes(2);
    expect(claims).toHaveBeenCalledTimes(2);
    first.watch(false);
    vi.advanceTimersByTime(GUARD_MS);
    expect(mentions).toHaveBeenCalledTimes(2);
    expect(claims).toHaveBeenCalledTimes(3);
    second.watch(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps checking the other guards when one check throws', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const broken = new HighlightGuard(() => {
      throw new Error('a page replaced CSS.highlights');
    }, new AbortController().signal);
    const check = vi.fn();
    const fine = new HighlightGuard(check, new AbortController().signal);
    broken.watch(true);
    fine.watch(true);
    vi.advanceTimersByTime(GUARD_MS);
    expect(check).toHaveBeenCalledTimes(1);
    expect(debug).toHaveBeenCalledTimes(1);
    broken.watch(false);
    fine.watch(false);
    debug.mockRestore();
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
