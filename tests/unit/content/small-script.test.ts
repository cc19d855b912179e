/**
 * The small content script (content.js) in a frame: until its sieve says the topic may be
 * there it touches no extension API (no settings read, no message, no listener); on a "maybe"
 * it reads the settings once and, while Claimlens is on, asks for the main script and leaves
 * it the settings it read; while Claimlens is off it waits for it to be switched on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../../src/platform/browser';
import { CONTENT_SCRIPT_KEY } from '../../../src/platform/scripting';
import { writeSettings } from '../../../src/platform/settings-store';
import { takeHandoff } from '../../../src/content/topic-handoff';
import { runFrame } from '../../../src/content/frame-lifetime';
import { SETTLED_MARK } from '../../../src/content/work-meter';

/** The time of the last "settled" mark (one mark, replaced each time the sieve has tested the page). */
const settledAt = (): number => performance.getEntriesByName(SETTLED_MARK).at(-1)?.startTime ?? -1;

/** Every way the script could reach the extension: reading or watching settings, messages either way. */
function spyOnExtension() {
  return {
    settingsRead: vi.spyOn(browser.storage.sync, 'get'),
    storageWatched: vi.spyOn(browser.storage.onChanged, 'addListener'),
    // The background injects the main script (this test takes the hand-over as that script would).
    sent: vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockImplementation(async (message: unknown) => (message as { type?: string }).type === 'topic-here' || undefined),
    listened: vi.spyOn(browser.runtime.onMessage, 'addListener'),
  };
}

/** Runs content.js in this document as the browser would (once per document), once its first sieve has said "no". */
async function startSmallScript(html: string): Promise<void> {
  document.body.innerHTML = html;
  const before = settledAt();
  vi.resetModules();
  await import('../../../src/content/index');
  await vi.waitFor(() => expect(settledAt()).toBeGreaterThan(before), { timeout: 3_000 });
}

const topicSent = (sent: ReturnType<typeof spyOnExtension>['sent']): boolean =>
  sent.mock.calls.some(([message]) => (message as { type?: string }).type === 'topic-here');

