import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame, topHostFromAncestors } from '../../../src/content/frame-lifetime';
import { readSettings, watchSettings, writeSettings } from '../../../src/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/platform/settings-schema';
import { browser } from '../../../src/platform/browser';
import { topicTools, type TopicScope } from '../../../src/content/topic-watch';
import { leaveHandoff, takeHandoff, type SettingsFeed } from '../../../src/content/topic-handoff';

/** Settings as the small script hands them over: as read, and followed in storage from then on. */
const handedSettings = (current: Settings): SettingsFeed => ({ current, follow: watchSettings });

const list = (...origins: string[]): DOMStringList =>
  Object.assign([...origins], { contains: (s: string) => origins.includes(s), item: (i: number) => origins[i] ?? null });

describe('the top page’s host, from a subframe', () => {
  it('is the last ancestor origin’s host', () => {
    expect(topHostFromAncestors(list('https://ads.example.net', 'https://news.example.org'))).toBe('news.example.org');
  });

  it('is unknown (not an exception) under an opaque-origin top page, or where the browser does not say', () => {
    expect(topHostFromAncestors(list('null'))).toBeNull();
    expect(topHostFromAncestors(list())).toBeNull();
    expect(topHostFromAncestors(undefined)).toBeNull();
  });
});

describe('runFrame in a subframe under an opaque-origin top page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts its features once a site is disabled', async () => {
    await writeSettings({ disabledSites: ['elsewhere.example'] });
    vi.stubGlobal('top', {}); // a subframe: its top is another window
    Object.defineProperty(location, 'ancestorOrigins', { value: list('null'), configurable: true });
    document.body.innerHTML = '<p>A drug consumption room opened.</p>';
    const started: string[] = [];
    const feature: Feature = { name: 'probe', init: () => started.push('probe') };
    await expect(runFrame([feature], topicTools)).resolves.toBeDefined();
    expect(started).toEqual(['probe']);
  });
});

describe('runFrame where the topic is not (yet) mentioned', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('starts no feature until the page’s prose may mention it, then starts them once', async () => {
    document.body.innerHTML = '<p>The council met about parking and room bookings.</p>';
    const started: string[] = [];
    const frame = await runFrame([{ name: 'probe', init: () => started.push('probe') }], topicTools);
    expect(started).toEqual([]);

    document.querySelector('p')!.append(' Nothing else.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([]);

    // The term arrives split over inline markup and a new text: the sieve reads it as the engine does.
    const news = document.createElement('p');
    news.innerHTML = 'A <em>drug</em>';
    document.body.append(news);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([]);
    news.append(' consumption room opens.');
    await vi.waitFor(() => expect(started).toEqual(['probe']));
    news.append(' A second drug consumption room.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['probe']);
    expect(frame.lifetime.aborted).toBe(false);
  });

  it('starts a feature that serves the reader whatever the page is about at once, and the others only with the topic', async () => {
    document.body.innerHTML = '<p>An article about parking, which the reader may still add to their evidence.</p>';
    const started: string[] = [];
    await runFrame(
      [
        { name: 'topic-only', init: () => started.push('topic-only') },
        { name: 'any-page', whateverTheTopic: true, init: () => started.push('any-page') },
      ],
      topicTools,
    );
    expect(started).toEqual(['any-page']);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A drug consumption room opens.' }));
    await vi.waitFor(() => expect(started).toEqual(['any-page', 'topic-only']));
  });
});

describe('runFrame handed a frame by the small content script', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    await writeSettings({ paused: false });
  });

  it('starts the topic’s features at once where the small script’s sieve found it, without sieving again', async () => {
    // Not a word of the topic in the document: only the hand-over can start the feature.
    document.body.innerHTML = '<p>The council met about parking.</p>';
    const scope = { nodes: [document.querySelector('p')!], anchors: new Set<number>() };
    const seen: TopicScope[] = [];
    await runFrame([{ name: 'probe', init: (context) => seen.push(context.topicScope) }], topicTools, { scope, settings: handedSettings(DEFAULT_SETTINGS) });
    expect(seen).toEqual([scope]);
  });

  it('takes the settings the small script read, without reading them again, and still follows their changes', async () => {
    document.body.innerHTML = '<p>A drug consumption room opens.</p>';
    const read = vi.spyOn(browser.storage.sync, 'get');
    const styles: string[] = [];
    await runFrame(
      [
        { name: 'probe', init: (context) => context.onSettingsChange((now) => styles.push(now.highlightStyle), new AbortController().signal) },
        { name: 'style', init: (context) => styles.push(context.settings().highlightStyle) },
      ],
      topicTools,
      {
        scope: null,
        settings: handedSettings({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' }),
      },
    );
    expect(styles).toEqual(['underline']);
    expect(read).not.toHaveBeenCalled();
    await writeSettings({ highlightStyle: 'contrast' });
    await vi.waitFor(() => expect(styles).toEqual(['underline', 'contrast']));
    read.mockRestore();
  });

  it('sieves the frame itself after a pause, rather than trusting where the topic was at the hand-over', async () => {
    document.body.innerHTML = '<p>The council met about parking.</p>';
    const started: string[] = [];
    await runFrame([{ name: 'probe', init: () => started.push('probe') }], topicTools, {
      scope: { nodes: [document.querySelector('p')!], anchors: new Set<number>() },
      settings: handedSettings(DEFAULT_SETTINGS),
    });
    expect(started).toEqual(['probe']);
    await writeSettings({ paused: true });
    await writeSettings({ paused: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual(['probe']);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A drug consumption room opens.' }));
    await vi.waitFor(() => expect(started).toEqual(['probe', 'probe']));
  });
});

describe('runFrame on a page that fakes the browser’s events', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('keeps its report when the page dispatches a pagehide of its own: the frame is not going away', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const type = (call: unknown[]): string | undefined => (call[0] as { type?: string }).type;
    document.body.innerHTML = '<p>A drug consumption room opened.</p>';
    await runFrame([], topicTools);
    await vi.waitFor(() => expect(sent.mock.calls.some((call) => type(call) === 'frame-report')).toBe(true));
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent.mock.calls.filter((call) => type(call) === 'frame-gone')).toEqual([]);
  });
});

describe('runFrame handed a frame, in a subframe that asks the background for its top host', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    await writeSettings({ disabledSites: [] });
  });

  it('scans the whole frame first when the page changed while it asked: the located scope no longer holds every mention', async () => {
    await writeSettings({ disabledSites: ['elsewhere.example'] }); // a subframe then needs its top host
    vi.stubGlobal('top', {});
    Object.defineProperty(location, 'ancestorOrigins', { value: list('null'), configurable: true }); // as Firefox: not told
    document.body.innerHTML = '<p>A drug consumption room opened.</p>';
    let added: Element | null = null;
    // The page adds a story while the background's answer is on its way.
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if ((message as { type?: string }).type !== 'top-host') return undefined;
      added = document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'Campaigners asked for a supervised injection site.' }));
      return 'news.example.org';
    });
    leaveHandoff({ nodes: [document.querySelector('p')!], anchors: new Set([0]) }, handedSettings(await readSettings()), topicTools);
    const handed = takeHandoff()!;
    const scopes: TopicScope[] = [];
    await runFrame([{ name: 'probe', init: (context) => scopes.push(context.topicScope) }], handed.tools, handed);
    expect(added).not.toBeNull();
    expect(scopes).toHaveLength(1);
    const scope: TopicScope = scopes[0] ?? null; // one, as checked above
    const leftOut = scope !== null && scope !== 'everywhere' && !scope.nodes.some((node) => node.contains(added));
    expect(leftOut).toBe(false);
  });
});
