/** How much work a run does: `npm run bench` (full) or `npm run bench -- --quick`. */
import type { IncrementalOptions, SampleOptions } from './page/page-api';

export interface RunPlan {
  mode: 'full' | 'quick';
  /** Pages to run on, spread over the size range; all when undefined. */
  pageLimit: number | undefined;
  /**
   * Pages the peers run on, spread over the size range; all when undefined. With the bundled
   * lexicon mark.js needs about a minute per megabyte of text per run, so the whole corpus
   * would take it half an hour; `--all-peers` does that anyway.
   */
  peerPageLimit: number | undefined;
  /** Only pages up to this size get the peers (a quick run cannot wait for them on 1 MB). */
  peerMaxBytes: number | undefined;
  /** Floor, find, find + paint, 10,000 terms: cheap, so many runs. */
  engine: SampleOptions;
  /** mark.js, advanced-mark.js: seconds a run on large pages, so fewer. */
  peers: SampleOptions;
  incremental: IncrementalOptions;
  syntheticTerms: number;
  compileRuns: number;
}

export const FULL_PLAN: RunPlan = {
  mode: 'full',
  pageLimit: undefined,
  peerPageLimit: 16,
  peerMaxBytes: undefined,
  engine: { warmups: 2, minRuns: 5, maxRuns: 11, budgetMs: 100 },
  peers: { warmups: 1, minRuns: 1, maxRuns: 5, budgetMs: 1_000, singleRunAboveMs: 2_000 },
  incremental: { paragraphs: 500, batches: 50, runs: 7 },
  syntheticTerms: 10_000,
  compileRuns: 5,
};

export const QUICK_PLAN: RunPlan = {
  mode: 'quick',
  pageLimit: 12,
  peerPageLimit: 6,
  peerMaxBytes: 300_000,
  engine: { warmups: 1, minRuns: 3, maxRuns: 9, budgetMs: 60 },
  peers: { warmups: 1, minRuns: 1, maxRuns: 3, budgetMs: 300, singleRunAboveMs: 1_000 },
  incremental: { paragraphs: 500, batches: 50, runs: 3 },
  syntheticTerms: 10_000,
  compileRuns: 3,
};
