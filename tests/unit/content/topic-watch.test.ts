/**
 * The topic watch on a page that changes: the observer only collects what changed, and a later
 * test reads the union of it. Whatever way a page brings the topic in (a new block, a text
 * that changes, a word added beside prose already there, markup removed so two halves meet,
 * a shadow tree), the frame's features must start; what changes without the topic must not
 * start them, and must be read cheaply: each changed text once, not the block around it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topicSieve, whenTopicFound, type TopicScope } from '../../../src/content/topic-watch';
import { SETTLED_MARK } from '../../../src/content/work-meter';

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The time of the last "settled" mark: the watch marks one after each test of what changed. */
const settledAt = (): number => performance.getEntriesByName(SETTLED_MARK).at(-1)?.startTime ?? -1;

/** Waits until the watch has tested what changed since `since` (a settled mark after it). */
const testedSince = (since: number): Promise<void> => vi.waitFor(() => expect(settledAt()).toBeGreaterThan(since), { timeout: 3_000 });

/** Starts the watch on the page as it is, once its first test said "no"; `calls` lists what `found` was called with. */
async function watchPage(html: string): Promise<{ calls: TopicScope[]; stop: AbortController }> {
  document.body.innerHTML = html;
  const calls: TopicScope[] = [];
  const stop = new AbortController();
  const since = settledAt();
  whenTopicFound((scope) => calls.push(scope), stop.signal);
  await testedSince(since);
  expect(calls).toEqual([]); // the page holds no mention yet
  return { calls, stop };
}

/** The blocks and anchors of a located scope (null for any other). */
const located = (scope: TopicScope | undefined) => (scope && scope !== 'everywhere' ? scope : null);

