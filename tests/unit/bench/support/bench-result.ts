/** A small, made-up bench result for testing the summary and the reports. */
import type { BenchResult, MethodResult, PageResult } from '../../../../scripts/bench/types';

export function timing(medianMs: number, matches = 0): MethodResult {
  return { medianMs, runs: 5, coldMs: medianMs * 2, matches };
}

export function pageResult(name: string, scale: number, withPeers: boolean): PageResult {
  return {
    name,
    htmlBytes: 10_000 * scale,
    profile: {
      textChars: 5_000 * scale,
      textNodes: 100 * scale,
      elements: 80 * scale,
      planted: 3 * scale,
      split: scale,
      crossOriginIsolated: true,
      sieve: { bareMaybe: false, sameMentions: true },
    },
    methods: { floor: timing(1 * scale), find: timing(3 * scale, 3 * scale), findPaint: timing(4 * scale, 3 * scale), find10k: timing(5 * scale, 3 * scale) },
    ...(withPeers ? { peers: { markjs: timing(200 * scale, 5 * scale), advancedMark: timing(40 * scale, 3 * scale) } } : {}),
    wallSeconds: { open: 1, engine: 1, peers: withPeers ? 1 : 0 },
  };
}

export function benchResult(pages: PageResult[] = [pageResult('small', 1, true), pageResult('large', 10, true)]): BenchResult {
  return {
    startedAt: '2026-01-02T03:04:05.000Z',
    seconds: 42,
    mode: 'quick',
    pageOrigin: 'generated',
    engineSource: 'src/engine',
    browserVersion: 'Chrome/1.0',
    loadAverage: [0.5, 0.7],
    preciseTimers: true,
    peerLibraries: {
      markjs: { version: '8.11.1', options: { acrossElements: true } },
      advancedMark: { version: '2.7.1', options: { acrossElements: true, blockElementsBoundary: true } },
    },
    lexicon: { bundledTerms: 132, syntheticTerms: 10_000, compileBundledMs: 2, compileSyntheticMs: 90 },
    pages,
    incremental: {
      paragraphs: 500,
      batches: 50,
      incrementalMs: 30,
      fullMs: 20,
      appendedFound: 125,
      appendedPlanted: 125,
      fullFound: 128,
      path: 'MentionScanner',
    },
  };
}
