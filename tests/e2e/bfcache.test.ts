/** A page restored from the back/forward cache follows the settings changed while it was away. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSession, waitForMentions } from './support/session';
import { ExtensionControl } from './support/extension-control';
import { MENTION_HIGHLIGHT } from '../../src/content/highlight-names';

describe('a page back from the back/forward cache', () => {
  const session = useSession();
  let control: ExtensionControl;

  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });
  afterEach(async () => {
    await control.clearSync();
    await control.closeOtherPages();
  });

  it('shows no marks when Claimlens was paused while it was away', async () => {
    const page = await session.open('/fixtures/two-mentions.html');
    await waitForMentions(page, 2);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.goto(new URL('/fixtures/basic.html', page.url()).href);
    // Paused while the page is in the cache (Firefox tells a cached page no storage change).
    await control.setSync({ version: 1, paused: true });
    await new Promise((done) => setTimeout(done, 500));
    // history.back() from the page: puppeteer's goBack waits for a load that a restore from the cache does not fire in Firefox.
    void page.evaluate(() => history.back()).catch(() => undefined);
    await page.waitForFunction(() => location.pathname.endsWith('two-mentions.html'), { polling: 50, timeout: 10_000 });
    // The same window, restored from the cache (a fresh load would read the settings anyway).
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true)).toBe(true);
    await new Promise((done) => setTimeout(done, 1_500)); // time enough for a running script to take its marks down
    expect(await page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MENTION_HIGHLIGHT)).toBe(0);
  });
});
