/**
 * What triggers the style recalculations Claimlens adds to a page. One traced load of a few of
 * the largest corpus pages (planted paragraph) with and without the extension; for the load
 * with it, every style recalculation (UpdateLayoutTree) of the page's main thread with its
 * element count and what scheduled or invalidated style since the one before (Chromium's
 * invalidation tracking, with the script function where there is one), then the style and
 * paint totals of both loads. A developer's tool, not part of the bench:
 *
 *   npx tsx scripts/bench/style-trace.ts [dist/chrome] [pages (3)]
 */
import { resolve } from 'node:path';
import { CORPUS_DIR, corpusPages, staticHtml } from '../lib/corpus-pages';
import { launchWithExtension } from '../lib/launch-browser';
import { startStaticServer } from '../lib/static-server';
import { plantParagraph } from './page-cost';
import { pageProcesses, type TraceEvent } from './page-cost-trace';

interface StackFrame {
  functionName: string;
  url: string;
}
interface TracedEvent extends Omit<TraceEvent, 'args'> {
  args?: {
    name?: string;
    elementCount?: number;
    data?: { url?: string; frame?: string; reason?: string; stackTrace?: StackFrame[]; frames?: { url?: string; processId?: number }[] };
  };
}

const PAINT = new Set(['Paint', 'PrePaint']);
const SCHEDULING = /ScheduleStyleRecalculation|InvalidationTracking|InvalidateLayout/;
const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function mainThreadEvents(events: readonly TracedEvent[], pids: ReadonlySet<number>): TracedEvent[] {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)) main.add(`${e.pid}:${e.tid}`);
  return events.filter((e) => e.ph !== 'M' && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
}

/** One line per style recalculation: its thread time, elements, and what asked for it since the last one. */
function recalcs(events: readonly TracedEvent[], short: (url: string) => string): { lines: string[]; styleMs: number; paintMs: number } {
  const lines: string[] = [];
  let styleMs = 0;
  let paintMs = 0;
  let since = new Map<string, number>();
  for (const e of events) {
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === 'UpdateLayoutTree') {
      styleMs += ms;
      const causes = [...since].map(([cause, n]) => `${cause}×${n}`).join(', ');
      lines.push(`  ${ms.toFixed(1).padStart(6)} ms ${String(e.args?.elementCount ?? '?').padStart(6)} elements  after: ${causes || '-'}`);
      since = new Map();
    } else if (PAINT.has(e.name) && e.ph === 'X') paintMs += ms;
    else if (SCHEDULING.test(e.name)) {
      const data = e.args?.data;
      const frame = data?.stackTrace?.[0];
      const cause = `${e.name}${data?.reason ? `(${data.reason})` : ''}${frame ? ` @${short(frame.url)}:${frame.functionName}` : ''}`;
      since.set(cause, (since.get(cause) ?? 0) + 1);
    }
  }
  return { lines, styleMs, paintMs };
}

const extensionDir = resolve(process.argv[2] ?? 'dist/chrome');
const pageCount = Number(process.argv[3] ?? 3);
const largest = corpusPages().slice(0, 12);
const pages = largest.filter((_, i) => i % Math.ceil(largest.length / pageCount) === 0);
const site = await startStaticServer([{ prefix: '/planted/', dir: CORPUS_DIR, transformHtml: (html) => plantParagraph(staticHtml(html)) }]);
const ext = await launchWithExtension('chromium', { extensionDir, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const contexts = { with: ext.browser.defaultBrowserContext(), without: await ext.browser.createBrowserContext() };
const short = (url: string): string => url.replace(ext.extensionOrigin, 'extension').replace(site.origin, 'page');
try {
  for (const { name } of pages) {
    for (const mode of ['without', 'with'] as const) {
      const page = await contexts[mode].newPage();
      await page.tracing.start({
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.stack',
          'disabled-by-default-devtools.timeline.invalidationTracking',
        ],
      });
      await page.goto(`${site.origin}/planted/${name}`, { waitUntil: 'load', timeout: 60_000 });
      await wait(2_500);
      const buffer = await page.tracing.stop();
      await page.close();
      const { traceEvents } = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TracedEvent[] };
      const events = mainThreadEvents(traceEvents, pageProcesses(traceEvents, site.origin));
      const { lines, styleMs, paintMs } = recalcs(events, short);
      console.log(`\n${name} ${mode} Claimlens: style ${styleMs.toFixed(1)} ms in ${lines.length} recalculations, paint ${paintMs.toFixed(1)} ms`);
      if (mode === 'with') for (const line of lines) console.log(line);
    }
  }
} finally {
  await contexts.without.close();
  await ext.close();
  await site.close();
}
