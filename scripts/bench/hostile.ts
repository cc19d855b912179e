/**
 * The hostile half of `npm run bench`, on the built extension in real Chromium and
 * Firefox: the heavy pages at full size (200,000 nodes, nesting 10,000 deep, one 1 MB text
 * node, 50,000 mentions), a 10 s mutation storm, and the memory of the largest corpus page
 * after 1,000 updates. Each result is held to its target and, where one can be measured in the
 * same run, set against a baseline: the page's own heartbeat without the extension (an
 * incognito context of the same Chromium, where extensions do not run) and the memory the same
 * updates leave behind without it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension, type BrowserKind, type ExtensionBrowser } from '../lib/launch-browser';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { CORPUS_DIR, corpusPages, staticHtml } from '../lib/corpus-pages';
import {
  describeHeartbeat,
  heartbeatVerdict,
  HEARTBEAT_SUBJECTS,
  roundOrder,
  type HeartbeatReading,
  type HeartbeatRounds,
  type HeartbeatSubject,
  type HeartbeatVerdict,
} from './heartbeat-rounds';
import { mb, readProbe, resetProbe, waitForHighlightCount } from './hostile-measure';
import type { TraceEvent } from './page-cost-trace';
import { windowTasks } from './window-tasks';
import { measureMemory, memoryFigures, UPDATES, type MemoryResult } from './hostile-memory';
import {
  describeScale,
  describeStorm,
  FULL_SIZES,
  LONGEST_TASK_MS,
  measureScaleCase,
  openGenerated,
  measureStorm,
  scaleCases,
  type ScaleCase,
  type ScaleResult,
  type ScaleSizes,
  type StormResult,
} from './hostile-scale';

/** Smaller storms for `--quick`; every page stays at full size. */
const QUICK_SIZES: ScaleSizes = { ...FULL_SIZES, stormSeconds: 3 };

/** The many-mentions page's heartbeat target (Chromium), and the interleaved rounds that judge it. */
const HEARTBEAT_TARGET_MS = 50;
const HEARTBEAT_ROUNDS = { full: 7, quick: 5 };

/** What may stay after 1,000 updates are gone and garbage is collected. */
const LEAK_BOUND = 2 * 1024 * 1024;

export interface HostileTarget {
  label: string;
  met: boolean;
  detail: string;
}

export interface HostileBrowserResult {
  browser: BrowserKind;
  version: string;
  /** Each case, with the page's heartbeat lateness on the same page without the extension (Chromium only). */
  cases: (ScaleResult & { bareMaxLateMs: number | null })[];
  storm: StormResult | null;
  memory: MemoryResult | null;
  /** The many-mentions page's heartbeat, ours and the floors interleaved (Chromium only). */
  heartbeat: HeartbeatVerdict | null;
  failures: string[];
}

export interface HostileBenchResult {
  sizes: ScaleSizes;
  browsers: HostileBrowserResult[];
  targets: HostileTarget[];
}

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** How long the floors' heartbeat is watched after the page registers its ranges, ours after the last mention is painted, the bare page's after loading. */
const WATCH_MS = 1_500;

/** The mark the page makes on its main thread where a traced window starts (window-tasks.ts). */
const WINDOW_MARK = 'claimlens-bench-window';

/**
 * Runs `watch` (which resets the probe and returns the heartbeat's worst lateness) traced, and
 * reads the page's main-thread tasks from the window's start on, in thread time: on a shared
 * machine the heartbeat is also late while the thread waits for a core, the tasks' thread time
 * is the work alone.
 */
async function tracedWindow(page: Page, watch: () => Promise<number>): Promise<HeartbeatReading> {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  let lateMs = NaN;
  let trace: Uint8Array | undefined;
  try {
    await page.evaluate(`performance.mark(${JSON.stringify(WINDOW_MARK)})`);
    lateMs = await watch();
  } finally {
    trace = await page.tracing.stop();
  }
  const { traceEvents } = JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] };
  const tasks = windowTasks(traceEvents, WINDOW_MARK);
  return { lateMs, longestTaskMs: tasks.longestMs, taskMs: tasks.totalMs };
}

