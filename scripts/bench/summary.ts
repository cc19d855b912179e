/** Corpus totals, the ratios issue 4 asks for, and whether each target is met. */
import { METHODS, type MethodId } from './page/page-api';
import { ratio, sum } from './stats';
import type { BenchResult } from './types';

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
  /** Sum over pages of each method's median. */
  totals: Record<MethodId, number>;
  targets: Target[];
  /** Mentions the engine found, against the mentions planted. */
  found: { planted: number; engine: number; markjs: number; advancedMark: number };
}

function target(id: string, label: string, value: number | null, direction: Target['direction'], limit: number): Target {
  const met = value !== null && (direction === 'atMost' ? value <= limit : value >= limit);
  return { id, label, value, direction, limit, met };
}

export function summarize(result: BenchResult): Summary {
  const totals = Object.fromEntries(METHODS.map((method) => [method, sum(result.pages.map((page) => page.methods[method].medianMs))])) as Record<MethodId, number>;
  const { incremental } = result;
  // The peers wrap what they find in the DOM; the engine's equivalent is find + paint.
  const targets = [
    target('paint-vs-floor', 'find + paint / floor', ratio(totals.findPaint, totals.floor), 'atMost', 5),
    target('vs-markjs', 'mark.js / engine (find + paint)', ratio(totals.markjs, totals.findPaint), 'atLeast', 30),
    target('vs-advanced-mark', 'advanced-mark.js / engine (find + paint)', ratio(totals.advancedMark, totals.findPaint), 'atLeast', 15),
    target('lexicon-scaling', `${result.lexicon.syntheticTerms.toLocaleString('en')} terms / bundled lexicon (find)`, ratio(totals.find10k, totals.find), 'atMost', 1.5),
    target('incremental', `incremental (${incremental.batches} batches) / one full scan`, ratio(incremental.incrementalMs, incremental.fullMs), 'atMost', 2),
  ];
  const found = (method: MethodId) => sum(result.pages.map((page) => page.methods[method].matches));
  return {
    totals,
    targets,
    found: { planted: sum(result.pages.map((page) => page.profile.planted)), engine: found('find'), markjs: found('markjs'), advancedMark: found('advancedMark') },
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
