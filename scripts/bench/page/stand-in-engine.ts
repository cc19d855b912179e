/**
 * A stand-in for `src/engine` with its public signatures, so the bench runs end to end before
 * the engine lands. Deliberately plain: text grouped by nearest block ancestor, a trie of
 * lower-cased words (so its cost does not grow with the number of terms). Its numbers say
 * nothing about the engine, and every report names which implementation ran.
 */
import type { Lang, Lexicon } from '../../../src/data/lexicon-schema';

/** Marks this module as the stand-in (see engine-adapter.ts). */
export const STAND_IN = true;

export interface EngineMention {
  range: StaticRange;
  text: string;
  term: string;
  lang: Lang;
  context: string;
}

interface WordTrie {
  next: Map<string, WordTrie>;
  term?: { form: string; lang: Lang };
}

export interface CompiledLexicon {
  root: WordTrie;
}

const SKIPPED = 'script, style, noscript, template, textarea, input, select, option, button, svg, math';
const BLOCKS = 'address, article, aside, blockquote, dd, div, dl, dt, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, td, th, tr, ul, body';
const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one mention. */
const JOINER = /^[\s'’\-‐]+$/u;

export function compileLexicon(lexicon: Lexicon, options?: { languages?: readonly Lang[] }): CompiledLexicon {
  const root: WordTrie = { next: new Map() };
  for (const term of lexicon.terms) {
    if (options?.languages && !options.languages.includes(term.lang)) continue;
    let node = root;
    for (const [word] of term.form.toLowerCase().matchAll(WORD)) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.term ??= { form: term.form, lang: term.lang };
  }
  return { root };
}

interface Context {
  nodes: Text[];
  starts: number[];
  text: string;
}

function contexts(root: Node): Context[] {
  const found: Context[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let block: Element | null = null;
  let current: Context | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED)) continue;
    const owner = parent.closest(BLOCKS);
    if (!current || owner !== block) {
      current = { nodes: [], starts: [], text: '' };
      found.push(current);
      block = owner;
    }
    current.nodes.push(node);
    current.starts.push(current.text.length);
    current.text += node.data;
  }
  return found;
}

/** The text node holding character `offset` of the context, and the offset inside it. */
function locate(context: Context, offset: number, isEnd: boolean): [Text, number] {
  let low = 0;
  let high = context.nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = context.starts[middle]!;
    if (start < offset || (!isEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  return [context.nodes[low]!, offset - context.starts[low]!];
}

/** Leftmost-longest runs of words that spell a term: [first word, last word, term]. */
function matchWords(text: string, words: RegExpExecArray[], lexicon: CompiledLexicon): [number, number, NonNullable<WordTrie['term']>][] {
  const found: [number, number, NonNullable<WordTrie['term']>][] = [];
  for (let first = 0; first < words.length; first++) {
    let node: WordTrie | undefined = lexicon.root;
    let best: [number, number, NonNullable<WordTrie['term']>] | undefined;
    for (let last = first; last < words.length; last++) {
      const word = words[last]!;
      if (last > first) {
        const previous = words[last - 1]!;
        if (!JOINER.test(text.slice(previous.index + previous[0].length, word.index))) break;
      }
      node = node.next.get(word[0].toLowerCase());
      if (!node) break;
      if (node.term) best = [first, last, node.term];
    }
    if (best) {
      found.push(best);
      first = best[1];
    }
  }
  return found;
}

export function findMentions(root: Node, lexicon: CompiledLexicon): EngineMention[] {
  const mentions: EngineMention[] = [];
  for (const context of contexts(root)) {
    const words = [...context.text.matchAll(WORD)];
    for (const [first, last, term] of matchWords(context.text, words, lexicon)) {
      const start = words[first]!.index;
      const end = words[last]!.index + words[last]![0].length;
      const [startContainer, startOffset] = locate(context, start, false);
      const [endContainer, endOffset] = locate(context, end, true);
      mentions.push({
        range: new StaticRange({ startContainer, startOffset, endContainer, endOffset }),
        text: context.text.slice(start, end),
        term: term.form,
        lang: term.lang,
        context: context.text,
      });
    }
  }
  return mentions;
}

/**
 * The engine's incremental entry point, approximated: appended subtrees are scanned on their
 * own, nothing else is revisited.
 */
export class MentionScanner {
  readonly #lexicon: CompiledLexicon;
  readonly #queue: Node[];
  #found: EngineMention[] = [];

  constructor(root: Node, lexicon: CompiledLexicon) {
    this.#lexicon = lexicon;
    this.#queue = [root];
  }

  /** A MutationRecord of type childList. */
  childrenChanged(change: Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes' | 'previousSibling' | 'nextSibling'>): void {
    if (change.removedNodes.length > 0) this.#found = this.#found.filter((mention) => mention.range.startContainer.isConnected);
    this.#queue.push(...change.addedNodes);
  }

  /** A text node's data changed: its mentions go, and it is scanned again on its own. */
  textChanged(node: Node): void {
    this.#found = this.#found.filter((mention) => mention.range.startContainer !== node && mention.range.endContainer !== node);
    this.#queue.push(node);
  }

  /** Scans queued subtrees until `shouldYield()`; returns whether the queue is empty. */
  work(shouldYield: () => boolean): boolean {
    for (let node = this.#queue.shift(); node; node = this.#queue.shift()) {
      this.#found.push(...findMentions(node, this.#lexicon));
      if (shouldYield()) break;
    }
    return this.#queue.length === 0;
  }

  mentions(): EngineMention[] {
    return this.#found;
  }
}
