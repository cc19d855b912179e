/**
 * What the bench's page-side bundle offers the Node driver (as `window.claimlensBench`), and
 * the shapes it hands back. Types only: shared by both sides of the puppeteer boundary.
 */

/** Timed on every page. */
export const ENGINE_METHODS = ['floor', 'find', 'findPaint', 'find10k'] as const;
/** Timed on the pages the plan gives the peers. */
export const PEER_METHODS = ['markjs', 'advancedMark'] as const;
export type EngineMethodId = (typeof ENGINE_METHODS)[number];
export type PeerId = (typeof PEER_METHODS)[number];
export type MethodId = EngineMethodId | PeerId;

export interface PrepareOptions {
  /** How many synthetic terms the scaling lexicon adds to the bundled one. */
  syntheticTerms: number;
}

export interface PageProfile {
  /** Characters of text a bare walk collects from the body. */
  textChars: number;
  textNodes: number;
  elements: number;
  planted: number;
  /** Planted mentions split across an inline element. */
  split: number;
  /** True when the page got precise (5 µs) timers. */
  crossOriginIsolated: boolean;
  /** The topic sieve on this page: what the content script's first scan reads. */
  sieve: {
    /** Did it say "maybe" before anything was planted? */
    bareMaybe: boolean;
    /** Did a first scan of only what it located find exactly the whole scan's mentions, planted page and bare? */
    sameMentions: boolean;
  };
}

export interface SampleOptions {
  /** Untimed runs first (JIT, caches), at least one: the first is reported as `coldMs`. */
  warmups: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs (past `minRuns`) once the timed runs add up to this, per method. */
  budgetMs: number;
  /**
   * A first run longer than this is the only one: warming up is a negligible part of a run
   * that long, and repeating it is what a run of the whole corpus cannot afford.
   */
  singleRunAboveMs?: number;
}

export interface MethodSamples {
  /** Milliseconds of each timed run. */
  samples: number[];
  /** The first run on the page, before any warm-up: what a single page load pays. */
  coldMs: number;
  /** Mentions found (engine) or matches reported (peers); text length for the floor. */
  matches: number;
}

export interface IncrementalOptions {
  paragraphs: number;
  batches: number;
  runs: number;
}

export interface IncrementalSamples {
  /** Per run: the summed time of processing every appended batch. */
  incrementalMs: number[];
  /** One full scan of the final page, several times. */
  fullMs: number[];
  /** Mentions appended content added, as the incremental path counted them. */
  appendedFound: number;
  /** Mentions appended content carried. */
  appendedPlanted: number;
  /** Mentions a full scan finds on the final page (the shell's own included). */
  fullFound: number;
  path: string;
}

export interface CompileSamples {
  bundledMs: number[];
  syntheticMs: number[];
  bundledTerms: number;
  /** Terms in the scaling lexicon: the bundled ones plus the synthetic ones. */
  scalingTerms: number;
}

export interface BenchPageApi {
  /** Which engine implementation is bundled. */
  engineSource: string;
  /** Plants mentions, snapshots the body, compiles both lexicons. Call once per page load. */
  prepare(options: PrepareOptions): PageProfile;
  /** Times `methods` in turns (see timing.ts); results in the same order. */
  measure(methods: readonly MethodId[], options: SampleOptions): MethodSamples[];
  compileTimes(runs: number): CompileSamples;
  /** On a page holding only a shell: appends paragraphs in batches, timing each batch's scan. */
  incremental(options: IncrementalOptions): IncrementalSamples;
}

declare global {
  interface Window {
    claimlensBench?: BenchPageApi;
    /** The peers' browser builds, loaded by the driver as CommonJS modules. */
    claimlensPeers?: Partial<Record<PeerId, unknown>>;
  }
}
