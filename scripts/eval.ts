/**
 * `npm run eval`: the BUILT extension, in real Chromium and real Firefox, over the labelled
 * evaluation set (tests/fixtures/eval): passages of every language, each in its own
 * `<article lang>` on one page per language, and whole multi-story pages. Every labelled
 * mention is a `<span data-expect>`; a highlight overlapping one finds it, a highlight
 * overlapping none is a false alarm. Prints precision and recall per language and per family
 * and every false alarm and miss; exits 1 when either browser falls below the gate. Then the
 * held-out pages (tests/fixtures/eval/held-out-pages, see scripts/lib/held-out-pages.ts),
 * tallied apart and never gated: the dev half with its false alarms and misses, the test half
 * as counts only.
 *
 *   npm run eval                       both browsers
 *   npm run eval -- --browser firefox  one
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { LANGS, type Lang, type Lexicon } from '../src/data/lexicon-schema';
import type { Claims } from '../src/data/claims-schema';
import { CLAIM_HIGHLIGHT, MENTION_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../src/content/highlight-names';
import { CLAIMS_MODEL_FILE, parseClaimsModel } from '../src/data/claims-model-file';
import { compileShippedClaims } from '../src/engine/claims-as-shipped';
import { findClaims } from '../src/engine/find-claims';
import { compileLexicon } from '../src/engine/compile-lexicon';
import { NormalizedText } from '../src/engine/normalize';
import {
  report,
  reportDebate,
  tally,
  tallyClaims,
  tallyNames,
  precision,
  recall,
  type AttributeClaims,
  type Classify,
  type DebateObservation,
  type PageObservation,
} from './lib/eval-tally';
import { readClaimSets, type ClaimSet } from './lib/claim-sets';
import { HELD_OUT_PAGES_DIR, heldOutPages, type Half } from './lib/held-out-pages';
import { launchWithExtension, type BrowserKind } from './lib/launch-browser';
import { startStaticServer } from './lib/static-server';

export const MIN_PRECISION = 0.98;
export const MIN_RECALL = 0.95;
/** Claims marked on pages: precision and recall over every claim. */
export const MIN_CLAIM_PRECISION = 0.95;
export const MIN_CLAIM_RECALL = 0.8;
/** Stakeholders' names: precision (a wrong name on a reader's page costs more than a missed one). */
export const MIN_NAME_PRECISION = 0.98;

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

/** A heading that names the topic in each language, so the story after it is about drug consumption rooms (and makes no claim). */
const TOPIC_HEADING: Record<Lang, string> = {
  en: 'A report on the drug consumption room',
  de: 'Bericht zum Drogenkonsumraum',
  fr: 'Reportage : la salle de consommation à moindre risque',
  nl: 'Verslag over de drugsgebruiksruimte',
  es: 'Crónica sobre la sala de consumo supervisado',
  pt: 'Reportagem sobre a sala de consumo assistido',
  it: 'Reportage sulla stanza del consumo sicuro',
};
const OTHER_HEADING: Record<Lang, string> = {
  en: 'Local news',
  de: 'Lokales',
  fr: 'Actualités locales',
  nl: 'Lokaal nieuws',
  es: 'Noticias locales',
  pt: 'Notícias locais',
  it: 'Notizie locali',
};

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface NamePassage {
  lang: Lang;
  story: 'rooms' | 'other';
  html: string;
}

/** One story: an article in its language, under a heading that names the topic or not. */
const story = (lang: Lang, about: 'rooms' | 'other', body: string, id: string): string =>
  `<article lang="${lang}" data-passage="${id}"><h2>${escapeText(about === 'rooms' ? TOPIC_HEADING[lang] : OTHER_HEADING[lang])}</h2>\n${body}\n</article>`;

