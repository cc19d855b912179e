/**
 * startAnnotating wires the scanner, the watcher, the painter and the store together: the
 * shadow roots the scan enters are watched, and the page counts as settled only once the scan
 * and the painting are both done; what else reads prose hears from the same watcher which
 * blocks changed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnnotating } from '../../../src/content/features/annotate';
import { MentionStore } from '../../../src/content/mention-store';
import { ProseChanges } from '../../../src/content/prose-changes';
import { SETTLED_MARK } from '../../../src/content/work-meter';
import { topicTools } from '../../../src/content/topic-watch';
import '../engine/support/dom'; // StaticRange, which happy-dom lacks

describe('startAnnotating', () => {
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('Highlight', class extends Set<StaticRange> {});
    vi.stubGlobal('CSS', { highlights: new Map() });
    performance.clearMarks(SETTLED_MARK);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  const settled = (): number => performance.getEntriesByName(SETTLED_MARK).length;

  it('finds mentions in an open shadow root, and new ones written into it later', async () => {
    document.body.innerHTML = '<p>A drug consumption room opened.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside: an overdose prevention centre.</p><p id="later">nothing yet</p>';
    const store = new MentionStore();
    const controller = new AbortController();
    startAnnotating(store, { style: 'marker', topic: topicTools }, controller.signal);
    await vi.waitFor(() => expect(store.mentions.map((m) => m.text)).toEqual(['drug consumption room', 'overdose prevention centre']));
    expect(settled()).toBeGreaterThan(0);

    shadow.getElementById('later')!.textContent = 'and now a supervised injection site';
    await vi.waitFor(() => expect(store.mentions.map((m) => m.text)).toContain('supervised injection site'), { timeout: 3_000 });
    controller.abort();
    expect(store.mentions).toEqual([]);
  });

  it("tells the store a long scan's early mentions are not yet all, shows them as they double, and says when it has caught up", async () => {
    document.body.innerHTML = '<p>A drug consumption room opened in the old bank.</p>'.repeat(3_000);
    const store = new MentionStore();
    const controller = new AbortController();
    const told: [number, boolean][] = [];
    store.subscribe((list) => told.push([list.length, store.settled]), controller.signal);
    // A slow machine: each reading of the clock finds a millisecond gone, so a part is due every few slices.
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    startAnnotating(store, { style: 'marker', topic: topicTools }, controller.signal);
    await vi.waitFor(() => expect(told.at(-1)).toEqual([3_000, true]), { timeout: 20_000 });
    vi.restoreAllMocks();
    // It showed some early, as not settled, and said settled only of the whole list.
    expect(told.some(([count, isSettled]) => count < 3_000 && !isSettled)).toBe(true);
    expect(told.filter(([, isSettled]) => isSettled)).toEqual([[3_000, true]]);
    // Each early part at least twice the last: every change costs the browser a pass over all it holds.
    const early = told.map(([count]) => count).slice(0, -1);
    expect(early.length).toBeGreaterThan(2);
    early.slice(1).forEach((count, i) => expect(count).toBeGreaterThanOrEqual(early[i]! * 2));
    controller.abort();
  }, 30_000);

  it('finds a mention added later of a term the page did not hold at first (compiled then), and keeps the others as they were', async () => {
    document.body.innerHTML = '<p>A drug consumption room opened.</p>';
    const store = new MentionStore();
    const controller = new AbortController();
    startAnnotating(store, { style: 'marker', topic: topicTools }, controller.signal);
    await vi.waitFor(() => expect(store.mentions.map((m) => m.text)).toEqual(['drug consumption room']));
    const [first] = store.mentions;
    const added = document.createElement('p');
    added.lang = 'de';
    added.textContent = 'Der Drogenkonsumraum am Bahnhof ist offen.';
    document.body.append(added);
    await vi.waitFor(() => expect(store.mentions.map((m) => m.text)).toEqual(['drug consumption room', 'Drogenkonsumraum']), { timeout: 3_000 });
    // The rescan with the grown lexicon makes new ranges, but a mention in the same place is the same mention (an open card stays open).
    expect(store.mentions[0]).toBe(first);
    // Text added inside a paragraph, and a capitals-only short form the page did not hold either.
    document.body.firstElementChild!.append(' Its French peers, each an SCMR, opened earlier.');
    await vi.waitFor(() => expect(store.mentions.map((m) => m.text)).toEqual(['drug consumption room', 'SCMR', 'Drogenkonsumraum']), { timeout: 3_000 });
    controller.abort();
  });

  it('tells what else reads prose which blocks each change touched, in a shadow root too, after the mentions of removed text went', async () => {
    document.body.innerHTML = '<article id="story"><p>A drug consumption room opened.</p><p id="quiet">The meeting ended.</p></article><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inside">Nothing yet.</p>';
    const store = new MentionStore();
    const proseChanges = new ProseChanges();
    const controller = new AbortController();
    const batches: { blocks: string[]; mentions: number }[] = [];
    proseChanges.subscribe(
      (touched) => batches.push({ blocks: [...touched].map((node) => (node as Element).id), mentions: store.mentions.length }),
      controller.signal,
    );
    startAnnotating(store, { style: 'marker', topic: topicTools, proseChanges }, controller.signal);
    await vi.waitFor(() => expect(store.mentions).toHaveLength(1));

    (document.getElementById('quiet')!.firstChild as Text).data = 'The meeting ended late.';
    await vi.waitFor(() => expect(batches).toEqual([{ blocks: ['quiet'], mentions: 1 }]));
    shadow.getElementById('inside')!.textContent = 'Something now.';
    await vi.waitFor(() => expect(batches.at(-1)).toEqual({ blocks: ['inside'], mentions: 1 }));
    // The mention's text removed: its mention is gone by the time the change is told.
    document.querySelector('article')!.firstElementChild!.remove();
    await vi.waitFor(() => expect(batches.at(-1)).toEqual({ blocks: ['story'], mentions: 0 }));
    controller.abort();
  });
});