const addParagraph = (text: string): void => document.body.append(Object.assign(document.createElement('p'), { textContent: text }));

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(CONTENT_SCRIPT_KEY)];
});
afterEach(() => {
  takeHandoff()?.settings.follow(() => undefined, AbortSignal.abort()); // ends the watch it carries
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the small content script', () => {
  it('touches no extension API in a frame without the topic, and on a mention reads the settings once and asks for the main script', async () => {
    const api = spyOnExtension();
    await startSmallScript('<p>The council met about parking and the swimming pool.</p>');
    addParagraph('More about the bus timetable.');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the change is tested when idle
    expect(api.settingsRead).not.toHaveBeenCalled();
    expect(api.storageWatched).not.toHaveBeenCalled();
    expect(api.sent).not.toHaveBeenCalled();
    expect(api.listened).not.toHaveBeenCalled();

    await writeSettings({ highlightStyle: 'contrast' });
    api.settingsRead.mockClear(); // writing read them
    addParagraph('The city will open a drug consumption room in the spring.');
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    expect(api.settingsRead).toHaveBeenCalledTimes(1);
    expect(takeHandoff()?.settings.current.highlightStyle).toBe('contrast');
  });

  it('asks for nothing while Claimlens is paused, and hands the frame over once it is resumed', async () => {
    await writeSettings({ paused: true });
    const api = spyOnExtension();
    await startSmallScript('<p>The council met about parking.</p>');
    addParagraph('The city will open a drug consumption room in the spring.');
    await vi.waitFor(() => expect(api.settingsRead).toHaveBeenCalled(), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(topicSent(api.sent)).toBe(false);
    expect(takeHandoff()).toBeNull();

    api.settingsRead.mockClear();
    await writeSettings({ paused: false });
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    expect(takeHandoff()?.settings.current.paused).toBe(false);
  });
});

describe('the small content script, when the settings change while it starts', () => {
  it('hands the frame over when Claimlens is resumed while the frame reads its settings', async () => {
    await writeSettings({ paused: true });
    const api = spyOnExtension();
    const readStored = browser.storage.sync.get.bind(browser.storage.sync);
    // The answer to the frame's read is on its way when the reader resumes: it still says "paused".
    api.settingsRead.mockImplementationOnce(async (keys) => {
      const answer = await readStored(keys);
      await browser.storage.sync.remove('paused');
      return answer;
    });
    await startSmallScript('<p>The council met about parking.</p>');
    addParagraph('The city will open a drug consumption room in the spring.');
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    expect(takeHandoff()?.settings.current.paused).toBe(false);
  });

  it('sieves the frame afresh once switched on, rather than handing over where the topic was while it was off', async () => {
    await writeSettings({ paused: true });
    const api = spyOnExtension();
    document.body.innerHTML = '<p>The council met about parking.</p><p>The city will open a drug consumption room in the spring.</p>';
    vi.resetModules();
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(api.settingsRead).toHaveBeenCalled(), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the frame has read "paused"
    // While Claimlens is off the paragraph its sieve found goes, and another mention comes elsewhere.
    document.querySelector('p:last-child')!.remove();
    addParagraph('Campaigners asked for a supervised injection site.');
    const added = document.querySelector('p:last-child')!;
    await writeSettings({ paused: false });
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    const { scope } = takeHandoff()!;
    // Sieved afresh: the whole frame, or the blocks holding the new mention; never the paragraph that went.
    const stale = scope !== null && scope !== 'everywhere' && (!scope.nodes.includes(added) || scope.nodes.some((node) => !node.isConnected));
    expect(stale).toBe(false);
  });

  it('passes on to the main script a change made between the hand-over and its start, with the one watch it kept', async () => {
    const api = spyOnExtension();
    await startSmallScript('<p>The council met about parking.</p>');
    addParagraph('The city will open a drug consumption room in the spring.');
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    // The reader pauses Claimlens while the main script is on its way.
    await writeSettings({ paused: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const handed = takeHandoff()!;
    const started: string[] = [];
    await runFrame([{ name: 'probe', init: () => started.push('probe') }], handed.tools, handed);
    expect(started).toEqual([]);
    await writeSettings({ paused: false });
    await vi.waitFor(() => expect(started).toEqual(['probe']));
    expect(api.storageWatched).toHaveBeenCalledTimes(1);
  });
});

describe('the small content script, when the main script cannot be injected', () => {
  it('takes its hand-over back and stops watching the settings for it', async () => {
    const api = spyOnExtension();
    const unwatched = vi.spyOn(browser.storage.onChanged, 'removeListener');
    // The background answers that it could not inject the main script (a page the browser protects).
    api.sent.mockImplementation(async (message: unknown) => ((message as { type?: string }).type === 'topic-here' ? false : undefined));
    await startSmallScript('<p>The council met about parking.</p>');
    addParagraph('The city will open a drug consumption room in the spring.');
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    await vi.waitFor(() => expect(unwatched).toHaveBeenCalled());
    expect(takeHandoff()).toBeNull();
  });
});

describe('the small content script, when the page changes while it reads its settings', () => {
  it('hands over a scope that still holds every mention: a paragraph added while the settings were read is not left out', async () => {
    const api = spyOnExtension();
    const readStored = browser.storage.sync.get.bind(browser.storage.sync);
    let added: Element | null = null;
    // The page adds a story while the frame's settings read is on its way (after the sieve located the first one).
    api.settingsRead.mockImplementationOnce(async (keys) => {
      const answer = await readStored(keys);
      addParagraph('Campaigners asked for a supervised injection site.');
      added = document.querySelector('p:last-child');
      return answer;
    });
    document.body.innerHTML = '<p>The city will open a drug consumption room in the spring.</p>';
    vi.resetModules();
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(topicSent(api.sent)).toBe(true), { timeout: 3_000 });
    expect(added).not.toBeNull();
    const { scope } = takeHandoff()!;
    // The whole frame, or blocks that hold the added paragraph.
    const leftOut = scope !== null && scope !== 'everywhere' && !scope.nodes.some((node) => node.contains(added));
    expect(leftOut).toBe(false);
  });
});