let running: AbortController | null = null;
afterEach(() => {
  running?.abort();
  running = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** How a page may bring the topic in, each on a page without it. */
const ARRIVALS: { how: string; html: string; change: () => void }[] = [
  {
    how: 'a block added to a list',
    html: '<ul><li>Parking rules</li></ul>',
    change: () => document.querySelector('ul')!.append(Object.assign(document.createElement('li'), { textContent: 'A drug consumption room opens' })),
  },
  {
    how: 'a text whose data changes',
    html: '<p>Now: <b>nothing yet</b>.</p>',
    change: () => ((document.querySelector('b')!.firstChild as Text).data = 'the drug consumption room'),
  },
  {
    how: 'a word added after prose that was already there',
    html: '<p>They opened the drug consu</p>',
    change: () => document.querySelector('p')!.append('mption room today.'),
  },
  {
    how: 'a word added before prose that was already there',
    html: '<p><span>mption room opened.</span></p>',
    change: () => document.querySelector('p')!.prepend('The drug consu'),
  },
  {
    how: 'text put into an empty inline element between two halves',
    html: '<p>The drug con<span></span>ption room opened.</p>',
    change: () => (document.querySelector('span')!.textContent = 'sum'),
  },
  {
    how: 'markup removed, so that the two halves around it meet',
    html: '<p>The drug consu<span>bike </span>mption room opened.</p>',
    change: () => document.querySelector('span')!.remove(),
  },
  {
    how: 'the only child of an inline element removed, so that the prose around it meets',
    html: '<p>The drug consu<em><span>bike </span></em>mption room opened.</p>',
    change: () => document.querySelector('span')!.remove(),
  },
  {
    how: 'a change inside a node added in the same task (read once, with the node)',
    html: '<main></main>',
    change: () => {
      const section = document.createElement('section');
      document.querySelector('main')!.append(section);
      section.append(Object.assign(document.createElement('p'), { textContent: 'A supervised injection site opened.' }));
    },
  },
  {
    how: 'the last of many changes in one batch',
    html: '<p>Score: <span id="score">0</span></p><p id="news">No news.</p>',
    change: () => {
      const score = document.getElementById('score')!.firstChild as Text;
      for (let i = 1; i <= 200; i++) score.data = String(i);
      document.getElementById('news')!.textContent = 'Berlin plans a drug consumption room.';
    },
  },
  {
    how: 'an element with an open shadow tree added',
    html: '<p>Comments below.</p>',
    change: () => {
      const host = document.createElement('div');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>A drug consumption room opened nearby.</p>';
    },
  },
];

describe('the topic watch on a changing page', () => {
  it.each(ARRIVALS)('starts the features when the topic arrives by $how', async ({ html, change }) => {
    const { calls, stop } = await watchPage(html);
    running = stop;
    change();
    await vi.waitFor(() => expect(calls).toEqual([null]), { timeout: 3_000 });
  });

  it('starts nothing for changes without the topic, nor for a mention that left the page before it was tested', async () => {
    const { calls, stop } = await watchPage('<p>Score: <span id="score">0</span></p><ul></ul>');
    running = stop;
    const since = settledAt();
    const score = document.getElementById('score')!.firstChild as Text;
    for (let i = 1; i <= 50; i++) score.data = String(i);
    const gone = Object.assign(document.createElement('li'), { textContent: 'A drug consumption room opens' });
    document.querySelector('ul')!.append(gone);
    gone.remove();
    await testedSince(since);
    await pause(50);
    expect(calls).toEqual([]);
    // The page keeps being watched: the topic arriving later still starts the features.
    document.querySelector('ul')!.append(Object.assign(document.createElement('li'), { textContent: 'A drug consumption room opens' }));
    await vi.waitFor(() => expect(calls).toEqual([null]), { timeout: 3_000 });
  });

  it('reads no text while the page changes, then each changed text once, with its neighbours and not its whole block', async () => {
    const filler = 'The council discussed parking, bus lanes and a new library. '.repeat(2_000);
    const { stop } = await watchPage(`<article><p>${filler}<span id="ticker">0</span> ${filler}</p></article>`);
    running = stop;
    const tested = vi.spyOn(topicSieve(), 'test');
    const since = settledAt();
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    for (let i = 1; i <= 100; i++) ticker.data = `${i} points`;
    await Promise.resolve(); // the observer's callback has run
    await Promise.resolve();
    expect(tested).not.toHaveBeenCalled();
    await testedSince(since);
    expect(tested).toHaveBeenCalledTimes(1);
    const text = tested.mock.calls[0]![0];
    expect(text).toContain('100 points');
    expect(text.length).toBeLessThan(1_000); // not the paragraph's 240,000 characters
  });

  it('stops watching a page that keeps changing once it is no longer wanted (an orphan after an extension update), and only asks when a test is due', async () => {
    document.body.innerHTML = '<p>Score: <span id="score">0</span></p>';
    const calls: TopicScope[] = [];
    const stop = new AbortController();
    running = stop;
    let wanted = true;
    let asked = 0;
    const since = settledAt();
    whenTopicFound((scope) => calls.push(scope), stop.signal, { stillWanted: () => (asked++, wanted), askEveryMs: 0 });
    await testedSince(since);
    expect(asked).toBe(0); // the first test of the page asks nothing
    const score = document.getElementById('score')!.firstChild as Text;
    score.data = '1';
    await testedSince(settledAt());
    expect(asked).toBe(1);
    wanted = false;
    score.data = '2';
    await vi.waitFor(() => expect(asked).toBe(2), { timeout: 3_000 });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A drug consumption room opens.' }));
    await pause(300);
    expect(calls).toEqual([]);
    expect(asked).toBe(2); // nothing is watched, so nothing asks again
  });

  it('stops watching once the signal aborts', async () => {
    const { calls, stop } = await watchPage('<p>Nothing here.</p>');
    stop.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A drug consumption room opens.' }));
    await pause(300);
    expect(calls).toEqual([]);
  });
});

describe('the topic watch on a page that already mentions the topic', () => {
  it('hands over where, at once on a small page', () => {
    document.body.innerHTML = '<p>Parking.</p><p id="it">A drug consumption room opened.</p>';
    const calls: TopicScope[] = [];
    running = new AbortController();
    whenTopicFound((scope) => calls.push(scope), running.signal);
    // With the anchors there, named as it located them: the main script reads none of it again.
    expect(calls).toEqual([{ nodes: [document.getElementById('it')], anchors: topicSieve().anchorsUnder(document.getElementById('it')!) }]);
  });

  it('hands over the whole frame, every term, on a page that names the topic in more places than are worth locating', () => {
    document.body.innerHTML = '<p>Parking.</p>' + '<p>A drug consumption room opened.</p>'.repeat(1_001);
    const calls: TopicScope[] = [];
    running = new AbortController();
    whenTopicFound((scope) => calls.push(scope), running.signal);
    expect(calls).toEqual(['everywhere']);
  });

  it('hands over where on a large page, after testing it in steps, and nothing once aborted', { timeout: 30_000 }, async () => {
    const filler = '<p>The council discussed parking, bus lanes and a new library.</p>'.repeat(5_000);
    document.body.innerHTML = `${filler}<p id="it">A drug consumption room opened.</p>`;
    const calls: TopicScope[] = [];
    running = new AbortController();
    whenTopicFound((scope) => calls.push(scope), running.signal);
    await vi.waitFor(() => expect(calls.map((scope) => located(scope)?.nodes)).toEqual([[document.getElementById('it')]]), { timeout: 20_000 });
    expect(located(calls[0])?.anchors).toEqual(topicSieve().anchorsUnder(document.getElementById('it')!));

    // Aborted between steps: nothing is handed over after the abort.
    const aborted = new AbortController();
    const late: unknown[] = [];
    whenTopicFound((scope) => late.push(scope), aborted.signal);
    const before = late.length;
    aborted.abort();
    await pause(300);
    expect(late).toHaveLength(before);
  });

  it('locates on the page as it is now when the page changed while the test went through it in steps', { timeout: 30_000 }, async () => {
    const filler = '<p>The council discussed parking, bus lanes and a new library.</p>'.repeat(10_000);
    document.body.innerHTML = `<p id="first">Nothing yet.</p>${filler}<p id="it">A drug consumption room opened.</p>`;
    const calls: TopicScope[] = [];
    // Each reading of the clock is 5 ms later: the first task takes two steps, however fast this machine tests.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    running = new AbortController();
    whenTopicFound((scope) => calls.push(scope), running.signal);
    expect(calls).toEqual([]); // still testing, in steps
    // The page writes about the topic where the test has already read.
    document.getElementById('first')!.textContent = 'A second drug consumption room is planned.';
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 20_000 });
    expect(located(calls[0])?.nodes).toEqual([document.getElementById('first'), document.getElementById('it')]);
  });
});
