/**
 * Watches the page (and every open shadow root the scanner enters) for changes and tells the
 * scanner which prose they touched. The callback only records what changed — the rescan runs
 * later, in slices — and Claimlens itself never mutates the page, so there is no feedback loop.
 */
import { isOwner, isSkipped, ownerOf, type MentionScanner } from '../engine';
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

/** Does an added node end the prose around it (a block), or stay out of it (skipped)? */
const standsOnItsOwn = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE && (isOwner(node) || isSkipped(node as Element));

/**
 * The prose a batch of mutations touched, each block once: the blocks added on their own, or
 * the block around any other change (text changed, inline content added or removed, a removal).
 * Read by what learns of changes from this watcher's records (frame-terms.ts, prose-changes.ts).
 */
export function touchedProse(records: readonly MutationRecord[]): Set<Node> {
  const touched = new Set<Node>();
  for (const record of records) {
    const added = [...record.addedNodes];
    if (record.type === 'childList' && record.removedNodes.length === 0 && added.every(standsOnItsOwn)) for (const node of added) touched.add(node);
    else {
      const owner = ownerOf(record.target, record.target.getRootNode());
      if (owner) touched.add(owner);
    }
  }
  return touched;
}
