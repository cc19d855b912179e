/**
 * What Claimlens costs a page, measured from outside as a reader's browser sees it: the page
 * renderer's main-thread task time (CDP `Performance.getMetrics` TaskDuration, in thread time)
 * with the built
 * extension against the same page without it (an incognito context of the same Chromium, where
 * extensions do not run), on the largest corpus pages, each with one short planted paragraph
 * about the topic and without one. Loads are interleaved (with, without, with, …) and
 * repeated; medians are reported. Frames are counted: out-of-process frames (site isolation)
 * run in other renderers, outside the page's TaskDuration. Then one traced load of each page
 * and mode attributes the difference (page-cost-trace.ts).
 *
 * Firefox is not measured: WebDriver BiDi, its only remote protocol, has no main-thread task
 * time or tracing, and the Gecko profiler is not reachable from it.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { CORPUS_DIR, corpusPages, staticHtml } from '../lib/corpus-pages';
import { launchWithExtension } from '../lib/launch-browser';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { addBreakdown, breakdown, BUCKETS, emptyBreakdown, pageProcesses, type Breakdown, type TraceEvent } from './page-cost-trace';
import { median, sum } from './stats';

/** How many of the largest corpus pages. */
export const PAGE_COUNT = 12;
/** After `load`, both modes wait this long before the reading: start-up, the first scan, the reporter's message and a guard tick fall inside. */
const SETTLE_MS = 2_500;
/** The target: Claimlens adds at most this share to the largest pages' main-thread time. */
export const ADDED_TARGET = 0.08;

/** One short paragraph in our own words, with one mention, put before the page's first paragraph. */
export const PLANTED_PARAGRAPH =
  '<p>The council will vote next month on whether to open a drug consumption room near the station, where people could use under supervision.</p>';

export function plantParagraph(html: string): string {
  const at = html.search(/<p[\s>]/i);
  if (at >= 0) return html.slice(0, at) + PLANTED_PARAGRAPH + html.slice(at);
  return html.replace(/<\/body>/i, `${PLANTED_PARAGRAPH}</body>`);
}

export type Variant = 'planted' | 'bare';

export interface LoadReading {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  frames: number;
  /** Frames in other renderer processes (their time is not in taskMs). */
  outOfProcessFrames: number;
  /** Frames where the content script ran (they publish its work measure). */
  claimlensFrames: number;
}

export interface PageCostRow {
  page: string;
  variant: Variant;
  withMs: number;
  withoutMs: number;
  frames: number;
  outOfProcessFrames: number;
  claimlensFrames: number;
}

export interface PageCostResult {
  rounds: number;
  rows: PageCostRow[];
  totals: Record<Variant, { withMs: number; withoutMs: number; added: number }>;
  /** Trace breakdown summed over the pages, per variant and mode. */
  trace: Record<Variant, { with: Breakdown; without: Breakdown }> | null;
  loadAverage: [number, number];
}

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function claimlensFrameCount(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    // Extensions never run in error pages (the frames of remote hosts here), and some of those never answer.
    if (frame.url().startsWith('chrome-error:')) continue;
    const ran = await Promise.race([
      frame.evaluate(`performance.getEntriesByName('claimlens:busy').length > 0`).catch(() => false),
      wait(2_000).then(() => false),
    ]);
    if (ran) count++;
  }
  return count;
}

async function loadOnce(context: BrowserContext, url: string, withExtension: boolean): Promise<LoadReading> {
  const page = await context.newPage();
  try {
    // Thread time, not wall time: on a shared machine a descheduled main thread would count.
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await wait(SETTLE_MS);
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const metrics = Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return {
      taskMs: (metrics.TaskDuration ?? 0) * 1000,
      scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
      styleMs: (metrics.RecalcStyleDuration ?? 0) * 1000,
      layoutMs: (metrics.LayoutDuration ?? 0) * 1000,
      frames: page.frames().length,
      outOfProcessFrames: targetInfos.filter((info) => info.type === 'iframe').length,
      claimlensFrames: withExtension ? await claimlensFrameCount(page) : 0,
    };
  } finally {
    await page.close();
  }
}

async function tracedLoad(context: BrowserContext, url: string, origin: string, extensionPrefix: string): Promise<Breakdown> {
  const page = await context.newPage();
  try {
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.gc',
        'blink.user_timing',
        'toplevel',
      ],
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await wait(SETTLE_MS);
    const buffer = await page.tracing.stop();
    const { traceEvents } = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return breakdown(traceEvents, pageProcesses(traceEvents, origin), extensionPrefix);
  } finally {
    await page.close();
  }
}

export interface PageCostOptions {
  rounds: number;
  /** The unpacked Chromium build (dist/chrome by default). */
  extensionDir?: string;
  /** How many of the largest pages (PAGE_COUNT by default). */
  pages?: number;
  trace: boolean;
  log: (line: string) => void;
}

