/**
 * The extension is updated, reloaded or removed while a page is open. Chromium keeps the old
 * content script running, cut off from the extension a moment after the new version starts: it
 * must notice at the next change of the page, remove its marks and stop (no painting, no guard,
 * no timer). Firefox stops the old script itself and removes the
 * extension's manifest stylesheet (where Firefox takes the highlight styles from, for this
 * reason), so its marks stop being painted; there the old script must mark
 * nothing new, and the reinstalled version must then mark every mention exactly once.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { ROOT, mentionTexts, useSession, waitForMentions } from './support/session';

/** The content script's own busy time, as it publishes it to the page: it grows only while the script works. */
const busyTime = (page: Page): Promise<number> => page.evaluate(() => performance.getEntriesByName('claimlens:busy').at(-1)?.duration ?? -1);

const addParagraph = (page: Page, text: string): Promise<void> =>
  page.evaluate((t: string) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);

const ourHighlights = (page: Page): Promise<string[]> => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('claimlens-')));

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('after the extension is updated under an open page', () => {
  const session = useSession();

  it('the old content script removes its marks (Chromium) or marks nothing new (Firefox), and does no more work', async () => {
    const page = await session.open('/fixtures/basic.html');
    expect(await waitForMentions(page, 1)).toEqual(['drug consumption rooms']);
    if (session.kind === 'chromium') {
      await session.ext.reloadExtension(); // chrome.runtime.reload() from the service worker
      // The page changes: that is when an orphaned script would go on marking. Chromium cuts the old script off a
      // moment after the new version's worker starts (up to a few seconds, by Chromium 156); until then it is still
      // the extension's and may mark. Each change is a moment for it to notice; within a few it must have stood down.
      let marked = true;
      for (let change = 0; change < 20 && marked; change++) {
        await addParagraph(page, 'A second drug consumption room opened today.');
        await pause(500);
        marked = (await ourHighlights(page)).length > 0;
      }
      expect(marked, 'the old script still marks the page ten seconds after the update').toBe(false);
    } else {
      await session.ext.browser.uninstallExtension(GECKO_ID);
      await addParagraph(page, 'A second drug consumption room opened today.');
    }
    const busy = await busyTime(page);
    await addParagraph(page, 'And a third drug consumption room.');
    await pause(1_500);
    expect(await busyTime(page)).toBe(busy);
    if (session.kind === 'chromium') expect(await ourHighlights(page)).toEqual([]);
    else expect(await mentionTexts(page)).toEqual(['drug consumption rooms']); // what was there; the new text is not marked

    if (session.kind === 'firefox') {
      // Firefox puts the new version into open tabs: it alone marks the page, every mention once.
      await session.ext.browser.installExtension(resolve(ROOT, 'dist/firefox'));
      expect(await waitForMentions(page, 3)).toEqual(['drug consumption rooms', 'drug consumption room', 'drug consumption room']);
    }
    await page.close();
  });
});
