/**
 * Incremental, sliced mention finding for one document (or any subtree).
 *
 *   const scanner = new MentionScanner(document, lexicon);
 *   scanner.work(() => performance.now() > deadline);  // repeat until it returns true
 *   scanner.mentions();                                  // accepted mentions, document order
 *
 * After a mutation, tell the scanner what changed (`textChanged`, `childrenChanged`, or
 * `rescan` for anything else); the next `work` rescans only the prose that can have changed
 * and drops the mentions of removed nodes. Only contexts holding a candidate are kept, so
 * memory follows the mentions, not the page.
 *
 * Whether an ambiguous candidate counts is decided over the whole document whenever
 * `mentions()` is read: with a topic cue nearby, an unambiguous mention anywhere, or a short
 * form the page defined. A newly defined short form queues one more pass over the document.
 */
import type { Lang } from '../data/lexicon-schema';
import type { CompiledLexicon, CompiledTerm } from './compile-lexicon';
import { matchContext, shortFormPattern, type Candidate } from './match-context';
import type { FoldingSieve } from './phrase-matcher';
import { composedContains, isOwner, isSkipped, ownerOf, parentOrHost, PAUSED, ProseWalker, type WalkMode } from './text-model';

export interface EngineMention {
  /** Exactly the mention's characters; may span inline elements. */
  readonly range: StaticRange;
  /** The text as it reads on the page. */
  readonly text: string;
  /** The lexicon form it matched. */
  readonly term: string;
  readonly lang: Lang;
  /** The prose around it. */
  readonly context: string;
}

interface ContextResult {
  readonly owner: Node;
  readonly first: Node;
  readonly last: Node;
  readonly candidates: readonly Candidate[];
  /** Does a candidate here define a short form? */
  readonly defines: boolean;
}

/** What `childrenChanged` needs of a MutationRecord. */
export type ChildListChange = Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes' | 'previousSibling' | 'nextSibling'>;

/** Does this node leave the prose around it unchanged: a block element, a comment, or white space? */
function standsApart(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return !(node as Text).data.trim();
  return node.nodeType !== Node.ELEMENT_NODE || isOwner(node) || isSkipped(node as Element);
}

/** An added node that, with its neighbours as they stand now, leaves the prose around it unchanged. */
function isApartWithNeighbours(node: Node): boolean {
  return standsApart(node) && (!node.previousSibling || standsApart(node.previousSibling)) && (!node.nextSibling || standsApart(node.nextSibling));
}

export interface ScannerOptions {
  /** Called with every open shadow root the walk enters (to observe it for mutations). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** `node`, then the shadow host of each tree it is in, outermost last. */
function treeChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); (root as Partial<ShadowRoot>).host; root = chain[chain.length - 1]!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain.reverse();
}

