/**
 * When the extension is updated, reloaded or removed under an open page, its old content
 * script stands down: features stopped, marks gone, no timer or listener left running, and
 * nothing starts again. (Its own file: a lost context stays lost for the module's life.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame } from '../../../src/content/frame-lifetime';
import type { PageMention } from '../../../src/content/mention-store';
import { writeSettings } from '../../../src/platform/settings-store';
import { fakeBrowser } from '../../support/fake-browser';
import { topicTools } from '../../../src/content/topic-watch';

describe('an orphaned content script', () => {
  const extensionId = fakeBrowser.runtime.id;
  afterEach(() => {
    (fakeBrowser.runtime as { id: string | undefined }).id = extensionId;
    vi.useRealTimers();
  });

  it('stops every feature, clears its mentions and leaves no timer when the extension goes away', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const signals: AbortSignal[] = [];
    let ticks = 0;
    const painting: Feature = {
      name: 'painting',
      init(context, signal) {
        signals.push(signal);
        const timer = setInterval(() => ticks++, 1_000);
        signal.addEventListener('abort', () => clearInterval(timer));
        context.mentions.replace([{ id: 1, text: 'DCR', term: 'DCR', lang: 'en', context: '' } as unknown as PageMention]);
      },
    };
    document.body.innerHTML = '<p>The DCR opened.</p>';
    const frame = await runFrame([painting], topicTools);
    expect(frame.mentions.mentions).toHaveLength(1);
    expect(vi.getTimerCount()).toBeGreaterThan(0);

    (fakeBrowser.runtime as { id: string | undefined }).id = undefined; // what Chromium shows an orphaned script
    document.dispatchEvent(new Event('visibilitychange'));

    expect(frame.lifetime.aborted).toBe(true);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
    expect(frame.mentions.mentions).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(ticks).toBe(0);

    // A settings change (say, synced from another device) starts nothing again.
    vi.useRealTimers();
    await writeSettings({ paused: true });
    await writeSettings({ paused: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(signals).toHaveLength(1);
  });
});
