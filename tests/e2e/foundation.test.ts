import { describe, expect, it } from 'vitest';
import { mentionTexts, useSession, waitForMentions, watchErrors } from './support/session';

describe('the built extension in a real browser', () => {
  const session = useSession();

  it('runs its content script on a page and paints the mention without touching the DOM', async () => {
    const page = await session.open('/fixtures/basic.html');
    expect(await waitForMentions(page, 1)).toEqual(['drug consumption rooms']);
    await page.close();
  });

  it('runs inside same-origin and cross-origin iframes', async () => {
    const page = await session.open('/fixtures/basic.html');
    await page.evaluate((src: string) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'cross-origin frame';
      document.body.append(frame);
      return new Promise((done) => frame.addEventListener('load', done));
    }, `${session.otherSite.origin}/fixtures/frame.html`);
    const frames = page.frames().filter((f) => f.url().endsWith('/fixtures/frame.html'));
    expect(frames.map((f) => new URL(f.url()).origin).sort()).toEqual([session.otherSite.origin, session.site.origin].sort());
    for (const frame of frames) expect(await waitForMentions(frame, 1)).toEqual(['drug consumption room']);
    await page.close();
  });

  it('opens the popup and the options page', async () => {
    for (const [path, heading] of [
      ['popup/index.html', 'Claimlens'],
      ['options/index.html', 'Claimlens options'],
    ] as const) {
      const page = await session.ext.openExtensionPage(path);
      watchErrors(page, session.errors);
      await page.waitForSelector('main h1');
      expect(await page.$eval('main h1', (h) => h.textContent)).toBe(heading);
      await page.close();
    }
  });

  it('leaves no errors in the console', async () => {
    const page = await session.open('/fixtures/basic.html');
    await waitForMentions(page, 1);
    expect(await mentionTexts(page)).toHaveLength(1);
    await page.close();
    expect(session.errors).toEqual([]);
  });
});
