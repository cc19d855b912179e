/**
 * `npm start` (Chromium) or `npm start -- --firefox`: builds the extension, serves the demo
 * page on 127.0.0.1, opens a browser window with the extension on it, and rebuilds and
 * reloads the extension when src/ changes. Ctrl+C stops everything.
 */
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { buildAll } from './build';
import { demoPageHtml } from './lib/demo-page';
import { launchWithExtension, type BrowserKind } from './lib/launch-browser';
import { startStaticServer } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const kind: BrowserKind = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const extensionDir = resolve(root, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');

await buildAll();
const server = await startStaticServer([{ prefix: '/fixtures/', dir: resolve(root, 'tests/fixtures/pages') }], Number(process.env.PORT ?? 0));
server.setPage('/', demoPageHtml());
const demoUrl = `${server.origin}/`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('No DISPLAY: opening the browser headless. Run under a desktop session (or xvfb-run) to see it.');
}
const ext = await launchWithExtension(kind, { extensionDir, headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY });
const [first] = await ext.browser.pages();
const page = first ?? (await ext.browser.newPage());
await page.goto(demoUrl);
console.log(`\nClaimlens is running in ${kind} on ${demoUrl}\nEdit src/ to rebuild; Ctrl+C to stop.`);

let timer: NodeJS.Timeout | undefined;
let building = false;
watch(resolve(root, 'src'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), 300);
});

async function rebuild(): Promise<void> {
  if (building) return;
  building = true;
  try {
    await buildAll();
    await ext.reloadExtension();
    await page.reload();
    console.log('rebuilt and reloaded');
  } catch (error) {
    console.error('rebuild failed:', error);
  } finally {
    building = false;
  }
}

async function stop(): Promise<void> {
  await ext.close().catch(() => undefined);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
ext.browser.on('disconnected', () => void stop());
