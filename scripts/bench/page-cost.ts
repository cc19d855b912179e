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
 * Two more arms in every round measure the floor any extension with our content-script
 * declarations pays (floor-extension.ts): the same frames get an isolated world and a script
 * that does nothing, or a script of our size that is compiled but never run. Each extension
 * is loaded as ours is, in its own browser; the order of the arms rotates from round to round.
 *
 * Firefox is not measured: WebDriver BiDi, its only remote protocol, has no main-thread task
 * time or tracing, and the Gecko profiler is not reachable from it.
 */
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { CORPUS_DIR, corpusPages, staticHtml } from '../lib/corpus-pages';
import { launchWithExtension, type ExtensionBrowser } from '../lib/launch-browser';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { writeFloorExtension } from './floor-extension';
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

/**
 * A paragraph's opening tag, or what may hide one from the reader: a comment (an old-IE
 * conditional block holds `<p>`s), `<noscript>` (raw text where scripts run), `<template>`.
 */
const PARAGRAPH_OR_HIDDEN = /<!--[\s\S]*?-->|<(noscript|template)[\s>][\s\S]*?<\/\1\s*>|<p[\s>]/gi;

export function plantParagraph(html: string): string {
  for (const found of html.matchAll(PARAGRAPH_OR_HIDDEN)) {
    if (!/^<p/i.test(found[0])) continue;
    return html.slice(0, found.index) + PLANTED_PARAGRAPH + html.slice(found.index);
  }
  return html.replace(/<\/body>/i, `${PLANTED_PARAGRAPH}</body>`);
}

export type Variant = 'planted' | 'bare';

/** The arms of a round: no extension, the empty floor, the floor of our size compiled but not run, Claimlens. */
export const ARMS = ['without', 'floor', 'floorSized', 'with'] as const;
export type Arm = (typeof ARMS)[number];
export const ARM_LABELS: Record<Arm, string> = { without: 'without', floor: 'floor', floorSized: 'sized floor', with: 'Claimlens' };

/** `arms` in the order of round `round`: rotated by one each round, so none always loads first. */
export function rotated<T>(arms: readonly T[], round: number): T[] {
  const shift = round % arms.length;
  return [...arms.slice(shift), ...arms.slice(0, shift)];
}

/** The order of the arms in round `round`. */
export const armOrder = (round: number): Arm[] => rotated(ARMS, round);

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
  floorMs: number;
  floorSizedMs: number;
  frames: number;
  outOfProcessFrames: number;
  claimlensFrames: number;
}

/** Sums over the pages of the per-page medians, ms; shares are of the page's own time (without). */
export interface VariantTotals {
  withMs: number;
  withoutMs: number;
  /** What Claimlens adds. */
  added: number;
  floorMs: number;
  floorAdded: number;
  floorSizedMs: number;
  floorSizedAdded: number;
  /** Claimlens beyond the empty floor: what our scripts do that any content script does not pay. */
  beyondFloorMs: number;
  beyondFloor: number;
  /** Claimlens beyond the sized floor: running our scripts, less their compile. */
  beyondSizedFloorMs: number;
  beyondSizedFloor: number;
}

export interface PageCostResult {
  rounds: number;
  rows: PageCostRow[];
  totals: Record<Variant, VariantTotals>;
  /** Trace breakdown summed over the pages, per variant and arm. */
  trace: Record<Variant, Record<Arm, Breakdown>> | null;
  loadAverage: [number, number];
  /** Wall time of the whole measurement, s. */
  seconds: number;
}

