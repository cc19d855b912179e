import { launchWithExtension } from '/work/wt-engine/scripts/lib/launch-browser';
import { startStaticServer, stripScripts } from '/work/wt-engine/scripts/lib/static-server';
const kind = (process.argv[2] ?? 'chromium') as 'firefox' | 'chromium';
const site = await startStaticServer([{ prefix: '/corpus/', dir: '/work/shared/corpus/pages', transformHtml: stripScripts }, { prefix: '/fixtures/', dir: '/work/wt-engine/tests/fixtures/pages' }]);
const ext = await launchWithExtension(kind, { extensionDir: `/work/wt-engine/dist/${kind === 'firefox' ? 'firefox' : 'chrome'}` });
const page = await ext.browser.newPage();
for (const name of process.argv.slice(3)) {
  const t = Date.now();
  await page.goto(site.origin + name, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('claimlens:settled').length > 0, { timeout: 60000 });
  const r = await page.evaluate(() => JSON.stringify({ n: document.getElementsByTagName('*').length, text: document.body.innerText.length, slices: performance.getEntriesByName('claimlens:debug').map((e) => Math.round(e.duration * 10) / 10).sort((a, b) => b - a).slice(0, 8), count: performance.getEntriesByName('claimlens:debug').length, busy: performance.getEntriesByName('claimlens:busy')[0]?.duration }));
  console.log(name, Date.now() - t, 'ms', r);
}
await ext.close(); await site.close();
