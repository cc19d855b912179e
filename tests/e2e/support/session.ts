/**
 * One real browser with the built extension for a test file, plus two fixture servers on
 * different ports (two origins, for cross-origin frames). `E2E_BROWSER` picks the browser;
 * Vitest runs every e2e file once per browser project.
 */
import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { launchWithExtension, type BrowserKind, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/lib/launch-browser';
import { startStaticServer, stripScripts, type StaticServer } from '../../../scripts/lib/static-server';
import { CORPUS_DIR } from '../../../scripts/lib/corpus-pages';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-names';

export const ROOT = resolve(import.meta.dirname, '../../..');
export { CORPUS_DIR };

export function browserKind(): BrowserKind {
  const kind = process.env.E2E_BROWSER;
  if (kind !== 'chromium' && kind !== 'firefox') throw new Error(`E2E_BROWSER must be chromium or firefox, not ${String(kind)}`);
  return kind;
}

export interface Session {
  kind: BrowserKind;
  ext: ExtensionBrowser;
  /** Serves tests/fixtures/pages at /fixtures/ and the corpus at /corpus/. */
  site: StaticServer;
  /** The same content on another port: a different origin. */
  otherSite: StaticServer;
  /** Errors seen in any page this session opened through `open`. */
  errors: string[];
  /** Opens a fixture URL path (or absolute URL) in a new tab and waits for load. */
  open(pathOrUrl: string): Promise<Page>;
}

function distDir(kind: BrowserKind): string {
  const dir = resolve(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first (npm test does).`);
  return dir;
}

async function startSite(): Promise<StaticServer> {
  const mounts = [{ prefix: '/fixtures/', dir: resolve(ROOT, 'tests/fixtures/pages') }];
  if (existsSync(CORPUS_DIR)) mounts.push({ prefix: '/corpus/', dir: CORPUS_DIR, transformHtml: stripScripts } as never);
  return startStaticServer(mounts);
}

/** Records console errors and uncaught exceptions of a page into `errors`. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${page.url()}: console.error: ${message.text()}`);
  });
  page.on('pageerror', (error: unknown) => errors.push(`${page.url()}: uncaught: ${String(error)}`));
}

/** `launch`: extra options for the browser of this file (arguments, Firefox preferences). */
export function useSession(launch: (kind: BrowserKind) => Partial<LaunchOptions> = () => ({})): Session {
  // Filled in by beforeAll; tests only run after it.
  const session = { errors: [] as string[] } as Session;
  let started = false;
  beforeAll(async () => {
    session.kind = browserKind();
    [session.site, session.otherSite] = await Promise.all([startSite(), startSite()]);
    session.ext = await launchWithExtension(session.kind, { ...launch(session.kind), extensionDir: distDir(session.kind) });
    session.open = async (pathOrUrl) => {
      const page = await session.ext.browser.newPage();
      watchErrors(page, session.errors);
      await page.goto(pathOrUrl.startsWith('http') ? pathOrUrl : session.site.origin + pathOrUrl, { waitUntil: 'load' });
      return page;
    };
    started = true;
  });
  afterAll(async () => {
    if (!started) return;
    await session.ext.close();
    await Promise.all([session.site.close(), session.otherSite.close()]);
  });
  return session;
}

/** Waits until the frame's `claimlens-mention` highlight holds `count` ranges; returns their texts. */
export async function waitForMentions(frame: Pick<Page, 'waitForFunction' | 'evaluate'>, count: number, timeout = 5_000): Promise<string[]> {
  await frame.waitForFunction((name: string, n: number) => (CSS.highlights.get(name)?.size ?? -1) === n, { timeout, polling: 50 }, MENTION_HIGHLIGHT, count);
  return mentionTexts(frame);
}

/** The text of every range in the frame's `claimlens-mention` highlight, in document order. */
export function mentionTexts(frame: Pick<Page, 'evaluate'>): Promise<string[]> {
  return frame.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges = [...highlight] as AbstractRange[];
    return ranges
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      })
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((live) => live.toString());
  }, MENTION_HIGHLIGHT);
}

/** Waits for a tab that was not in `before` to show the extension page at `path`. */
export async function waitForExtensionPage(ext: ExtensionBrowser, before: ReadonlySet<Page>, path: string, timeout = 5_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await ext.browser.pages()) {
      if (before.has(page)) continue;
      // Firefox does not report moz-extension:// addresses through page.url(): ask the page.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes(path)) return page;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${path} did not open`);
}
