/**
 * Watches the page (and every open shadow root the scanner enters) for changes and tells the
 * scanner which prose they touched. The callback only records what changed — the rescan runs
 * later, in slices — and Claimlens itself never mutates the page, so there is no feedback loop.
 */
import type { MentionScanner } from '../engine';
import type { WorkMeter } from './work-meter';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageWatcher {
  readonly #observer: MutationObserver;
  readonly #watched = new WeakSet<Node>();

  /** `changed(removed, records)` is called after each batch of mutations; `removed` when nodes left the page. */
  constructor(scanner: MentionScanner, meter: WorkMeter, changed: (removed: boolean, records: readonly MutationRecord[]) => void, signal: AbortSignal) {
    this.#observer = new MutationObserver((records) => {
      const start = performance.now();
      let removed = false;
      for (const record of records) {
        if (record.type === 'characterData') {
          scanner.textChanged(record.target);
        } else {
          removed ||= record.removedNodes.length > 0;
          scanner.childrenChanged(record);
        }
      }
      changed(removed, records);
      meter.record(start);
    });
    signal.addEventListener('abort', () => this.#observer.disconnect());
  }

  /** Watches `root` (a document or a shadow root) and everything under it. */
  watch(root: Node): void {
    if (this.#watched.has(root)) return;
    this.#watched.add(root);
    this.#observer.observe(root, OPTIONS);
  }
}
