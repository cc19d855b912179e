/**
 * Copying a quote as a citation, in a real browser, read back from the clipboard: from the
 * card on a secure page, and through the sources page where the page is plain `http:` (no
 * `navigator.clipboard` there). The page hears no copy event.
 *
 * Reading the clipboard back: Chromium grants clipboard permissions to the test origins over
 * CDP (`BrowserContext.setPermission`); Firefox takes `dom.events.testing.asyncClipboard` (no paste prompt, no user activation
 * needed for readText). `claimlens.test` resolves to 127.0.0.1 and is not a secure context,
 * unlike 127.0.0.1 itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useSession, waitForExtensionPage, waitForMentions } from './support/session';
import { clickInCard, inCard, mentionPoint, waitForCard } from './support/card';
import { axeViolations } from './support/axe';

const INSECURE_HOST = 'claimlens.test';
const TORIES = 'tories-did-not-back-glasgow-dcr';
const TORIES_WORDS = 'Last month all parties in the Scottish Parliament bar the Tories backed the proposal for a Glasgow DCR.';

describe('copying a quote as a citation', () => {
  const session = useSession((kind) =>
    kind === 'chromium'
      ? { args: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`] }
      : { firefoxPrefs: { 'dom.events.testing.asyncClipboard': true, 'network.dns.localDomains': INSECURE_HOST, 'dom.security.https_first': false } },
  );
  const pages: Page[] = [];
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  const allowClipboard = async (origin: string): Promise<void> => {
    if (session.kind !== 'chromium') return;
    // Reading only: writing must work as it does for a reader, from the click alone.
    await session.ext.browser.defaultBrowserContext().setPermission(origin, { permission: { name: 'clipboard-read' }, state: 'granted' });
  };
  const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
  const openCard = async (url: string): Promise<Page> => {
    const page = await session.open(url);
    pages.push(page);
    await waitForMentions(page, 1);
    await page.bringToFront();
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    return page;
  };
  const statusOf = (page: Page) =>
    inCard(
      session.kind,
      page,
      (root, words) => {
        const entry = [...root.querySelectorAll('.entry')].find((e) => e.textContent.includes(words as string));
        return entry?.querySelector('.cite-status')?.textContent ?? null;
      },
      TORIES_WORDS,
    );

  it('copies plain text, Markdown and CSL-JSON from the card, with nothing invented and no copy event on the page', async () => {
    await allowClipboard(session.site.origin);
    const page = await openCard(`${session.site.origin}/fixtures/card-stances.html`);
    expect(await page.evaluate(() => isSecureContext)).toBe(true);
    const link = `${session.ext.extensionOrigin}/pages/sources.html#${TORIES}`;

    await clickInCard(session.kind, page, TORIES_WORDS, 'Cite');
    await clickInCard(session.kind, page, TORIES_WORDS, 'Plain text');
    await expect.poll(() => statusOf(page)).toBe('Copied as Plain text.');
    expect(await readClipboard(page)).toBe(
      `The article reported: ${TORIES_WORDS} — Tories (Party in the Scottish Parliament), as reported in the National (inferred from the article’s own words; it does not name its outlet), undated. Source: ${link}`,
    );

    await clickInCard(session.kind, page, TORIES_WORDS, 'Markdown');
    await expect.poll(() => statusOf(page)).toBe('Copied as Markdown.');
    expect(await readClipboard(page)).toBe(
      `> The article reported: ${TORIES_WORDS}\n>\n> — Tories (Party in the Scottish Parliament), as reported in *the National (inferred from the article’s own words; it does not name its outlet)*, undated. [Source](${link})`,
    );

    await clickInCard(session.kind, page, TORIES_WORDS, 'CSL-JSON');
    await expect.poll(() => statusOf(page)).toBe('Copied as CSL-JSON.');
    const [entry, ...more] = JSON.parse(await readClipboard(page)) as Record<string, unknown>[];
    expect(more).toEqual([]);
    // No title, date or address: the article gives none, so none is made up.
    expect(entry).toEqual({
      id: `claimlens-${TORIES}`,
      type: 'article',
      // The seed names no outlet of its own: "the National" is read from its words, so the note says so.
      note: `Tories (Party in the Scottish Parliament), as reported: The article reported: ${TORIES_WORDS}. Source: ${link} Outlet inferred from the article’s words, not stated by it: the National.`,
    });

    expect(await page.evaluate(() => (window as unknown as { copyEvents: number }).copyEvents)).toBe(0);
  });

  it('on an http: page, opens the sources page at the item, where the copy button works', async () => {
    const page = await openCard(`http://${INSECURE_HOST}:${new URL(session.site.origin).port}/fixtures/card-stances.html`);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    const before = new Set(await session.ext.browser.pages());
    await clickInCard(session.kind, page, TORIES_WORDS, 'Cite on the sources page');
    const sources = await waitForExtensionPage(session.ext, before, `/pages/sources.html#${TORIES}`);
    pages.push(sources);
    await allowClipboard(session.ext.extensionOrigin);
    await sources.bringToFront();
    const button = await sources.waitForSelector(`li[id="${TORIES}"] button[data-format="text"]`);
    await button!.click();
    await sources.waitForFunction(
      (id: string) => document.getElementById(id)?.querySelector('.cite-status')?.textContent === 'Copied as Plain text.',
      {},
      TORIES,
    );
    expect(await readClipboard(sources)).toBe(
      `The article reported: ${TORIES_WORDS} — Tories (Party in the Scottish Parliament), as reported in the National (inferred from the article’s own words; it does not name its outlet), undated. Source: ${session.ext.extensionOrigin}/pages/sources.html#${TORIES}`,
    );
    expect(await axeViolations(sources)).toEqual([]);
  });

  it('the who-said-what page has no accessibility violations either', async () => {
    const page = await session.ext.openExtensionPage('pages/stakeholders.html');
    pages.push(page);
    await page.waitForSelector('li#arfon-jones');
    expect(await axeViolations(page)).toEqual([]);
  });
});
