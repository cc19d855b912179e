/**
 * Hostile pages, part 1: pages that attack the JavaScript and CSS environment Claimlens runs
 * in. Each case checks that the extension raised nothing, the page's own script
 * still runs and answers, and Claimlens still annotates and opens a card afterwards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { useSession, waitForMentions } from './support/session';
import { inCard, mentionPoint, readCard, waitForCard } from './support/card';
import { expectAllWell, expectCardOpens, expectPageWorks, openHostile, pollUntil, type HostilePage } from './support/hostile';
import {
  builtinsPage,
  CARD_ATTACKS,
  cardRemovingPage,
  CSP_CANARY_CSS,
  cspPage,
  highlightClearPage,
  hostileCssPage,
  POISONED,
  STRICT_CSP,
} from '../../scripts/lib/hostile-pages';
import { highlightedCount } from '../../scripts/bench/hostile-measure';
import { ACTIVE_HIGHLIGHT } from '../../src/content/highlight-names';
import { MARKER_YELLOW, mentionBackgrounds } from './support/annotation';

/** The CSP hash of the strict-CSP page's canary style, which browsers name when they block it. */
const CANARY_HASH = createHash('sha256').update(CSP_CANARY_CSS).digest('base64');

describe('hostile pages: the environment', () => {
  const session = useSession();
  const opened: Page[] = [];
  const open = async (html: string, options?: Parameters<typeof openHostile>[2]): Promise<HostilePage> => {
    const hostile = await openHostile(session, html, options);
    opened.push(hostile.page);
    return hostile;
  };
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  it(`never touches the page's built-ins, though the page overwrote ${POISONED.length} of them`, async () => {
    const hostile = await open(builtinsPage());
    const { page } = hostile;
    // While the poisons are armed the test looks only through the page's pristine helpers.
    const armed = <T>(expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;
    await pollUntil(
      () => armed<number>('__hostile.highlighted()'),
      (n) => n === 2,
      10_000,
      'mentions painted under poisoned built-ins',
    );
    const point = await armed<{ x: number; y: number }>('__hostile.point("first")');
    await page.mouse.move(point.x, point.y);
    await pollUntil(
      () => armed<boolean>('__hostile.cardOpen()'),
      (open) => open,
      5_000,
      'card open under poisoned built-ins',
    );
    // Chromium's isolated world and Firefox's Xray vision: not one call reached the page's versions.
    expect(await armed<Record<string, number>>('__hostile.calls()')).toEqual({});
    expect((await readCard(session.kind, page))?.title).toBe('Drug consumption rooms');
    await expectAllWell(session, hostile, { texts: ['drug consumption room', 'supervised injection site'] });
  });

  it('paints again when the page empties CSS.highlights every 300 ms', async () => {
    const hostile = await open(highlightClearPage(300));
    const { page } = hostile;
    await waitForMentions(page, 2);
    // Sampled over three seconds: each clear must be undone, and soon.
    const started = Date.now();
    let painted = 0;
    let samples = 0;
    while (Date.now() - started < 3_000) {
      samples++;
      if ((await highlightedCount(page)) === 2 && (await mentionBackgrounds(page)).includes(MARKER_YELLOW)) painted++;
      await new Promise((done) => setTimeout(done, 100));
    }
    const clears = await page.evaluate(() => (window as unknown as { __clears: number }).__clears);
    console.log(`highlights cleared (${session.kind}): ${clears} clears; painted in ${painted} of ${samples} samples`);
    expect(clears).toBeGreaterThan(5);
    expect(painted).toBeGreaterThan(0);
    // Stopped clearing: the highlight is back, in its style, at once.
    await page.evaluate(() => (window as unknown as { __stopClearing(): void }).__stopClearing());
    await page.evaluate(() => CSS.highlights.clear());
    await pollUntil(
      async () => (await highlightedCount(page)) === 2 && (await mentionBackgrounds(page)).includes(MARKER_YELLOW),
      Boolean,
      3_000,
      'repainted after a clear',
    );
    await expectAllWell(session, hostile, { count: 2 });
  });

  for (const [name, policy] of Object.entries(STRICT_CSP)) {
    it(`renders a styled card under a strict Content-Security-Policy (${name}: ${policy})`, async () => {
      const hostile = await open(cspPage(`Strict CSP (${name})`), { headers: { 'content-security-policy': policy } });
      const { page, problems } = hostile;
      // The policy is in force: the page's own inline style without the nonce was blocked (and reported).
      expect(await page.$eval('#canary', (h1) => getComputedStyle(h1).color)).not.toBe('rgb(1, 2, 3)');
      const canaryReports = problems.splice(0).filter((problem) => problem.includes(CANARY_HASH));
      expect(canaryReports).toHaveLength(1);
      expect(await waitForMentions(page, 2)).toEqual(['drug consumption room', 'supervised injection site']);
      await expectAllWell(session, hostile, { count: 2 }); // no other violation, no error
      // Open it again and look at its styles: constructed stylesheets are not the page's CSP's business.
      const point = await mentionPoint(page, 0);
      await page.mouse.move(point.x, point.y);
      await waitForCard(page, true, 5_000);
      const styled = await inCard(session.kind, page, (root) => {
        const card = root.querySelector('.card');
        if (!card) return null;
        const style = getComputedStyle(card);
        return {
          radius: style.borderTopLeftRadius,
          display: style.display,
          width: card.getBoundingClientRect().width,
          sheets: root.adoptedStyleSheets.length,
          hostContain: getComputedStyle(root.host).contain,
        };
      });
      expect(styled).toEqual({ radius: '12px', display: 'flex', width: 400, sheets: 1, hostContain: 'layout style' });
      expect(await cardBesideMention(page)).toBe(true);
      expect(problems).toEqual([]);
      if (policy.includes('require-trusted-types-for')) {
        // Last (it reports a violation of its own): where the browser has Trusted Types, the page cannot even set innerHTML.
        expect(
          await page
            .evaluate(() => {
              const supported = typeof (window as { trustedTypes?: unknown }).trustedTypes === 'object';
              try {
                document.createElement('div').innerHTML = '<b>markup</b>';
                return { supported, enforced: false };
              } catch {
                return { supported, enforced: true };
              }
            })
            .then(({ supported, enforced }) => enforced === supported),
        ).toBe(true);
      }
    });
  }

  it('brings the card back after the page removes its host, while open and again later', async () => {
    const hostile = await open(cardRemovingPage());
    const { page } = hostile;
    await waitForMentions(page, 2);
    const removeCard = (): Promise<number> => page.evaluate(() => (window as unknown as { __removeCard(): number }).__removeCard());
    const point = await mentionPoint(page, 0);
    // Removed while open, with the pointer still on the mention: moving off and back brings it again.
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    expect(await removeCard()).toBe(1);
    await expectCardOpens(session, page);
    // Removed while the pointer is inside the card (it never hears the pointer leave).
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
    const box = await page.evaluate(() => document.querySelector('claimlens-card')!.getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.move(point.x, point.y + 4);
    await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 5 });
    await new Promise((done) => setTimeout(done, 400));
    expect(await removeCard()).toBe(2);
    await expectCardOpens(session, page);
    await expectCardOpens(session, page, 1);
    // Removed while closed, later: the next hover puts it back.
    expect(await removeCard()).toBe(3);
    await expectAllWell(session, hostile, { count: 2 });
  });

  for (const [name, css] of Object.entries(CARD_ATTACKS)) {
    it(`shows the card whole whatever the page's CSS says (${name})`, async () => {
      const hostile = await open(hostileCssPage(css));
      const { page } = hostile;
      await waitForMentions(page, 1);
      await expectPageWorks(page);
      const point = await mentionPoint(page, 0);
      await page.mouse.move(point.x, point.y);
      await waitForCard(page, true, 5_000);
      const shown = await inCard(session.kind, page, (root) => {
        const card = root.querySelector('.card')!;
        const box = card.getBoundingClientRect();
        const style = getComputedStyle(card);
        const inViewport = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight && box.height > 150;
        return { width: Math.round(box.width), fontSize: style.fontSize, radius: style.borderTopLeftRadius, inViewport };
      });
      // 400 px wide, 14 px type, inside the viewport: nothing of the page's CSS reaches in.
      expect(shown).toEqual({ width: 400, fontSize: '14px', radius: '12px', inViewport: true });
      expect(await cardBesideMention(page)).toBe(true);
      expect((await readCard(session.kind, page))?.title).toBe('Drug consumption rooms');
      expect(hostile.problems).toEqual([]);
    });
  }
});

/** Is the open card just above or below the active mention (not somewhere else on the screen)? */
function cardBesideMention(page: Page): Promise<boolean> {
  return page.evaluate((name) => {
    const [range] = [...CSS.highlights.get(name)!] as AbstractRange[];
    const live = document.createRange();
    live.setStart(range!.startContainer, range!.startOffset);
    live.setEnd(range!.endContainer, range!.endOffset);
    const mention = live.getBoundingClientRect();
    const card = document.querySelector('claimlens-card')!.getBoundingClientRect();
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 24;
    const overlapsHorizontally = card.left < mention.right + 8 && card.right > mention.left - 8;
    return overlapsHorizontally && (near(card.top, mention.bottom) || near(card.bottom, mention.top));
  }, ACTIVE_HIGHLIGHT);
}
