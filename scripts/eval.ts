/**
 * `npm run eval`: the BUILT extension, in real Chromium and real Firefox, over the labelled
 * evaluation set (tests/fixtures/eval): passages of every language, each in its own
 * `<article lang>` on one page per language, and whole multi-story pages. Every labelled
 * mention is a `<span data-expect>`; a highlight overlapping one finds it, a highlight
 * overlapping none is a false alarm. Prints precision and recall per language and per family
 * and every false alarm and miss; exits 1 when either browser falls below the gate.
 *
 *   npm run eval                       both browsers
 *   npm run eval -- --browser firefox  one
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'puppeteer-core';
import type { Lexicon } from '../src/data/lexicon-schema';
import { MENTION_HIGHLIGHT } from '../src/content/highlight-names';
import { compileLexicon } from '../src/engine/compile-lexicon';
import { NormalizedText } from '../src/engine/normalize';
import { report, tally, precision, recall, type Classify, type PageObservation } from './lib/eval-tally';
import { launchWithExtension, type BrowserKind } from './lib/launch-browser';
import { startStaticServer } from './lib/static-server';

export const MIN_PRECISION = 0.98;
export const MIN_RECALL = 0.95;

const ROOT = resolve(import.meta.dirname, '..');
const EVAL_DIR = resolve(ROOT, 'tests/fixtures/eval');
const SETTLE_TIMEOUT_MS = 30_000;

interface Passage {
  id: string;
  lang: string;
  domain: string;
  html: string;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One page per language holding all its passages, each its own story. */
function passagePages(): { path: string; html: string }[] {
  const dir = resolve(EVAL_DIR, 'passages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const passages = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Passage[];
      const articles = passages.map((p) => `<article lang="${escapeAttribute(p.lang)}" data-passage="${escapeAttribute(p.id)}">\n${p.html}\n</article>`);
      return {
        path: `/eval/passages-${name.replace(/\.json$/, '')}.html`,
        html: `<!doctype html>\n<html><head><meta charset="utf-8"><title>${name}</title></head><body>\n${articles.join('\n')}\n</body></html>\n`,
      };
    });
}

/** The family and language of the lexicon term a text names (the longest one in it). */
function classifier(): Classify {
  const lexicon = compileLexicon(JSON.parse(readFileSync(resolve(ROOT, 'src/data/lexicon.json'), 'utf8')) as Lexicon);
  const text = new NormalizedText();
  return (written) => {
    text.load(written);
    let best: { family: string; lang: string } | null = null;
    let longest = 0;
    lexicon.matcher.scan(text.codes, text.length, (id, start, end) => {
      const phrase = lexicon.phrases[id]!;
      if (end - start > longest) {
        longest = end - start;
        best = { family: phrase.term.family, lang: phrase.term.lang };
      }
    });
    return best;
  };
}

/** In the page: its highlights and labelled spans, each with its words, where it is, and whether the other overlaps it. */
const READ_PAGE = `(() => {
  const live = (r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  };
  const overlaps = (a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
    } catch {
      return false; // in different trees
    }
  };
  const where = (node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const block = (element && element.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, dt, dd')) || element;
    const passage = element && element.closest('[data-passage]');
    const declared = element && element.closest('[lang]');
    const text = ((block && block.textContent) || '').replace(/\\s+/g, ' ').trim().slice(0, 200);
    const place = { context: passage ? '[' + passage.getAttribute('data-passage') + '] ' + text : text };
    if (declared && declared !== document.documentElement) place.lang = declared.getAttribute('lang') || '';
    return place;
  };
  const highlights = [...(CSS.highlights.get(${JSON.stringify(MENTION_HIGHLIGHT)}) || [])].map(live);
  const spans = [...document.querySelectorAll('[data-expect]')].map((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return { element, range };
  });
  return {
    lang: document.documentElement.lang,
    highlights: highlights.map((h) => ({ text: h.toString(), ...where(h.startContainer), matched: spans.some((s) => overlaps(h, s.range)) })),
    spans: spans.map((s) => ({ text: s.range.toString(), ...where(s.element), matched: highlights.some((h) => overlaps(h, s.range)) })),
  };
})()`;

/** What a frame shows once the content script has settled: its highlights and labelled spans, matched by overlap. */
async function observe(frame: Frame, page: string): Promise<PageObservation> {
  // A frame without mentions registers no highlight at all: settling is the one signal.
  await frame.waitForFunction(() => performance.getEntriesByName('claimlens:settled').length > 0, {
    timeout: SETTLE_TIMEOUT_MS,
    polling: 50,
  });
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  const seen = (await frame.evaluate(READ_PAGE)) as Omit<PageObservation, 'page'>;
  return { page, ...seen };
}

async function evaluate(kind: BrowserKind, urls: { name: string; url: string }[]): Promise<PageObservation[]> {
  const extensionDir = resolve(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run \`npm run build\` first.`);
  const ext = await launchWithExtension(kind, { extensionDir });
  try {
    const tab = await ext.browser.newPage();
    const observed: PageObservation[] = [];
    for (const { name, url } of urls) {
      await tab.goto(url, { waitUntil: 'load' });
      for (const frame of tab.frames()) observed.push(await observe(frame, frame === tab.mainFrame() ? name : `${name} (frame ${frame.url()})`));
    }
    return observed;
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--browser');
  const kinds: BrowserKind[] = at > 0 ? [process.argv[at + 1] as BrowserKind] : ['chromium', 'firefox'];
  const pagesDir = resolve(EVAL_DIR, 'pages');
  const site = await startStaticServer([{ prefix: '/eval/pages/', dir: pagesDir }]);
  const urls: { name: string; url: string }[] = [];
  for (const { path, html } of passagePages()) {
    site.setPage(path, html);
    urls.push({ name: path.slice('/eval/'.length), url: site.origin + path });
  }
  for (const name of readdirSync(pagesDir)
    .filter((file) => file.endsWith('.html'))
    .sort())
    urls.push({ name, url: `${site.origin}/eval/pages/${name}` });
  const classify = classifier();
  let failed = false;
  try {
    for (const kind of kinds) {
      const started = Date.now();
      const result = tally(await evaluate(kind, urls), classify);
      console.log(`\n${report(`${kind} (${urls.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s)`, result)}`);
      if (precision(result.total) < MIN_PRECISION || recall(result.total) < MIN_RECALL) {
        console.error(`✘ ${kind}: below the gate (precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL})`);
        failed = true;
      }
    }
  } finally {
    await site.close();
  }
  if (failed) process.exit(1);
  console.log(`\n✔ precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} in ${kinds.join(' and ')}`);
}

await main();
