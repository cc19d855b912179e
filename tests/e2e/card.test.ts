/** The quote card in a real browser. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, useSession, waitForExtensionPage, waitForMentions } from './support/session';
import { cardIsOpen, cloneCardForAxe, inCard, mentionPoint, readCard, waitForCard, waitForCardSettled } from './support/card';
import { axeViolations } from './support/axe';
import { ExtensionControl } from './support/extension-control';
import { launchWithExtension } from '../../scripts/lib/launch-browser';
import { ACTIVE_HIGHLIGHT, CLAIM_HIGHLIGHT } from '../../src/content/highlight-names';
import { DWELL_MS } from '../../src/platform/settings-schema';

const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');
/** Browsers coarsen their clocks (Firefox to a millisecond or more): the margin for two readings. */
const CLOCK_GRAIN_MS = 5;

/** From now on the page notes when the pointer arrives at `point` and when the card next shows, on its own clock. */
async function recordHover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const hover: { moved?: number; shown?: number } = {};
    (window as unknown as { __hover: typeof hover }).__hover = hover;
    const onMove = (event: PointerEvent): void => {
      if (Math.abs(event.clientX - x) > 2 || Math.abs(event.clientY - y) > 2) return;
      hover.moved = event.timeStamp;
      removeEventListener('pointermove', onMove, true);
    };
    addEventListener('pointermove', onMove, true);
    const observer = new MutationObserver(() => {
      const host = document.querySelector<HTMLElement>('claimlens-card');
      if (hover.moved === undefined || !host?.matches(':popover-open') || host.style.visibility !== 'visible') return;
      hover.shown = performance.now();
      observer.disconnect();
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  }, point);
}

/** How long after the pointer moved onto the mention its card showed (`recordHover` first). */
async function hoverToCardMs(page: Page): Promise<number> {
  const { moved, shown } = await page.evaluate(() => (window as unknown as { __hover: { moved?: number; shown?: number } }).__hover);
  if (moved === undefined || shown === undefined) throw new Error(`the page saw no hover (${String(moved)}) or no card (${String(shown)})`);
  return shown - moved;
}

