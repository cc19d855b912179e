/**
 * The heavy hostile pages (200,000 nodes, nesting 10,000 deep, one 1 MB text node,
 * 50,000 mentions, a mutation storm), measured the same way by the e2e suite (small sizes) and
 * the bench (full sizes): how long until every mention is painted, the content script's own
 * busy time and longest piece of work, and how late the page's own heartbeat ran.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../lib/launch-browser';
import type { StaticServer } from '../lib/static-server';
import { readProbe, readWork, recordProblems, resetProbe, waitForHighlightCount } from './hostile-measure';
import { deepNestingPage, hugeTextNodePage, manyMentionsPage, manyNodesPage, stormPage } from '../lib/hostile-pages';

export interface ScaleSizes {
  nodes: number;
  depth: number;
  textChars: number;
  mentions: number;
  /** How long the mutation storm lasts, and how many changes a second it makes. */
  stormSeconds: number;
  stormPerSecond: number;
}

/** The full sizes the bench runs (the e2e suite runs them small). */
export const FULL_SIZES: ScaleSizes = { nodes: 200_000, depth: 10_000, textChars: 1_000_000, mentions: 50_000, stormSeconds: 10, stormPerSecond: 1_000 };

/** No task of the content script may take longer: a longer one is a stall a reader feels. */
export const LONGEST_TASK_MS = 200;

export interface ScaleCase {
  name: string;
  html: string;
  /** Mentions the page has once it is annotated. */
  mentions: number;
}

export function scaleCases(sizes: ScaleSizes): ScaleCase[] {
  const many = manyNodesPage(sizes.nodes);
  return [
    { name: `${sizes.nodes.toLocaleString('en')} nodes`, html: many.html, mentions: many.mentions },
    { name: `nesting ${sizes.depth.toLocaleString('en')} deep`, html: deepNestingPage(sizes.depth), mentions: 2 },
    { name: `one ${(sizes.textChars / 1e6).toLocaleString('en')} MB text node`, html: hugeTextNodePage(sizes.textChars), mentions: 3 },
    { name: `${sizes.mentions.toLocaleString('en')} mentions`, html: manyMentionsPage(sizes.mentions), mentions: sizes.mentions },
  ];
}

export interface ScaleResult {
  name: string;
  mentions: number;
  /** From the end of loading until every mention was painted, ms. */
  paintedAfterMs: number;
  /** The content script's total time on the page, ms, and its longest single piece of work. */
  busyMs: number;
  longestMs: number;
  /** The page's heartbeat: its worst lateness from the end of loading until settled, ms. */
  maxLateMs: number;
  /** Long tasks (Chromium) in that time, ms each; null where the browser does not report them. */
  longTasks: number[] | null;
  problems: string[];
}

let served = 0;

/**
 * Serves `html` (with `headers`) at a fresh path on `site` and opens it in a new tab of
 * `opener` (a browser, or a context of one), recording its problems from the start; the
 * caller closes the page.
 */
export async function openGenerated(
  opener: { newPage(): Promise<Page> },
  site: StaticServer,
  html: string,
  headers?: Record<string, string>,
): Promise<{ page: Page; problems: string[] }> {
  const path = `/generated/${++served}.html`;
  site.setPage(path, html, headers);
  const page = await opener.newPage();
  const problems = recordProblems(page);
  await page.goto(site.origin + path, { waitUntil: 'load', timeout: 120_000 });
  return { page, problems };
}

/** Loads the case's page and waits until every mention is painted; the page is left open for more checks. */
export async function measureScaleCase(
  ext: ExtensionBrowser,
  site: StaticServer,
  scaleCase: ScaleCase,
  timeout = 120_000,
): Promise<ScaleResult & { page: Page }> {
  const { page, problems } = await openGenerated(ext.browser, site, scaleCase.html);
  await resetProbe(page);
  const paintedAfterMs = await waitForHighlightCount(page, scaleCase.mentions, timeout);
  // Settled: the last slice has published; give the page a beat so a late long task shows.
  await new Promise((done) => setTimeout(done, 300));
  const probe = await readProbe(page);
  const work = await readWork(page);
  return {
    page,
    name: scaleCase.name,
    mentions: scaleCase.mentions,
    paintedAfterMs,
    busyMs: work.busy,
    longestMs: work.longest,
    maxLateMs: probe.maxLateMs,
    longTasks: probe.longTasks,
    problems,
  };
}

export interface StormResult {
  changes: number;
  elapsedMs: number;
  /** The content script's busy time during the storm as a share of one core. */
  cpuShare: number;
  longestMs: number;
  maxLateMs: number;
  longTasks: number[] | null;
  /** From the storm's end until the page was annotated exactly as it stands, ms. */
  settledAfterMs: number;
  problems: string[];
}

/** Runs the mutation storm page for `seconds` at `perSecond` changes; the page is left open. */
export async function measureStorm(ext: ExtensionBrowser, site: StaticServer, seconds: number, perSecond: number): Promise<StormResult & { page: Page }> {
  const { page, problems } = await openGenerated(ext.browser, site, stormPage());
  await waitForHighlightCount(page, 2, 15_000);
  const before = await readWork(page);
  await resetProbe(page);
  const started = Date.now();
  const changes = (await page.evaluate(`window.__storm.start(${perSecond}, ${seconds})`)) as number;
  const elapsedMs = Date.now() - started;
  const after = await readWork(page);
  const probe = await readProbe(page);
  const expected = (await page.evaluate('window.__storm.expected()')) as number;
  const settledAfterMs = await waitForHighlightCount(page, expected, 15_000);
  return {
    page,
    changes,
    elapsedMs,
    cpuShare: (after.busy - before.busy) / elapsedMs,
    longestMs: after.longest,
    maxLateMs: probe.maxLateMs,
    longTasks: probe.longTasks,
    settledAfterMs,
    problems,
  };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** One line per result, for the test log and the bench; `bareMaxLateMs`: the heartbeat on the same page without the extension. */
export function describeScale(result: ScaleResult, bareMaxLateMs: number | null = null): string {
  const tasks = result.longTasks
    ? `${result.longTasks.length} long tasks${result.longTasks.length ? ` (max ${ms(Math.max(...result.longTasks))})` : ''}`
    : 'long tasks not reported';
  const baseline = bareMaxLateMs === null ? '' : ` (${ms(bareMaxLateMs)} without Claimlens)`;
  const problems = result.problems.length ? `; PROBLEMS ${result.problems.join(' | ')}` : '';
  return `${result.name}: ${result.mentions} mentions painted after ${ms(result.paintedAfterMs)}; content script busy ${ms(result.busyMs)}, longest piece ${ms(result.longestMs)}; page heartbeat at worst ${ms(result.maxLateMs)} late${baseline}; ${tasks}${problems}`;
}

export function describeStorm(result: StormResult): string {
  const tasks = result.longTasks ? `${result.longTasks.length} long tasks` : 'long tasks not reported';
  return `mutation storm: ${result.changes} changes in ${ms(result.elapsedMs)}; content script ${(result.cpuShare * 100).toFixed(1)}% of one core, longest piece ${ms(result.longestMs)}; page heartbeat at worst ${ms(result.maxLateMs)} late; ${tasks}; annotated as it stands ${ms(result.settledAfterMs)} after`;
}
