import { launchWithExtension } from '/work/wt-engine/scripts/lib/launch-browser';
import { startStaticServer, stripScripts } from '/work/wt-engine/scripts/lib/static-server';
const site = await startStaticServer([{ prefix: '/corpus/', dir: '/work/shared/corpus/pages', transformHtml: (h) => stripScripts(h).replace(/\s on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '') }]);
const ext = await launchWithExtension('chromium', { extensionDir: `/work/wt-engine/dist/chrome` });
const page = await ext.browser.newPage();
await page.evaluateOnNewDocument(() => { document.addEventListener('DOMContentLoaded', () => { (window as any).__p = document.body.innerHTML; }); });
for (const name of process.argv.slice(2)) {
  await page.goto(site.origin + name, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  console.log(name, await page.evaluate(() => { const a: string = (window as any).__p, b = document.body.innerHTML; let i = 0; while (i < a.length && a[i] === b[i]) i++; return JSON.stringify({ la: a.length, lb: b.length, at: i, a: a.slice(i - 80, i + 120), b: b.slice(i - 80, i + 120) }); }));
}
await ext.close(); await site.close();