export async function runPageCost({
  rounds,
  pages: pageCount = PAGE_COUNT,
  extensionDir = resolve(import.meta.dirname, '../../dist/chrome'),
  trace,
  log,
}: PageCostOptions): Promise<PageCostResult | null> {
  if (!existsSync(CORPUS_DIR)) {
    log(`page cost: no corpus at ${CORPUS_DIR}, not measured`);
    return null;
  }
  const loadAtStart = loadavg()[0]!;
  const pages = corpusPages().slice(0, pageCount);
  const site: StaticServer = await startStaticServer([
    { prefix: '/bare/', dir: CORPUS_DIR, transformHtml: staticHtml },
    { prefix: '/planted/', dir: CORPUS_DIR, transformHtml: (html) => plantParagraph(staticHtml(html)) },
  ]);
  const ext = await launchWithExtension('chromium', {
    extensionDir,
    // Remote hosts fail at once instead of waiting on DNS; the pages' own frames still load (as error pages).
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const withContext = ext.browser.defaultBrowserContext();
  const withoutContext = await ext.browser.createBrowserContext();
  try {
    log(
      `page cost: ${pages.length} largest corpus pages in ${await ext.browser.version()}, ${rounds} rounds, planted and bare, with and without Claimlens interleaved`,
    );
    const rows: PageCostRow[] = [];
    for (const variant of ['planted', 'bare'] as const) {
      for (const { name } of pages) {
        const url = `${site.origin}/${variant}/${name}`;
        const withMs: number[] = [];
        const withoutMs: number[] = [];
        let last: LoadReading | null = null;
        for (let round = 0; round < rounds; round++) {
          // Alternate which goes first, so neither always runs on a warmer machine.
          const order = round % 2 === 0 ? [true, false] : [false, true];
          for (const withExtension of order) {
            const reading = await loadOnce(withExtension ? withContext : withoutContext, url, withExtension);
            if (withExtension) {
              withMs.push(reading.taskMs);
              last = reading;
            } else withoutMs.push(reading.taskMs);
          }
        }
        const row: PageCostRow = {
          page: name,
          variant,
          withMs: median(withMs),
          withoutMs: median(withoutMs),
          frames: last!.frames,
          outOfProcessFrames: last!.outOfProcessFrames,
          claimlensFrames: last!.claimlensFrames,
        };
        rows.push(row);
        log(
          `  ${variant.padEnd(7)} ${name.padEnd(22)} ${row.withoutMs.toFixed(0).padStart(6)} → ${row.withMs.toFixed(0).padStart(6)} ms  ${pct(row.withMs / row.withoutMs - 1).padStart(7)}  frames ${row.frames} (${row.outOfProcessFrames} out of process, Claimlens in ${row.claimlensFrames})`,
        );
      }
    }
    const totals = Object.fromEntries(
      (['planted', 'bare'] as const).map((variant) => {
        const of = rows.filter((row) => row.variant === variant);
        const withMs = sum(of.map((row) => row.withMs));
        const withoutMs = sum(of.map((row) => row.withoutMs));
        return [variant, { withMs, withoutMs, added: withMs / withoutMs - 1 }];
      }),
    ) as PageCostResult['totals'];

    let traced: PageCostResult['trace'] = null;
    if (trace) {
      log('page cost: one traced load of each page and mode, for the breakdown…');
      traced = { planted: { with: emptyBreakdown(), without: emptyBreakdown() }, bare: { with: emptyBreakdown(), without: emptyBreakdown() } };
      for (const variant of ['planted', 'bare'] as const) {
        for (const { name } of pages) {
          const url = `${site.origin}/${variant}/${name}`;
          traced[variant].with = addBreakdown(traced[variant].with, await tracedLoad(withContext, url, site.origin, ext.extensionOrigin));
          traced[variant].without = addBreakdown(traced[variant].without, await tracedLoad(withoutContext, url, site.origin, ext.extensionOrigin));
        }
      }
    }
    return { rounds, rows, totals, trace: traced, loadAverage: [loadAtStart, loadavg()[0]!] };
  } finally {
    await withoutContext.close();
    await ext.close();
    await site.close();
  }
}

const pct = (share: number): string => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;

/** The printed report: totals against the target, then the traced breakdown of the difference. */
export function pageCostReport(result: PageCostResult): string {
  const lines: string[] = [];
  for (const variant of ['planted', 'bare'] as const) {
    const { withMs, withoutMs, added } = result.totals[variant];
    const met = added <= ADDED_TARGET ? 'MET   ' : 'MISSED';
    lines.push(
      `${met} ${variant === 'planted' ? 'with a planted paragraph' : 'without a mention     '}: ${withoutMs.toFixed(0)} → ${withMs.toFixed(0)} ms main-thread time over ${result.rows.length / 2} pages, ${pct(added)} (target ≤ +${ADDED_TARGET * 100}%)`,
    );
  }
  const rows = result.rows.filter((row) => row.variant === 'planted');
  lines.push(
    `frames: ${sum(rows.map((r) => r.frames))} in all, ${sum(rows.map((r) => r.outOfProcessFrames))} out of process (their time is not counted), Claimlens ran in ${sum(rows.map((r) => r.claimlensFrames))}`,
  );
  if (result.trace) {
    for (const variant of ['planted', 'bare'] as const) {
      const { with: on, without: off } = result.trace[variant];
      lines.push(`\ntraced breakdown, ${variant} (sum over pages, ms: without → with = added)`);
      for (const bucket of BUCKETS) {
        const added = on.ms[bucket] - off.ms[bucket];
        lines.push(
          `  ${bucket.padEnd(46)} ${off.ms[bucket].toFixed(1).padStart(8)} → ${on.ms[bucket].toFixed(1).padStart(8)} = ${(added >= 0 ? '+' : '') + added.toFixed(1)}`,
        );
      }
      // A frame where the topic may be runs both scripts: each is counted in its own line.
      for (const [file, evaluations] of Object.entries(on.evaluations).sort()) {
        lines.push(
          `  ${file} evaluated in ${evaluations.length} frames: ${sum(evaluations).toFixed(1)} ms in all, median ${median(evaluations).toFixed(2)} ms per frame`,
        );
      }
    }
  }
  lines.push(`load average ${result.loadAverage[0].toFixed(2)} → ${result.loadAverage[1].toFixed(2)}`);
  return lines.join('\n');
}