/** The probe's worst lateness from a reset, after `during`. */
async function lateness(page: Page, during: () => Promise<unknown>): Promise<number> {
  await resetProbe(page);
  await during();
  return (await readProbe(page)).maxLateMs;
}

/** How late the page's heartbeat runs while the page loads and lays out, without any extension. */
async function bareLateness(browser: Browser, site: StaticServer, scaleCase: ScaleCase): Promise<HeartbeatReading> {
  const context = await browser.createBrowserContext();
  try {
    const { page } = await openGenerated(context, site, scaleCase.html);
    return await tracedWindow(page, () => lateness(page, () => wait(WATCH_MS)));
  } finally {
    await context.close();
  }
}

/** The page with Claimlens on it: from the end of loading until every mention is painted and WATCH_MS more (what follows the painting counts too). */
async function oursLateness(ext: ExtensionBrowser, site: StaticServer, scaleCase: ScaleCase): Promise<HeartbeatReading> {
  const { page } = await openGenerated(ext.browser, site, scaleCase.html);
  try {
    return await tracedWindow(page, () =>
      lateness(page, async () => {
        await waitForHighlightCount(page, scaleCase.mentions, 120_000);
        await wait(WATCH_MS);
      }),
    );
  } finally {
    await page.close();
  }
}

/** A colour for the styled floor, as a reader's highlight would have; the page's own sheet, so no extension is involved. */
const FLOOR_STYLE = ':root::highlight(floor) { background-color: rgb(255 213 79 / 0.45); }';

/**
 * The browser's own floor for a page with many mentions, without any extension: the page's
 * heartbeat while the page itself registers one Highlight holding the mentions' ranges, in one
 * call. Chromium re-validates every range of every registered highlight after each DOM, style or
 * highlight change, so unstyled this is what keeping every mention registered as
 * `claimlens-mention` costs whoever does it; styled (`style`), it is what showing them costs.
 */
async function highlightFloorLateness(browser: Browser, site: StaticServer, scaleCase: ScaleCase, style: string | null): Promise<HeartbeatReading> {
  const context = await browser.createBrowserContext();
  try {
    const { page } = await openGenerated(context, site, scaleCase.html);
    const ranges = (await page.evaluate(`(() => {
      const names = /drug consumption room|supervised injection site|overdose prevention centre|safe consumption site|drug consumption facility/g;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      window.__floorRanges = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(names)) window.__floorRanges.push(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length }));
      }
      return window.__floorRanges.length;
    })()`)) as number;
    if (ranges !== scaleCase.mentions) throw new Error(`the floor found ${ranges} ranges where the page has ${scaleCase.mentions} mentions`);
    await wait(300);
    return await tracedWindow(page, () =>
      lateness(page, async () => {
        // The colour rule comes with the ranges, as the extension's sheet does: its style recalculation is part of showing them.
        if (style !== null) await page.addStyleTag({ content: style });
        await page.evaluate(`CSS.highlights.set('floor', new Highlight(...window.__floorRanges))`);
        await wait(WATCH_MS);
      }),
    );
  } finally {
    await context.close();
  }
}

/**
 * The many-mentions page in `rounds` interleaved rounds (order alternating, roundOrder): Claimlens
 * on it, the browser's floor styled and unstyled, and the page alone, all in this one browser
 * (the floors in incognito contexts, where extensions do not run). One reading of each swung by
 * 50 ms from run to run; medians of rounds taken together say which part is ours.
 */
