/**
 * The real-page corpus (../shared/corpus/pages) as the e2e suite and the bench serve it:
 * without scripts, inline handlers or `srcdoc` frames, so nothing but Claimlens can change a
 * page, and with every request for another host answered at once with an error.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { stripScripts } from './static-server';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/pages');

/** No `<script>`, no inline handlers (`onerror="…"` on images that fail here) and no `srcdoc` frames: a page that cannot change itself. */
export function staticHtml(html: string): string {
  return stripScripts(html).replace(/\s(?:on[a-z]+|srcdoc)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

/** The corpus's pages, largest first. */
export function corpusPages(dir = CORPUS_DIR): { name: string; bytes: number }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Answers requests for other hosts at once with an error, instead of waiting on a network that is not there. */
export async function onlyLocal(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A request can be gone before it is answered (the page moved on; Firefox then rejects): nothing left to answer.
    const answered = request.url().startsWith(origin) || request.url().startsWith('data:') ? request.continue() : request.abort();
    answered.catch(() => undefined);
  });
}