describe('the quote card', () => {
  const session = useSession();
  const pages: Page[] = [];
  const open = async (path: string, count: number): Promise<Page> => {
    const page = await session.open(path);
    pages.push(page);
    await waitForMentions(page, count);
    return page;
  };
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  it('opens after a dwell on a mention, with the stakeholders who fit the paragraph first', async () => {
    const page = await open('/fixtures/card.html', 4);
    const expectations: [number, string][] = [
      [0, 'Alison Thewliss'],
      [1, 'Arfon Jones, Ron Hogg, David Jamieson'],
      [2, 'The government'],
    ];
    for (const [index, first] of expectations) {
      await page.mouse.move(5, 5);
      await waitForCard(page, false);
      const point = await mentionPoint(page, index);
      await recordHover(page, point);
      await page.mouse.move(point.x, point.y);
      await waitForCard(page, true);
      // Not before the dwell, as the page's own clock measures it: a look from the test after a
      // sleep of its own could come late on a busy machine and find the card rightly open.
      expect(await hoverToCardMs(page)).toBeGreaterThanOrEqual(DWELL_MS.default - CLOCK_GRAIN_MS);
      const card = await readCard(session.kind, page);
      expect(card?.title).toBe('Drug consumption rooms');
      expect(card?.term).toContain('drug consumption room');
      // Voices (distinct stakeholders) first, items second: one MP quoted often is one voice.
      expect(card?.legend).toMatch(/✓ 7 voices supported \(10 items\).*✕ 2 voices opposed \(3 items\).*⊘ 1 voice did not back \(1 item\)/);
      expect(card?.speakers[0]).toContain(first);
      expect(card?.speakers.length).toBe(3);
    }
  });

  it('says no more than the article: a body that did not back, a stance inferred with its basis, past tense, as reported, undated', async () => {
    const page = await open('/fixtures/card-stances.html', 1);
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const card = (await readCard(session.kind, page))!;
    expect(card.asReported).toBe('From 1 article. Roles and positions as the article reported them; it gives no date.');
    // Which comes first is the ranking's business (unit-tested); here, what each entry says.
    const tories = card.entries.find((entry) => entry.name === 'Tories');
    const homeOffice = card.entries.find((entry) => entry.name === 'Home Office' && entry.text.includes('We must prevent drug use'));
    expect(tories).toMatchObject({ name: 'Tories', stance: '⊘ Did not back', basis: '' });
    expect(tories!.text).toContain('all parties in the Scottish Parliament bar the Tories backed the proposal');
    // The article gives the Home Office no role: its spokesman is on the quote, not its role.
    expect(homeOffice).toMatchObject({ name: 'Home Office', stance: '✕ Opposed · inferred from context', role: '' });
    expect(homeOffice!.basis).toBe('Stance from the article: ‘…the Home Office’s resistance to the so-called shooting galleries…’');
    // The article says only that a spokesman "said" it: no medium is claimed.
    expect(homeOffice!.meta).toMatch(/^Quote“A Home Office spokesman said”the National \(outlet inferred\)undated/);
    for (const entry of card.entries) expect(entry.meta).not.toMatch(/statement|interview|date unknown/);
  });

  it('shows the reporter’s aside inside a reported position as […]', async () => {
    const page = await open('/fixtures/card.html', 4);
    const point = await mentionPoint(page, 2);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const texts = await inCard(session.kind, page, (root) => {
      [...root.querySelectorAll<HTMLButtonElement>('footer button')].find((b) => b.textContent.startsWith('Show all'))?.click();
      return null;
    });
    expect(texts).toBeNull();
    const card = (await readCard(session.kind, page))!;
    const call = card.entries.find((e) => e.text.includes('Force bosses south of the border'));
    expect(call?.text).toContain('Victoria Atkins […] (a reporter’s aside, left out here; the sources page has the full text), to drop');
    expect(call?.text).not.toContain('pictured');
    expect(call?.name).toBe('Police chiefs in England and Wales');
  });

  it('stays open while the pointer moves into it, and closes after the pointer leaves both', async () => {
    const page = await open('/fixtures/card.html', 4);
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const box = await page.evaluate(() => document.querySelector('claimlens-card')!.getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.move(point.x, point.y + 6, { steps: 3 });
    await page.mouse.move(box.x + 40, box.y + 60, { steps: 8 });
    await new Promise((done) => setTimeout(done, 800));
    expect(await cardIsOpen(page)).toBe(true);
    await page.mouse.move(box.x + box.width + 150, 30, { steps: 4 });
    await waitForCard(page, false, 2_000);
  });

  it('follows its mention while the page scrolls, and closes once the mention has scrolled away', async () => {
    const page = await open('/fixtures/card.html', 4);
    const point = await mentionPoint(page, 1);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const place = () =>
      page.evaluate((name) => {
        const card = document.querySelector('claimlens-card')!.getBoundingClientRect();
        const [range] = [...CSS.highlights.get(name)!] as AbstractRange[];
        const live = document.createRange();
        live.setStart(range!.startContainer, range!.startOffset);
        live.setEnd(range!.endContainer, range!.endOffset);
        return { card: card.top, mention: live.getBoundingClientRect().bottom };
      }, ACTIVE_HIGHLIGHT);
    const before = await place();
    await page.evaluate(() => scrollBy(0, 40));
    expect((await place()).mention).toBeCloseTo(before.mention - 40, 0);
    // The card follows on the scroll event, a frame or more later (more on a busy machine).
    const offset = async (): Promise<number> => {
      const now = await place();
      return now.card - now.mention;
    };
    await expect.poll(offset, { timeout: 2_000 }).toBeCloseTo(before.card - before.mention, 0);
    await page.evaluate(() => scrollBy(0, innerHeight * 2));
    await waitForCard(page, false, 2_000);
  });

  it('closes on Escape without the pointer moving, and stays shut while it rests there', async () => {
    const page = await open('/fixtures/card.html', 4);
    const point = await mentionPoint(page, 1);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false, 1_000);
    await new Promise((done) => setTimeout(done, 800));
    expect(await cardIsOpen(page)).toBe(false);
  });

  it('opens the next mention’s card from the keyboard command, with focus inside, and Escape returns', async () => {
    const page = await open('/fixtures/card.html', 4);
    const control = await ExtensionControl.open(session.ext);
    const tabId = await control.tabIdOf(page);
    // The Glasgow passage is also a claim sentence, which starts before its mention: the keyboard reaches both, in page order.
    await page.waitForFunction((name: string) => (CSS.highlights.get(name)?.size ?? 0) > 0, { polling: 50, timeout: 5_000 }, CLAIM_HIGHLIGHT);
    await page.focus('#link');
    // What the background does on the "next-mention" command (see src/background/index.ts).
    const step = "await api.tabs.sendMessage(arg, { type: 'step-mention', direction: 1 }, { frameId: 0 });";
    await control.run(step, tabId);
    await waitForCard(page, true);
    expect((await readCard(session.kind, page))?.title).toBe('A drug consumption room should be allowed to open, as a pilot (as in Glasgow).');
    await control.run(step, tabId);
    await control.page.close();
    await page.bringToFront();
    await page.waitForFunction(() => !!document.querySelector('claimlens-card'));
    await expect.poll(async () => (await readCard(session.kind, page))?.title).toBe('Drug consumption rooms');
    const card = await readCard(session.kind, page);
    expect(card?.focused).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('claimlens-card');
    expect(card?.speakers[0]).toContain('Alison Thewliss'); // the first mention, the Glasgow passage
    expect(
      await page.evaluate((name) => {
        const [range] = [...CSS.highlights.get(name)!] as AbstractRange[];
        return range!.startContainer.parentElement?.id;
      }, ACTIVE_HIGHLIGHT),
    ).toBe('glasgow');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
  });

  it('renders whole and readable on a page whose CSS attacks it', async () => {
    const page = await open('/fixtures/hostile-css.html', 1);
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const box = await page.evaluate(() => document.querySelector('claimlens-card')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width).toBeGreaterThan(300);
    expect(box.width).toBeLessThanOrEqual(402);
    expect(box.height).toBeGreaterThan(150);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    const card = await readCard(session.kind, page);
    expect(card?.title).toBe('Drug consumption rooms');
    expect(card?.speakers).toHaveLength(3);
  });

  it('opens the sources page at the quote a reader picks', async () => {
    const page = await open('/fixtures/card-stances.html', 1);
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const before = new Set(await session.ext.browser.pages());
    await clickSourceLinkOf(page, 'We must prevent drug use');
    const sources = await waitForExtensionPage(session.ext, before, '/pages/sources.html');
    await sources.waitForSelector('mark.current');
    const shown = await sources.evaluate(() => ({
      hash: decodeURIComponent(location.hash.slice(1)),
      text: [...document.querySelectorAll('mark.current')].map((m) => m.textContent).join(''),
      focused: document.activeElement?.localName,
    }));
    expect(shown.hash).toBe('home-office-prevent-drug-use');
    expect(shown.text).toBe('We must prevent drug use in our communities.');
    expect(shown.focused).toBe('mark');
    await sources.close();
  });

  it('has no accessibility violations, and leaves screenshots of the card in light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const light = await open('/fixtures/card-stances.html', 1);
    await checkCardAndScreenshot(light, 'light');
    // A browser of its own for dark: Firefox cannot switch colour schemes over WebDriver BiDi.
    const dark = await launchWithExtension(session.kind, {
      extensionDir: resolve(ROOT, 'dist', session.kind === 'chromium' ? 'chrome' : 'firefox'),
      dark: true,
    });
    try {
      const page = await dark.browser.newPage();
      await page.goto(`${session.site.origin}/fixtures/card-stances.html`);
      await waitForMentions(page, 1);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await checkCardAndScreenshot(page, 'dark');
    } finally {
      await dark.close();
    }
  });

  async function checkCardAndScreenshot(page: Page, scheme: 'light' | 'dark'): Promise<void> {
    // Tall enough for the card's first three items beside the balance line.
    await page.setViewport({ width: 1100, height: 1200 });
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    await waitForCardSettled(session.kind, page);
    // The balance line, a "did not back" item and an inferred stance are all in view.
    const card = (await readCard(session.kind, page))!;
    expect(card.legend).toContain('did not back');
    expect(
      card.entries
        .slice(0, 3)
        .map((e) => e.stance)
        .sort(),
    ).toEqual(['⊘ Did not back', '✓ Supported', '✕ Opposed · inferred from context'].sort());
    await page.screenshot({ path: resolve(SCREENSHOTS, `card-${session.kind}-${scheme}.png`) });
    const copy = await cloneCardForAxe(session.kind, page);
    expect(await axeViolations(page, copy)).toEqual([]);
    // And with an item's copy-as-citation buttons open (the copy goes first: it is a dialog too).
    await page.evaluate(() => document.getElementById('axe-card-copy')?.remove());
    const opened = await inCard(session.kind, page, (root) => {
      const cite = [...root.querySelectorAll<HTMLButtonElement>('.entry .meta button')].find((b) => b.textContent === 'Cite');
      cite?.click();
      return !!cite;
    });
    expect(opened).toBe(true);
    await expect.poll(() => inCard(session.kind, page, (root) => root.querySelectorAll('.cite button').length)).toBe(3);
    const openCopy = await cloneCardForAxe(session.kind, page);
    // The card itself, in the top layer, lies over its copy: axe would read colours through it.
    const setCardVisibility = (value: string) =>
      page.evaluate((v: string) => {
        document.querySelector<HTMLElement>('claimlens-card')!.style.setProperty('visibility', v, 'important');
      }, value);
    await setCardVisibility('hidden');
    expect(await axeViolations(page, openCopy)).toEqual([]);
    await setCardVisibility('visible');
    await page.evaluate(() => document.getElementById('axe-card-copy')?.remove());
  }

  /** Clicks "See it in the article" on the card entry whose words include `words`. */
  async function clickSourceLinkOf(page: Page, words: string): Promise<void> {
    const clicked = await inCard(
      session.kind,
      page,
      (root, text) => {
        const entry = [...root.querySelectorAll('.entry')].find((e) => e.textContent.includes(text as string));
        const button = [...(entry?.querySelectorAll('button') ?? [])].find((b) => b.textContent.includes('See it in the article'));
        button?.click();
        return !!button;
      },
      words,
    );
    expect(clicked).toBe(true);
  }
});