const pageOf = (title: string, articles: string[]): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${articles.join('\n')}\n</body></html>\n`;

/**
 * Pages per claim set and language for claims (each labelled sentence its own story, every
 * sentence a `<span data-claim="ids">`, hard negatives with none) and per language for names
 * (each passage its own story, every name to mark a `<span data-name="id">`), from
 * tests/fixtures/eval/claims.
 */
function debatePages(): { claims: { set: ClaimSet; pages: { path: string; html: string }[] }[]; names: { path: string; html: string }[] } {
  const dir = resolve(EVAL_DIR, 'claims');
  const passages = (JSON.parse(readFileSync(resolve(dir, 'names.json'), 'utf8')) as { passages: NamePassage[] }).passages;
  return {
    claims: readClaimSets(dir).map((set) => ({
      set,
      pages: LANGS.map((lang) => ({
        path: `/eval/claims-${set.slug}-${lang}.html`,
        html: pageOf(
          `claims ${set.slug} ${lang}`,
          set.sentences.flatMap((s, i) =>
            s.lang === lang
              ? [story(lang, s.story, `<p><span data-claim="${escapeAttribute(s.claims.join(' '))}">${escapeText(s.text)}</span></p>`, `claim-${i}`)]
              : [],
          ),
        ),
      })),
    })),
    names: LANGS.map((lang) => ({
      path: `/eval/names-${lang}.html`,
      html: pageOf(
        `names ${lang}`,
        passages.flatMap((p, i) => (p.lang === lang ? [story(lang, p.story, p.html, `names-${i}`)] : [])),
      ),
    })),
  };
}

/** The claims the finder, as shipped (cues and the learned recall aid), gives a sentence in its language: which claims a marked sentence makes. */
function claimAttribution(): AttributeClaims {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, 'src/data/dataset.generated.json'), 'utf8')) as { claims: Claims };
  const compiled = compileShippedClaims(dataset.claims, parseClaimsModel(readFileSync(resolve(ROOT, CLAIMS_MODEL_FILE), 'utf8')));
  return (sentence, lang, following = '', preceding = '') =>
    findClaims(
      [{ text: preceding + sentence + following, owner: 0, lang: (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : null }],
      compiled,
      () => true,
    )
      // The highlighted sentence's claims only: what follows is read for the answer it may give, what precedes for the room
      // a pronoun stands for ("Rooms save lives. Open one now!"), not for claims of their own.
      .filter((f) => f.start >= preceding.length && f.start < preceding.length + sentence.length)
      .map((f) => f.claimId);
}

/** In the page: a highlight's ranges and the labelled spans (`attribute` names the label), each with what overlaps it. */
const READ_DEBATE = (highlight: string, attribute: string): string => `(() => {
  const live = (r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  };
  const overlaps = (a, b) => a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
  const langOf = (node) => ((node instanceof Element ? node : node.parentElement).closest('[lang]') || document.documentElement).getAttribute('lang');
  const passageOf = (node) => ((node instanceof Element ? node : node.parentElement).closest('[data-passage]') || document.body).getAttribute('data-passage') || '';
  const labels = (element) => (element.getAttribute(${JSON.stringify(attribute)}) || '').split(' ').filter(Boolean);
  // The text after a highlight in its block, which may answer a question the highlight asks.
  const following = (h) => {
    const block = (h.endContainer instanceof Element ? h.endContainer : h.endContainer.parentElement).closest('p, li, td, th, blockquote, dd, figcaption, h1, h2, h3, h4, h5, h6') || document.body;
    const after = document.createRange();
    after.setStart(h.endContainer, h.endOffset);
    after.setEnd(block, block.childNodes.length);
    return after.toString().slice(0, 400);
  };
  const highlights = [...(CSS.highlights.get(${JSON.stringify(highlight)}) || [])].map(live);
  // The text before it in its block, which may name the room a pronoun in it stands for.
  const preceding = (h) => {
    const block = (h.startContainer instanceof Element ? h.startContainer : h.startContainer.parentElement).closest('p, li, td, th, blockquote, dd, figcaption, h1, h2, h3, h4, h5, h6') || document.body;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(h.startContainer, h.startOffset);
    return before.toString().slice(-600);
  };
  const highlighted = (h) => ({ text: h.toString(), following: following(h), preceding: preceding(h) });
  const spans = [...document.querySelectorAll('[' + ${JSON.stringify(attribute)} + ']')].map((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return { element, range };
  });
  return {
    highlights: highlights.map((h) => {
      const under = spans.filter((s) => overlaps(h, s.range));
      return { ...highlighted(h), lang: langOf(h.startContainer), context: passageOf(h.startContainer), labels: under.length ? under.flatMap((s) => labels(s.element)) : null };
    }),
    spans: spans.map((s) => ({ text: s.range.toString(), lang: langOf(s.element), labels: labels(s.element), covering: highlights.filter((h) => overlaps(h, s.range)).map(highlighted) })),
  };
})()`;

/** What a debate page shows once its claims and names have come (they follow the mentions). */
async function observeDebate(frame: Frame, page: string, highlight: string, attribute: string): Promise<DebateObservation> {
  await frame.waitForFunction(() => performance.getEntriesByName('claimlens:settled').length > 0, { timeout: SETTLE_TIMEOUT_MS, polling: 50 });
  // Claims and names follow the mentions once they settle and the background has answered: wait until the highlight stops growing.
  let last = -1;
  for (let stable = 0; stable < 4;) {
    await new Promise((done) => setTimeout(done, 250));
    const size = (await frame.evaluate(`CSS.highlights.get(${JSON.stringify(highlight)})?.size ?? 0`)) as number;
    stable = size === last ? stable + 1 : 0;
    last = size;
  }
  const seen = (await frame.evaluate(READ_DEBATE(highlight, attribute))) as Omit<DebateObservation, 'page'>;
  return { page, ...seen };
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

/** The held-out pages of each half. */
type HeldOutUrls = Record<Half, { name: string; url: string }[]>;

interface DebateUrls {
  /** Each claim page with the set its sentences come from. */
  claims: { name: string; url: string; set: string }[];
  names: { name: string; url: string }[];
}

/** The frames of each page, observed in turn. */
async function observePages(tab: Page, urls: readonly { name: string; url: string }[]): Promise<PageObservation[]> {
  const observed: PageObservation[] = [];
  for (const { name, url } of urls) {
    await tab.goto(url, { waitUntil: 'load' });
    for (const frame of tab.frames()) observed.push(await observe(frame, frame === tab.mainFrame() ? name : `${name} (frame ${frame.url()})`));
  }
  return observed;
}

async function evaluate(
  kind: BrowserKind,
  urls: { name: string; url: string }[],
  debate: DebateUrls,
  heldOut: HeldOutUrls,
): Promise<{ mentions: PageObservation[]; claims: DebateObservation[]; names: DebateObservation[]; heldOut: Record<Half, PageObservation[]> }> {
  const extensionDir = resolve(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run \`npm run build\` first.`);
  const ext = await launchWithExtension(kind, { extensionDir });
  try {
    const tab = await ext.browser.newPage();
    const observed = await observePages(tab, urls);
    const claims: DebateObservation[] = [];
    for (const { name, url } of debate.claims) {
      await tab.goto(url, { waitUntil: 'load' });
      claims.push(await observeDebate(tab.mainFrame(), name, CLAIM_HIGHLIGHT, 'data-claim'));
    }
    const names: DebateObservation[] = [];
    for (const { name, url } of debate.names) {
      await tab.goto(url, { waitUntil: 'load' });
      names.push(await observeDebate(tab.mainFrame(), name, STAKEHOLDER_HIGHLIGHT, 'data-name'));
    }
    return { mentions: observed, claims, names, heldOut: { dev: await observePages(tab, heldOut.dev), test: await observePages(tab, heldOut.test) } };
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--browser');
  const kinds: BrowserKind[] = at > 0 ? [process.argv[at + 1] as BrowserKind] : ['chromium', 'firefox'];
  const pagesDir = resolve(EVAL_DIR, 'pages');
  const site = await startStaticServer([
    { prefix: '/eval/pages/', dir: pagesDir },
    { prefix: '/eval/held-out/', dir: HELD_OUT_PAGES_DIR },
  ]);
  const urls: { name: string; url: string }[] = [];
  for (const { path, html } of passagePages()) {
    site.setPage(path, html);
    urls.push({ name: path.slice('/eval/'.length), url: site.origin + path });
  }
  for (const name of readdirSync(pagesDir)
    .filter((file) => file.endsWith('.html'))
    .sort())
    urls.push({ name, url: `${site.origin}/eval/pages/${name}` });
  const heldOut: HeldOutUrls = { dev: [], test: [] };
  for (const { name, half } of heldOutPages()) heldOut[half].push({ name, url: `${site.origin}/eval/held-out/${name}` });
  const debate: DebateUrls = { claims: [], names: [] };
  const generated = debatePages();
  const serve = ({ path, html }: { path: string; html: string }) => {
    site.setPage(path, html);
    return { name: path.slice('/eval/'.length), url: site.origin + path };
  };
  for (const { set, pages } of generated.claims) for (const page of pages) debate.claims.push({ ...serve(page), set: set.name });
  for (const page of generated.names) debate.names.push(serve(page));
  const classify = classifier();
  const attribute = claimAttribution();
  let failed = false;
  try {
    for (const kind of kinds) {
      const started = Date.now();
      const observed = await evaluate(kind, urls, debate, heldOut);
      const result = tally(observed.mentions, classify);
      console.log(`\n${report(`${kind} (${urls.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s)`, result)}`);
      if (precision(result.total) < MIN_PRECISION || recall(result.total) < MIN_RECALL) {
        console.error(`✘ ${kind}: below the gate (precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL})`);
        failed = true;
      }
      for (const { set } of generated.claims) {
        const pages = observed.claims.filter((_, at) => debate.claims[at]!.set === set.name);
        const claims = tallyClaims(pages, attribute);
        // A held-out set's sentences are not quoted: they should not reach whoever reads the log while tuning cues.
        console.log(`\n${reportDebate(`${kind} claims, ${set.name} (${set.sentences.length} sentences)`, claims, 'claim', set.quoted)}`);
        const short = set.gate !== 'none' && (precision(claims.total) < MIN_CLAIM_PRECISION || (set.gate === 'all' && recall(claims.total) < MIN_CLAIM_RECALL));
        if (short) {
          console.error(
            `✘ ${kind}: claims, ${set.name}, below the gate (precision ≥ ${MIN_CLAIM_PRECISION}${set.gate === 'all' ? `, recall ≥ ${MIN_CLAIM_RECALL}` : ''})`,
          );
          failed = true;
        }
      }
      const names = tallyNames(observed.names);
      console.log(`\n${reportDebate(`${kind} stakeholders' names (${debate.names.length} pages)`, names, 'stakeholder')}`);
      if (precision(names.total) < MIN_NAME_PRECISION) {
        console.error(`✘ ${kind}: names below the gate (precision ≥ ${MIN_NAME_PRECISION})`);
        failed = true;
      }
      for (const half of ['dev', 'test'] as const) {
        // Reported, not gated; the test half is not quoted, so it still measures prose nobody tuned to.
        const result = tally(observed.heldOut[half], classify);
        console.log(`\n${report(`${kind} held-out pages, ${half} half (${heldOut[half].length} pages; not gated)`, result, half === 'dev')}`);
      }
    }
  } finally {
    await site.close();
  }
  if (failed) process.exit(1);
  console.log(
    `\n✔ mentions: precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}; claims: precision ≥ ${MIN_CLAIM_PRECISION} and recall ≥ ${MIN_CLAIM_RECALL}; names: precision ≥ ${MIN_NAME_PRECISION}; in ${kinds.join(' and ')}`,
  );
}

await main();
