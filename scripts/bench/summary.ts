/** Corpus totals, the ratios the bench targets hold it to, and whether each target is met. */
import { ENGINE_METHODS, type EngineMethodId, type PeerId } from './page/page-api';
import { ratio, sum } from './stats';
import type { BenchResult, PageResult } from './types';

export interface Target {
  id: string;
  /** What is compared, in words. */
  label: string;
  /** The measured ratio; null when its denominator was zero. */
  value: number | null;
  /** `atMost`: value ≤ limit; `atLeast`: value ≥ limit. */
  direction: 'atMost' | 'atLeast';
  limit: number;
  met: boolean;
}

export interface Summary {
  /** Sum over all pages of each engine method's median. */
  totals: Record<EngineMethodId, number>;
  /** Over the pages the peers ran on: their totals and the engine's find + paint there. */
  peerTotals: Record<PeerId, number> & { pages: number; findPaint: number; planted: number };
  targets: Target[];
  /** Mentions found against mentions planted (engine), matches reported (peers, on their pages). */
  found: { planted: number; engine: number; engine10k: number; markjs: number; advancedMark: number };
}

function target(id: string, label: string, value: number | null, direction: Target['direction'], limit: number): Target {
  const met = value !== null && (direction === 'atMost' ? value <= limit : value >= limit);
  return { id, label, value, direction, limit, met };
}

export function summarize(result: BenchResult): Summary {
  const total = (pages: readonly PageResult[], time: (page: PageResult) => number) => sum(pages.map(time));
  const totals = Object.fromEntries(ENGINE_METHODS.map((m) => [m, total(result.pages, (page) => page.methods[m].medianMs)])) as Record<EngineMethodId, number>;
  const withPeers = result.pages.filter((page) => page.peers);
  const peerTotals = {
    pages: withPeers.length,
    markjs: total(withPeers, (page) => page.peers!.markjs.medianMs),
    advancedMark: total(withPeers, (page) => page.peers!.advancedMark.medianMs),
    findPaint: total(withPeers, (page) => page.methods.findPaint.medianMs),
    planted: total(withPeers, (page) => page.profile.planted),
  };
  const peerScope = withPeers.length === result.pages.length ? '' : ` on the ${withPeers.length} pages they ran on`;
  const { incremental } = result;
  // The peers wrap what they find in the DOM; the engine's equivalent is find + paint.
  const targets = [
    target('paint-vs-floor', 'find + paint / floor', ratio(totals.findPaint, totals.floor), 'atMost', 5),
    target('vs-markjs', `mark.js / engine find + paint${peerScope}`, ratio(peerTotals.markjs, peerTotals.findPaint), 'atLeast', 30),
    target('vs-advanced-mark', `advanced-mark.js / engine find + paint${peerScope}`, ratio(peerTotals.advancedMark, peerTotals.findPaint), 'atLeast', 15),
    target(
      'lexicon-scaling',
      `find with ${result.lexicon.syntheticTerms.toLocaleString('en')} more terms / with the bundled lexicon`,
      ratio(totals.find10k, totals.find),
      'atMost',
      1.5,
    ),
    target(
      'incremental',
      `${incremental.paragraphs} paragraphs in ${incremental.batches} batches / one full scan of the final page`,
      ratio(incremental.incrementalMs, incremental.fullMs),
      'atMost',
      2,
    ),
  ];
  return {
    totals,
    peerTotals,
    targets,
    found: {
      planted: total(result.pages, (page) => page.profile.planted),
      engine: total(result.pages, (page) => page.methods.find.matches),
      engine10k: total(result.pages, (page) => page.methods.find10k.matches),
      markjs: total(withPeers, (page) => page.peers!.markjs.matches),
      advancedMark: total(withPeers, (page) => page.peers!.advancedMark.matches),
    },
  };
}

/** `12.3×`, or `n/a` when there was nothing to divide by. */
export function formatRatio(value: number | null): string {
  return value === null ? 'n/a' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

export function describeTarget(t: Target): string {
  const bound = `${t.direction === 'atMost' ? '≤' : '≥'} ${t.limit}×`;
  return `${t.met ? 'MET   ' : 'MISSED'} ${t.label}: ${formatRatio(t.value)} (target ${bound})`;
}
