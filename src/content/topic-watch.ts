/**
 * "Is the topic in this frame?" — the one point where a frame's features start. Nearly every
 * frame a reader opens never mentions it: the engine's topic sieve answers over the frame's
 * text with the browser's own RegExp, and until it says "maybe" nothing is compiled, scanned,
 * painted or shown. Any feature that belongs only where the topic is (marking claims or
 * names, the card) starts from `found`; frame-lifetime.ts starts every feature there except one marked `whateverTheTopic` (adding the page to the reader's evidence).
 *
 * What a page without the topic pays is kept small: the first test of a large document runs in
 * steps of a few milliseconds (the sieve cuts its text where no anchor can straddle); the
 * MutationObserver reads no text, it only collects what changed, and an idle callback (with a
 * timeout, so a mention added later is still found soon) tests the union of it: each changed
 * text or inline element with its neighbours in the same prose, each added block whole, the
 * prose on both sides of a removal, and nothing that left the document or lies inside
 * something already queued.
 */
import sieveSource from 'virtual:claimlens/topic-sieve';
import type { SievePatterns } from '../engine/sieve-pattern';
import { isOwner, isSkipped } from '../engine/text-model';
import { TopicSieve, TreeReading } from '../engine/topic-sieve';
import { isolated } from './isolated';
import { LateShadowRoots } from './late-shadow-roots';
import { WorkMeter } from './work-meter';

let sieve: TopicSieve | null = null;

/** The sieve, its expressions compiled on first use (once per frame). */
export function topicSieve(): TopicSieve {
  return (sieve ??= new TopicSieve(sieveSource));
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** The most one task of the sieve runs before it yields (below a long task's 50 ms, with room for the page's own work). */
const STEP_MS = 8;
/** Past this many places holding an anchor, the first scan reads the whole frame in slices rather than have `locate` map them all in one task (a page of thousands of mentions). */
const LOCATE_AT_MOST = 1_000;
/** How long changes may wait for an idle moment before they are tested anyway. */
const IDLE_TIMEOUT_MS = 150;
/** How often, at most, a watch that keeps testing changes asks whether it is still wanted (`WatchOptions.stillWanted`). */
const ASK_EVERY_MS = 60_000;

export interface WatchOptions {
  /**
   * Asked before a test of changes, at most once a minute (the first time a minute after the
   * watch began): false ends the watch. An extension update leaves the old content scripts in
   * open tabs orphaned, and a page that keeps changing would keep an orphan's watch testing
   * its changes for as long as the tab stays open. Asked only then, so a frame that settles
   * never asks.
   */
  stillWanted?: () => boolean;
  /** `ASK_EVERY_MS`, shorter in tests. */
  askEveryMs?: number;
}

/** A node's parent, or a shadow root's host. */
const parentOrHost = (node: Node): Node | null => node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;

/** Runs `work` when the page is idle, or after the timeout on a busy one. */
function whenIdle(work: (budgetMs: number) => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((idle) => work(Math.max(1, Math.min(STEP_MS, idle.timeRemaining()))), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => work(STEP_MS), 0);
}

/**
 * What changed since the last test, as the observer saw it (no text read): nodes whose content
 * is new (added, or a text whose data changed) and nodes beside a removal (the prose there
 * may now run together).
 */
export class ChangedProse {
  readonly changed = new Set<Node>();
  readonly beside = new Set<Node>();

  get size(): number {
    return this.changed.size + this.beside.size;
  }

  add(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.changed.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) this.changed.add(node);
      if (record.removedNodes.length === 0) continue;
      const { previousSibling, nextSibling } = record;
      if (previousSibling) this.beside.add(previousSibling);
      if (nextSibling) this.beside.add(nextSibling);
      if (!previousSibling && !nextSibling) this.beside.add(record.target);
    }
  }

  /**
   * Hands over what is queued as a list of tests, emptied here: each node once, none that left
   * the document or lies inside a changed node (whose test reads it) or inside a skipped element.
   */
  take(): { node: Node; changed: boolean }[] {
    const { changed, beside } = this;
    const tests: { node: Node; changed: boolean }[] = [];
    const keep = (node: Node): boolean => {
      if (!node.isConnected) return false;
      for (let at = parentOrHost(node); at; at = parentOrHost(at)) {
        if (changed.has(at) || (at.nodeType === Node.ELEMENT_NODE && isSkipped(at as Element))) return false;
      }
      return true;
    };
    for (const node of changed) if (keep(node)) tests.push({ node, changed: true });
    for (const node of beside) if (!changed.has(node) && keep(node)) tests.push({ node, changed: false });
    changed.clear();
    beside.clear();
    return tests;
  }
}

/**
 * Could the prose a change touched now hold a term? An added block is tested whole; a changed
 * text or inline element, or one beside a removal, with its neighbours. Beside a removal, a
 * block or a skipped element is a boundary: nothing runs together across it.
 */
export function changeMayHoldTopic(test: TopicSieve, node: Node, changed: boolean, shadowRoots: ShadowRoot[]): boolean {
  if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) return false;
  // Texts and comments sit inside prose (a comment between two texts is passed over, as the engine does).
  if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.COMMENT_NODE && isOwner(node)) return changed && test.testTree(node, shadowRoots);
  return test.testAround(node, shadowRoots);
}

