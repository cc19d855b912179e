/**
 * The per-tab state's write queue: frames report at once, storage answers slowly and out of
 * order, and still no report overwrites another.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeText, forgetTab, removeFrame, setFrameReport } from '../../../src/background/tab-state';
import type { FrameReport } from '../../../src/platform/messages';
import { readTabState } from '../../../src/platform/tab-state-store';
import { fakeBrowser } from '../../support/fake-browser';

const report = (host: string, count: number): FrameReport => ({ host, count, mentions: [], active: true });

describe('per-tab state', () => {
  const session = fakeBrowser.storage.session;
  const get = session.get.bind(session);
  const set = session.set.bind(session);
  beforeEach(() => {
    vi.useFakeTimers();
    // Each storage call answers after a delay, later calls sooner: a race without the queue.
    let pending = 0;
    const slow = <T>(call: () => Promise<T>): Promise<T> => {
      const delay = 100 - 10 * pending++;
      return new Promise<T>((resolve) => setTimeout(() => void call().then(resolve), Math.max(1, delay)));
    };
    fakeBrowser.storage.session.get = (keys) => slow(() => get(keys));
    fakeBrowser.storage.session.set = (items) => slow(() => set(items));
  });
  afterEach(() => {
    fakeBrowser.storage.session.get = get;
    fakeBrowser.storage.session.set = set;
    vi.useRealTimers();
  });

  it('keeps every frame’s report when frames report at the same moment', async () => {
    const writes = [
      setFrameReport(1, 0, report('news.example.org', 2)),
      setFrameReport(1, 3, report('ads.example.net', 1)),
      setFrameReport(1, 5, report('video.example.com', 4)),
    ];
    await vi.runAllTimersAsync();
    await Promise.all(writes);
    const state = await Promise.all([readTabState(1), vi.runAllTimersAsync()]).then(([s]) => s);
    expect(Object.keys(state!.frames).sort()).toEqual(['0', '3', '5']);
    expect(badgeText(state)).toBe('7');
  });

  it('applies a removal queued after a report after it, and a failed write does not stall the queue', async () => {
    let failNext = true;
    fakeBrowser.storage.session.set = (items) => {
      if (!failNext) return set(items);
      failNext = false;
      return Promise.reject(new Error('quota'));
    };
    const failed = setFrameReport(2, 0, report('a.example', 1)).catch(() => 'failed');
    const added = setFrameReport(2, 4, report('b.example', 1));
    const removed = removeFrame(2, 4);
    await vi.runAllTimersAsync();
    expect(await failed).toBe('failed');
    await added;
    await removed;
    expect(await Promise.all([readTabState(2), vi.runAllTimersAsync()]).then(([s]) => s)).toBeNull();
    await Promise.all([forgetTab(2), vi.runAllTimersAsync()]);
  });
});
