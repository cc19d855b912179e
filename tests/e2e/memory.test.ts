/**
 * Memory: the content script's heap on the corpus's largest page, and after 1,000
 * dynamic updates that then leave the page as it was — what the updates cost must come back
 * after garbage collection. Chromium reads the heap over CDP; Firefox has no heap reading over
 * WebDriver BiDi, so there the test checks what it can see: every update's mentions are
 * painted and, once the updates are gone, none is left behind.
 */
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server';
import { corpusPages, onlyLocal, staticHtml } from '../../scripts/lib/corpus-pages';
import { mb } from '../../scripts/bench/hostile-measure';
import { measureMemory, memoryFigures, runUpdatesAndUndo, UPDATES } from '../../scripts/bench/hostile-memory';
import { CORPUS_DIR, useSession } from './support/session';
import { waitForSettled } from './support/annotation';

/** What may stay after the updates are gone and garbage is collected: far less than 1,000 paragraphs' worth of mentions, ranges and records. */
const LEAK_BOUND = 2 * 1024 * 1024;

describe('memory', () => {
  const session = useSession();

  it(`gives back what ${UPDATES.toLocaleString('en')} dynamic updates cost, on the largest corpus page`, { timeout: 180_000 }, async () => {
    const [largest] = corpusPages();
    expect(largest, `the corpus at ${CORPUS_DIR}`).toBeDefined();
    const site = await startStaticServer([{ prefix: '/corpus/', dir: CORPUS_DIR, transformHtml: staticHtml }]);
    const url = `${site.origin}/corpus/${largest!.name}`;
    try {
      if (session.kind === 'chromium') {
        const result = await measureMemory(session.ext.browser, site, url, (page) => waitForSettled(page, 30_000));
        const { share, growth, bareGrowth } = memoryFigures(result);
        console.log(
          `memory (chromium, ${largest!.name}, ${(largest!.bytes / 1024).toFixed(0)} KB): page without Claimlens ${mb(result.bare.jsUsed)}, with it ${mb(result.loaded.jsUsed)} ` +
            `(its share ${mb(share)}); after ${UPDATES} updates (peak ${result.peakMentions} mentions) and GC ${mb(result.after.jsUsed)}: ` +
            `${mb(growth)} stayed (${mb(bareGrowth)} without Claimlens); DOM nodes ${result.loaded.nodes} → ${result.after.nodes}`,
        );
        expect(result.peakMentions).toBeGreaterThan(100);
        expect(growth).toBeLessThan(LEAK_BOUND);
      } else {
        const page = await session.ext.browser.newPage();
        await onlyLocal(page, site.origin);
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await waitForSettled(page, 30_000);
        const peak = await runUpdatesAndUndo(page, true);
        console.log(`memory (firefox): no heap reading over WebDriver BiDi; ${UPDATES} updates (peak ${peak} mentions) painted and all gone afterwards`);
        expect(peak).toBeGreaterThan(100);
        await page.close();
      }
    } finally {
      await site.close();
    }
  });
});
