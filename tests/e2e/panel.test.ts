/**
 * The panel for the whole page, in a real browser. Headless browsers show no side panel, so the
 * panel page opens as a tab pointed at the page's tab (`?tab=<id>`, the fallback where a browser
 * has no side panel); the manifest's wiring of the side panel and sidebar is checked as the
 * running extension reports it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TargetType, type Page } from 'puppeteer-core';
import { launchWithExtension } from '../../scripts/lib/launch-browser';
import { ACTIVE_HIGHLIGHT } from '../../src/content/highlight-names';
import { axeViolations } from './support/axe';
import { ExtensionControl } from './support/extension-control';
import { ROOT, useSession, waitForMentions } from './support/session';
import { resolve } from 'node:path';

/** What the panel lists, as a reader sees each entry: its kind and its words. */
function listed(panel: Page): Promise<string[]> {
  return panel.$$eval('button.item', (buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
}

async function waitForListed(panel: Page, count: number): Promise<string[]> {
  await panel
    .waitForFunction((n: number) => document.querySelectorAll('button.item').length === n, { polling: 50, timeout: 10_000 }, count)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}; listed: ${JSON.stringify(await listed(panel))}`);
    });
  return listed(panel);
}

/** The balance's lines (its scope note left out); none until the frames have given their paragraphs. */
function balanceLines(panel: Page): Promise<string[]> {
  return panel.$$eval('.balance p:not(.scope)', (lines) => lines.map((p) => p.textContent));
}

/** The text of the paragraph holding the page's active mark, or null when nothing is marked. */
function activeParagraph(page: Page): Promise<string | null> {
  return page.evaluate((name: string) => {
    const [range] = [...(CSS.highlights.get(name) ?? [])] as AbstractRange[];
    return range?.startContainer.parentElement?.closest('p')?.id ?? null;
  }, ACTIVE_HIGHLIGHT);
}

/** The card shown in the panel, read from its (open) shadow root, and whether it holds focus. */
function panelCard(panel: Page): Promise<{ title: string; term: string; focused: boolean; entries: number } | null> {
  return panel.evaluate(() => {
    const host = document.querySelector('.panel-card');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!host || !dialog) return null;
    return {
      title: dialog.querySelector('#card-title')?.textContent ?? '',
      term: dialog.querySelector('#card-term')?.textContent ?? '',
      focused: document.activeElement === host && host.shadowRoot!.activeElement === dialog,
      entries: dialog.querySelectorAll('.entries > li').length,
    };
  });
}

const FIXTURE = '/fixtures/panel.html';
const IN_PAGE_ORDER = [
  'Mention Glasgow has asked once more for a drug consumption room, a supervised place where people use drugs…',
  // Her campaign for a facility, reported, is her call to allow one; it starts where her name does.
  'Claim Alison Thewliss, the MP for Glasgow Central, has campaigned for a safer drug consumption facility for years.',
  'Stakeholder Alison Thewliss, the MP for Glasgow Central, has campaigned…',
  'Mention …MP for Glasgow Central, has campaigned for a safer drug consumption facility for years. Thewliss told the National: “The…',
  // A claim sentence lists as itself, cut short.
  'Claim Thewliss told the National: “The fact that senior figures in law enforcement are detailing that these facilities can save lives, and that…',
  'Stakeholder In a letter to the minister, Arfon Jones and two other police and crime commissioners…',
  'Mention …“deeply concerned” by official opposition to a supervised consumption site.',
  'Stakeholder Ron Hogg, Durham’s commissioner, signed the same letter…',
  'Mention …commissioner, signed the same letter about the drug consumption centre.',
  // The frame's mention comes after the top frame's, though the frame stands first on the page.
  'Mention Inside the frame: a drug consumption room in Glasgow.',
];

const DEBATE = '/fixtures/debate.html';
const DEBATE_IN_PAGE_ORDER = [
  'Mention Glasgow and the drug consumption room',
  'Claim Nurses report that the drug consumption room has already prevented dozens of overdose deaths.',
  'Mention Nurses report that the drug consumption room has already prevented dozens of overdose…',
  'Stakeholder Arfon Jones has argued for such rooms for years.',
  'Stakeholder Mr Jones said the evidence from other countries was…',
];

describe('the panel for the whole page', () => {
  const session = useSession();
  let control: ExtensionControl;

  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });
  afterEach(async () => {
    await control.clearSync();
    await control.closeOtherPages();
  });

  async function openPanelFor(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
    const page = await session.open(path);
    const tabId = await control.tabIdOf(page);
    const panel = await session.ext.openExtensionPage(`panel/index.html?tab=${tabId}`);
    return { page, panel, tabId };
  }

  it('is wired as Chrome’s side panel or Firefox’s sidebar, with a keyboard command to open it', async () => {
    const wiring = await control.run<{ path: string; commands: string[] }>(`
      const manifest = api.runtime.getManifest();
      const path = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
      const commands = (await api.commands.getAll()).map((c) => c.name);
      return { path, commands };
    `);
    // Firefox answers with the page's full address.
    expect(wiring.path).toMatch(/^(?:moz-extension:\/\/[^/]+\/)?panel\/index\.html$/);
    expect(wiring.commands).toContain('open-panel');
    if (session.kind === 'chromium') {
      expect(await control.run('return (await api.sidePanel.getOptions({})).path;')).toBe('panel/index.html');
    } else {
      expect(await control.run('return api.sidebarAction.getPanel({});')).toMatch(/^moz-extension:\/\/[^/]+\/panel\/index\.html$/);
    }
  });

  it('lists the page’s mentions in page order, top frame first, and follows the page as it changes', async () => {
    const { page, panel } = await openPanelFor(FIXTURE);
    expect(await waitForListed(panel, IN_PAGE_ORDER.length)).toEqual(IN_PAGE_ORDER);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'A late paragraph names an overdose prevention centre.';
      document.querySelector('#second')!.before(p);
    });
    const withAdded = await waitForListed(panel, IN_PAGE_ORDER.length + 1);
    expect(withAdded[1]).toBe('Mention A late paragraph names an overdose prevention centre.');
    await page.evaluate(() => document.querySelector('#added')!.remove());
    expect(await waitForListed(panel, IN_PAGE_ORDER.length)).toEqual(IN_PAGE_ORDER);
  });

  it('shows an item from the keyboard alone: the page scrolls to it and marks it, and its card opens in the panel with focus', async () => {
    const { page, panel } = await openPanelFor(FIXTURE);
    await waitForListed(panel, IN_PAGE_ORDER.length);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await panel.bringToFront();
    // The fourth item: the mention after Alison Thewliss's claim and name.
    for (let i = 0; i < 4; i++) await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('safer drug consumption facility');
    await panel.keyboard.press('Enter');

    await page.waitForFunction((name: string) => CSS.highlights.get(name)?.size === 1, { polling: 50, timeout: 5_000 }, ACTIVE_HIGHLIGHT);
    expect(await activeParagraph(page)).toBe('second');
    await page.waitForFunction(() => scrollY > 800, { polling: 50, timeout: 5_000 });

    await panel.waitForFunction(() => document.querySelector('.panel-card')?.shadowRoot?.querySelector('[role="dialog"]'), { polling: 50, timeout: 5_000 });
    const card = await panelCard(panel);
    expect(card).toMatchObject({ title: 'Drug consumption rooms', focused: true });
    expect(card!.term).toContain('safer drug consumption facility');
    expect(card!.entries).toBeGreaterThanOrEqual(3);
    expect(await panel.$eval('button[aria-current="true"]', (b) => b.textContent)).toContain('safer drug consumption facility');

    // Escape closes the card and gives focus back to its item; so does its close button.
    await panel.keyboard.press('Escape');
    await panel.waitForFunction(() => !document.querySelector('.panel-card'), { polling: 50, timeout: 5_000 });
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('safer drug consumption facility');
    await panel.keyboard.press(' ');
    await panel.waitForFunction(() => document.querySelector('.panel-card')?.shadowRoot?.querySelector('[role="dialog"]'), { polling: 50, timeout: 5_000 });
    await panel.keyboard.press('Tab'); // the close button is the first control in the card
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => !document.querySelector('.panel-card'), { polling: 50, timeout: 5_000 });
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('safer drug consumption facility');
  });

  it('gives the page’s balance: whom it quotes, whom it only names, and who on record is missing', async () => {
    const { panel } = await openPanelFor(FIXTURE);
    await waitForListed(panel, IN_PAGE_ORDER.length);
    // The balance comes after the list, once the frames have given their paragraphs.
    await expect
      .poll(() => balanceLines(panel), { timeout: 5_000 })
      .toEqual([
        'This page quotes 2 supporters (Arfon Jones and Alison Thewliss).',
        'It names without quoting 1 supporter (Ron Hogg).',
        'On record for, not on this page: David Jamieson, Glasgow council, Glasgow health board, and Scottish Parliament parties (all bar the Tories).',
        'On record against, not on this page: Home Office and The government.',
        'Also on record, not on this page: Tories.',
      ]);
    // It stands below the list: coming after the list, above it it would push the items down under the pointer.
    const { listBottom, balanceTop } = await panel.evaluate(() => ({
      listBottom: document.querySelector('ol.items')!.getBoundingClientRect().bottom,
      balanceTop: document.querySelector('.balance')!.getBoundingClientRect().top,
    }));
    expect(balanceTop).toBeGreaterThanOrEqual(listBottom);
  });

  it('lists the claims and stakeholders the page holds with its mentions, in page order, and the names found make the balance', async () => {
    const { panel, tabId } = await openPanelFor(DEBATE);
    expect(await waitForListed(panel, DEBATE_IN_PAGE_ORDER.length)).toEqual(DEBATE_IN_PAGE_ORDER);
    // The popup counts them too: one claim, and Arfon Jones once however often he is named.
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const also = await popup.waitForSelector('.also', { timeout: 5_000 });
    expect(await also!.evaluate((p) => p.textContent)).toBe('Also marked: 1 claim and 1 stakeholder. The panel lists them.');
    await popup.close();
    // "Mr Jones" is Arfon Jones only because the page named him in full first: he counts once, as named.
    await expect
      .poll(async () => (await balanceLines(panel)).filter((line) => line.includes('Arfon Jones')), { timeout: 5_000 })
      .toEqual(['It names without quoting 1 supporter (Arfon Jones).']);
    expect(await panel.$eval('.balance .scope', (p) => p.textContent)).toContain('marks its name on the page');
  });

  it('shows a claim from the keyboard alone: the page marks the sentence without taking focus, and the claim’s card opens in the panel', async () => {
    const { page, panel } = await openPanelFor(DEBATE);
    await waitForListed(panel, DEBATE_IN_PAGE_ORDER.length);
    await panel.bringToFront();
    // The second Tab reaches the second item, the claim.
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toMatch(/^Claim Nurses report/);
    await panel.keyboard.press('Enter');

    await page.waitForFunction((name: string) => CSS.highlights.get(name)?.size === 1, { polling: 50, timeout: 5_000 }, ACTIVE_HIGHLIGHT);
    expect(await activeParagraph(page)).toBe('claim');

    await panel.waitForFunction(() => document.querySelector('.panel-card')?.shadowRoot?.querySelector('[role="dialog"]'), { polling: 50, timeout: 5_000 });
    const claim = await panel.evaluate(() => {
      const host = document.querySelector('.panel-card')!;
      const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!;
      return {
        title: dialog.querySelector('#card-title')?.textContent ?? '',
        sides: [...dialog.querySelectorAll('.side')].map((side) => ({
          title: side.querySelector('.side-title')?.textContent ?? '',
          names: [...side.querySelectorAll('.entry .name')].map((n) => n.textContent),
          nobody: side.querySelector('.nobody')?.textContent ?? '',
        })),
        markedBecause: dialog.querySelector('.marked-because')?.textContent ?? '',
        focused: document.activeElement === host && host.shadowRoot!.activeElement === dialog,
      };
    });
    expect(claim.title).toBe('Drug consumption rooms save lives and reduce drug deaths.');
    expect(claim.focused).toBe(true);
    expect(claim.markedBecause).toMatch(/^Marked because: cues: .*overdos/);
    const [forIt, againstIt] = claim.sides;
    expect(forIt).toMatchObject({ title: 'On record for it' });
    expect(forIt!.names).toContain('Alison Thewliss');
    expect(againstIt).toMatchObject({ title: 'On record against it', nobody: 'No one in the dataset' });
    expect(await panel.$eval('button[aria-current="true"]', (b) => b.textContent)).toMatch(/^Claim Nurses report/);
    expect(await axeViolations(panel)).toEqual([]);

    // Escape gives focus back to the claim's item.
    await panel.keyboard.press('Escape');
    await panel.waitForFunction(() => !document.querySelector('.panel-card'), { polling: 50, timeout: 5_000 });
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toMatch(/^Claim Nurses report/);

    // A stakeholder's item shows that stakeholder's card: "Mr Jones" is Arfon Jones.
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toMatch(/^Stakeholder Mr Jones said/);
    await panel.keyboard.press(' ');
    await panel.waitForFunction(() => document.querySelector('.panel-card')?.shadowRoot?.querySelector('[role="dialog"] #card-title'), {
      polling: 50,
      timeout: 5_000,
    });
    expect(await panelCard(panel)).toMatchObject({ title: 'Arfon Jones', term: '“Mr Jones” — on record in the dataset', focused: true });
    await expect.poll(() => activeParagraph(page), { timeout: 5_000 }).toBe('address');
  });

  it('says so on a page with nothing about the topic, while the tab loads its next page, and on a page it cannot read', async () => {
    const { page, panel } = await openPanelFor('/fixtures/negatives.html');
    await panel.waitForSelector('::-p-text(Nothing about drug consumption rooms on this page)', { timeout: 10_000 });
    // The tab goes to a page Claimlens does not run on: it is read for a moment, then said to be unreadable.
    await page.goto('about:blank');
    await panel.waitForSelector('::-p-text(Reading the page…)', { timeout: 2_000 });
    await panel.waitForSelector('::-p-text(Claimlens cannot read this page.)', { timeout: 6_000 });
    const own = await control.tabIdOf(control.page);
    const unreadable = await session.ext.openExtensionPage(`panel/index.html?tab=${own}`);
    await unreadable.waitForSelector('::-p-text(Claimlens cannot read this page.)');
  });

  it('has no accessibility violations, in light and in dark, with a card open', async () => {
    const { panel } = await openPanelFor(FIXTURE);
    await showFirstCard(panel);
    expect(await axeViolations(panel)).toEqual([]);

    // A browser of its own for dark: Firefox cannot switch colour schemes over WebDriver BiDi.
    const dark = await launchWithExtension(session.kind, {
      extensionDir: resolve(ROOT, 'dist', session.kind === 'chromium' ? 'chrome' : 'firefox'),
      dark: true,
    });
    try {
      const darkControl = await ExtensionControl.open(dark);
      const page = await dark.browser.newPage();
      await page.goto(session.site.origin + FIXTURE, { waitUntil: 'load' });
      await waitForMentions(page, 4, 10_000);
      const tabId = await darkControl.tabIdOf(page);
      const darkPanel = await dark.openExtensionPage(`panel/index.html?tab=${tabId}`);
      expect(await darkPanel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await showFirstCard(darkPanel);
      expect(await axeViolations(darkPanel)).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('opens from the popup’s button: Chromium’s side panel, which follows the tab the reader switches to, or Firefox’s sidebar', async () => {
    const { page, panel, tabId } = await openPanelFor(FIXTURE);
    // Every frame has reported: a report coming after the popup shows would list the mentions
    // above its controls and move the button from under the click.
    await waitForListed(panel, IN_PAGE_ORDER.length);
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const button = await popup.waitForSelector('::-p-text(Open panel)');
    if (session.kind === 'firefox') expect(await control.run('return api.sidebarAction.isOpen({});')).toBe(false);
    await button!.click();

    if (session.kind === 'firefox') {
      // Firefox's sidebar is no browsing context WebDriver can enter: it is open, as the extension sees it.
      await expect.poll(() => control.run('return api.sidebarAction.isOpen({});'), { timeout: 5_000 }).toBe(true);
      return;
    }
    const target = await session.ext.browser.waitForTarget((t) => t.type() === TargetType.PAGE && /\/panel\/index\.html$/.test(t.url()), { timeout: 5_000 });
    const sidePanel = await target.asPage();
    // The popup's tab is the active one: an extension page, which Claimlens cannot read.
    await sidePanel.waitForSelector('::-p-text(Claimlens cannot read this page.)', { timeout: 5_000 });
    await page.bringToFront();
    expect(await waitForListed(sidePanel, IN_PAGE_ORDER.length)).toEqual(IN_PAGE_ORDER);
    // It follows the tab to its next page too.
    await page.goto(`${session.site.origin}/fixtures/negatives.html`, { waitUntil: 'load' });
    await sidePanel.waitForSelector('::-p-text(Nothing about drug consumption rooms on this page)', { timeout: 10_000 });
  });

  it('turns Claimlens off for the page’s site from the card in the panel', async () => {
    const { page, panel } = await openPanelFor(FIXTURE);
    await showFirstCard(panel);
    await panel.evaluate(() => {
      const buttons = [...document.querySelector('.panel-card')!.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent === 'Turn off on this site')!.click();
    });
    await panel.waitForSelector('::-p-text(Claimlens is off on 127.0.0.1.)', { timeout: 5_000 });
    expect(await control.getSync()).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('claimlens-')), { polling: 50, timeout: 5_000 });
  });
});

async function showFirstCard(panel: Page): Promise<void> {
  await waitForListed(panel, IN_PAGE_ORDER.length);
  await panel.click('button.item');
  await panel.waitForFunction(() => document.querySelector('.panel-card')?.shadowRoot?.querySelector('[role="dialog"]'), { polling: 50, timeout: 5_000 });
}
