/** Adding the page one is reading to one's own evidence, from the popup, in a real browser. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSession, waitForExtensionPage } from './support/session';
import { ExtensionControl } from './support/extension-control';
import { axeViolations } from './support/axe';

interface StoredRecord {
  id: string;
  text: string;
  sha256: string;
  annotations: { source: Record<string, unknown> };
}

/** The reader's saved articles, read from IndexedDB in the extension's origin. */
function savedArticles(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens-reader-evidence');
        // Reading must not create the database (at a version with no stores): nothing saved yet.
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(new Error(String(open.error))));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) return resolve([]);
          const all = db.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredRecord[]);
            db.close();
          };
        };
      }),
  );
}

async function sha256(page: Page, text: string): Promise<string> {
  return page.evaluate(async (t) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }, text);
}

describe('add this article to my evidence', () => {
  const session = useSession();
  let control: ExtensionControl;

  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });
  afterEach(async () => {
    await control.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('claimlens-reader-evidence');
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    );
    await control.closeOtherPages();
  });

  it('reads the page’s article, shows the text and the facts the page states for review, and saves them byte for byte', async () => {
    const page = await session.open('/fixtures/reader-article.html');
    const tabId = await control.tabIdOf(page);
    // The popup offers to add a page once its content script has reported in (the badge shows it).
    await control.waitForBadge(tabId, '2', 15_000);
    const popup = await session.ext.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const before = new Set(await session.ext.browser.pages());
    await (await popup.waitForSelector('::-p-text(Add this article to my evidence)'))!.click();
    const add = await waitForExtensionPage(session.ext, before, 'pages/add-article.html', 15_000);
    await add.waitForSelector('[data-testid="article-text"] p', { timeout: 10_000 });

    const shown = await add.$$eval('[data-testid="article-text"] p', (ps) => ps.map((p) => p.textContent));
    expect(shown[0]).toBe('Millbrook’s council voted on Tuesday to open a drug consumption room beside the bus station, the Millbrook Courier has learned.');
    expect(shown).toContain(
      'Councillor Ada Brennan, who leads the health committee, said the room would “keep people alive long enough to get well”. She added that the service would be open seven days a week.',
    );
    expect(shown.join(' ')).not.toMatch(/Front page|Advertisement|Cookie settings/);
    const facts = await add.$$eval('.facts dd', (dds) => dds.map((dd) => dd.textContent));
    expect(facts).toEqual([
      'Millbrook council backs a drug consumption room',
      'Millbrook Courier',
      '2026-02-03',
      `${session.site.origin}/fixtures/reader-article.html`,
    ]);
    expect(await savedArticles(add)).toEqual([]);
    expect(await axeViolations(add)).toEqual([]);

    await (await add.waitForSelector('::-p-text(Save to my evidence)'))!.click();
    await add.waitForSelector('::-p-text(to your evidence.)');
    const [saved] = await savedArticles(add);
    expect(saved!.text).toBe(shown.join('\n\n'));
    expect(saved!.sha256).toBe(await sha256(add, saved!.text));
    expect(saved!.annotations.source).toEqual({
      outlet: 'Millbrook Courier',
      outletNote: 'Named by the page as its site, and in the article’s text.',
      date: '2026-02-03',
      url: `${session.site.origin}/fixtures/reader-article.html`,
      title: 'Millbrook council backs a drug consumption room',
    });
  });

  it('takes a pasted text under the same rule, with every fact unknown, and refuses the same article twice', async () => {
    const add = await session.ext.openExtensionPage('pages/add-article.html');
    await add.waitForSelector('#pasted');
    await add.type('#pasted', 'A first   paragraph\nof our own.\n\n\nA second one.');
    await (await add.waitForSelector('::-p-text(Review)'))!.click();
    await add.waitForSelector('[data-testid="article-text"] p');
    expect(await add.$$eval('.facts dd', (dds) => dds.map((dd) => dd.textContent))).toEqual(Array(4).fill('unknown (the page does not say)'));
    await (await add.waitForSelector('::-p-text(Save to my evidence)'))!.click();
    await add.waitForSelector('.saved');
    expect((await savedArticles(add)).map((a) => a.text)).toEqual(['A first paragraph of our own.\n\nA second one.']);

    const again = await session.ext.openExtensionPage('pages/add-article.html');
    await again.waitForSelector('#pasted');
    await again.type('#pasted', 'A first paragraph of our own.\n\nA second one.');
    await (await again.waitForSelector('::-p-text(Review)'))!.click();
    await (await again.waitForSelector('::-p-text(Save to my evidence)'))!.click();
    const alert = await again.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((el) => el.textContent)).toContain('This article is already in your evidence.');
    expect(await savedArticles(again)).toHaveLength(1);
  });

  it('takes a chosen .txt file under the same rule', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimlens-txt-')), 'notes.txt');
    writeFileSync(file, 'Notes of our own\r\non the   vote.\r\n\r\nAnother paragraph.\r\n');
    const add = await session.ext.openExtensionPage('pages/add-article.html');
    const input = (await add.waitForSelector('#txt-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await add.waitForSelector('[data-testid="article-text"] p');
    expect(await add.$$eval('[data-testid="article-text"] p', (ps) => ps.map((p) => p.textContent))).toEqual([
      'Notes of our own on the vote.',
      'Another paragraph.',
    ]);
  });
});