/** The totals of one variant's rows. */
export function variantTotals(rows: readonly PageCostRow[]): VariantTotals {
  const total = (pick: (row: PageCostRow) => number): number => sum(rows.map(pick));
  const withMs = total((row) => row.withMs);
  const withoutMs = total((row) => row.withoutMs);
  const floorMs = total((row) => row.floorMs);
  const floorSizedMs = total((row) => row.floorSizedMs);
  return {
    withMs,
    withoutMs,
    added: withMs / withoutMs - 1,
    floorMs,
    floorAdded: floorMs / withoutMs - 1,
    floorSizedMs,
    floorSizedAdded: floorSizedMs / withoutMs - 1,
    beyondFloorMs: withMs - floorMs,
    beyondFloor: (withMs - floorMs) / withoutMs,
    beyondSizedFloorMs: withMs - floorSizedMs,
    beyondSizedFloor: (withMs - floorSizedMs) / withoutMs,
  };
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

export async function loadOnce(context: BrowserContext, url: string, withExtension: boolean): Promise<LoadReading> {
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
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const pages = corpusPages().slice(0, pageCount);
  const site: StaticServer = await startStaticServer([
    { prefix: '/bare/', dir: CORPUS_DIR, transformHtml: staticHtml },
    { prefix: '/planted/', dir: CORPUS_DIR, transformHtml: (html) => plantParagraph(staticHtml(html)) },
  ]);
  const floorDirs = { floor: writeFloorExtension(extensionDir, 'empty'), floorSized: writeFloorExtension(extensionDir, 'sized') };
  const launched: ExtensionBrowser[] = [];
  const launch = async (dir: string): Promise<ExtensionBrowser> => {
    const browser = await launchWithExtension('chromium', {
      extensionDir: dir,
      // Remote hosts fail at once instead of waiting on DNS; the pages' own frames still load (as error pages).
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    launched.push(browser);
    return browser;
  };
  try {
    const ext = await launch(extensionDir);
    const floor = await launch(floorDirs.floor);
    const floorSized = await launch(floorDirs.floorSized);
    const arms: Record<Arm, { context: BrowserContext; extensionOrigin: string }> = {
      without: { context: await ext.browser.createBrowserContext(), extensionOrigin: ext.extensionOrigin },
      floor: { context: floor.browser.defaultBrowserContext(), extensionOrigin: floor.extensionOrigin },
      floorSized: { context: floorSized.browser.defaultBrowserContext(), extensionOrigin: floorSized.extensionOrigin },
      with: { context: ext.browser.defaultBrowserContext(), extensionOrigin: ext.extensionOrigin },
    };
    log(
      `page cost: ${pages.length} largest corpus pages in ${await ext.browser.version()}, ${rounds} rounds, planted and bare; without, the two floors and Claimlens interleaved`,
    );
    const rows: PageCostRow[] = [];
    for (const variant of ['planted', 'bare'] as const) {
      for (const { name } of pages) {
        const url = `${site.origin}/${variant}/${name}`;
        const readings: Record<Arm, number[]> = { without: [], floor: [], floorSized: [], with: [] };
        let last: LoadReading | null = null;
        for (let round = 0; round < rounds; round++) {
          for (const arm of armOrder(round)) {
            const reading = await loadOnce(arms[arm].context, url, arm === 'with');
            readings[arm].push(reading.taskMs);
            if (arm === 'with') last = reading;
          }
        }
        const row: PageCostRow = {
          page: name,
          variant,
          withMs: median(readings.with),
          withoutMs: median(readings.without),
          floorMs: median(readings.floor),
          floorSizedMs: median(readings.floorSized),
          frames: last!.frames,
          outOfProcessFrames: last!.outOfProcessFrames,
          claimlensFrames: last!.claimlensFrames,
        };
        rows.push(row);
        const added = (ms: number): string => pct(ms / row.withoutMs - 1).padStart(7);
        log(
          `  ${variant.padEnd(7)} ${name.padEnd(22)} ${row.withoutMs.toFixed(0).padStart(6)} → floor ${row.floorMs.toFixed(0).padStart(6)} ${added(row.floorMs)}, sized ${row.floorSizedMs.toFixed(0).padStart(6)} ${added(row.floorSizedMs)}, ours ${row.withMs.toFixed(0).padStart(6)} ${added(row.withMs)}  frames ${row.frames} (${row.outOfProcessFrames} out of process, Claimlens in ${row.claimlensFrames})`,
        );
      }
    }
    const totals = {
      planted: variantTotals(rows.filter((row) => row.variant === 'planted')),
      bare: variantTotals(rows.filter((row) => row.variant === 'bare')),
    };

    let traced: PageCostResult['trace'] = null;
    if (trace) {
      log('page cost: one traced load of each page, variant and arm, for the breakdown…');
      const empty = (): Record<Arm, Breakdown> => ({
        without: emptyBreakdown(),
        floor: emptyBreakdown(),
        floorSized: emptyBreakdown(),
        with: emptyBreakdown(),
      });
      traced = { planted: empty(), bare: empty() };
      for (const variant of ['planted', 'bare'] as const) {
        for (const { name } of pages) {
          const url = `${site.origin}/${variant}/${name}`;
          for (const arm of ARMS) {
            const { context, extensionOrigin } = arms[arm];
            traced[variant][arm] = addBreakdown(traced[variant][arm], await tracedLoad(context, url, site.origin, extensionOrigin));
          }
        }
      }
    }
    return { rounds, rows, totals, trace: traced, loadAverage: [loadAtStart, loadavg()[0]!], seconds: (Date.now() - started) / 1000 };
  } finally {
    for (const browser of launched) await browser.close();
    await site.close();
    for (const dir of Object.values(floorDirs)) rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (share: number): string => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;

const pts = (share: number): string => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} pts`;

/** The printed report: totals against the target, the floor beside them, then the traced breakdown. */
export function pageCostReport(result: PageCostResult): string {
  const lines: string[] = [];
  for (const variant of ['planted', 'bare'] as const) {
    const { withMs, withoutMs, added } = result.totals[variant];
    const met = added <= ADDED_TARGET ? 'MET   ' : 'MISSED';
    lines.push(
      `${met} ${variant === 'planted' ? 'with a planted paragraph' : 'without a mention     '}: ${withoutMs.toFixed(0)} → ${withMs.toFixed(0)} ms main-thread time over ${result.rows.length / 2} pages, ${pct(added)} (target ≤ +${ADDED_TARGET * 100}%)`,
    );
  }
  lines.push(
    `\nthe floor: an extension with our content-script declarations whose script does nothing, and one whose scripts are ours compiled but never run (sum of per-page medians, ms, added against no extension)`,
  );
  lines.push(
    `  ${''.padEnd(8)} ${ARM_LABELS.without.padStart(8)} ${ARMS.slice(1)
      .map((arm) => ARM_LABELS[arm].padStart(17))
      .join(' ')}`,
  );
  const cell = (ms: number, share: number): string => `${ms.toFixed(0).padStart(7)} ${pct(share).padStart(8)}`;
  for (const variant of ['planted', 'bare'] as const) {
    const t = result.totals[variant];
    lines.push(
      `  ${variant.padEnd(8)} ${t.withoutMs.toFixed(0).padStart(8)}  ${cell(t.floorMs, t.floorAdded)}  ${cell(t.floorSizedMs, t.floorSizedAdded)}  ${cell(t.withMs, t.added)}`,
    );
  }
  for (const variant of ['planted', 'bare'] as const) {
    const t = result.totals[variant];
    lines.push(
      `  ${variant}: Claimlens beyond the floor ${t.beyondFloorMs.toFixed(0)} ms (${pts(t.beyondFloor)} of the page's time), beyond the sized floor ${t.beyondSizedFloorMs.toFixed(0)} ms (${pts(t.beyondSizedFloor)})`,
    );
  }
  const rows = result.rows.filter((row) => row.variant === 'planted');
  lines.push(
    `frames: ${sum(rows.map((r) => r.frames))} in all, ${sum(rows.map((r) => r.outOfProcessFrames))} out of process (their time is not counted), Claimlens ran in ${sum(rows.map((r) => r.claimlensFrames))}`,
  );
  if (result.trace) {
    for (const variant of ['planted', 'bare'] as const) {
      const arms = result.trace[variant];
      lines.push(`\ntraced breakdown, ${variant} (sum over pages, ms: without, floor, sized floor, Claimlens; Claimlens − without; Claimlens − floor)`);
      for (const bucket of BUCKETS) {
        const signed = (ms: number): string => ((ms >= 0 ? '+' : '') + ms.toFixed(1)).padStart(8);
        lines.push(
          `  ${bucket.padEnd(46)} ${ARMS.map((arm) => arms[arm].ms[bucket].toFixed(1).padStart(8)).join(' ')} ${signed(arms.with.ms[bucket] - arms.without.ms[bucket])} ${signed(arms.with.ms[bucket] - arms.floor.ms[bucket])}`,
        );
      }
      // A frame where the topic may be runs both scripts: each is counted in its own line.
      for (const arm of ['floor', 'floorSized', 'with'] as const) {
        for (const [file, evaluations] of Object.entries(arms[arm].evaluations).sort()) {
          lines.push(
            `  ${ARM_LABELS[arm]}: ${file} evaluated in ${evaluations.length} frames: ${sum(evaluations).toFixed(1)} ms in all, median ${median(evaluations).toFixed(2)} ms per frame`,
          );
        }
      }
    }
  }
  lines.push(`load average ${result.loadAverage[0].toFixed(2)} → ${result.loadAverage[1].toFixed(2)}; ${(result.seconds / 60).toFixed(1)} min`);
  return lines.join('\n');
}
