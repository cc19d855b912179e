/**
 * A reader's own evidence, end to end in a real browser: add the page one is reading from the
 * popup, accept two suggested quotes and add one reported position from a selection, then see
 * them on another page's card labelled with the new source; export, delete, import and see
 * them back; update (reload) the extension and find them still there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { ExtensionControl } from './support/extension-control';
import { inCard, mentionPoint, readCard, waitForCard, type EntryReading } from './support/card';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { evidenceFileOf, harbourArticle, renameIds } from '../support/reader-evidence';
import { ROOT, useSession, waitForExtensionPage, waitForMentions } from './support/session';

const TITLE = 'Millbrook council backs a drug consumption room';
const BRENNAN = 'keep people alive long enough to get well';
const LOWE = 'It sends the wrong message to our children,';
const ABARA = 'The county police commander, Ruth Abara, told the meeting that officers would not patrol the entrance';

/** Sets a form field as typing would (Preact listens for `input` and `change`). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      field.value = v;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    value,
  );
}

async function itemCount(page: Page): Promise<number> {
  return page.$$eval('[data-testid="annotated-items"] li', (items) => items.length);
}

/** Accepts the suggestion whose words include `words`, fills the form and adds the item. */
async function accept(page: Page, words: string, fields: { name?: string; role: string; stance: string }): Promise<void> {
  const before = await itemCount(page);
  const accepted = await page.$$eval(
    '[data-suggestion]',
    (items, w) => {
      const item = items.find((li) => li.querySelector('.quote')?.textContent.includes(w));
      item?.querySelector<HTMLButtonElement>('button.primary')?.click();
      return !!item;
    },
    words,
  );
  expect(accepted).toBe(true);
  await page.waitForSelector('form.item-form');
  if (fields.name) await fill(page, 'form.item-form input[name="name"]', fields.name);
  await fill(page, 'form.item-form input[name="role"]', fields.role);
  await fill(page, 'form.item-form select[name="stance"]', fields.stance);
  await (await page.waitForSelector('::-p-text(Add this item)'))!.click();
  await page.waitForFunction((n: number) => document.querySelectorAll('[data-testid="annotated-items"] li').length === n, { timeout: 10_000 }, before + 1);
}

/** Opens the card of the first mention on a page about drug consumption rooms and reads every entry. */
async function cardEntries(kind: 'chromium' | 'firefox', page: Page): Promise<EntryReading[]> {
  await waitForMentions(page, 2, 15_000);
  await page.mouse.move(5, 5);
  const point = await mentionPoint(page);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, true, 10_000);
  await inCard(kind, page, (root) => {
    [...root.querySelectorAll<HTMLButtonElement>('footer button')].find((b) => b.textContent.startsWith('Show all'))?.click();
  });
  await new Promise((done) => setTimeout(done, 300));
  return (await readCard(kind, page))!.entries;
}

/** Has the page been closed (Firefox's WebDriver BiDi may not tell puppeteer: its context is just gone)? */
async function isGone(page: Page): Promise<boolean> {
  if (page.isClosed()) return true;
  return page.evaluate(() => false).catch(() => true);
}