/** Document order across shadow trees: a shadow tree's content sits where its host is. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const chainA = treeChain(a);
  const chainB = treeChain(b);
  for (let i = 0; i < Math.max(chainA.length, chainB.length); i++) {
    const x = chainA[i];
    const y = chainB[i];
    if (x === y) continue;
    if (!x || !y) return x ? 1 : -1;
    const position = x.compareDocumentPosition(y);
    return position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) ? -1 : 1;
  }
  return 0;
}

export class MentionScanner {
  readonly #root: Node;
  readonly #lexicon: CompiledLexicon;
  readonly #options: ScannerOptions;
  #results: ContextResult[] = [];
  /** Are `#results` in document order? (Comparing DOM positions is slow: sort only when not.) */
  #sorted = true;
  /** What is left to (re)scan, with how much of it. */
  readonly #queue = new Map<Node, WalkMode>();
  /** Queued work taken up for scanning (its old results already dropped), last first. */
  #batch: [Node, WalkMode][] = [];
  #walker: ProseWalker | null = null;
  #pruneRemoved = false;
  /** Every owner with a result and its ancestors: a queued node outside this set holds no result to drop. */
  readonly #aroundResults = new WeakSet<Node>();
  /** Were nodes removed (so maybe moved) or a rescan asked for since the last batch? Then the set proves nothing. */
  #unsettled = false;
  readonly #shortForms = new Map<string, CompiledTerm>();
  #shortFormRegex: RegExp | null = null;
  /** Accepted candidates and mentions, both in document order; null until asked for after a change. */
  #accepted: Candidate[] | null = null;
  #mentions: EngineMention[] | null = null;
  #version = 0;
  /** Lets only contexts that can hold a term through to `matchContext`. */
  readonly #sieve: FoldingSieve;

  constructor(root: Node, lexicon: CompiledLexicon, options: ScannerOptions = {}) {
    this.#root = root;
    this.#lexicon = lexicon;
    this.#sieve = lexicon.matcher.sieve();
    this.#options = options;
    this.#queue.set(root, 'subtree');
  }

  /** Grows whenever the set of candidates may have changed; cheap to poll. */
  get version(): number {
    return this.#version;
  }

  /** Is there nothing left to scan? */
  get done(): boolean {
    return !this.#walker && this.#batch.length === 0 && this.#queue.size === 0 && !this.#pruneRemoved;
  }

  /** A text node's data changed. */
  textChanged(node: Node): void {
    const owner = ownerOf(node, this.#root);
    if (owner) this.#enqueue(owner, 'own');
  }

  /**
   * Children of `change.target` were added or removed (a MutationRecord of type childList).
   * The owner's own prose is read again only when inline content came, went, or sits next to
   * the change; blocks appended to a container (infinite scroll) cost only their own scan.
   */
  childrenChanged(change: ChildListChange): void {
    if (change.removedNodes.length > 0) this.#pruneRemoved = this.#unsettled = true;
    const owner = ownerOf(change.target, this.#root);
    if (!owner) return;
    const blocksOnly = owner === change.target && [...change.addedNodes].every(isApartWithNeighbours) && this.#removalsApart(change);
    if (!blocksOnly) this.#enqueue(owner, 'own');
    for (const node of change.addedNodes) {
      // Inline runs inside `node` belong to `owner`; its nested blocks need their own pass.
      if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) this.#enqueue(node, 'subtree');
    }
  }

  /** Did the removals take only blocks from between blocks (so no inline runs merged)? */
  #removalsApart(change: ChildListChange): boolean {
    if (change.removedNodes.length === 0) return true;
    if (![...change.removedNodes].every(standsApart)) return false;
    const { previousSibling: before, nextSibling: after } = change;
    // No neighbours reported while the target still has children: not told enough, so re-read.
    if (!before && !after && change.target.firstChild) return false;
    return (!before || standsApart(before)) && (!after || standsApart(after));
  }

  /** Rescans everything under `node` (its owner's prose included). */
  rescan(node: Node): void {
    this.#unsettled = true;
    const owner = ownerOf(node, this.#root);
    if (owner) this.#enqueue(owner, 'subtree');
  }

  #enqueue(node: Node, mode: WalkMode): void {
    if (this.#queue.get(node) !== 'subtree') this.#queue.set(node, mode);
  }

  /**
   * Scans until `shouldYield()` returns true or the work is done; returns whether it is done.
   * `shouldYield` is asked often enough that a slice overruns by well under a millisecond.
   */
  work(shouldYield: () => boolean): boolean {
    for (;;) {
      if (!this.#walker) {
        if (this.#pruneRemoved) this.#prune();
        if (this.#batch.length === 0) this.#takeBatch();
        const next = this.#batch.pop();
        if (!next) {
          if (this.#learnShortForms()) continue;
          return true;
        }
        // Short forms the page defined are found in the raw text, past the sieve: then every context is matched.
        this.#walker = new ProseWalker(next[0], next[1], this.#shortFormRegex ? null : this.#sieve);
      }
      const context = this.#walker.next(shouldYield);
      if (context === PAUSED) return false;
      if (context === null) {
        for (const shadow of this.#walker.shadowRoots) this.#options.onShadowRoot?.(shadow);
        this.#walker = null;
      } else {
        const candidates = matchContext(context, this.#lexicon, this.#shortForms, this.#shortFormRegex);
        if (candidates.length > 0) {
          const first = context.nodes[0]!;
          const previous = this.#results[this.#results.length - 1];
          // Appending in document order (a first scan, infinite scroll) keeps the list sorted.
          if (previous && compareComposed(previous.first, first) > 0) this.#sorted = false;
          const defines = candidates.some((candidate) => candidate.defines !== null);
          this.#results.push({ owner: context.owner, first, last: context.nodes[context.nodes.length - 1]!, candidates, defines });
          for (let at: Node | null = context.owner; at; at = parentOrHost(at)) this.#aroundResults.add(at);
          this.#changed();
        }
      }
      if (shouldYield()) return this.done;
    }
  }

  /** Scans everything now, in one go, and returns the mentions. */
  runToEnd(): EngineMention[] {
    this.work(() => false);
    return this.mentions();
  }

  /**
   * Takes all queued work up at once and drops the results it will replace in one pass: a
   * result goes when its owner is queued for its own prose, or lies in a queued subtree.
   */
  #takeBatch(): void {
    const queued = this.#queue;
    if (queued.size === 0) return;
    // Results share ancestors: each ancestor is looked up once per batch.
    const inQueuedSubtree = new Map<Node, boolean>();
    const within = (node: Node | null): boolean => {
      const unknown: Node[] = [];
      let known: boolean | undefined;
      for (let at = node; at && known === undefined; at = parentOrHost(at)) {
        known = inQueuedSubtree.get(at);
        if (known === undefined) {
          if (queued.get(at) === 'subtree') known = true;
          unknown.push(at);
        }
      }
      known ??= false;
      for (const at of unknown) inQueuedSubtree.set(at, known);
      return known;
    };
    // New content (an infinite feed's next blocks) can hold no old result: no pass over them all.
    if (this.#unsettled || [...queued.keys()].some((node) => this.#aroundResults.has(node))) {
      this.#drop((result) => queued.has(result.owner) || within(parentOrHost(result.owner)));
    }
    this.#unsettled = false;
    for (const [node, mode] of queued) if (composedContains(this.#root, node)) this.#batch.push([node, mode]);
    this.#batch.reverse();
    queued.clear();
  }

  #changed(): void {
    this.#accepted = null;
    this.#mentions = null;
    this.#version++;
  }

  #drop(remove: (result: ContextResult) => boolean): void {
    const before = this.#results.length;
    this.#results = this.#results.filter((result) => !remove(result));
    if (this.#results.length !== before) this.#changed();
  }

  #prune(): void {
    this.#pruneRemoved = false;
    this.#drop((result) => !result.first.isConnected || !result.last.isConnected || !composedContains(this.#root, result.first));
  }

  /** Records short forms defined by accepted mentions; true when that calls for another pass. */
  #learnShortForms(): boolean {
    if (!this.#results.some((result) => result.defines)) return false;
    let learned = false;
    for (const candidate of this.#acceptedCandidates()) {
      if (candidate.defines && !this.#shortForms.has(candidate.defines)) {
        this.#shortForms.set(candidate.defines, candidate.term);
        learned = true;
      }
    }
    if (!learned) return false;
    this.#shortFormRegex = shortFormPattern(this.#shortForms);
    this.#queue.clear();
    this.#batch = [];
    this.#queue.set(this.#root, 'subtree');
    return true;
  }

  #acceptedCandidates(): Candidate[] {
    if (!this.#accepted) {
      if (!this.#sorted) this.#results.sort((a, b) => compareComposed(a.first, b.first));
      this.#sorted = true;
      const candidates = this.#results.flatMap((result) => result.candidates);
      const topical = candidates.some((c) => !c.ambiguous || c.definedShortForm);
      this.#accepted = candidates.filter((c) => !c.ambiguous || topical || c.cueNearby || c.definedShortForm);
    }
    return this.#accepted;
  }

  /** The accepted mentions in document order (cached until something changes). */
  mentions(): EngineMention[] {
    if (this.#pruneRemoved) this.#prune();
    this.#mentions ??= this.#acceptedCandidates().map((c) => ({ range: c.range, text: c.text, term: c.term.form, lang: c.term.lang, context: c.context }));
    return this.#mentions;
  }
}
