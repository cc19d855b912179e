/**
 * Finding and painting mentions in real Chromium and Firefox: the markup cases a reader
 * meets, hard negatives, shadow roots and every kind of frame. Each checks what the page
 * shows through `CSS.highlights` and that the page's DOM is left as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { mentionTexts, useSession, waitForMentions } from './support/session';
import { bodyUnchanged, MARKER_YELLOW, mentionBackgrounds, recordParsedBody, waitForSettled } from './support/annotation';
import { ACTIVE_HIGHLIGHT, MENTION_HIGHLIGHT, styleHighlightName } from '../../src/content/highlight-names';

type Box = { x: number; y: number; width: number; height: number };

/** The share of the box's pixels, as the page shows it, in the marker style's background colour (#ffe27a). */
async function markerShare(page: Page, clip: Box): Promise<number> {
  const png = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(async (data) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let marker = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i]! - 0xff) <= 8 && Math.abs(pixels[i + 1]! - 0xe2) <= 8 && Math.abs(pixels[i + 2]! - 0x7a) <= 8) marker++;
    }
    return marker / (pixels.length / 4);
  }, png);
}

/** Where the first mention is on screen. */
const firstMentionBox = (page: Page): Promise<Box> =>
  page.evaluate((name) => {
    const r = [...CSS.highlights.get(name)!][0]!;
    const live = new Range();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const { x, y, width, height } = live.getBoundingClientRect();
    return { x, y, width, height };
  }, MENTION_HIGHLIGHT);

describe('annotating a page', () => {
  const session = useSession();

  it('finds every markup case, exactly as it reads, and leaves the DOM untouched', async () => {
    const page = await session.ext.browser.newPage();
    await recordParsedBody(page);
    await page.goto(`${session.site.origin}/fixtures/markup.html`, { waitUntil: 'load' });
    const expected = await page.$$eval('section.case', (sections) => sections.flatMap((s) => JSON.parse(s.getAttribute('data-expect') ?? '[]') as string[]));
    expect(expected.length).toBeGreaterThan(15);
    expect(await waitForMentions(page, expected.length)).toEqual(expected);
    expect(await bodyUnchanged(page)).toBe(true);
    await page.close();
  });

  it("paints the mentions in the reader's style (the marker's yellow by default), from the one Highlight that holds them", async () => {
    const page = await session.open('/fixtures/basic.html');
    await waitForMentions(page, 1);
    expect(await mentionBackgrounds(page)).toEqual([MARKER_YELLOW]);
    // Chromium registers them once (each name costs it a marker per range on every change); Firefox, whose styles are the manifest's, under the style alias too.
    expect(await page.evaluate((alias) => CSS.highlights.has(alias), styleHighlightName('marker'))).toBe(session.kind === 'firefox');
    expect(await page.evaluate((name) => CSS.highlights.has(name), ACTIVE_HIGHLIGHT)).toBe(false);
    await page.close();
  });

  it('finds nothing where the words mean something else', async () => {
    const page = await session.open('/fixtures/negatives.html');
    await waitForSettled(page);
    expect(await mentionTexts(page)).toEqual([]);
    await page.close();
  });

  it('searches open shadow roots, nested ones too, but not closed ones', async () => {
    const page = await session.open('/fixtures/shadow.html');
    // (waitForMentions sorts with compareBoundaryPoints, which cannot compare across shadow trees.)
    await page.waitForFunction((name) => CSS.highlights.get(name)?.size === 3, { polling: 50, timeout: 5_000 }, MENTION_HIGHLIGHT);
    const texts = await page.evaluate(
      (name) =>
        [...(CSS.highlights.get(name) ?? [])].map((r) => {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.toString();
        }),
      MENTION_HIGHLIGHT,
    );
    expect(texts.sort()).toEqual(['drug consumption room', 'overdose prevention centre', 'supervised injection site']);
    await page.close();
  });

  it('paints every mention in the marker colours, in the document and inside shadow roots', async () => {
    const page = await session.open('/fixtures/shadow.html');
    await page.waitForFunction((name) => CSS.highlights.get(name)?.size === 3, { polling: 50, timeout: 5_000 }, MENTION_HIGHLIGHT);
    // Where each mention is on screen, and, as a control, the closed root's text, which is never painted.
    const boxes = await page.evaluate((name) => {
      const box = (rect: DOMRect): { x: number; y: number; width: number; height: number } => ({
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
      });
      const mentions = [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return { text: live.toString(), box: box(live.getBoundingClientRect()) };
      });
      return { mentions, unpainted: box(document.getElementById('closed-host')!.getBoundingClientRect()) };
    }, MENTION_HIGHLIGHT);
    const shares: Record<string, number> = {};
    for (const { text, box } of boxes.mentions) shares[text] = await markerShare(page, box);
    for (const text of ['drug consumption room', 'overdose prevention centre', 'supervised injection site']) expect(shares[text]).toBeGreaterThan(0.4);
    expect(await markerShare(page, boxes.unpainted)).toBe(0);
    await page.close();
  });

  it('keeps a mention painted when the page moves its paragraph', async () => {
    const page = await session.open('/fixtures/basic.html');
    await waitForMentions(page, 1);
    expect(await markerShare(page, await firstMentionBox(page))).toBeGreaterThan(0.4);
    // New elements before the paragraph and its ancestors: any rule naming it by its place goes stale.
    await page.evaluate(() => {
      document.body.prepend(document.createElement('aside'));
      document.body.before(document.createElement('div'));
    });
    // Two frames later, as a reader would see it: not unpainted until a periodic check comes round.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await markerShare(page, await firstMentionBox(page))).toBeGreaterThan(0.4);
    await page.close();
  });

  it('annotates each frame by itself: same-origin, cross-origin and about:blank', async () => {
    const page = await session.open(`/fixtures/frames.html?cross=${encodeURIComponent(`${session.otherSite.origin}/fixtures/frame.html`)}`);
    expect(await waitForMentions(page, 1)).toEqual(['drug consumption room']);
    const frameAt = (url: string): Promise<Frame> => page.waitForFrame((f) => f.url() === url, { timeout: 10_000 });
    const same = await frameAt(`${session.site.origin}/fixtures/frame.html`);
    const cross = await frameAt(`${session.otherSite.origin}/fixtures/frame.html`);
    const blank = await frameAt('about:blank');
    expect(await waitForMentions(same, 1)).toEqual(['drug consumption room']);
    expect(await waitForMentions(cross, 1)).toEqual(['drug consumption room']);
    expect(await waitForMentions(blank, 1)).toEqual(['overdose prevention site']);
    await page.close();
  });
});
