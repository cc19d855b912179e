/** Badge, popup, options and per-site control, in a real browser. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useSession, waitForExtensionPage, waitForMentions } from './support/session';
import { MARKER_YELLOW, mentionBackgrounds, waitForSettled } from './support/annotation';
import { ExtensionControl } from './support/extension-control';
import { axeViolations } from './support/axe';
import { cardIsOpen, mentionPoint, readCard, waitForCard } from './support/card';
import { ACTIVE_HIGHLIGHT, CLAIM_HIGHLIGHT, MENTION_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT, styleHighlightName } from '../../src/content/highlight-names';

async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('claimlens-')).sort());
}

/** Our names that paint mentions: the page's claim sentence and stakeholders' names have their own, which follow a moment later. */
async function mentionPaintNames(page: Page): Promise<string[]> {
  return (await highlightNames(page)).filter((name) => name !== CLAIM_HIGHLIGHT && name !== STAKEHOLDER_HIGHLIGHT);
}

describe('badge, popup, options and per-site control', () => {
  const session = useSession();
  /** Chromium registers the mentions once; Firefox, whose styles are the manifest's, under the style's alias too. */
  const paintNames = (style: string): string[] => (session.kind === 'firefox' ? [MENTION_HIGHLIGHT, styleHighlightName(style)].sort() : [MENTION_HIGHLIGHT]);
  let control: ExtensionControl;

  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });
  afterEach(async () => {
    await control.clearSync();
    await control.closeOtherPages();
  });

  it('shows the mention count of every frame on the badge, and follows the page as mentions are added', async () => {
    const page = await session.open('/fixtures/basic.html');
    const tabId = await control.tabIdOf(page);
    await control.waitForBadge(tabId, '2'); // one in the page, one in its iframe
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, a second drug consumption room was proposed.';
      document.body.append(p);
    });
    await control.waitForBadge(tabId, '3');
  });

  it('turns off on a site from the popup, live in the open tab, and back on', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    const tabId = await control.tabIdOf(page);
    await waitForMentions(page, 2);
    await control.waitForBadge(tabId, '2');

    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const off = await popup.waitForSelector('::-p-text(Turn off on 127.0.0.1)');
    await off!.click();
    await page.waitForFunction((name) => !CSS.highlights.has(name), { polling: 50, timeout: 5_000 }, MENTION_HIGHLIGHT);
    expect(await highlightNames(page)).toEqual([]);
    await control.waitForBadge(tabId, '');
    await popup.waitForSelector('::-p-text(Claimlens is off on 127.0.0.1.)');
    expect(await control.getSync()).toMatchObject({ disabledSites: ['127.0.0.1'] });
    // The mentions leave the popup's list once the tab reports it is off: the controls below move up then.
    await popup.waitForFunction(() => !document.querySelector('button.mention'), { polling: 50, timeout: 5_000 });

    await (await popup.waitForSelector('::-p-text(Turn on on 127.0.0.1)'))!.click();
    expect(await waitForMentions(page, 2)).toEqual(['drug consumption room', 'drug consumption rooms']);
    await control.waitForBadge(tabId, '2');
  });

  it('is off in every frame of a page whose site is off, whatever the frames’ own sites', async () => {
    await control.setSync({ version: 1, disabledSites: ['127.0.0.1'] });
    const page = await session.open('/fixtures/basic.html');
    const frameUrl = `http://localhost:${new URL(session.otherSite.origin).port}/fixtures/frame.html`;
    await page.evaluate((src: string) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'a frame from another host';
      document.body.append(frame);
      return new Promise((done) => frame.addEventListener('load', done));
    }, frameUrl);
    const frame = page.frames().find((f) => f.url() === frameUrl)!;
    await new Promise((done) => setTimeout(done, 1_500)); // time enough for a running script to paint
    for (const context of [page, frame]) expect(await context.evaluate((name) => CSS.highlights.has(name), MENTION_HIGHLIGHT)).toBe(false);
    // The same frame on a page whose site is on is annotated.
    await control.clearSync();
    expect(await waitForMentions(frame, 1)).toEqual(['drug consumption room']);
  });

  it('pauses everywhere from the popup and resumes', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    const tabId = await control.tabIdOf(page);
    await waitForMentions(page, 2);
    // The tab has reported: a report coming after the popup shows would list the mentions above
    // its controls and move the button from under the click.
    await control.waitForBadge(tabId, '2');
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await (await popup.waitForSelector('::-p-text(Pause everywhere)'))!.click();
    // The reader looks back at the page: a hidden tab's timers run at most once a second, so its
    // marks may take longer to go and come back there, which no one sees.
    await page.bringToFront();
    await page.waitForFunction((name) => !CSS.highlights.has(name), { polling: 50, timeout: 5_000 }, MENTION_HIGHLIGHT);
    await control.waitForBadge(tabId, '');
    await popup.bringToFront();
    await (await popup.waitForSelector('::-p-text(Resume)'))!.click();
    await page.bringToFront();
    await waitForMentions(page, 2);
  });

  it('lists the page’s mentions grouped by term, and jumping to one marks it active', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    const tabId = await control.tabIdOf(page);
    await control.waitForBadge(tabId, '2');
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('button.mention');
    const listed = await popup.$$eval('details', (groups) =>
      groups.map((g) => ({
        term: g.querySelector('.term')?.textContent,
        mentions: [...g.querySelectorAll('button.mention')].map((b) => b.textContent),
      })),
    );
    expect(listed).toEqual([
      {
        term: 'drug consumption room',
        mentions: [expect.stringContaining('Glasgow drug consumption room') as string, expect.stringContaining('drug consumption rooms save lives') as string],
      },
    ]);
    await (await popup.$$('button.mention'))[1]!.click();
    await page.waitForFunction(
      (name) => {
        const active = CSS.highlights.get(name);
        if (active?.size !== 1) return false;
        const [range] = [...active] as AbstractRange[];
        return range!.startContainer.parentElement?.id === 'second';
      },
      { polling: 50, timeout: 5_000 },
      ACTIVE_HIGHLIGHT,
    );
    await page.bringToFront();
    await waitForCard(page, true);
    expect((await readCard(session.kind, page))?.focused).toBe(true);
  });

  it('says honestly when Claimlens cannot run on the tab', async () => {
    const popup = await session.ext.openExtensionPage('popup/index.html');
    const tabId = await control.tabIdOf(popup);
    const honest = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await honest.waitForSelector('::-p-text(Claimlens is not running on this page.)');
    expect(await honest.$eval('main', (m) => m.textContent)).toContain('Browsers do not let extensions read their own pages');
  });

  it('on a page without the topic, says so, switches the site off and on, and adds the page’s article', async () => {
    const page = await session.open('/fixtures/road-safety.html');
    const tabId = await control.tabIdOf(page);
    await waitForSettled(page); // the small script's sieve has read the page and found nothing
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('::-p-text(No mentions of drug consumption rooms on this page.)');
    expect(await control.badge(tabId)).toBe('');
    await (await popup.waitForSelector('::-p-text(Turn off on 127.0.0.1)'))!.click();
    await popup.waitForSelector('::-p-text(Claimlens is off on 127.0.0.1.)');
    expect(await control.getSync()).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await (await popup.waitForSelector('::-p-text(Turn on on 127.0.0.1)'))!.click();
    await popup.waitForSelector('::-p-text(No mentions of drug consumption rooms on this page.)');

    const before = new Set(await session.ext.browser.pages());
    await (await popup.waitForSelector('::-p-text(Add this article to my evidence)'))!.click();
    const add = await waitForExtensionPage(session.ext, before, 'pages/add-article.html', 15_000);
    await add.waitForSelector('[data-testid="article-text"] p', { timeout: 10_000 });
    expect(await add.$$eval('[data-testid="article-text"] p', (ps) => ps.map((p) => p.textContent))).toContain(
      'Campaigners say lower speed limits save lives and prevent deaths every winter.',
    );
  });

  it('opened before the page has loaded, says what it finds once the page is there', async () => {
    const page = await session.ext.browser.newPage(); // about:blank: no content script there
    const tabId = await control.tabIdOf(page);
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('::-p-text(Claimlens is not running on this page.)');
    await page.goto(`${session.site.origin}/fixtures/road-safety.html`, { waitUntil: 'load' });
    await popup.waitForSelector('::-p-text(No mentions of drug consumption rooms on this page.)', { timeout: 10_000 });
  });

  it('applies a new highlight style from the options page to an open tab, live', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    await waitForMentions(page, 2);
    expect(await mentionPaintNames(page)).toEqual(paintNames('marker'));
    expect(await mentionBackgrounds(page)).toEqual([MARKER_YELLOW]);
    const options = await session.ext.openExtensionPage('options/index.html');
    await (await options.waitForSelector('input[name="highlightStyle"][value="contrast"]'))!.click();
    await expect.poll(() => mentionBackgrounds(page), { timeout: 5_000 }).toEqual(['rgb(36, 26, 74)']);
    expect(await mentionPaintNames(page)).toEqual(paintNames('contrast'));
  });

  it('applies a new card trigger from the options page to an open tab, live', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    await waitForMentions(page, 2);
    await page.bringToFront();
    const point = await mentionPoint(page, 1);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true); // hovering opens it, by default
    const options = await session.ext.openExtensionPage('options/index.html');
    await (await options.waitForSelector('input[name="cardTrigger"][value="click"]'))!.click();
    await page.bringToFront();
    // The card hovering opened closes once the tab has the new trigger: what the reader sees.
    await waitForCard(page, false, 5_000);
    expect((await control.getSync()).cardTrigger).toBe('click');
    await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    await new Promise((done) => setTimeout(done, 1_200)); // three dwells: hovering no longer opens it
    expect(await cardIsOpen(page)).toBe(false);
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, true);
    expect((await readCard(session.kind, page))?.title).toBe('Drug consumption rooms');
  });

  it('keeps working on defaults when storage holds corrupt settings', async () => {
    await control.setSync({ version: 1, paused: 'maybe', disabledSites: '127.0.0.1', highlightStyle: 42, languages: null, dwellMs: -5 });
    const page = await session.open('/fixtures/two-mentions.html');
    expect(await waitForMentions(page, 2)).toHaveLength(2);
    expect(await mentionPaintNames(page)).toEqual(paintNames('marker'));
    expect(await mentionBackgrounds(page)).toEqual([MARKER_YELLOW]);
    const options = await session.ext.openExtensionPage('options/index.html');
    await options.waitForSelector('input[name="highlightStyle"][value="marker"]:checked');
  });

  it('has no accessibility violations in the popup and the options page', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    const tabId = await control.tabIdOf(page);
    await control.waitForBadge(tabId, '2');
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('button.mention');
    expect(await axeViolations(popup)).toEqual([]);
    const options = await session.ext.openExtensionPage('options/index.html');
    await options.waitForSelector('fieldset');
    expect(await axeViolations(options)).toEqual([]);
  });
});
