/**
 * Timing inside the page. Methods measured together run in turns (one run of each, then the
 * next round), so a slow moment of a busy machine or a cache one method warms for the next
 * falls on all of them alike and their ratios stay fair. Each run starts from a settled page.
 */
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

/** Times each of `methods` in turns, within the options' runs and budget (per method). */
export function sampleInTurns(methods: readonly Timed[], options: SampleOptions): MethodSamples[] {
  // Once per series, not per run: a full collection costs more than most runs it would protect.
  collectGarbage?.();
  const results = methods.map((method) => {
    const cold = once(method);
    return { samples: [] as number[], coldMs: cold.ms, matches: cold.matches };
  });
  // A first run longer than `singleRunAboveMs` is that method's only one.
  const repeated = methods.flatMap((method, i) => {
    const result = results[i]!;
    if (options.singleRunAboveMs === undefined || result.coldMs <= options.singleRunAboveMs) return [{ method, result }];
    result.samples.push(result.coldMs);
    return [];
  });
  for (let warmup = 1; warmup < options.warmups; warmup++) for (const { method } of repeated) once(method);
  let spent = 0;
  for (let round = 0; repeated.length > 0 && round < options.maxRuns && (round < options.minRuns || spent < options.budgetMs * repeated.length); round++) {
    for (const { method, result } of repeated) {
      const { ms, matches } = once(method);
      result.samples.push(ms);
      result.matches = matches;
      spent += ms;
    }
  }
  return results;
}
