/**
 * A bug in one feature stays in that feature: a listener or a scan step that throws is
 * reported, and everything else keeps running (the other listeners, the next scan slice).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame } from '../../../src/content/frame-lifetime';
import { MentionStore, type PageMention } from '../../../src/content/mention-store';
import { ScanScheduler } from '../../../src/content/scan-scheduler';
import { WorkMeter } from '../../../src/content/work-meter';
import { writeSettings } from '../../../src/platform/settings-store';
import { topicTools } from '../../../src/content/topic-watch';

const mention = { id: 1, text: 'drug consumption room', term: 'drug consumption room', lang: 'en', context: '' } as unknown as PageMention;

describe('failure isolation', () => {
  beforeEach(() => vi.spyOn(console, 'debug').mockImplementation(() => undefined));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('a mentions listener that throws is reported, and the listeners after it still hear', () => {
    const store = new MentionStore();
    const heard: number[] = [];
    const signal = new AbortController().signal;
    store.subscribe(() => {
      throw new Error('broken feature');
    }, signal);
    store.subscribe((list) => heard.push(list.length), signal);
    expect(() => store.replace([mention])).not.toThrow();
    expect(heard).toEqual([1]);
    expect(console.debug).toHaveBeenCalledWith(expect.stringContaining('listener failed'), expect.any(Error));
  });

  it('a listener whose feature an earlier listener stopped does not hear the stale list', () => {
    // The frame's own listener stands everything down (mentions cleared) while a change is being told.
    const store = new MentionStore();
    const features = new AbortController();
    const heard: number[][] = [];
    store.subscribe(() => {
      if (features.signal.aborted) return; // standing down happens once
      features.abort();
      store.replace([]);
    }, new AbortController().signal);
    store.subscribe((list) => heard.push(list.map((m) => m.id)), features.signal);
    store.replace([mention]);
    expect(heard).toEqual([]);
    expect(store.mentions).toEqual([]);
    expect(console.debug).not.toHaveBeenCalled();
  });

  it('the scan goes on to its next slice when publishing its mentions throws', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let slices = 0;
    const scan = { work: () => ++slices >= 3 };
    const publish = (): void => {
      throw new Error('a listener downstream broke');
    };
    new ScanScheduler(scan, new WorkMeter(), publish, new AbortController().signal).start();
    vi.runAllTimers();
    expect(slices).toBe(3);
  });

  it('a scan step that throws does not end the scan', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let slices = 0;
    const scan = {
      work: () => {
        slices++;
        if (slices === 1) throw new Error('scanner bug');
        return true;
      },
    };
    const published: boolean[] = [];
    new ScanScheduler(scan, new WorkMeter(), (done) => published.push(done), new AbortController().signal).start();
    vi.runAllTimers();
    expect(slices).toBe(2);
    expect(published).toEqual([true]);
  });

  it('a scan that fails slice after slice stops retrying until the page changes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let slices = 0;
    const scan = {
      work: (): boolean => {
        slices++;
        throw new Error('scanner bug');
      },
    };
    const scheduler = new ScanScheduler(scan, new WorkMeter(), () => undefined, new AbortController().signal);
    scheduler.start();
    vi.runAllTimers();
    expect(slices).toBe(3);
    scheduler.request(); // the page changed
    vi.runAllTimers();
    expect(slices).toBe(4);
  });

  it('a feature that fails to start, or whose settings listener throws, leaves the others running', async () => {
    const heard: string[] = [];
    const broken: Feature = {
      name: 'broken',
      init(context, signal) {
        context.onSettingsChange(() => {
          throw new Error('broken listener');
        }, signal);
        throw new Error('broken start');
      },
    };
    const healthy: Feature = {
      name: 'healthy',
      init(context, signal) {
        context.onSettingsChange((settings) => heard.push(settings.highlightStyle), signal);
      },
    };
    document.body.innerHTML = '<p>A drug consumption room opened.</p>';
    await runFrame([broken, healthy], topicTools);
    await writeSettings({ highlightStyle: 'underline' });
    await vi.waitFor(() => expect(heard).toEqual(['underline']));
  });
});
