import { launchWithExtension } from '/work/wt-engine/scripts/lib/launch-browser';
import { waitForTexts } from '/work/wt-engine/tests/e2e/support/annotation';
import { startStaticServer } from '/work/wt-engine/scripts/lib/static-server';
const kind = (process.argv[2] ?? 'chromium') as 'firefox' | 'chromium';
const site = await startStaticServer([{ prefix: '/fixtures/', dir: '/work/wt-engine/tests/fixtures/pages' }]);
const ext = await launchWithExtension(kind, { extensionDir: `/work/wt-engine/dist/${kind === 'firefox' ? 'firefox' : 'chrome'}` });
const page = await ext.browser.newPage();
await page.goto(site.origin + '/fixtures/dynamic.html');
const texts = () => page.evaluate(() => JSON.stringify([...(CSS.highlights.get('claimlens-mention') ?? [])].map((r) => { const l = new Range(); try { l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l.toString(); } catch (e) { return 'ERR ' + String(e) + ' connected=' + r.startContainer.isConnected; } })));
await new Promise((r) => setTimeout(r, 1000));
console.log('initial', await texts());
await page.evaluate(() => { for (const text of ['Second story: an overdose prevention centre.', 'Third story: a supervised injection site.']) { const a = document.createElement('article'); a.innerHTML = `<p>${text}</p>`; document.getElementById('feed')!.append(a); } });
await new Promise((r) => setTimeout(r, 1000));
console.log('append', await texts());
await page.evaluate(() => { (document.querySelector('#feed article p')!.firstChild as Text).data = 'First story, updated: a safe consumption site opens.'; });
for (let i = 0; i < 10; i++) { await new Promise((r) => setTimeout(r, 30)); console.log('e', await texts()); }
console.log('edit', await texts());
await page.evaluate(() => { document.querySelectorAll('#feed article p')[1]!.innerHTML = 'Second story: an <em>overdose</em> prevention centre.'; });
for (let i = 0; i < 20; i++) { await new Promise((r) => setTimeout(r, 50)); console.log('s', await texts()); }
console.log('split', await texts());
try { await waitForTexts(page, ['safe consumption site', 'overdose prevention centre', 'supervised injection site'], 2000); console.log('waited ok'); } catch (e) { console.log('wait failed', String(e)); }
console.log(await page.evaluate(() => { const ranges = [...(CSS.highlights.get('claimlens-mention') ?? [])].map((r) => { const live = new Range(); live.setStart(r.startContainer, r.startOffset); live.setEnd(r.endContainer, r.endOffset); return live; }); ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)); return JSON.stringify(ranges.map((r) => r.toString())); }));
await page.evaluate(() => document.querySelectorAll('#feed article')[2]!.remove());
await new Promise((r) => setTimeout(r, 1000));
console.log('remove', await texts());
await ext.close(); await site.close();
