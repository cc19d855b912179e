/** Timing inside the page: each run starts from a settled page; each series from a fresh heap. */
import type { MethodSamples, SampleOptions } from './page-api';

/** `gc` is there when Chromium runs with --js-flags=--expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Brings style and layout up to date, so no run pays for what the one before left dirty. */
export function settle(): void {
  void document.documentElement.getBoundingClientRect();
}

export interface Timed {
  /** Puts the page back the way every run expects it (untimed). */
  reset?: () => void;
  /** The work; returns what it found, so nothing can be optimised away. */
  run: () => number;
}

function once({ reset, run }: Timed): { ms: number; matches: number } {
  reset?.();
  settle();
  const started = performance.now();
  const matches = run();
  return { ms: performance.now() - started, matches };
}

export function sample(timed: Timed, options: SampleOptions): MethodSamples {
  // Once per series, not per run: a full collection costs more than most runs it would protect.
  collectGarbage?.();
  const cold = once(timed);
  if (options.singleRunAboveMs !== undefined && cold.ms > options.singleRunAboveMs) {
    return { samples: [cold.ms], coldMs: cold.ms, matches: cold.matches };
  }
  for (let i = 1; i < options.warmups; i++) once(timed);
  const samples: number[] = [];
  let spent = 0;
  let matches = cold.matches;
  while (samples.length < options.maxRuns && (samples.length < options.minRuns || spent < options.budgetMs)) {
    const result = once(timed);
    samples.push(result.ms);
    spent += result.ms;
    matches = result.matches;
  }
  return { samples, coldMs: cold.ms, matches };
}
