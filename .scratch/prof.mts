import { launchWithExtension } from '/work/wt-engine/scripts/lib/launch-browser';
import { startStaticServer, stripScripts } from '/work/wt-engine/scripts/lib/static-server';
const site = await startStaticServer([{ prefix: '/corpus/', dir: '/work/shared/corpus/pages', transformHtml: stripScripts }]);
const ext = await launchWithExtension('chromium', { extensionDir: `/work/wt-engine/dist/chrome` });
const page = await ext.browser.newPage();
await page.setRequestInterception(true);
page.on('request', (r) => (r.url().startsWith(site.origin) ? r.continue() : r.abort()));
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
for (const name of process.argv.slice(2)) {
  await cdp.send('Profiler.start');
  const t = Date.now();
  await page.goto(site.origin + name, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('claimlens:settled').length > 0, { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop');
  const r = await page.evaluate(() => JSON.stringify({ slices: performance.getEntriesByName('claimlens:debug').map((e) => Math.round(e.duration * 10) / 10).sort((a, b) => b - a).slice(0, 8), busy: performance.getEntriesByName('claimlens:busy')[0]?.duration }));
  console.log(name, Date.now() - t, 'ms', r);
  // self time per function, content.js only
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => { const n = byId.get(id)!; const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log([...self].filter(([k]) => k.includes('content.js') || k.includes('(garbage') || k.includes('program')).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `  ${v.toFixed(1)} ${k}`).join('\n'));
}
await ext.close(); await site.close();
