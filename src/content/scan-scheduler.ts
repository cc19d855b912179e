/**
 * Runs the scanner in short slices in idle time, so the content script never holds the main
 * thread for long: each slice stops after SLICE_MS (or the idle period, if shorter), and the
 * next one is queued with requestIdleCallback (a timeout keeps busy pages moving; setTimeout
 * where there is no idle callback).
 *
 * New work after a mutation waits a short, adaptive delay: bursts are coalesced into one
 * rescan, and while mutations keep coming the delay doubles (up to MAX_DELAY_MS), so a page
 * that mutates a thousand times a second costs a bounded share of the CPU. A quiet page
 * brings it back to BASE_DELAY_MS.
 */
import type { WorkMeter } from './work-meter';

export const SLICE_MS = 5;
const BASE_DELAY_MS = 40;
const MAX_DELAY_MS = 800;
/** While a long scan runs, its mentions are shown this often at most… */
const PUBLISH_EVERY_MS = 250;
/** …and never more often than every this many times the last publishing took. */
const PUBLISH_COST_FACTOR = 10;
/** A scan that fails this many slices in a row waits for the page to change before it tries again. */
const MAX_FAILED_SLICES = 3;
/** Quiet for this long after settling, the delay goes back to its base. */
const CALM_MS = 2_000;

export interface ScanWork {
  /** Works until `shouldYield()`; returns true when there is nothing left. */
  work(shouldYield: () => boolean): boolean;
}

export class ScanScheduler {
  readonly #scan: ScanWork;
  readonly #meter: WorkMeter;
  readonly #publish: (settled: boolean) => void;
  readonly #signal: AbortSignal;
  #delay = BASE_DELAY_MS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #sliceQueued = false;
  #settledAt = -Infinity;
  #lastPublish = 0;
  #publishCost = 0;
  #failedSlices = 0;

  readonly #between: (() => void) | undefined;

  /** `between`: after each slice that does not publish, so what the next publish shows can be made ready a part at a time. */
  constructor(scan: ScanWork, meter: WorkMeter, publish: (settled: boolean) => void, signal: AbortSignal, between?: () => void) {
    this.#scan = scan;
    this.#meter = meter;
    this.#publish = publish;
    this.#signal = signal;
    this.#between = between;
    signal.addEventListener('abort', () => {
      if (this.#timer !== null) clearTimeout(this.#timer);
    });
  }

  /** Starts scanning now (the first scan of the page). */
  start(): void {
    this.#queueSlice();
  }

  /** New work was queued by a mutation: scan it after the current delay. */
  request(): void {
    if (this.#signal.aborted || this.#timer !== null || this.#sliceQueued) return;
    const sinceSettled = performance.now() - this.#settledAt;
    // Mutations right after the last rescan mean a busy page: wait longer each time.
    if (sinceSettled > CALM_MS) this.#delay = BASE_DELAY_MS;
    else if (sinceSettled < this.#delay * 2) this.#delay = Math.min(this.#delay * 2, MAX_DELAY_MS);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#queueSlice();
    }, this.#delay);
  }

  #queueSlice(): void {
    if (this.#signal.aborted || this.#sliceQueued) return;
    this.#sliceQueued = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback((idle) => this.#slice(idle.timeRemaining()), { timeout: 100 });
    else setTimeout(() => this.#slice(SLICE_MS), 0);
  }

  #slice(idleMs: number): void {
    this.#sliceQueued = false;
    if (this.#signal.aborted) return;
    const start = performance.now();
    const deadline = start + Math.max(1, Math.min(SLICE_MS, idleMs || SLICE_MS));
    let done = false;
    try {
      done = this.#scan.work(() => performance.now() >= deadline);
      // A long first scan shows its mentions as it goes, a few times a second — less often
      // when publishing grows costly (tens of thousands of mentions), so it stays a small share.
      if (done || start - this.#lastPublish > Math.max(PUBLISH_EVERY_MS, this.#publishCost * PUBLISH_COST_FACTOR)) {
        this.#lastPublish = start;
        const publishStart = performance.now();
        this.#publish(done);
        this.#publishCost = performance.now() - publishStart;
      } else this.#between?.();
      this.#failedSlices = 0;
    } catch (error) {
      this.#failedSlices++;
      console.debug('[claimlens] a scan slice failed', error);
    } finally {
      // One failure does not end the scan: without the next slice it would stop until the page
      // changed again. A scan that keeps failing stops retrying on its own, not to spin.
      this.#meter.record(start);
      this.#meter.publish(done);
      if (done) this.#settledAt = performance.now();
      else if (this.#failedSlices < MAX_FAILED_SLICES) this.#queueSlice();
    }
  }
}
