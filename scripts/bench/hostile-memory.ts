/**
 * The content script's memory: on the corpus's largest page, and after 1,000
 * dynamic updates that add, edit and remove paragraphs with mentions and then put the page
 * back as it was. Read in Chromium over CDP after full garbage collections; the extension's
 * share is the same page's heap with the extension minus without it (an incognito context of
 * the same browser, where extensions do not run). Firefox has no heap reading over WebDriver
 * BiDi: there only the functional half runs (every update's mentions come and go).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { StaticServer } from '../lib/static-server';
import { onlyLocal } from '../lib/corpus-pages';
import { heapAfterGc, type HeapReading, waitForHighlightCount } from './hostile-measure';

export const UPDATES = 1_000;
/** Updates per batch; the page waits between batches so the content script sees each. */
const BATCH = 25;

/**
 * Runs `updates` changes in the page (source text: see hostile-measure.ts) and resolves with
 * the most mentions the page held at once. Four kinds in turn: a paragraph with a mention
 * appended, a paragraph's mention edited into another name, one edited out of it, one removed;
 * at the end the container goes, so the page is as it was.
 */
function runUpdates(page: Page, updates = UPDATES): Promise<{ peak: number; remaining: number }> {
  return page.evaluate(`(async () => {
    const box = document.createElement('section');
    box.id = 'claimlens-memory-updates';
    document.body.appendChild(box);
    const names = ['drug consumption room', 'supervised injection site', 'overdose prevention centre'];
    let peak = 0;
    for (let i = 0; i < ${updates}; i++) {
      const paragraphs = box.children;
      switch (i % 4) {
        case 0: case 1: {
          const p = document.createElement('p');
          p.textContent = 'Update ' + i + ': the council debated a ' + names[i % 3] + ' again.';
          box.appendChild(p);
          break;
        }
        case 2: if (paragraphs.length) paragraphs[i % paragraphs.length].firstChild.data = 'Update ' + i + ': now a ' + names[(i + 1) % 3] + '.'; break;
        case 3: if (paragraphs.length) paragraphs[0].remove(); break;
      }
      peak = Math.max(peak, box.children.length);
      if (i % ${BATCH} === ${BATCH - 1}) await new Promise((done) => setTimeout(done, 30));
    }
    return { peak, remaining: box.children.length };
  })()`) as Promise<{ peak: number; remaining: number }>;
}

/**
 * Runs the updates and then takes them away, so the page is as it was; resolves with the most
 * mentions it held. `annotated`: waits each time until the content script has caught up (every
 * paragraph left holds one mention; at the end none is left).
 */
export async function runUpdatesAndUndo(page: Page, annotated: boolean): Promise<number> {
  const { peak, remaining } = await runUpdates(page);
  if (annotated) await waitForHighlightCount(page, remaining, 15_000);
  await page.evaluate(`document.getElementById('claimlens-memory-updates').remove()`);
  if (annotated) await waitForHighlightCount(page, 0, 15_000);
  return peak;
}

export interface MemoryResult {
  page: string;
  /** Without the extension, after load. */
  bare: HeapReading;
  /** With the extension, settled after load. */
  loaded: HeapReading;
  /** With the extension, after the updates (and their removal) settled. */
  after: HeapReading;
  /** Without the extension, after the same updates. */
  bareAfter: HeapReading;
  /** Mentions the page held at the peak of the updates. */
  peakMentions: number;
}

/** The extension's share on the page, and how much of the updates' growth stayed. */
export function memoryFigures(result: MemoryResult): { share: number; growth: number; bareGrowth: number } {
  return {
    share: result.loaded.jsUsed - result.bare.jsUsed,
    growth: result.after.jsUsed - result.loaded.jsUsed,
    bareGrowth: result.bareAfter.jsUsed - result.bare.jsUsed,
  };
}

/** Loads `url` in `browser`'s default context (the extension runs) and in a fresh incognito one (it does not). */
export async function measureMemory(browser: Browser, site: StaticServer, url: string, settle: (page: Page) => Promise<void>): Promise<MemoryResult> {
  const measure = async (page: Page, withExtension: boolean): Promise<[HeapReading, HeapReading, number]> => {
    await onlyLocal(page, site.origin);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const cdp = await page.createCDPSession();
    if (withExtension) await settle(page);
    const before = await heapAfterGc(cdp);
    const peak = await runUpdatesAndUndo(page, withExtension);
    const after = await heapAfterGc(cdp);
    await cdp.detach();
    return [before, after, peak];
  };
  const incognito = await browser.createBrowserContext();
  try {
    const [bare, bareAfter] = await measure(await incognito.newPage(), false);
    const page = await browser.newPage();
    try {
      const [loaded, after, peakMentions] = await measure(page, true);
      return { page: url, bare, loaded, after, bareAfter, peakMentions };
    } finally {
      await page.close();
    }
  } finally {
    await incognito.close();
  }
}
