/** One bench run: build the page bundle, start a server and Chromium, measure everything. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startStaticServer } from '../lib/static-server';
import { launchBenchBrowser } from './browser';
import { ISOLATION_HEADERS, measureCompile, measureIncremental, measurePage, openPrepared } from './measure';
import { buildPageBundle, peerScript } from './page-bundle';
import { PEER_OPTIONS } from './page/peers';
import { benchPages, INCREMENTAL_SHELL, spreadBySize } from './page-sources';
import type { RunPlan } from './plan';
import { median } from './stats';
import type { BenchResult, PageResult } from './types';

function packageVersion(name: string): string {
  const file = resolve(import.meta.dirname, '../../node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export interface RunOptions {
  plan: RunPlan;
  /** Generated pages even when the corpus is there. */
  generated: boolean;
  log: (line: string) => void;
}

export async function runBench({ plan, generated, log }: RunOptions): Promise<BenchResult> {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const { origin, pages } = benchPages({ generated, limit: plan.pageLimit });
  log(`building the page bundle…`);
  const scripts = { bundle: await buildPageBundle(), peers: [peerScript('markjs'), peerScript('advancedMark')] };
  const server = await startStaticServer([]);
  const browser = await launchBenchBrowser();
  try {
    log(`${pages.length} ${origin} pages in ${await browser.version()} (${plan.mode} run)`);
    server.setPage('/incremental.html', INCREMENTAL_SHELL, ISOLATION_HEADERS);
    const shell = await openPrepared(browser, server, '/incremental.html', scripts, plan);
    log(`engine: ${shell.engineSource}`);
    const compile = await measureCompile(shell, plan.compileRuns);
    log(`incremental: ${plan.incremental.paragraphs} paragraphs in ${plan.incremental.batches} batches…`);
    const incremental = await measureIncremental(shell, plan);
    await shell.page.close();

    const peerCandidates = pages.filter((page) => page.html.length <= (plan.peerMaxBytes ?? Infinity));
    const peerPages = new Set(spreadBySize(peerCandidates, plan.peerPageLimit ?? pages.length));
    log(`peers on ${peerPages.size} of these pages, spread over the size range`);
    const results: PageResult[] = [];
    let precise = shell.profile.crossOriginIsolated;
    for (const [index, source] of pages.entries()) {
      const pageStarted = Date.now();
      const result = await measurePage(browser, server, source, scripts, plan, peerPages.has(source));
      precise &&= result.profile.crossOriginIsolated;
      results.push(result);
      log(`[${String(index + 1).padStart(3)}/${pages.length}] ${source.name} (${((Date.now() - pageStarted) / 1000).toFixed(1)} s)`);
    }
    return {
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      mode: plan.mode,
      pageOrigin: origin,
      engineSource: shell.engineSource,
      browserVersion: await browser.version(),
      loadAverage: [loadAtStart, loadavg()[0]!],
      preciseTimers: precise,
      peerLibraries: {
        markjs: { version: packageVersion('mark.js'), options: PEER_OPTIONS.markjs },
        advancedMark: { version: packageVersion('advanced-mark.js'), options: PEER_OPTIONS.advancedMark },
      },
      lexicon: {
        bundledTerms: compile.bundledTerms,
        syntheticTerms: plan.syntheticTerms,
        compileBundledMs: median(compile.bundledMs),
        compileSyntheticMs: median(compile.syntheticMs),
      },
      pages: results,
      incremental: {
        paragraphs: plan.incremental.paragraphs,
        batches: plan.incremental.batches,
        incrementalMs: median(incremental.incrementalMs),
        fullMs: median(incremental.fullMs),
        appendedFound: incremental.appendedFound,
        appendedPlanted: incremental.appendedPlanted,
        fullFound: incremental.fullFound,
        path: incremental.path,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
