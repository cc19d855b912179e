/**
 * Claims and stakeholders on a page of our own writing, in a real browser: the claim sentence
 * and the stakeholder's names are marked only in the story about drug consumption rooms, and
 * their cards show who is on record for and against the claim, and what the stakeholder said.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { mentionTexts, ROOT, useSession, waitForMentions } from './support/session';
import { cloneCardForAxe, inCard, mentionPoint, waitForCard, waitForCardSettled } from './support/card';
import { waitForSettled } from './support/annotation';
import { axeViolations } from './support/axe';
import { CLAIM_HIGHLIGHT, MENTION_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../../src/content/highlight-names';

const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');

interface DebateCardReading {
  term: string;
  title: string;
  description: string;
  markedBecause: string;
  sides: { title: string; names: string[]; stances: string[]; nobody: string }[];
  names: string[];
  quotes: string[];
}

/** Waits until highlight `name` holds `count` ranges. */
async function waitForHighlight(page: Page, name: string, count: number): Promise<string[]> {
  await page.waitForFunction((n: string, c: number) => (CSS.highlights.get(n)?.size ?? 0) === c, { timeout: 8_000, polling: 50 }, name, count);
  return mentionTexts(page, name);
}

describe('claims and stakeholders on the page', () => {
  const session = useSession();
  const pages: Page[] = [];
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  const read = (page: Page) =>
    inCard(session.kind, page, (root): DebateCardReading => ({
      term: root.querySelector('#card-term')?.textContent ?? '',
      title: root.querySelector('#card-title')?.textContent ?? '',
      description: root.querySelector('.description')?.textContent ?? '',
      markedBecause: root.querySelector('.marked-because')?.textContent ?? '',
      sides: [...root.querySelectorAll('.side')].map((side) => ({
        title: side.querySelector('.side-title')?.textContent ?? '',
        names: [...side.querySelectorAll('.entry .name')].map((n) => n.textContent),
        stances: [...side.querySelectorAll('.entry .stance')].map((n) => n.textContent),
        nobody: side.querySelector('.nobody')?.textContent ?? '',
      })),
      names: [...root.querySelectorAll('.entry .name')].map((n) => n.textContent),
      quotes: [...root.querySelectorAll('.entry blockquote, .entry .reported')].map((n) => n.textContent),
    }));

  const hover = async (page: Page, highlight: string, index: number): Promise<void> => {
    await page.mouse.move(2, 2);
    await waitForCard(page, false);
    const point = await mentionPoint(page, index, highlight);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, true);
  };

  it('marks the claim sentence and the stakeholder’s names in the story about the rooms, and nothing in the road-safety story', async () => {
    const page = await session.open('/fixtures/debate.html');
    pages.push(page);
    await waitForMentions(page, 2);
    expect(await waitForHighlight(page, CLAIM_HIGHLIGHT, 1)).toEqual([
      'Nurses report that the drug consumption room has already prevented dozens of overdose deaths.',
    ]);
    // The full name first; then "Mr Jones" in the same story. The garage owner in the other story is not him.
    expect(await waitForHighlight(page, STAKEHOLDER_HIGHLIGHT, 2)).toEqual(['Arfon Jones', 'Mr Jones']);
    expect(await mentionTexts(page, MENTION_HIGHLIGHT)).toEqual(['drug consumption room', 'drug consumption room']);
  });

  it('shows the claim’s card: the claim, who is on record for it and against it, and why it was marked', async () => {
    const page = await session.open('/fixtures/debate.html');
    pages.push(page);
    await waitForHighlight(page, CLAIM_HIGHLIGHT, 1);
    await hover(page, CLAIM_HIGHLIGHT, 0);
    const card = (await read(page))!;
    expect(card.title).toBe('Drug consumption rooms save lives and reduce drug deaths.');
    expect(card.markedBecause).toMatch(/^Marked because: cues: .*overdos/);
    const [forIt, againstIt] = card.sides;
    expect(forIt!.title).toBe('On record for it');
    expect(forIt!.names).toEqual(expect.arrayContaining(['Alison Thewliss', expect.stringContaining('Arfon Jones') as string]));
    expect(forIt!.stances.every((s) => s.includes('upported'))).toBe(true);
    expect(againstIt!.title).toBe('On record against it');
    expect(againstIt!.nobody).toBe('No one in the dataset');
    await waitForCardSettled(session.kind, page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, `claim-card-${session.kind}.png`) });
    const copy = await cloneCardForAxe(session.kind, page);
    // The card itself, in the top layer, lies over its copy: axe would read colours through it.
    await page.evaluate(() => document.querySelector<HTMLElement>('claimlens-card')!.style.setProperty('visibility', 'hidden', 'important'));
    expect(await axeViolations(page, copy)).toEqual([]);
  });

  it('shows the stakeholder’s card on “Mr Jones”: the role as reported and what he said, with stance', async () => {
    const page = await session.open('/fixtures/debate.html');
    pages.push(page);
    await waitForHighlight(page, STAKEHOLDER_HIGHLIGHT, 2);
    await hover(page, STAKEHOLDER_HIGHLIGHT, 1);
    const card = (await read(page))!;
    await waitForCardSettled(session.kind, page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, `stakeholder-card-${session.kind}.png`) });
    expect(card.term).toBe('“Mr Jones” — on record in the dataset');
    expect(card.title).toBe('Arfon Jones');
    expect(card.description).toBe('Police and Crime Commissioner, North Wales');
    expect(card.names.length).toBeGreaterThan(0);
    expect(card.names.every((name) => name.includes('Arfon Jones') || name.includes('Police chiefs'))).toBe(true);
    expect(card.quotes.some((q) => q.includes('deeply concerned'))).toBe(true);
  });

  it('marks nothing on a road-safety page that says lower limits “save lives”', async () => {
    const page = await session.open('/fixtures/road-safety.html');
    pages.push(page);
    await waitForSettled(page);
    // Past the time a claim would take to appear.
    await new Promise((done) => setTimeout(done, 1_000));
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names).toEqual([]);
  });
});
