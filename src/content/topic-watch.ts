/**
 * "Is the topic in this frame?" — the one point where a frame's features start. Nearly every
 * frame a reader opens never mentions it: the engine's topic sieve answers over the frame's
 * text with the browser's own RegExp, and until it says "maybe" nothing is compiled, scanned,
 * painted or shown; a MutationObserver sieves only the prose that changes and calls `found`
 * on the first hit. Any feature that belongs only where the topic is (marking claims or
 * names, the card) starts from `found`; frame-lifetime.ts starts every feature there except one marked `whateverTheTopic` (adding the page to the reader's evidence).
 */
import sieveSource from 'virtual:claimlens/topic-sieve';
import { isOwner, isSkipped, ownerOf, TopicSieve } from '../engine';
import { WorkMeter } from './work-meter';

let sieve: TopicSieve | null = null;

/** The sieve, its expressions compiled on first use (once per frame). */
export function topicSieve(): TopicSieve {
  return (sieve ??= new TopicSieve(sieveSource));
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Does an added node end the prose around it (a block), or stay out of it (skipped)? */
const standsOnItsOwn = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE && (isOwner(node) || isSkipped(node as Element));

/** What a mutation may have put in the prose: the added blocks themselves, or the whole prose it touched. */
function touched(record: MutationRecord, into: Set<Node>): void {
  const added = [...record.addedNodes];
  if (record.type === 'childList' && record.removedNodes.length === 0 && added.every(standsOnItsOwn)) {
    for (const node of added) into.add(node);
    return;
  }
  const owner = ownerOf(record.target, record.target.getRootNode());
  if (owner) into.add(owner);
}

/**
 * Calls `found` once, as soon as this document's prose (open shadow trees included) may hold a
 * term — at once when it already may, with where (`TopicSieve.locate`); later, on a change,
 * with null (read the whole frame) — until `signal` aborts.
 */
export function whenTopicFound(found: (scope: readonly Node[] | null) => void, signal: AbortSignal): void {
  const start = performance.now();
  const test = topicSieve();
  const shadowRoots: ShadowRoot[] = [];
  const scope = test.locate(document, shadowRoots);
  if (scope.length > 0) {
    found(scope);
    return;
  }
  // Nothing to mark is up to date too: the sieve's time is published, and the frame settled, as a scan's would be.
  const meter = new WorkMeter();
  meter.record(start);
  meter.publish(true);
  const watched = new WeakSet<Node>();
  const watch = (root: Node): void => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, OPTIONS);
  };
  const observer = new MutationObserver((records) => {
    const start = performance.now();
    const changed = new Set<Node>();
    for (const record of records) touched(record, changed);
    const roots: ShadowRoot[] = [];
    for (const node of changed) {
      if (!node.isConnected || !test.testTree(node, roots)) continue;
      observer.disconnect();
      found(null);
      return;
    }
    for (const root of roots) watch(root);
    meter.record(start);
    meter.publish(true);
  });
  watch(document);
  for (const root of shadowRoots) watch(root);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
