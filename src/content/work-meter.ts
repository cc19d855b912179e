/**
 * The content script's own time accounting: how long its scanning and observing took in
 * total, and its longest single slice. Published as two User Timing measures whose duration
 * is the number (one entry each, replaced on update), so a test or a curious reader can see
 * the cost from the page: `performance.getEntriesByName('claimlens:busy')[0].duration`.
 * Also marks `claimlens:settled` each time the page's mentions are up to date, and measures
 * each compilation of the lexicon (`claimlens:compile`, with how many terms it compiled).
 */

export const BUSY_MEASURE = 'claimlens:busy';
export const LONGEST_MEASURE = 'claimlens:longest-slice';
export const SETTLED_MARK = 'claimlens:settled';
export const COMPILE_MEASURE = 'claimlens:compile';

export class WorkMeter {
  busy = 0;
  longest = 0;
  /** Is other work (deferred painting) still under way? Then nothing is settled yet. */
  stillWorking: () => boolean = () => false;
  /** Has the scan caught up with the page? (asked when other work, such as painting, ends) */
  scanDone: () => boolean = () => true;

  /** Counts one piece of work that started at `start` (performance.now()) and ends now. */
  record(start: number): void {
    const took = performance.now() - start;
    this.busy += took;
    if (took > this.longest) this.longest = took;
  }

  /** Counts a compilation of the lexicon that started at `start`, and measures it with the number of `terms` compiled. */
  recordCompile(start: number, terms: number): void {
    this.record(start);
    try {
      performance.measure(COMPILE_MEASURE, { start, end: performance.now(), detail: { terms } });
    } catch {
      // As in publish: timing is a report only.
    }
  }

  /** Publishes the totals; `settled` also marks that the mentions are up to date. */
  publish(settled: boolean): void {
    try {
      replaceMeasure(BUSY_MEASURE, this.busy);
      replaceMeasure(LONGEST_MEASURE, this.longest);
      if (settled && !this.stillWorking()) {
        performance.clearMarks(SETTLED_MARK);
        performance.mark(SETTLED_MARK);
      }
    } catch {
      // Timing is a report, never a reason to stop annotating (some pages replace `performance`).
    }
  }
}

function replaceMeasure(name: string, duration: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start: 0, duration });
}