async function heartbeatRounds(
  ext: ExtensionBrowser,
  site: StaticServer,
  scaleCase: ScaleCase,
  rounds: number,
  log: (line: string) => void,
): Promise<HeartbeatVerdict> {
  const started = Date.now();
  const readings = Object.fromEntries(HEARTBEAT_SUBJECTS.map((subject) => [subject, [] as HeartbeatReading[]])) as HeartbeatRounds;
  const measure: Record<HeartbeatSubject, () => Promise<HeartbeatReading>> = {
    ours: () => oursLateness(ext, site, scaleCase),
    styled: () => highlightFloorLateness(ext.browser, site, scaleCase, FLOOR_STYLE),
    unstyled: () => highlightFloorLateness(ext.browser, site, scaleCase, null),
    bare: () => bareLateness(ext.browser, site, scaleCase),
  };
  for (let round = 0; round < rounds; round++) {
    const order = roundOrder(round);
    for (const subject of order) readings[subject].push(await measure[subject]());
    const read = (subject: HeartbeatSubject): string => {
      const { lateMs, longestTaskMs } = readings[subject].at(-1)!;
      return `${subject} ${lateMs.toFixed(0)} (${longestTaskMs.toFixed(0)})`;
    };
    log(`    round ${round + 1}/${rounds}: ${order.map(read).join(', ')} ms late (longest task, thread time)`);
  }
  const verdict = heartbeatVerdict(readings, HEARTBEAT_TARGET_MS);
  log(
    `  ${scaleCase.name}, the page's heartbeat at worst, ${rounds} interleaved rounds (${((Date.now() - started) / 60_000).toFixed(1)} min), median (range):`,
  );
  for (const line of describeHeartbeat(verdict)) log(`    ${line}`);
  return verdict;
}

interface RunOptions {
  sizes: ScaleSizes;
  rounds: number;
  /** Only the many-mentions page's interleaved heartbeat rounds. */
  heartbeatOnly: boolean;
  log: (line: string) => void;
}

async function runBrowser(kind: BrowserKind, { sizes, rounds, heartbeatOnly, log }: RunOptions): Promise<HostileBrowserResult> {
  const dir = resolve(import.meta.dirname, '../../dist', kind === 'chromium' ? 'chrome' : 'firefox');
  const site = await startStaticServer(existsSync(CORPUS_DIR) ? [{ prefix: '/corpus/', dir: CORPUS_DIR, transformHtml: staticHtml }] : []);
  const ext = await launchWithExtension(kind, { extensionDir: dir });
  const failures: string[] = [];
  try {
    const version = await ext.browser.version();
    log(`hostile pages in ${version}`);
    const cases: HostileBrowserResult['cases'] = [];
    let heartbeat: HeartbeatVerdict | null = null;
    for (const scaleCase of scaleCases(sizes)) {
      const many = scaleCase.mentions >= 10_000;
      if (heartbeatOnly && !many) continue;
      try {
        if (!heartbeatOnly) {
          const { page, ...result } = await measureScaleCase(ext, site, scaleCase);
          await page.close();
          const bareMaxLateMs = kind === 'chromium' ? (await bareLateness(ext.browser, site, scaleCase)).lateMs : null;
          cases.push({ ...result, bareMaxLateMs });
          log(`  ${describeScale(result, bareMaxLateMs)}`);
        }
        if (kind === 'chromium' && many) heartbeat = await heartbeatRounds(ext, site, scaleCase, rounds, log);
      } catch (error) {
        failures.push(`${scaleCase.name}: ${String(error)}`);
        log(`  ${scaleCase.name}: FAILED ${String(error)}`);
      }
    }
    if (heartbeatOnly) return { browser: kind, version, cases, storm: null, memory: null, heartbeat, failures };
    const { page: stormPage, ...storm } = await measureStorm(ext, site, sizes.stormSeconds, sizes.stormPerSecond);
    await stormPage.close();
    log(`  ${describeStorm(storm)}`);
    let memory: MemoryResult | null = null;
    const [largest] = existsSync(CORPUS_DIR) ? corpusPages() : [];
    if (kind === 'chromium' && largest) {
      memory = await measureMemory(ext.browser, site, `${site.origin}/corpus/${largest.name}`, async (page) => {
        // Source text: tsx would wrap a function in helpers the page lacks.
        await page.waitForFunction(`performance.getEntriesByName('claimlens:settled').length > 0`, { timeout: 30_000, polling: 50 });
      });
      const figures = memoryFigures(memory);
      log(
        `  memory on ${largest.name}: Claimlens's share ${mb(figures.share)}; after ${UPDATES} updates and GC ${mb(figures.growth)} stayed (${mb(figures.bareGrowth)} without Claimlens)`,
      );
    } else {
      log(
        kind === 'firefox' ? '  memory: Firefox has no heap reading over WebDriver BiDi (measured in Chromium only)' : '  memory: no corpus here, not measured',
      );
    }
    return { browser: kind, version, cases, storm, memory, heartbeat, failures };
  } finally {
    await ext.close();
    await site.close();
  }
}

