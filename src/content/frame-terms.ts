/**
 * Which of the lexicon's terms this frame compiles: only those whose topic-sieve anchors its
 * text holds. Every written form holds one of its anchors, so a text holding no anchor of a term
 * holds none of its forms, and the engine finds the same mentions without it; compiling a
 * handful of terms instead of all of them is most of a frame's start-up cost where the topic is.
 * The whole frame is read (open shadow roots included), not only where the first scan reads,
 * since judging a candidate looks at the other mentions of its story. Changes are watched for
 * text holding an anchor of a term not compiled yet; then the caller compiles again and rescans.
 */
import type { SievePatterns } from '../engine/sieve-pattern';
import { unpackAnchorTerms } from '../engine/anchor-terms';
import type { CompileOptions, TopicSieve } from '../engine';

export class FrameTerms {
  readonly #sieve: () => TopicSieve;
  readonly #source: SievePatterns;
  /** Per anchor, the terms it stands for (only those of the languages detected). */
  readonly #termsOf: number[][];
  readonly #terms = new Set<number>();
  /** A sieve of the anchors that stand for a term not compiled yet (null: to build; 'none': no such anchor). */
  #missing: TopicSieve | 'none' | null = null;

  /**
   * `sieve`: the frame's topic sieve, asked for only when text must be read (a frame handed its
   * anchors builds none); `wanted(index)`: is the lexicon's term at `index` ever compiled here
   * (its language is detected)?
   */
  constructor(sieve: () => TopicSieve, source: SievePatterns, wanted: (index: number) => boolean) {
    this.#sieve = sieve;
    this.#source = source;
    this.#termsOf = unpackAnchorTerms(source.anchorTerms).map((terms) => terms.filter(wanted));
  }

  /** What to compile: the terms found so far. */
  get options(): Pick<CompileOptions, 'terms'> {
    return { terms: this.#terms };
  }

  /** Adds the terms of every anchor the prose under `root` holds; true when that adds any. */
  add(root: Node): boolean {
    return this.addAnchors(this.#sieve().anchorsUnder(root));
  }

  /** Adds every term (of the languages wanted): for a frame holding so many anchors that naming them costs more than compiling all. */
  addEvery(): boolean {
    return this.addAnchors(this.#termsOf.keys());
  }

  /** Adds the terms of `anchors` (as the sieve numbers them); true when that adds any. */
  addAnchors(anchors: Iterable<number>): boolean {
    const before = this.#terms.size;
    for (const anchor of anchors) for (const term of this.#termsOf[anchor] ?? []) this.#terms.add(term);
    if (this.#terms.size === before) return false;
    this.#missing = null;
    return true;
  }

  /** Adds the terms of the prose under `root` if it may hold one not compiled (a cheap test first); true when that adds any. */
  grow(root: Node): boolean {
    const missing = (this.#missing ??= this.#missingSieve());
    return missing !== 'none' && missing.testTree(root) && this.add(root);
  }

  #missingSieve(): TopicSieve | 'none' {
    const { anchors, capitals, texts } = this.#source;
    const missing = (anchor: number): boolean => this.#termsOf[anchor]!.some((term) => !this.#terms.has(term));
    const anywhere = anchors.filter((_, index) => missing(index));
    const capitalsMissing = capitals.filter((_, index) => missing(anchors.length + index));
    if (anywhere.length + capitalsMissing.length === 0) return 'none';
    // The build's trie is of every anchor: these are joined as they are.
    return this.#sieve().withSource({
      ...this.#source,
      anchors: anywhere,
      anyAnchor: undefined,
      capitals: capitalsMissing,
      texts: texts.filter((_, index) => missing(index)),
    });
  }
}

/**
 * Did the prose a batch of the page watcher's mutations touched (`touchedProse`) bring text
 * holding a term `terms` has not compiled (and add it)? Only that prose is read: the added
 * blocks, or the block around the change. Fed what the page watcher already gets, so the page
 * pays one observer.
 */
export function termsGrewIn(terms: FrameTerms, touched: ReadonlySet<Node>): boolean {
  let grew = false;
  for (const node of touched) if (node.isConnected && terms.grow(node)) grew = true;
  return grew;
}
