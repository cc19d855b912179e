/**
 * An extension page kept open as a remote control for tests: it reads badges and storage and
 * finds tab ids with the extension's own API, exactly as the extension sees them.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../../scripts/lib/launch-browser';

/** The WebExtension API object inside an extension page (`browser` in Firefox, `chrome` in Chromium). */
export const API = `(globalThis.browser ?? globalThis.chrome)`;

export class ExtensionControl {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<ExtensionControl> {
    return new ExtensionControl(await ext.openExtensionPage('options/index.html'));
  }

  /** Runs `body` (an expression or async function body using `api`) in the extension page. */
  run<T>(body: string, arg?: unknown): Promise<T> {
    return this.page.evaluate(`(async (api, arg) => { ${body} })(${API}, ${JSON.stringify(arg ?? null)})`) as Promise<T>;
  }

  /** The browser's tab id of `page` (it is brought to the front to be found). */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    // The extension may learn of the activation a moment after bringToFront returns (seen on a
    // loaded machine: the popup then showed another tab): ask until the active tab is this page.
    const url = page.url();
    const deadline = Date.now() + 5_000;
    for (;;) {
      const tab = await this.run<{ id?: number; url?: string } | undefined>(
        'const [tab] = await api.tabs.query({ active: true, currentWindow: true }); return tab && { id: tab.id, url: tab.url };',
      );
      // Only a web page's address is compared: one the extension may not see, or an extension page
      // (whose address Firefox's remote protocol may still give as about:blank), is taken as before.
      if (tab?.id !== undefined && (tab.url === undefined || !/^https?:/.test(url) || tab.url === url)) return tab.id;
      if (Date.now() > deadline) throw new Error(`the active tab is ${tab?.url ?? 'none'}, not ${url}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  badge(tabId: number): Promise<string> {
    return this.run('return api.action.getBadgeText({ tabId: arg });', tabId);
  }

  /** Polls the badge until it reads `text`. */
  async waitForBadge(tabId: number, text: string, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.badge(tabId);
      if (last === text) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`badge of tab ${tabId} is "${last}", expected "${text}"`);
  }

  setSync(items: Record<string, unknown>): Promise<void> {
    return this.run('await api.storage.sync.set(arg);', items);
  }

  clearSync(): Promise<void> {
    return this.run('await api.storage.sync.clear();');
  }

  /** Closes every page a test opened (all but this one and blank ones), so the next test starts from none. */
  async closeOtherPages(): Promise<void> {
    for (const page of await this.page.browser().pages()) if (page !== this.page && !page.url().startsWith('about:')) await page.close();
  }

  getSync(): Promise<Record<string, unknown>> {
    return this.run('return api.storage.sync.get(null);');
  }
}
