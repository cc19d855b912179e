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
import { composedContains, isSkipped, ownerOf, PAUSED, ProseWalker, type WalkMode } from './text-model';

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
  /** What is left to (re)scan, with how much of it. */
  readonly #queue = new Map<Node, WalkMode>();
  #walker: ProseWalker | null = null;
  #pruneRemoved = false;
  readonly #shortForms = new Map<string, CompiledTerm>();
  #shortFormRegex: RegExp | null = null;
  /** Accepted candidates and mentions, both in document order; null until asked for after a change. */
  #accepted: Candidate[] | null = null;
  #mentions: EngineMention[] | null = null;
  #version = 0;

  constructor(root: Node, lexicon: CompiledLexicon, options: ScannerOptions = {}) {
    this.#root = root;
    this.#lexicon = lexicon;
    this.#options = options;
    this.#queue.set(root, 'subtree');
  }

  /** Grows whenever the set of candidates may have changed; cheap to poll. */
  get version(): number {
    return this.#version;
  }

  /** Is there nothing left to scan? */
  get done(): boolean {
    return !this.#walker && this.#queue.size === 0 && !this.#pruneRemoved;
  }

  /** A text node's data changed. */
  textChanged(node: Node): void {
    const owner = ownerOf(node, this.#root);
    if (owner) this.#enqueue(owner, 'own');
  }

  /** Children of `target` were added or removed. */
  childrenChanged(target: Node, added: Iterable<Node>, removedAny: boolean): void {
    if (removedAny) this.#pruneRemoved = true;
    const owner = ownerOf(target, this.#root);
    if (!owner) return;
    this.#enqueue(owner, 'own');
    for (const node of added) {
      // Inline runs inside `node` belong to `owner`; its nested blocks need their own pass.
      if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) this.#enqueue(node, 'subtree');
    }
  }

  /** Rescans everything under `node` (its owner's prose included). */
  rescan(node: Node): void {
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
        const next = this.#queue.entries().next();
        if (next.done) {
          if (this.#learnShortForms()) continue;
          return true;
        }
        const [node, mode] = next.value;
        this.#queue.delete(node);
        if (!composedContains(this.#root, node)) continue;
        this.#drop((result) => (mode === 'own' ? result.owner === node : composedContains(node, result.owner)));
        this.#walker = new ProseWalker(node, mode);
      }
      const context = this.#walker.next(shouldYield);
      if (context === PAUSED) return false;
      if (context === null) {
        for (const shadow of this.#walker.shadowRoots) this.#options.onShadowRoot?.(shadow);
        this.#walker = null;
      } else {
        const candidates = matchContext(context, this.#lexicon, this.#shortForms, this.#shortFormRegex);
        if (candidates.length > 0) {
          this.#results.push({ owner: context.owner, first: context.nodes[0]!, last: context.nodes[context.nodes.length - 1]!, candidates });
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
    this.#queue.set(this.#root, 'subtree');
    return true;
  }

  #acceptedCandidates(): Candidate[] {
    if (!this.#accepted) {
      this.#results.sort((a, b) => compareComposed(a.first, b.first));
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
