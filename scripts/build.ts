/**
 * `npm run build`: every part of the extension for every browser, then the store zips.
 *   dist/chrome/  dist/firefox/  dist/claimlens-<version>-<browser>.zip
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { BROWSERS, claimlensConfig, outDir, type Browser, type Part } from '../vite.config';
import { writeDataset } from './build-dataset';
import { deriveManifest, FIREFOX_HIGHLIGHT_CSS, type RootManifest } from './manifest';
import { zipDirectory } from './zip';
import { runAsScript } from './lib/run-as-script';

const root = resolve(import.meta.dirname, '..');
const PARTS: readonly Part[] = ['pages', 'content', 'content-main', 'content-card', 'background'];

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(resolve(root, file), 'utf8'));
}

export async function buildBrowser(browser: Browser, version: string): Promise<void> {
  const out = outDir(browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const part of PARTS) await build(claimlensConfig(browser, part));
  cpSync(resolve(root, 'src/_locales'), resolve(out, '_locales'), { recursive: true });
  cpSync(resolve(root, 'src/icons'), resolve(out, 'icons'), { recursive: true });
  if (browser === 'firefox') cpSync(resolve(root, 'src/content/highlight-styles.css'), resolve(out, FIREFOX_HIGHLIGHT_CSS));
  const manifest = deriveManifest(readJson('manifest.json') as RootManifest, browser, version);
  writeFileSync(resolve(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** The budget for the content script every frame carries, minified. */
export const CONTENT_SCRIPT_BUDGET = 60 * 1024;

/**
 * One line on the two content scripts: the small one, parsed in every frame of every page,
 * against its budget, and the main one, injected only where the topic may be.
 */
function contentScriptReport(browser: Browser): string {
  const size = (file: string): number => statSync(resolve(outDir(browser), file)).size;
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const small = size('content.js');
  const verdict = small <= CONTENT_SCRIPT_BUDGET ? 'within' : `over by ${kb(small - CONTENT_SCRIPT_BUDGET)}`;
  return `content.js ${kb(small)} of a ${kb(CONTENT_SCRIPT_BUDGET)} budget (${verdict}); content-main.js ${kb(size('content-main.js'))}; content-card.js ${kb(size('content-card.js'))}`;
}

export async function buildAll(): Promise<void> {
  const { version } = readJson('package.json') as { version: string };
  // The extension imports the dataset; in CI a stale committed copy fails instead of being rewritten.
  await writeDataset({ check: Boolean(process.env.CI) });
  for (const browser of BROWSERS) {
    await buildBrowser(browser, version);
    const zip = resolve(root, 'dist', `claimlens-${version}-${browser}.zip`);
    zipDirectory(outDir(browser), zip);
    console.log(`built dist/${browser}/ and ${zip.slice(root.length + 1)}; ${contentScriptReport(browser)}`);
  }
}

if (runAsScript(import.meta)) {
  await buildAll();
}
