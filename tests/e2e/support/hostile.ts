/**
 * What every hostile-page case checks, in one place: the extension raised nothing,
 * the page's own script still runs and answers a click, and Claimlens still annotates and
 * opens a card. Pages come from scripts/lib/hostile-pages.ts and are served generated.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readProbe } from '../../../scripts/bench/hostile-measure';
import { openGenerated } from '../../../scripts/bench/hostile-scale';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-names';
import type { Session } from './session';
import { mentionTexts } from './session';
import { mentionPoint, readCard, waitForCard } from './card';

export interface HostilePage {
  page: Page;
  /** Errors and the extension's failure notes seen in this page so far (see recordProblems). */
  problems: string[];
}

/** Serves `html` (with `headers`) on `site` (the session's first by default) and opens it in a new tab. */
export function openHostile(session: Session, html: string, options: { headers?: Record<string, string>; site?: StaticServer } = {}): Promise<HostilePage> {
  return openGenerated(session.ext.browser, options.site ?? session.site, html, options.headers);
}

/** Polls `read` until `done(value)`, or fails with the last value. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number, what: string): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The page's own script still runs (its heartbeat ticks) and its click handler answers. */
export async function expectPageWorks(page: Page | Frame): Promise<void> {
  const before = await readProbe(page);
  await page.click('#probe-button');
  const after = await pollUntil(
    () => readProbe(page),
    (p) => p.clicks === before.clicks + 1 && p.ticks > before.ticks,
    3_000,
    'the page’s own script',
  );
  expect(after.clicks).toBe(before.clicks + 1);
  expect(await page.$eval('#probe-button', (button) => button.textContent)).toBe(`clicked ${after.clicks}`);
}

/** Hovering the `index`th mention opens the card, which shows the topic; moving away closes it. */
export async function expectCardOpens(session: Session, page: Page, index = 0): Promise<void> {
  await page.mouse.move(2, 2);
  await waitForCard(page, false);
  const point = await mentionPoint(page, index);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, true, 5_000);
  const card = await readCard(session.kind, page);
  expect(card?.title).toBe('Drug consumption rooms');
  expect(card?.speakers.length).toBeGreaterThan(0);
  await page.mouse.move(2, 2);
  await waitForCard(page, false, 3_000);
}

/**
 * The three checks of every case: nothing went wrong, the page works, and Claimlens still
 * paints `mentions` (exactly these texts, when given) and opens a card.
 */
export async function expectAllWell(session: Session, hostile: HostilePage, mentions: { count?: number; texts?: readonly string[] } = {}): Promise<void> {
  const { page, problems } = hostile;
  if (mentions.texts) expect(await mentionTexts(page)).toEqual(mentions.texts);
  else if (mentions.count !== undefined) expect(await page.evaluate((name) => CSS.highlights.get(name)?.size, MENTION_HIGHLIGHT)).toBe(mentions.count);
  await expectPageWorks(page);
  await expectCardOpens(session, page);
  expect(problems).toEqual([]);
}
