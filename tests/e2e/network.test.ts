/**
 * Zero network: the extension itself makes no request at all (see README, Privacy). The browser runs
 * with every request, loopback included, sent through a recording proxy; the test then uses
 * every part of Claimlens (content script, card, popup, options, sources, stakeholders,
 * settings, background) and checks what went out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { browserKind, ROOT, waitForMentions } from './support/session';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { mentionPoint, waitForCard, inCard } from './support/card';
import { ExtensionControl } from './support/extension-control';

/**
 * The browsers' own housekeeping (update checks, remote settings, sign-in), which they do with
 * or without any extension. Claimlens has no reason to contact these, and its build names no
 * address at all (tests/unit/privacy.test.ts).
 */
const BROWSER_SERVICES =
  /(?:^|\.)(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)(?::\d+)?$/;

function hostOf(request: string): string {
  const [method, target] = request.split(' ') as [string, string];
  return method === 'CONNECT' ? target : new URL(target).host;
}

describe('zero network', () => {
  const kind = browserKind();
  let proxy: RecordingProxy;
  let site: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    [proxy, site] = await Promise.all([startRecordingProxy(), startStaticServer([{ prefix: '/fixtures/', dir: resolve(ROOT, 'tests/fixtures/pages') }])]);
    ext = await launchWithExtension(kind, { extensionDir: resolve(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox'), proxyPort: proxy.port });
  });
  afterAll(async () => {
    await ext.close();
    await Promise.all([proxy.close(), site.close()]);
  });

  it('makes no request of its own from content script, background or pages', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${site.origin}/fixtures/card.html`);
    await waitForMentions(page, 4);
    const point = await mentionPoint(page, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    await inCard(kind, page, (root) => {
      root.querySelector<HTMLButtonElement>('footer button')?.click(); // "Show all"
      root.querySelector<HTMLButtonElement>('.entry button.link')?.click(); // opens the sources page
      return true;
    });
    const control = await ExtensionControl.open(ext);
    const tabId = await control.tabIdOf(page);
    for (const path of [`popup/index.html?tab=${tabId}`, 'options/index.html', 'pages/sources.html#thewliss-legal-exemption', 'pages/stakeholders.html']) {
      const extensionPage = await ext.openExtensionPage(path);
      await extensionPage.waitForSelector('main');
    }
    await control.setSync({ highlightStyle: 'tint' });
    await control.run(`await api.tabs.sendMessage(arg, { type: 'step-mention', direction: 1 }, { frameId: 0 });`, tabId);
    await new Promise((done) => setTimeout(done, 2_000));

    const ours = proxy.requests.filter((request) => !BROWSER_SERVICES.test(hostOf(request)));
    // Only what the test itself asked for: the page and the favicon the browser looks for.
    expect(ours.map((r) => r.replace(site.origin, 'SITE')).sort()).toEqual(['GET SITE/favicon.ico', 'GET SITE/fixtures/card.html']);
  });
});
