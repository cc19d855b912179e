/**
 * Pages that change under the reader: content added later is annotated, removed content's
 * ranges are dropped, edited text is re-read, and a page mutating a thousand times a second
 * costs the content script a bounded share of the CPU (measured with its own accounting and
 * printed; the bound asserted is loose on purpose: it catches a runaway, not a slow machine).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mentionTexts, useSession, waitForMentions } from './support/session';
import { waitForSettled, waitForTexts, workReport } from './support/annotation';
import { MENTION_HIGHLIGHT } from '../../src/content/highlight-names';

/** Runs `change` in the page and returns how long until the highlighted texts are `expected`. */
async function timeUntil(page: Page, expected: readonly string[], change: () => void): Promise<number> {
  const started = Date.now();
  await page.evaluate(change);
  await waitForTexts(page, expected).catch(async (error: unknown) => {
    throw new Error(
      `highlighted ${JSON.stringify(await mentionTexts(page))}, not ${JSON.stringify(expected)} (${String(error)}; ${await page.evaluate((name) => CSS.highlights.get(name)?.size ?? -1, MENTION_HIGHLIGHT)} ranges)`,
      { cause: error },
    );
  });
  return Date.now() - started;
}

describe('annotating a page that changes', () => {
  const session = useSession();

  it('reads a shadow root attached after the page was read, whether the topic was found before or not', { timeout: 60_000 }, async () => {
    /** Every highlighted text, shadow trees included (compareBoundaryPoints cannot order across them). */
    const texts = (page: Page): Promise<string[]> =>
      page.evaluate(
        (name) =>
          [...(CSS.highlights.get(name) ?? [])]
            .map((r) => {
              const live = new Range();
              live.setStart(r.startContainer, r.startOffset);
              live.setEnd(r.endContainer, r.endOffset);
              return live.toString();
            })
            .sort(),
        MENTION_HIGHLIGHT,
      );
    for (const { query, before } of [
      { query: '', before: [] as string[] },
      { query: '?topic', before: ['drug consumption room'] },
    ]) {
      const page = await session.open(`/fixtures/late-shadow.html${query}`);
      await waitForSettled(page);
      expect(await texts(page)).toEqual(before);
      // Attaching a shadow root records no mutation: nothing but a look for it can find this one.
      await page.evaluate(() => (window as unknown as { defineBrief: () => void }).defineBrief());
      const expected = [...before, 'overdose prevention centre'].sort();
      await page
        .waitForFunction((name, count) => CSS.highlights.get(name)?.size === count, { polling: 100, timeout: 20_000 }, MENTION_HIGHLIGHT, expected.length)
        .catch(async (error: unknown) => {
          throw new Error(`${query || 'no topic before'}: highlighted ${JSON.stringify(await texts(page))}`, { cause: error });
        });
      expect(await texts(page)).toEqual(expected);
      // Once defined, an element added is upgraded as it is added, its shadow tree whole: read with it (a term compiled already, so no new compile rescans the frame).
      await page.evaluate(() =>
        (window as unknown as { addBrief: (text: string) => void }).addBrief('Later: a second overdose prevention centre opened in Leith.'),
      );
      const more = [...expected, 'overdose prevention centre'].sort();
      await page
        .waitForFunction((name, count) => CSS.highlights.get(name)?.size === count, { polling: 100, timeout: 10_000 }, MENTION_HIGHLIGHT, more.length)
        .catch(async (error: unknown) => {
          throw new Error(`${query || 'no topic before'}, added: highlighted ${JSON.stringify(await texts(page))}`, { cause: error });
        });
      expect(await texts(page)).toEqual(more);
      await page.close();
    }
  });

  it('annotates added content, re-reads edited text and drops removed content', async () => {
    const page = await session.open('/fixtures/dynamic.html');
    expect(await waitForMentions(page, 1)).toEqual(['drug consumption room']);
    // The frame compiled only the terms its text can hold; the terms that come later are compiled when they come.
    const compiled = (): Promise<number[]> =>
      page.evaluate(() => performance.getEntriesByName('claimlens:compile').map((entry) => ((entry as PerformanceMeasure).detail as { terms: number }).terms));
    const [first] = await compiled();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(50);
    // Every step below waits for the exact highlighted texts (up to 5 s) and records how long that took.
    const latencies: Record<string, number> = {};

    latencies.append = await timeUntil(page, ['drug consumption room', 'overdose prevention centre', 'supervised injection site'], () => {
      // Infinite scroll: a batch of stories appended at the end.
      for (const text of ['Second story: an overdose prevention centre.', 'Third story: a supervised injection site.']) {
        const article = document.createElement('article');
        article.innerHTML = `<p>${text}</p>`;
        document.getElementById('feed')!.append(article);
      }
    });

    expect((await compiled()).at(-1)).toBeGreaterThan(first!);

    latencies.edit = await timeUntil(page, ['safe consumption site', 'overdose prevention centre', 'supervised injection site'], () => {
      const text = document.querySelector('#feed article p')!.firstChild as Text;
      text.data = 'First story, updated: a safe consumption site opens.';
    });

    latencies.split = await timeUntil(page, ['safe consumption site', 'overdose prevention centre', 'supervised injection site'], () => {
      // An edit that wraps half a term in an inline element keeps it one mention.
      const p = document.querySelectorAll('#feed article p')[1]!;
      p.innerHTML = 'Second story: an <em>overdose</em> prevention centre.';
    });

    latencies.remove = await timeUntil(page, ['safe consumption site', 'overdose prevention centre'], () =>
      document.querySelectorAll('#feed article')[2]!.remove(),
    );

    latencies.navigate = await timeUntil(page, ['salle de consommation à moindre risque'], () => {
      // Single-page navigation: the whole view replaced.
      const feed = document.getElementById('feed')!;
      feed.replaceChildren();
      const section = document.createElement('section');
      section.innerHTML = '<h2>Another page</h2><p>Paris has a <a href="#">salle de consommation</a> à moindre risque.</p>';
      feed.append(section);
    });

    console.log(`dynamic page (${session.kind}): ms until the highlight was right: ${JSON.stringify(latencies)}`);
    await page.close();
  });

  it('keeps its CPU use bounded while the page mutates 1,000 times a second', { timeout: 60_000 }, async () => {
    const page = await session.open('/fixtures/storm.html');
    await waitForMentions(page, 1);
    const before = await workReport(page);
    const started = Date.now();
    const mutations = await page.evaluate(() => (window as unknown as { startStorm(perSecond: number, seconds: number): Promise<number> }).startStorm(1000, 4));
    const elapsed = Date.now() - started;
    const after = await workReport(page);
    const share = (after.busy - before.busy) / elapsed;
    console.log(
      `mutation storm (${session.kind}): ${mutations} mutations in ${elapsed} ms; content script busy ${(after.busy - before.busy).toFixed(0)} ms ` +
        `(${(share * 100).toFixed(1)}% of one core), longest piece of work ${after.longest.toFixed(1)} ms`,
    );
    expect(mutations).toBeGreaterThan(3000);
    expect(share).toBeLessThan(0.25);
    // Once the storm is over the page is annotated exactly as it stands.
    const expected = await page.evaluate(() => 1 + document.querySelectorAll('#log li').length);
    await waitForMentions(page, expected);
    await page.close();
  });
});