function targetsOf(browsers: readonly HostileBrowserResult[]): HostileTarget[] {
  const targets: HostileTarget[] = [];
  for (const result of browsers) {
    const { storm, heartbeat } = result;
    if (storm) {
      const worst = result.cases.reduce<HostileBrowserResult['cases'][number] | null>((a, b) => (!a || b.longestMs > a.longestMs ? b : a), null);
      targets.push({
        label: `${result.browser}: no piece of our work over ${LONGEST_TASK_MS} ms on the heavy pages and in the storm`,
        met: result.failures.length === 0 && !!worst && worst.longestMs <= LONGEST_TASK_MS && storm.longestMs <= LONGEST_TASK_MS,
        detail: worst ? `worst ${worst.longestMs.toFixed(0)} ms (${worst.name}), storm ${storm.longestMs.toFixed(0)} ms` : 'no case ran',
      });
      targets.push({
        label: `${result.browser}: nothing raised, every case annotated`,
        met: result.failures.length === 0 && result.cases.every((c) => c.problems.length === 0) && storm.problems.length === 0,
        detail: result.failures.length ? result.failures.join('; ') : `${result.cases.length} cases + storm`,
      });
    }
    if (heartbeat) {
      const { ours, styled } = heartbeat.subjects;
      targets.push({
        label: `${result.browser}: the many-mentions page's heartbeat at most ${heartbeat.targetMs} ms late (median of ${heartbeat.rounds} interleaved rounds)`,
        met: heartbeat.met,
        detail: `ours ${ours.median.toFixed(0)} ms (${ours.min.toFixed(0)}–${ours.max.toFixed(0)}), the styled floor ${styled.median.toFixed(0)} ms (${styled.min.toFixed(0)}–${styled.max.toFixed(0)}): ours beyond the floor ${heartbeat.excessMs.toFixed(0)} ms of medians, per round ${heartbeat.pairedExcess.median.toFixed(0)} ms (${heartbeat.pairedExcess.min.toFixed(0)}–${heartbeat.pairedExcess.max.toFixed(0)}); longest task in thread time, ours − floor per round ${heartbeat.longestTaskExcess.median.toFixed(0)} ms (${heartbeat.longestTaskExcess.min.toFixed(0)}–${heartbeat.longestTaskExcess.max.toFixed(0)})`,
      });
    } else if (result.browser === 'chromium' && result.failures.length > 0) {
      targets.push({ label: `${result.browser}: the many-mentions page's heartbeat`, met: false, detail: result.failures.join('; ') });
    }
    if (result.memory) {
      const { growth, bareGrowth } = memoryFigures(result.memory);
      targets.push({
        label: `${result.browser}: memory after ${UPDATES} updates comes back (under ${mb(LEAK_BOUND)} stays)`,
        met: growth < LEAK_BOUND,
        detail: `${mb(growth)} stayed, ${mb(bareGrowth)} without Claimlens`,
      });
    }
  }
  return targets;
}

/**
 * Every heavy page in Chromium and Firefox, or (`heartbeatOnly`) only the many-mentions page's
 * heartbeat rounds in Chromium.
 */
export async function runHostileBench(options: { quick: boolean; heartbeatOnly?: boolean; log: (line: string) => void }): Promise<HostileBenchResult> {
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const heartbeatOnly = options.heartbeatOnly ?? false;
  const run = { sizes, rounds: options.quick ? HEARTBEAT_ROUNDS.quick : HEARTBEAT_ROUNDS.full, heartbeatOnly, log: options.log };
  const browsers: HostileBrowserResult[] = [];
  for (const kind of heartbeatOnly ? (['chromium'] as const) : (['chromium', 'firefox'] as const)) browsers.push(await runBrowser(kind, run));
  return { sizes, browsers, targets: targetsOf(browsers) };
}