/**
 * Where the topic may be, as the sieve located it (`TopicSieve.locate`): the blocks to scan
 * first and every anchor they hold (the terms to compile); 'everywhere': in more places than
 * are worth locating (compile every term, scan the whole frame); null: read the whole frame.
 */
export type TopicScope = { readonly nodes: readonly Node[]; readonly anchors: ReadonlySet<number> } | 'everywhere' | null;

/**
 * Calls `found` once, as soon as this document's prose (open shadow trees included) may hold a
 * term — when it already may, with where, at once on a small document and after a few steps on
 * a large one; later, on a change, with null (read the whole frame) — until `signal` aborts.
 */
export function whenTopicFound(found: (scope: TopicScope) => void, signal: AbortSignal, { stillWanted, askEveryMs = ASK_EVERY_MS }: WatchOptions = {}): void {
  const test = topicSieve();
  let askedAt = performance.now();
  const meter = new WorkMeter();
  const pending = new ChangedProse();
  const watched = new WeakSet<Node>();
  let firstTestDone = false;
  let testQueued = false;
  let done = false;

  const finish = (scope: TopicScope): void => {
    done = true;
    observer.disconnect();
    lateDone.abort();
    isolated('a feature failed to start', () => found(scope));
  };
  const watch = (root: Node): void => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, OPTIONS);
  };
  const queueTest = (): void => {
    if (testQueued || done || !firstTestDone || pending.size === 0) return;
    testQueued = true;
    whenIdle(testChanges);
  };
  // The observer only collects: reading text here would cost every change on a busy page.
  const observer = new MutationObserver((records) => {
    pending.add(records);
    if (firstTestDone) for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) late.lookUnder(node);
    queueTest();
  });
  // A shadow root attached late records no change: it is tested when one comes, and watched.
  const lateDone = new AbortController();
  const late = new LateShadowRoots(
    (_host, root) => {
      if (done) return;
      const roots: ShadowRoot[] = [];
      if (test.testTree(root, roots)) return finish(null);
      watch(root);
      for (const inner of roots) watch(inner);
    },
    AbortSignal.any([signal, lateDone.signal]),
  );

  function testChanges(budgetMs: number): void {
    testQueued = false;
    if (signal.aborted || done) return;
    const start = performance.now();
    if (stillWanted && start - askedAt >= askEveryMs) {
      askedAt = start;
      if (!stillWanted()) {
        done = true;
        observer.disconnect();
        return;
      }
    }
    const roots: ShadowRoot[] = [];
    const tests = pending.take();
    for (let i = 0; i < tests.length; i++) {
      const { node, changed } = tests[i]!;
      if (i > 0 && performance.now() - start > budgetMs) {
        // The rest waits for the next idle moment, still queued.
        for (const rest of tests.slice(i)) (rest.changed ? pending.changed : pending.beside).add(rest.node);
        break;
      }
      if (!changeMayHoldTopic(test, node, changed, roots)) continue;
      meter.record(start);
      finish(null);
      return;
    }
    for (const root of roots) watch(root);
    meter.record(start);
    meter.publish(true);
    queueTest();
  }

  // Changes during the first test's steps are collected, to be tested after it.
  watch(document);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const shadowRoots: ShadowRoot[] = [];
  const read = new TreeReading();
  const steps = test.testTreeInSteps(document, shadowRoots, read);
  const step = (budgetMs: number): void => {
    if (signal.aborted) return;
    const start = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - start < budgetMs) next = steps.next();
    if (!next.done) {
      meter.record(start);
      whenIdle(step);
      return;
    }
    // A "maybe": where, for the first scan (the document as it is now, changes included), and which anchors, read in the same pass;
    // what the test read and learned holds for the document while no change came since (most often the test and this are one task):
    // then no text is read again, and the text before the test's hit is not searched again.
    pending.add(observer.takeRecords());
    const anchors = new Set<number>();
    const nodes = next.value ? test.locate(document, [], { anchors, limit: LOCATE_AT_MOST, ...(pending.size === 0 ? { read } : {}) }) : [];
    // The texts were read for this one pass: the watch that follows must not keep a copy of the page's text alive.
    read.clear();
    meter.record(start);
    if (nodes === null) return finish('everywhere');
    if (nodes.length > 0) return finish({ nodes, anchors });
    // Nothing to mark is up to date too: the sieve's time is published, and the frame settled, as a scan's would be.
    for (const root of shadowRoots) watch(root);
    meter.publish(true);
    firstTestDone = true;
    late.lookUnder(document);
    queueTest();
  };
  step(STEP_MS);
}

/**
 * The frame's sieve, the build's data behind it and the watch: what the small script lends the
 * main one with the hand-over (topic-handoff.ts), so the main script, injected into a frame whose
 * small script already compiled the sieve's expressions, neither carries nor compiles them again.
 */
export interface TopicTools {
  readonly sieve: () => TopicSieve;
  readonly source: SievePatterns;
  readonly whenTopicFound: typeof whenTopicFound;
}

export const topicTools: TopicTools = { sieve: topicSieve, source: sieveSource, whenTopicFound };
