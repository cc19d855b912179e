/**
 * Every frame carries only the small content script; the main one (settings, lexicon, engine,
 * painting, the card) is injected into a frame only once the topic may be there, through
 * `scripting.executeScript` — srcdoc and about:blank frames included. The main script leaves a
 * User Timing mark in its frame's document, which the page can read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { ExtensionControl } from './support/extension-control';
import { useSession, waitForMentions } from './support/session';
import { waitForSettled } from './support/annotation';
import { waitForCard, mentionPoint } from './support/card';
import { CARD_SCRIPT_MARK } from '../../src/content/card/card-view';
import { MAIN_SCRIPT_MARK } from '../../src/content/topic-handoff';

/** How often a script marked `mark` started in this frame's document. */
const runs = (frame: Pick<Frame, 'evaluate'>, mark: string): Promise<number> => frame.evaluate((name) => performance.getEntriesByName(name).length, mark);

/** How often the main content script started in this frame's document. */
const mainScriptRuns = (frame: Pick<Frame, 'evaluate'>): Promise<number> => runs(frame, MAIN_SCRIPT_MARK);

describe('the main content script, only where the topic is', () => {
  const session = useSession();
  let control: ExtensionControl;

  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });

  it('is loaded into each frame that holds the topic, srcdoc (sandboxed too) and about:blank, and into no other', async () => {
    const page = await session.open('/fixtures/split.html');
    const frameTitled = async (title: string): Promise<Frame> => (await page.waitForSelector(`iframe[title="${title}"]`))!.contentFrame();
    const srcdoc = await frameTitled('srcdoc frame');
    const sandboxed = await frameTitled('sandboxed srcdoc frame');
    const blank = await frameTitled('about:blank frame');
    const quiet = await frameTitled('about:blank frame without the topic');
    expect(await waitForMentions(srcdoc, 1, 10_000)).toEqual(['drug consumption room']);
    // A sandboxed frame's origin is opaque: only the origin it came from can match it.
    expect(await waitForMentions(sandboxed, 1, 10_000)).toEqual(['drug consumption room']);
    expect(await waitForMentions(blank, 1, 10_000)).toEqual(['overdose prevention site']);
    expect(await mainScriptRuns(srcdoc)).toBe(1);
    expect(await mainScriptRuns(sandboxed)).toBe(1);
    expect(await mainScriptRuns(blank)).toBe(1);
    // The sieve marks a frame settled when it found nothing: by then the small script has decided.
    await waitForSettled(page);
    await waitForSettled(quiet);
    expect(await mainScriptRuns(page.mainFrame())).toBe(0);
    expect(await mainScriptRuns(quiet)).toBe(0);
    await page.close();
  });

  it('is loaded once the page adds a mention later, once, and marks it', async () => {
    const page = await session.open('/fixtures/split.html');
    await waitForSettled(page);
    expect(await mainScriptRuns(page)).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news: the city will open a drug consumption room in the spring.';
      document.body.append(p);
    });
    expect(await waitForMentions(page, 1, 10_000)).toEqual(['drug consumption room']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A second story names the overdose prevention centre again.';
      document.body.append(p);
    });
    await waitForMentions(page, 2, 10_000);
    expect(await mainScriptRuns(page)).toBe(1);
    await page.close();
  });

  it('loads the card’s script only when a card first opens in the frame, once, and the card still opens after the dwell', async () => {
    const page = await session.open('/fixtures/card.html');
    await waitForMentions(page, 4);
    await waitForSettled(page);
    expect(await mainScriptRuns(page)).toBe(1);
    expect(await runs(page, CARD_SCRIPT_MARK)).toBe(0); // mentions painted, no card asked for yet
    for (const index of [0, 1]) {
      await page.mouse.move(5, 5);
      await waitForCard(page, false);
      const point = await mentionPoint(page, index);
      await page.mouse.move(point.x, point.y);
      await waitForCard(page, true);
    }
    expect(await runs(page, CARD_SCRIPT_MARK)).toBe(1);
    await page.close();
  });

  it('counts the frames’ mentions on the badge, and adds the top frame’s article, which the add-article page reads itself', async () => {
    const page = await session.open('/fixtures/split.html');
    const tabId = await control.tabIdOf(page);
    await control.waitForBadge(tabId, '3', 15_000);
    await waitForSettled(page);
    const add = await session.ext.openExtensionPage(`pages/add-article.html?tab=${tabId}`);
    await add.waitForSelector('[data-testid="article-text"] p', { timeout: 10_000 });
    const shown = await add.$$eval('[data-testid="article-text"] p', (ps) => ps.map((p) => p.textContent));
    expect(shown).toContain(
      'The council voted last night to keep the swimming pool open through the winter, after three hundred residents signed a letter asking for it.',
    );
    expect(await mainScriptRuns(page)).toBe(0);
    await add.close();
    await page.close();
  });
});
