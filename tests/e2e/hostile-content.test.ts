/**
 * Hostile pages, part 2: strange documents. A <base> that points elsewhere, frames
 * nested four deep across two origins, right-to-left and bidirectional text, emoji and
 * combining marks around and inside mentions. Each case checks that nothing went wrong, the
 * page (every frame of it) still works, and Claimlens annotates exactly the mentions and opens
 * a card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { mentionTexts, useSession, waitForMentions } from './support/session';
import { readCard, waitForCard } from './support/card';
import { expectAllWell, expectPageWorks, openHostile, type HostilePage } from './support/hostile';
import { basePage, BIDI_CASES, bidiPage, framePage } from '../../scripts/lib/hostile-pages';
import { MENTION_HIGHLIGHT } from '../../src/content/highlight-names';

describe('hostile pages: strange documents', () => {
  const session = useSession();
  const opened: Page[] = [];
  const open = async (html: string): Promise<HostilePage> => {
    const hostile = await openHostile(session, html);
    opened.push(hostile.page);
    return hostile;
  };
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  it('works under a <base href> that points at another origin', async () => {
    const hostile = await open(basePage(session.otherSite.origin));
    const { page } = hostile;
    expect(await page.evaluate(() => document.baseURI)).toBe(`${session.otherSite.origin}/nowhere/at/all/`);
    expect(await waitForMentions(page, 2)).toEqual(['drug consumption room', 'supervised injection site']);
    await expectAllWell(session, hostile, { count: 2 });
  });

  it('annotates every frame of frames nested four deep across two origins, and opens the card in the deepest', async () => {
    // Level 1 on the first origin, then the other, the first, the other.
    const sites = [session.site, session.otherSite, session.site, session.otherSite];
    const urls = sites.map((site, i) => `${site.origin}/nested/level-${i + 1}.html`);
    sites.forEach((site, i) => {
      if (i > 0) site.setPage(`/nested/level-${i + 1}.html`, framePage(i + 1, urls[i + 1] ?? null));
    });
    const hostile = await open(framePage(1, urls[1]!));
    const { page } = hostile;
    const frames: (Page | Frame)[] = [page];
    for (const url of urls.slice(1)) frames.push(await page.waitForFrame((frame) => frame.url() === url, { timeout: 10_000 }));
    for (const [i, frame] of frames.entries()) {
      expect(await waitForMentions(frame, 1)).toEqual(['drug consumption room']);
      expect(await frame.evaluate(() => document.getElementById('first')?.textContent)).toContain(`Level ${i + 1}:`);
      await expectPageWorks(frame);
    }
    // Hover the mention in the deepest frame: its own content script opens its own card.
    const deepest = frames[frames.length - 1] as Frame;
    const point = await pointInFrame(deepest);
    await page.mouse.move(point.x, point.y);
    await waitForCard(deepest, true, 5_000);
    expect((await readCard(session.kind, deepest))?.title).toBe('Drug consumption rooms');
    await page.mouse.move(2, 2);
    await waitForCard(deepest, false, 3_000);
    await expectAllWell(session, hostile, { count: 1 });
  });

  it('reads right-to-left and bidirectional text, emoji and combining marks exactly', async () => {
    const hostile = await open(bidiPage());
    const { page } = hostile;
    const expected = BIDI_CASES.flatMap((c) => c.expect);
    await waitForMentions(page, expected.length).catch(async (error: unknown) => {
      throw new Error(`highlighted ${JSON.stringify(await mentionTexts(page))}, expected ${JSON.stringify(expected)}`, { cause: error });
    });
    // Exactly the mention's characters: no mark, bidi control or half of a surrogate pair more or less.
    expect(await mentionTexts(page)).toEqual(expected);
    await expectAllWell(session, hostile, { texts: expected }); // the first card opens on the Arabic paragraph's mention
  });
});

/** A point inside the first mention of `frame`, in the top page's viewport (frames may be nested). */
async function pointInFrame(frame: Frame): Promise<{ x: number; y: number }> {
  const inner = await frame.evaluate((name) => {
    const [range] = [...CSS.highlights.get(name)!] as AbstractRange[];
    const live = document.createRange();
    live.setStart(range!.startContainer, range!.startOffset);
    live.setEnd(range!.endContainer, range!.endOffset);
    const rect = live.getClientRects()[0]!;
    return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
  }, MENTION_HIGHLIGHT);
  let { x, y } = inner;
  for (let at: Frame | null = frame; at?.parentFrame(); at = at.parentFrame()) {
    const element = await at.frameElement();
    const offset = await element!.evaluate((iframe) => {
      const box = iframe.getBoundingClientRect();
      return { x: box.left + iframe.clientLeft, y: box.top + iframe.clientTop };
    });
    x += offset.x;
    y += offset.y;
  }
  return { x, y };
}
