/**
 * Reading the quote card from tests. It lives in a closed shadow root, which page scripts
 * cannot enter (that is the point); tests read it the way assistive technology and WebDriver
 * may: Chromium through the accessibility tree (puppeteer's ARIA query pierces closed roots),
 * Firefox through WebDriver BiDi's serialisation of closed shadow trees.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { BrowserKind } from '../../../scripts/lib/launch-browser';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-names';

/** The point a reader would hover: inside the `index`th mention's first line box, scrolled into view. */
export async function mentionPoint(page: Page, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (name: string, i: number) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as AbstractRange[];
      const live = ranges
        .map((r) => {
          const l = document.createRange();
          l.setStart(r.startContainer, r.startOffset);
          l.setEnd(r.endContainer, r.endOffset);
          return l;
        })
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = live[i];
      if (!range) throw new Error(`no mention ${i}`);
      const first = range.getClientRects()[0]!;
      if (first.top < 0 || first.bottom > innerHeight) scrollBy(0, first.top - innerHeight / 3);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
    },
    MENTION_HIGHLIGHT,
    index,
  );
}

/** Is the card shown (its host is in the page, or frame, and open in the top layer)? */
export function cardIsOpen(page: Page | Frame): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card');
    return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
  });
}

export async function waitForCard(page: Page | Frame, open: boolean, timeout = 3_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await cardIsOpen(page)) === open) return;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`card did not ${open ? 'open' : 'close'} within ${timeout} ms`);
}

interface BidiConnection {
  send(
    method: string,
    params: unknown,
  ): Promise<{ result: { type: string; value?: unknown; result?: { value?: { shadowRoot?: { sharedId?: string } } }; exceptionDetails?: { text: string } } }>;
}

/**
 * Runs `fn` on the card's shadow root inside the page and returns its (JSON) result; null when
 * there is no card. `fn` must be self-contained: it is sent as source.
 */
export async function inCard<T>(kind: BrowserKind, page: Page | Frame, fn: (root: ShadowRoot, arg: unknown) => T, arg: unknown = null): Promise<T | null> {
  if (kind === 'chromium') {
    const dialog = await page.$('::-p-aria([role="dialog"])');
    if (!dialog) return null;
    const root = await dialog.evaluateHandle((el) => el.getRootNode() as ShadowRoot);
    return await root.evaluate(fn, arg);
  }
  const frame = 'mainFrame' in page ? page.mainFrame() : page;
  const connection = (frame.page().browser() as unknown as { connection: BidiConnection }).connection;
  const context = (frame as unknown as { _id: string })._id;
  const host = await connection.send('script.evaluate', {
    expression: 'document.querySelector("claimlens-card")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = host.result.result?.value?.shadowRoot;
  if (!root?.sharedId) return null;
  const call = await connection.send('script.callFunction', {
    functionDeclaration: `(root, arg) => JSON.stringify((${fn.toString()})(root, JSON.parse(arg)) ?? null)`,
    arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
  });
  if (call.result.type !== 'success') throw new Error(`in the card: ${call.result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse((call.result.result as { value: string }).value) as T;
}

/** One entry of the card as a reader sees it. */
export interface EntryReading {
  name: string;
  /** The stance badge's words (its icon included). */
  stance: string;
  role: string;
  /** The quote or reported words as shown. */
  text: string;
  /** "Stance from the article: …", when the stance is inferred. */
  basis: string;
  /** Kind, medium, attribution, outlet, date and links. */
  meta: string;
}

/** What a reader sees in the card, item by item. */
export interface CardReading {
  title: string;
  term: string;
  legend: string;
  /** "Roles and positions as the article reported them…". */
  asReported: string;
  speakers: string[];
  entries: EntryReading[];
  focused: boolean;
}

export function readCard(kind: BrowserKind, page: Page | Frame): Promise<CardReading | null> {
  return inCard(kind, page, (root) => ({
    title: root.querySelector('#card-title')?.textContent ?? '',
    term: root.querySelector('#card-term')?.textContent ?? '',
    legend: root.querySelector('.legend')?.textContent ?? '',
    asReported: root.querySelector('.as-reported')?.textContent ?? '',
    speakers: [...root.querySelectorAll('.entry .name')].map((n) => n.textContent),
    entries: [...root.querySelectorAll('.entry')].map((entry) => ({
      name: entry.querySelector('.name')?.textContent ?? '',
      stance: entry.querySelector('.stance')?.textContent ?? '',
      role: entry.querySelector('.role')?.textContent ?? '',
      text: entry.querySelector('blockquote, .reported')?.textContent ?? '',
      basis: entry.querySelector('.basis')?.textContent ?? '',
      meta: entry.querySelector('.meta')?.textContent ?? '',
    })),
    focused: root.activeElement !== null,
  }));
}

/**
 * Clicks, with the real pointer (a user gesture, as the clipboard needs), the button in the
 * card entry whose text includes `entryText` and whose label includes `label`.
 */
export async function clickInCard(kind: BrowserKind, page: Page, entryText: string, label: string): Promise<void> {
  const rect = await inCard(
    kind,
    page,
    (root, arg) => {
      const [words, name] = arg as [string, string];
      const entry = [...root.querySelectorAll('.entry')].find((e) => e.textContent.includes(words));
      const button = [...(entry?.querySelectorAll('button') ?? [])].find((b) => b.textContent.includes(name));
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest' });
      const { x, y, width, height } = button.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    },
    [entryText, label],
  );
  if (!rect) throw new Error(`no button "${label}" in the card entry with "${entryText}"`);
  await page.mouse.click(rect.x, rect.y);
}

/** Waits until the card's opening animation has finished, so a screenshot shows it settled. */
export async function waitForCardSettled(kind: BrowserKind, page: Page, timeout = 3_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const settled = await inCard(kind, page, (root) => root.getAnimations().every((a) => a.playState === 'finished'));
    if (settled) return;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`the card was still animating after ${timeout} ms`);
}

/**
 * Copies the card into an open shadow root (same markup, same stylesheet, same place), so
 * axe-core, which cannot enter closed roots, can check it. Returns the copy's selector.
 */
export async function cloneCardForAxe(kind: BrowserKind, page: Page): Promise<string> {
  const done = await inCard(kind, page, (root) => {
    document.getElementById('axe-card-copy')?.remove();
    const source = root.host.getBoundingClientRect();
    const copy = document.createElement('div');
    copy.id = 'axe-card-copy';
    copy.setAttribute('style', `position: fixed; left: ${source.left}px; top: ${source.top}px; z-index: 2147483646;`);
    const open = copy.attachShadow({ mode: 'open' });
    open.adoptedStyleSheets = [...root.adoptedStyleSheets];
    for (const style of root.querySelectorAll('style')) open.append(style.cloneNode(true));
    open.append(root.querySelector('.root')!.cloneNode(true));
    document.body.append(copy);
    // The copy would fade in as the card does: axe must read its settled colours, not a frame of the fade.
    for (const animation of open.getAnimations()) animation.finish();
    return true;
  });
  if (!done) throw new Error('no card to copy');
  return '#axe-card-copy';
}
