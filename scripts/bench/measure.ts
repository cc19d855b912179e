/** Drives one browser through every page: load, inject, plant, then time each method. */
import type { Browser, Page } from 'puppeteer-core';
import type { StaticServer } from '../lib/static-server';
import type { BenchPageSource } from './generated-pages';
import {
  ENGINE_METHODS,
  PEER_METHODS,
  type CompileSamples,
  type IncrementalSamples,
  type MethodId,
  type MethodSamples,
  type PageProfile,
  type SampleOptions,
} from './page/page-api';
import type { RunPlan } from './plan';
import { median } from './stats';
import type { MethodResult, PageResult } from './types';

/** Pages are served cross-origin isolated: Chromium then times to 5 µs instead of 100 µs. */
export const ISOLATION_HEADERS = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export interface PageScripts {
  bundle: string;
  /** Injected only into pages the peers run on. */
  peers: string[];
}

export interface OpenedPage {
  page: Page;
  profile: PageProfile;
  engineSource: string;
}

/** Opens `path`, injects the bench (and the peers if asked), and plants the mentions. */
export async function openPrepared(
  browser: Browser,
  server: StaticServer,
  path: string,
  scripts: PageScripts,
  plan: RunPlan,
  withPeers = false,
): Promise<OpenedPage> {
  const page = await browser.newPage();
  try {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 });
    // Evaluated over the DevTools protocol, so a page's Content-Security-Policy cannot block it.
    for (const script of [scripts.bundle, ...(withPeers ? scripts.peers : [])]) await page.evaluate(script);
    const profile = await page.evaluate((syntheticTerms) => window.claimlensBench!.prepare({ syntheticTerms }), plan.syntheticTerms);
    const engineSource = await page.evaluate(() => window.claimlensBench!.engineSource);
    return { page, profile, engineSource };
  } catch (error) {
    await page.close();
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function methodResult(samples: MethodSamples): MethodResult {
  return { medianMs: median(samples.samples), runs: samples.samples.length, coldMs: samples.coldMs, matches: samples.matches };
}

async function measureAll<M extends MethodId>(page: Page, methods: readonly M[], options: SampleOptions): Promise<Record<M, MethodResult>> {
  const samples = await page.evaluate((m, o) => window.claimlensBench!.measure(m, o), methods, options);
  return Object.fromEntries(methods.map((method, i) => [method, methodResult(samples[i]!)])) as Record<M, MethodResult>;
}

export async function measurePage(
  browser: Browser,
  server: StaticServer,
  source: BenchPageSource,
  scripts: PageScripts,
  plan: RunPlan,
  withPeers: boolean,
): Promise<PageResult> {
  const path = `/pages/${encodeURIComponent(source.name)}.html`;
  server.setPage(path, source.html, ISOLATION_HEADERS);
  const seconds = (since: number) => (performance.now() - since) / 1000;
  let started = performance.now();
  const { page, profile } = await openPrepared(browser, server, path, scripts, plan, withPeers);
  try {
    const wallSeconds = { open: seconds(started), engine: 0, peers: 0 };
    started = performance.now();
    const methods = await measureAll(page, ENGINE_METHODS, plan.engine);
    wallSeconds.engine = seconds(started);
    started = performance.now();
    const peers = withPeers ? await measureAll(page, PEER_METHODS, plan.peers) : undefined;
    wallSeconds.peers = seconds(started);
    return { name: source.name, htmlBytes: Buffer.byteLength(source.html), profile, methods, ...(peers ? { peers } : {}), wallSeconds };
  } finally {
    await page.close();
  }
}

export async function measureCompile(opened: OpenedPage, runs: number): Promise<CompileSamples> {
  return opened.page.evaluate((r) => window.claimlensBench!.compileTimes(r), runs);
}

export async function measureIncremental(opened: OpenedPage, plan: RunPlan): Promise<IncrementalSamples> {
  return opened.page.evaluate((o) => window.claimlensBench!.incremental(o), plan.incremental);
}
