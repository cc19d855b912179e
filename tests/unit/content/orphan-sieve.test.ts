/**
 * An orphaned main script (the extension updated or removed under an open page) that is
 * sieving its frame again (after a pause or a change of languages) stops once it notices,
 * rather than testing a changing page's changes for as long as the tab stays open.
 * (Its own file: a lost context stays lost for the module's life.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame } from '../../../src/content/frame-lifetime';
import { topicTools } from '../../../src/content/topic-watch';
import { SETTLED_MARK } from '../../../src/content/work-meter';
import { fakeBrowser } from '../../support/fake-browser';

const settledAt = (): number => performance.getEntriesByName(SETTLED_MARK).at(-1)?.startTime ?? -1;

describe('an orphaned main script sieving its frame', () => {
  const extensionId = fakeBrowser.runtime.id;
  afterEach(() => {
    (fakeBrowser.runtime as { id: string | undefined }).id = extensionId;
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('stands down at a change a minute on, and starts nothing when the topic comes later', async () => {
    const started: string[] = [];
    const probe: Feature = { name: 'probe', init: () => started.push('probe') };
    document.body.innerHTML = '<p>Score: <span id="score">0</span></p>';
    const frame = await runFrame([probe], topicTools);
    await vi.waitFor(() => expect(settledAt()).toBeGreaterThan(-1)); // the first sieve said "no"

    (fakeBrowser.runtime as { id: string | undefined }).id = undefined; // the extension went away
    // A minute later the page is still changing (a live score), in a tab that stayed in view.
    // The faked clock restarts at 0, so it is moved a minute past where the real one stood (the
    // watch began before this, at however long the environment took to set up).
    const realNow = performance.now();
    vi.useFakeTimers({ toFake: ['performance'] });
    vi.advanceTimersByTime(realNow + 61_000);
    const score = document.getElementById('score')!.firstChild as Text;
    score.data = '1';
    await vi.waitFor(() => expect(frame.lifetime.aborted).toBe(true), { timeout: 3_000 });

    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A drug consumption room opens.' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).toEqual([]);
  });
});
