/** What one bench run records: written as JSON, read by the table and the HTML report. */
import type { EngineMethodId, PageProfile, PeerId } from './page/page-api';

export interface MethodResult {
  medianMs: number;
  /** Timed runs behind the median. */
  runs: number;
  /** The first run on the page, before warm-up. */
  coldMs: number;
  /** Mentions found (engine), matches reported (peers), characters collected (floor). */
  matches: number;
}

export interface PageResult {
  name: string;
  htmlBytes: number;
  profile: PageProfile;
  methods: Record<EngineMethodId, MethodResult>;
  /** Absent on pages the plan did not give the peers. */
  peers?: Record<PeerId, MethodResult>;
  /** What the page cost the bench itself (loading and preparing it, timing each group). */
  wallSeconds: { open: number; engine: number; peers: number };
}

export interface IncrementalResult {
  paragraphs: number;
  batches: number;
  /** Median over runs of the summed batch times. */
  incrementalMs: number;
  /** Median of full scans of the final page. */
  fullMs: number;
  appendedFound: number;
  appendedPlanted: number;
  fullFound: number;
  path: string;
}

export interface BenchResult {
  startedAt: string;
  seconds: number;
  mode: 'full' | 'quick';
  pageOrigin: 'corpus' | 'generated';
  engineSource: string;
  browserVersion: string;
  /** The machine's one-minute load average when the run started and when it ended. */
  loadAverage: [number, number];
  /** True when every page had precise timers (cross-origin isolated). */
  preciseTimers: boolean;
  peerLibraries: Record<PeerId, { version: string; options: Record<string, unknown> }>;
  lexicon: { bundledTerms: number; syntheticTerms: number; compileBundledMs: number; compileSyntheticMs: number };
  pages: PageResult[];
  incremental: IncrementalResult;
}