/** Opens the My evidence page until it lists `title` (the extension may still be reloading). */
async function waitForListed(ext: ExtensionBrowser, title: string, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = await ext.openExtensionPage('pages/my-evidence.html').catch(() => null);
    const listed = await page?.waitForSelector(`::-p-text(${title})`, { timeout: 3_000 }).catch(() => null);
    if (page && listed) return page;
    await page?.close().catch(() => undefined);
    if (Date.now() > deadline) throw new Error(`the My evidence page did not list “${title}” within ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

function mine(entries: readonly EntryReading[]): { name: string; text: string }[] {
  return entries
    .filter((e) => e.meta.includes(`From your evidence: ${TITLE}`))
    .map((e) => ({ name: e.name, text: e.text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// A partial quote is shown in its sentence.
const EXPECTED = [
  { name: 'Ada Brennan', text: expect.stringContaining(BRENNAN) as unknown as string },
  { name: 'Peter Lowe', text: LOWE },
  { name: 'Ruth Abara', text: expect.stringContaining(ABARA) as unknown as string },
];

describe('the reader’s own evidence', () => {
  const session = useSession();

  it('is added from the popup, annotated with help, shown on another page’s card, exported, imported, and kept across an update', async () => {
    const control = await ExtensionControl.open(session.ext);
    const article = await session.open('/fixtures/reader-article.html');
    const tabId = await control.tabIdOf(article);
    await control.waitForBadge(tabId, '2', 15_000);
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const before = new Set(await session.ext.browser.pages());
    await (await popup.waitForSelector('::-p-text(Add this article to my evidence)'))!.click();
    const add = await waitForExtensionPage(session.ext, before, 'pages/add-article.html', 15_000);
    await (await add.waitForSelector('::-p-text(Save to my evidence)', { timeout: 10_000 }))!.click();
    await add.waitForSelector('[data-testid="annotate-text"] p', { timeout: 10_000 });

    // Every quotation is proposed with the speaker the article names.
    const suggested = await add.$$eval('[data-suggestion] .quote', (qs) => qs.map((q) => q.textContent));
    expect(suggested).toEqual(expect.arrayContaining([`“${BRENNAN}”`, `“${LOWE}”`, '“We were never asked.”']));

    // The reader corrects the speaker the extractor read ("Councillor Ada Brennan, who leads…").
    await accept(add, BRENNAN, { name: 'Ada Brennan', role: 'Councillor, who leads the health committee', stance: 'supports' });
    await accept(add, LOWE, { role: 'a local shopkeeper', stance: 'opposes' });

    // A span of the reader's choosing, selected in the text, as a reported position.
    await add.evaluate((words: string) => {
      const p = [...document.querySelectorAll('[data-testid="annotate-text"] p')].find((el) => el.textContent.includes(words))!;
      const node = p.firstChild!;
      const at = node.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, ABARA);
    await (await add.waitForSelector('::-p-text(Add the selected words as a reported position)'))!.click();
    await add.waitForSelector('form.item-form');
    expect(await add.$eval('form.item-form textarea[name="words"]', (t) => t.value)).toBe(ABARA);
    // Words that stand in the article more than once are refused until they pick one.
    await fill(add, 'form.item-form textarea[name="words"]', 'room');
    expect(await (await add.waitForSelector('[data-testid="locate-problem"]'))!.evaluate((p) => p.textContent)).toMatch(
      /"room" appears 3 times.*add a prefix or suffix/,
    );
    await fill(add, 'form.item-form textarea[name="words"]', ABARA);
    await add.waitForSelector('::-p-text(Found once in the text, word for word.)');
    await fill(add, 'form.item-form input[name="name"]', 'Ruth Abara');
    await fill(add, 'form.item-form input[name="role"]', 'county police commander');
    await fill(add, 'form.item-form select[name="stance"]', 'no-position-stated');
    await (await add.waitForSelector('::-p-text(Add this item)'))!.click();
    await add.waitForFunction(() => document.querySelectorAll('[data-testid="annotated-items"] li').length === 3, { timeout: 10_000 });
    expect(await axeViolations(add)).toEqual([]);

    // Another page about drug consumption rooms: the three items are on its card, labelled.
    const other = await session.open('/fixtures/two-mentions.html');
    expect(mine(await cardEntries(session.kind, other))).toEqual(EXPECTED);
    await other.close();

    // Export, delete, import: the same items are back.
    const my = await session.ext.openExtensionPage('pages/my-evidence.html');
    await (await my.waitForSelector('::-p-text(Export my evidence)'))!.click();
    const link = await my.waitForSelector('[data-testid="export-link"]');
    const exported = await link!.evaluate((a) => fetch((a as HTMLAnchorElement).href).then((r) => r.text()));
    expect(JSON.parse(exported)).toMatchObject({ format: 'claimlens-evidence', schemaVersion: 1 });
    expect(await axeViolations(my)).toEqual([]);
    await (await my.waitForSelector('::-p-text(Delete…)'))!.click();
    await (await my.waitForSelector(`::-p-text(Delete “${TITLE}” for good)`))!.click();
    await my.waitForSelector('::-p-text(Deleted.)');
    const gone = await session.open('/fixtures/two-mentions.html');
    const bundledOnly = await cardEntries(session.kind, gone);
    expect(mine(bundledOnly)).toEqual([]);
    expect(bundledOnly.length).toBeGreaterThan(0);
    await gone.close();

    // A file cut short is refused with its reason, and nothing is imported.
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-export-'));
    const truncated = join(dir, 'cut-short.json');
    writeFileSync(truncated, exported.slice(0, exported.length / 2));
    const input = (await my.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(truncated);
    const refused = await my.waitForSelector('[role="alert"]', { timeout: 10_000 });
    expect(await refused!.evaluate((el) => el.textContent)).toMatch(/cut-short\.json › \(whole file\): is not valid JSON, perhaps cut short/);
    expect(await my.$$('[data-article]')).toHaveLength(0);

    const file = join(dir, 'claimlens-evidence.json');
    writeFileSync(file, exported);
    await input.uploadFile(file);
    await my.waitForSelector('::-p-text(Imported 1 article from claimlens-evidence.json.)', { timeout: 10_000 });
    const back = await session.open('/fixtures/two-mentions.html');
    expect(mine(await cardEntries(session.kind, back))).toEqual(EXPECTED);
    await back.close();

    // An update reloads the extension: the reader's evidence is still there.
    // Installing the build over the loaded one is how both browsers take an update of an
    // unpacked or temporary extension: the old version is unloaded, the new one started.
    await session.ext.browser.installExtension(resolve(ROOT, session.kind === 'chromium' ? 'dist/chrome' : 'dist/firefox'));
    // The old version is gone: browsers close an unloaded extension's pages.
    for (const deadline = Date.now() + 10_000; !(await isGone(my)); await new Promise((done) => setTimeout(done, 100))) {
      if (Date.now() > deadline) throw new Error('the extension was not reloaded: its page is still open');
    }
    // The extension is back once its pages open again: the saved article is listed there.
    const reopened = await waitForListed(session.ext, TITLE);
    await reopened.close();
    const after = await session.open('/fixtures/two-mentions.html');
    expect(mine(await cardEntries(session.kind, after))).toEqual(EXPECTED);
  });

  it('merges a stakeholder met in two articles only when the reader confirms, and leaves out an article switched off', async () => {
    const one = await harbourArticle('harbour-one');
    one.annotations.source.title = 'Harbour Street, first report';
    // The same text under the same ids would be refused (one id space across articles).
    const two = renameIds(await harbourArticle('harbour-two'), '-2');
    two.annotations.source.title = 'Harbour Street, second report';
    const file = join(mkdtempSync(join(tmpdir(), 'claimlens-two-')), 'two-reports.json');
    writeFileSync(file, evidenceFileOf([one, two]));
    const my = await session.ext.openExtensionPage('pages/my-evidence.html');
    const input = (await my.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await my.waitForSelector('::-p-text(Imported 2 articles from two-reports.json.)', { timeout: 10_000 });

    // Offered, not done: until the reader confirms, Maya Patel is two voices.
    const offer = await my.waitForSelector('::-p-text(Maya Patel (Director of public health; Harbour Street, second report) and Maya Patel)');
    expect(offer).not.toBeNull();
    const patels = async () => {
      const page = await session.ext.openExtensionPage('pages/stakeholders.html');
      await page.waitForSelector('.people h2', { timeout: 10_000 });
      const found = await page.$$eval('.people > li', (people) =>
        people.filter((li) => li.querySelector('h2')?.textContent.includes('Maya Patel')).map((li) => li.textContent),
      );
      await page.close();
      return found;
    };
    expect(await patels()).toHaveLength(2);

    await my.$$eval('[aria-labelledby="merge-heading"] li', (items) =>
      items
        .find((li) => li.textContent.includes('Maya Patel'))
        ?.querySelector('button')
        ?.click(),
    );
    await my.waitForSelector('::-p-text(is counted as Maya Patel)');
    const merged = await patels();
    expect(merged).toHaveLength(1);
    expect(merged[0]).toContain('Supported (6 items)');
    expect(merged[0]).toContain(
      "Also reported as Maya Patel, Director of public health, the city's health board (From your evidence: Harbour Street, second report) — you confirmed they are the same.",
    );

    // Switched off: its items leave the pages, the article stays saved.
    await my.$$eval('[data-article="harbour-two"] input[type="checkbox"]', ([box]) => (box as HTMLInputElement).click());
    await my.waitForFunction(() => !document.querySelector<HTMLInputElement>('[data-article="harbour-two"] input[type="checkbox"]')!.checked);
    const sources = await session.ext.openExtensionPage('pages/sources.html');
    await sources.waitForSelector('h2', { timeout: 10_000 });
    const headings = await sources.$$eval('section h2', (hs) => hs.map((h) => h.textContent));
    expect(headings).toContain('Your evidence: Harbour Street, first report');
    expect(headings).not.toContain('Your evidence: Harbour Street, second report');
    expect(await my.$('[data-article="harbour-two"]')).not.toBeNull();
  });
});
