/**
 * Claims and stakeholders on a page of our own writing, in a real browser: the claim sentence
 * and the stakeholder's names are marked only in the story about drug consumption rooms, and
 * their cards show who is on record for and against the claim, and what the stakeholder said
 * (and, for a claim the word model inferred, that it was inferred and from which words); and
 * they follow the story's prose when the page rewrites it with no mention changing.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { mentionTexts, ROOT, useSession, waitForMentions } from './support/session';
import { cloneCardForAxe, inCard, mentionPoint, waitForCard, waitForCardSettled } from './support/card';
import { waitForSettled } from './support/annotation';
import { axeViolations } from './support/axe';
import { ExtensionControl } from './support/extension-control';
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

/** What the panel lists for the page, as a reader sees each entry: its kind and its words. */
function listed(panel: Page): Promise<string[]> {
  return panel.$$eval('button.item', (buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
}

/** Waits until the panel lists exactly `expected`. */
async function waitForListed(panel: Page, expected: readonly string[]): Promise<void> {
  await panel
    .waitForFunction(
      (want: string[]) => {
        const items = [...document.querySelectorAll('button.item')].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
        return items.length === want.length && items.every((item, i) => item === want[i]);
      },
      { polling: 50, timeout: 8_000 },
      [...expected],
    )
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}; listed: ${JSON.stringify(await listed(panel))}`);
    });
}

/** The page's script rewrites the text of the paragraph `id`: all of it, or its text node's data in place. */
function rewrite(page: Page, id: string, text: string, how: 'replace' | 'in place'): Promise<void> {
  return page.evaluate(
    (id: string, text: string, inPlace: boolean) => {
      const paragraph = document.getElementById(id)!;
      if (inPlace) (paragraph.firstChild as Text).data = text;
      else paragraph.textContent = text;
    },
    id,
    text,
    how === 'in place',
  );
}

describe('claims and stakeholders on the page', () => {
  const session = useSession();
  const pages: Page[] = [];
  let control: ExtensionControl;
  beforeAll(async () => {
    control = await ExtensionControl.open(session.ext);
  });
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

  it('says on the card when a claim was inferred by the word model, and from which of the sentence’s words', async () => {
    const page = await session.open('/fixtures/debate-inferred.html');
    pages.push(page);
    const sentence = 'Decades of arrests have done nothing to shrink the drug market, the police commissioner admitted.';
    expect(await waitForHighlight(page, CLAIM_HIGHLIGHT, 1)).toEqual([sentence]);
    await hover(page, CLAIM_HIGHLIGHT, 0);
    const card = (await read(page))!;
    expect(card.title).toBe('The current approach to drugs is failing.');
    // Its cues alone do not make the claim: the card must not pass the model's reading off as theirs.
    expect(card.markedBecause).toMatch(/^Marked because: inferred by a word model from: /);
    const words = card.markedBecause.replace(/^.*from: /, '').split(', ');
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(sentence).toContain(word);
    expect(words).toContain('arrests');
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

  it('marks a claim and a name the page writes into its story later, with no mention changing, and unmarks and unlists the claim once rewritten away', async () => {
    const page = await session.open('/fixtures/debate-live.html');
    pages.push(page);
    await waitForMentions(page, 1);
    const panel = await session.ext.openExtensionPage(`panel/index.html?tab=${await control.tabIdOf(page)}`);
    pages.push(panel);
    // The page in front, as beside a side panel: a background tab's timers are throttled.
    await page.bringToFront();
    const opening = 'Mention The council has asked once more for a drug consumption room beside the station.';
    await waitForListed(panel, [opening]);
    expect(await mentionTexts(page, CLAIM_HIGHLIGHT)).toEqual([]);

    // A live update: the third paragraph, which holds no mention, now makes a claim in its own words.
    const claim = 'Outreach workers say the supervised room has stopped dozens of people from dying of an overdose since it opened.';
    await rewrite(page, 'update', claim, 'replace');
    expect(await waitForHighlight(page, CLAIM_HIGHLIGHT, 1)).toEqual([claim]);
    await waitForListed(panel, [opening, `Claim ${claim}`]);

    // Reworded in place (the same text node): the claim's mark and its entry go.
    await rewrite(page, 'update', 'The committee will meet again in the spring to discuss the budget.', 'in place');
    expect(await waitForHighlight(page, CLAIM_HIGHLIGHT, 0)).toEqual([]);
    await waitForListed(panel, [opening]);

    // A name in another rewritten paragraph is marked too.
    await rewrite(page, 'gallery', 'Alison Thewliss wrote to the committee before the vote.', 'in place');
    expect(await waitForHighlight(page, STAKEHOLDER_HIGHLIGHT, 1)).toEqual(['Alison Thewliss']);
    await waitForListed(panel, [opening, 'Stakeholder Alison Thewliss wrote to the committee before the vote.']);
    expect(await mentionTexts(page, MENTION_HIGHLIGHT)).toEqual(['drug consumption room']);
  });
});
