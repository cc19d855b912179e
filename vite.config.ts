import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { cardData } from './src/data/card-data';
import { packLexicon } from './src/data/packed-lexicon';
import { stakeholderNames } from './src/data/stakeholder-names';
import { CLAIMS_MODEL_FILE, checkClaimsModel, parseClaimsModel } from './src/data/claims-model-file';
import { sievePatterns } from './src/engine/sieve-pattern';
import type { Dataset } from './src/data/dataset-schema';

export type Browser = 'chrome' | 'firefox';
export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

/** What one Vite pass builds: the extension pages, or one classic script. */
export type Part = 'pages' | 'content' | 'content-main' | 'content-card' | 'background';

const root = import.meta.dirname;
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The extension pages, each an HTML entry under src/. */
export const PAGES = {
  popup: 'src/popup/index.html',
  panel: 'src/panel/index.html',
  options: 'src/options/index.html',
  sources: 'src/pages/sources.html',
  stakeholders: 'src/pages/stakeholders.html',
  'add-article': 'src/pages/add-article.html',
  'my-evidence': 'src/pages/my-evidence.html',
} as const;

/** Classic-script entries: content scripts and Firefox event pages cannot be ES modules. */
const SCRIPTS = {
  // The small script every frame carries, and the main one the background injects where the topic may be.
  content: 'src/content/index.ts',
  'content-main': 'src/content/main.ts',
  // The card's view, injected the first time a card is about to open in a frame.
  'content-card': 'src/content/card-script.ts',
  background: 'src/background/index.ts',
} as const;

/**
 * Readability sets `innerHTML` twice, both inside the inert document it works on (restoring
 * its own copy of the page on a retry, unwrapping `<noscript>` images). The same is done with
 * node copies, so the bundle has no HTML sink at all and `web-ext lint` stays quiet. Fails the
 * build if Readability's code changes shape.
 */
function readabilityWithoutInnerHtml(): Plugin {
  const edits: [string, string][] = [
    ['var pageCacheHtml = page.innerHTML;', 'var pageCache = page.cloneNode(true);'],
    ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...Array.from(pageCache.cloneNode(true).childNodes));'],
    ['tmp.innerHTML = noscript.innerHTML;', 'tmp.replaceChildren(...Array.from(noscript.childNodes, (node) => node.cloneNode(true)));'],
  ];
  return {
    name: 'claimlens:readability-without-innerhtml',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of edits) {
        if (!out.includes(from)) throw new Error(`${id}: "${from}" not found; update readabilityWithoutInnerHtml()`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Preact can set `innerHTML` for `dangerouslySetInnerHTML`. Claimlens never renders markup
 * (quotes are untrusted text), so that one assignment becomes a `textContent` assignment: no
 * path from data to HTML exists in the bundle, and `web-ext lint` has nothing to warn about.
 * Fails the build if Preact's code changes shape, rather than silently keeping the sink.
 */
function withoutInnerHtmlSink(): Plugin {
  const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
  return {
    name: 'claimlens:without-innerhtml-sink',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      if (!sink.test(code)) throw new Error(`${id}: Preact's innerHTML sink not found; update withoutInnerHtmlSink()`);
      return { code: code.replace(sink, '$1.textContent=$2.__html'), map: null };
    },
  };
}

/**
 * `virtual:claimlens/card-data`: the slice of the built dataset a quote card needs, so the
 * content script does not carry the articles, offsets and schemas (see src/data/card-data.ts).
 */
export function cardDataModule(): Plugin {
  return datasetView('card-data', cardData);
}

/** `virtual:claimlens/lexicon`: the built dataset's lexicon, packed (src/data/packed-lexicon.ts). */
export function lexiconModule(): Plugin {
  return datasetView('lexicon', (dataset) => packLexicon(dataset.lexicon));
}

/**
 * `virtual:claimlens/debate`: what the background finds claims and stakeholders' names with —
 * the claims model, the learned recall aid under it (src/data/claims-model-file.ts) and the
 * names derived from the stakeholders (src/data/stakeholder-names.ts).
 * The background, not the content script, carries it: the content script asks only in frames
 * with a mention, and so carries none of it.
 */
export function debateModule(): Plugin {
  const modelFile = resolve(root, CLAIMS_MODEL_FILE);
  return datasetView('debate', (dataset, watch) => {
    watch(modelFile);
    // Validated here, at build time: a malformed model fails the build naming the file, the entry and the reason.
    const claimsModel = parseClaimsModel(readFileSync(modelFile, 'utf8'));
    checkClaimsModel(
      claimsModel,
      dataset.claims.claims.map((claim) => claim.id),
    );
    return { claims: dataset.claims, names: stakeholderNames(dataset), claimsModel };
  });
}

/** `virtual:claimlens/topic-sieve`: the topic sieve's anchors and folding class, derived from the lexicon (src/engine/sieve-pattern.ts). */
export function topicSieveModule(): Plugin {
  return datasetView('topic-sieve', (dataset) => sievePatterns(dataset.lexicon));
}

/** A virtual module `virtual:claimlens/<name>` whose default export is `view(builtDataset)`; `watch` adds a file the view reads. */
function datasetView(name: string, view: (dataset: Dataset, watch: (file: string) => void) => unknown): Plugin {
  const id = `virtual:claimlens/${name}`;
  const file = resolve(root, 'src/data/dataset.generated.json');
  return {
    name: `claimlens:${name}`,
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      this.addWatchFile(file);
      const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
      return `export default ${JSON.stringify(view(dataset, (other) => this.addWatchFile(other)))};`;
    },
  };
}

export function outDir(browser: Browser): string {
  return resolve(root, 'dist', browser);
}

/**
 * The Vite configuration for one part of one browser's build. `scripts/build.ts` runs every
 * part for every browser; `vite build` alone builds the Chrome pages.
 */
export function claimlensConfig(browser: Browser, part: Part): InlineConfig {
  const common: InlineConfig = {
    configFile: false,
    root: resolve(root, 'src'),
    publicDir: false,
    logLevel: 'warn',
    plugins: [withoutInnerHtmlSink(), readabilityWithoutInnerHtml(), cardDataModule(), lexiconModule(), debateModule(), topicSieveModule()],
    define: {
      __BROWSER__: JSON.stringify(browser),
      __VERSION__: JSON.stringify(version),
    },
    build: {
      outDir: outDir(browser),
      emptyOutDir: false,
      // Both browsers' floors: Chrome 128 (caretPositionFromPoint), Firefox ESR 140.
      target: ['chrome128', 'firefox140'],
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
    },
  };
  if (part === 'pages') {
    return {
      ...common,
      base: './',
      build: {
        ...common.build,
        rolldownOptions: {
          input: Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, resolve(root, file)])),
          output: { entryFileNames: 'pages/[name].js', chunkFileNames: 'pages/[name]-[hash].js', assetFileNames: 'pages/[name]-[hash][extname]' },
        },
      },
    };
  }
  return {
    ...common,
    // The content scripts run on the browser's own API object, not webextension-polyfill (see src/platform/native-browser.ts).
    ...(part !== 'background' ? { resolve: { alias: { 'webextension-polyfill': resolve(root, 'src/platform/native-browser.ts') } } } : {}),
    build: {
      ...common.build,
      // Library mode in IIFE format: one self-contained file, no import at run time.
      lib: { entry: resolve(root, SCRIPTS[part]), formats: ['iife'], name: `claimlens_${part.replace('-', '_')}`, fileName: () => `${part}.js` },
    },
  };
}

export default defineConfig(() => claimlensConfig('chrome', 'pages'));
