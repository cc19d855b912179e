/**
 * The scheduler's back-off, on a fake clock: a page that keeps mutating right after each
 * rescan waits twice as long each time (up to a cap), and a quiet page gets the short delay back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanScheduler } from '../../../src/content/scan-scheduler';
import { WorkMeter } from '../../../src/content/work-meter';

describe('ScanScheduler', () => {
  let scans: number[];
  let scheduler: ScanScheduler;
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined); // slices then run on setTimeout(0)
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now());
    scans = [];
    controller = new AbortController();
    scheduler = new ScanScheduler({ work: () => (scans.push(Date.now()), true) }, new WorkMeter(), () => undefined, controller.signal);
    scheduler.start();
    vi.runAllTimers();
    scans = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** The slice's own setTimeout(0) runs 1 ms later on the fake clock. */
  const SLICE_QUEUE_MS = 1;

  /** Requests a rescan now and returns how long it waited. */
  const waitOfNextRescan = (): number => {
    const asked = Date.now();
    scheduler.request();
    vi.runAllTimers();
    return scans.at(-1)! - asked - SLICE_QUEUE_MS;
  };

  it('doubles the wait while mutations follow each rescan, up to 800 ms', () => {
    expect([1, 2, 3, 4, 5, 6].map(waitOfNextRescan)).toEqual([80, 160, 320, 640, 800, 800]);
  });

  it('coalesces a burst of mutations into one rescan', () => {
    vi.advanceTimersByTime(5_000);
    for (let i = 0; i < 100; i++) scheduler.request();
    vi.runAllTimers();
    expect(scans).toHaveLength(1);
  });

  it('goes back to the short wait once the page has been quiet for two seconds', () => {
    waitOfNextRescan();
    waitOfNextRescan();
    vi.advanceTimersByTime(2_001);
    expect(waitOfNextRescan()).toBe(40);
  });

  it('leaves no timer behind when aborted', () => {
    scheduler.request();
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.runAllTimers();
    expect(scans).toEqual([]);
  });

  it('between the publishes of a long scan, lets what the next one shows be made ready after each slice that does not publish', () => {
    let slices = 0;
    const events: string[] = [];
    // Each slice takes 10 ms of the fake clock; the scan is done after 60 slices.
    const long = { work: () => (vi.advanceTimersByTime(10), ++slices >= 60) };
    new ScanScheduler(
      long,
      new WorkMeter(),
      (done) => events.push(done ? 'done' : 'publish'),
      new AbortController().signal,
      () => events.push('between'),
    ).start();
    vi.runAllTimers();
    expect(events.at(-1)).toBe('done');
    expect(events.filter((event) => event === 'publish').length).toBeGreaterThan(0);
    expect(events.filter((event) => event === 'between').length).toBeGreaterThan(40);
    // Every slice either published or made ready, never both.
    expect(events).toHaveLength(60);
  });
});
