/**
 * Measuring the hostile pages (scripts/lib/hostile-pages.ts) from outside, for the e2e suite and the
 * bench: the page's own probe (responsiveness, long tasks, clicks), how many mentions are
 * painted, the content script's own time accounting, what the extension printed, and the
 * renderer's heap over CDP (Chromium). Everything sent to the page is source text, so the bench
 * (run by tsx, which wraps functions in helpers the page lacks) can use it too.
 */
import type { CDPSession, ConsoleMessage, Frame, Page } from 'puppeteer-core';
import { MENTION_HIGHLIGHT } from '../../src/content/highlight-names';
import type { ProbeReading } from '../lib/hostile-pages';

type Target = Pick<Page | Frame, 'evaluate'>;

/** The probe's record since its last reset. */
export function readProbe(target: Target): Promise<ProbeReading> {
  return target.evaluate(`(() => {
    const p = window.__probe;
    return { ticks: p.ticks, maxLateMs: p.maxLateMs, clicks: p.clicks, longTasks: p.longTasks && p.longTasks.slice() };
  })()`) as Promise<ProbeReading>;
}

export async function resetProbe(target: Target): Promise<void> {
  await target.evaluate('window.__probe.reset()');
}

/** What the content script says about its own work (src/content/work-meter.ts). */
export interface WorkReading {
  /** Total ms of scanning and observing in this frame. */
  busy: number;
  /** Its longest single piece of work, ms. */
  longest: number;
}

/** As tests/e2e/support/annotation.ts's `workReport`, but sent as source: tsx (the bench) would wrap a function in helpers the page lacks. */
export function readWork(target: Target): Promise<WorkReading> {
  return target.evaluate(`(() => {
    const duration = (name) => { const entry = performance.getEntriesByName(name)[0]; return entry ? entry.duration : NaN; };
    return { busy: duration('claimlens:busy'), longest: duration('claimlens:longest-slice') };
  })()`) as Promise<WorkReading>;
}

/** How many ranges the frame's `claimlens-mention` highlight holds (-1 when it is not registered). */
export function highlightedCount(target: Target): Promise<number> {
  return target.evaluate(`(() => { const h = CSS.highlights.get(${JSON.stringify(MENTION_HIGHLIGHT)}); return h ? h.size : -1; })()`) as Promise<number>;
}

/** Polls until the frame holds `count` highlighted ranges; returns how long that took (ms). */
export async function waitForHighlightCount(target: Target, count: number, timeout: number): Promise<number> {
  const started = Date.now();
  let last = -1;
  while (Date.now() - started < timeout) {
    last = await highlightedCount(target);
    if (last === count) return Date.now() - started;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${count} mentions expected, ${last} highlighted after ${timeout} ms`);
}

/**
 * Records, from now on, everything that says something went wrong in `page`: uncaught errors
 * and rejections (the content script's included: both browsers report them to the page),
 * console errors, and the content script's own "[claimlens] …" notes of a failure it caught.
 */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  const record = (problem: string): void => {
    if (!BROWSERS_OWN.test(problem)) problems.push(problem);
  };
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (message.type() === 'error' || text.startsWith('[claimlens]')) record(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error: unknown) => record(`uncaught: ${String(error)}`));
  return problems;
}

/** Firefox reports the favicon it fetches for every page as a CSP violation on strict-CSP pages: the browser's doing, not the page's or ours. */
const BROWSERS_OWN = /Content-Security-Policy: .*favicon\.ico/;

/** One reading of the renderer's memory after a full garbage collection. */
export interface HeapReading {
  /** JavaScript heap in use, bytes (the whole renderer: page and content script together). */
  jsUsed: number;
  /** Blink's own heap in use (DOM, ranges, highlights), bytes, where Chromium reports it. */
  embedderUsed: number;
  nodes: number;
  listeners: number;
}

/** Collects garbage (twice: weak references free more on the second pass) and reads the renderer's heap. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapReading> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const counters = await cdp.send('Memory.getDOMCounters');
  return { jsUsed: usage.usedSize, embedderUsed: usage.embedderHeapUsedSize ?? 0, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
