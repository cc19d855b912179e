/**
 * The topic sieve: can this text, or the prose under this node, hold a term the engine would
 * match? Answered by the browser's own RegExp over `textContent`, with no lexicon compiled and
 * no walk in script, so a frame that never mentions the topic (nearly every frame) pays
 * almost nothing. It may say "yes" where the engine then finds nothing; it never says "no"
 * where the engine would find a mention (tests/unit/engine/topic-sieve.test.ts holds it to that).
 *
 * The expressions come from the build (sieve-pattern.ts): every written form holds an anchor;
 * a text is first folded where it has units that fold into an anchor (accents, dropped
 * characters, letters spelled out), one run of them at a time, so the anchors themselves are
 * ASCII. `textContent` reads a tree's text in order, blocks run together, which only adds
 * matches — except where a skipped element (a script, a button…) sits inside prose: its text
 * would split a term the engine reads across it, so such prose is read as the engine reads it.
 */
import { DROP, fold, foldUnit, MULTI, spelledOut } from './normalize';
import { isOwner, isSkipped, MAYBE_SKIPPED, ProseWalker } from './text-model';

/** What the build derives from the lexicon (sieve-pattern.ts). */
export interface SieveSource {
  /** A class (`u` flag) of the units to fold before the test: those that can fold into an anchor. */
  readonly folding: string;
  /** Normalised, ASCII: every form that counts in any case holds one. */
  readonly anchors: readonly string[];
  /** Normalised, ASCII: the short forms that count only in capitals. */
  readonly capitalForms: readonly string[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** 0: not known yet; 1: a lower-case letter; 2: anything else. */
const lowerCase = new Uint8Array(0x10000);
const isLowerCase = (code: number): boolean => {
  if (lowerCase[code] === 0) lowerCase[code] = /\p{Ll}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return lowerCase[code] === 1;
};

/** A run of units folded as the normaliser folds them; a unit that is not lower case stays in capitals (short forms count only so). */
function foldRun(run: string): string {
  let folded = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const unit = foldUnit(code);
    if (unit === DROP) continue;
    const text = unit === MULTI ? spelledOut(code) : String.fromCharCode(unit);
    folded += isLowerCase(code) ? text : text.toUpperCase();
  }
  return folded;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The expression of one ASCII anchor over folded text: each character is any ASCII unit the
 * normaliser folds to it (`keep` may narrow the letters), a space a run of them.
 */
function anchorSource(anchor: string, keep: (code: number, index: number) => boolean): string {
  let source = '';
  for (let index = 0; index < anchor.length; index++) {
    const target = anchor.charCodeAt(index);
    let units = '';
    for (let code = 0; code < 0x80; code++) if (fold[code] === target && keep(code, index)) units += escapeRegExp(String.fromCharCode(code)).replace('-', '\\-');
    if (!units) throw new Error(`topic sieve: no ASCII unit folds to "${anchor[index]}" of "${anchor}"`);
    source += `[${units}]${anchor[index] === ' ' ? '+' : ''}`;
  }
  return source;
}

const isLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

export class TopicSieve {
  readonly #folding: RegExp;
  readonly #foldingRuns: RegExp;
  readonly #anchors: RegExp;

  constructor(source: SieveSource) {
    this.#folding = new RegExp(source.folding, 'u');
    this.#foldingRuns = new RegExp(`${source.folding}+`, 'gu');
    const anywhere = source.anchors.map((anchor) => anchorSource(anchor, () => true));
    // In capitals: a letter only as a capital, but a last "s" in either case ("SCs": the plural's s is not the form's).
    const capitals = source.capitalForms.map((form) =>
      anchorSource(form, (code, index) => !isLetterCode(code) || code < 0x61 || (index === form.length - 1 && form.endsWith('s'))),
    );
    this.#anchors = new RegExp([...anywhere, ...capitals].join('|') || '(?!)');
  }

  /** Could `text`, read as one run of prose, hold a term? */
  test(text: string): boolean {
    return this.#anchors.test(this.#folding.test(text) ? text.replace(this.#foldingRuns, foldRun) : text);
  }

  /**
   * Could the prose under `root` (a document, a block, a shadow root, a text node) hold a term?
   * Open shadow roots met on the way are tested too and added to `shadowRoots`, for the caller
   * to watch. `root` must not be an inline element inside prose that goes on around it.
   */
  testTree(root: Node, shadowRoots: ShadowRoot[] = []): boolean {
    if (root.nodeType === TEXT_NODE) return this.test((root as Text).data);
    if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return false;
    if (this.#textOf(root).some((text) => this.test(text))) return true;
    if (!('querySelectorAll' in root)) return false;
    const parent = root as ParentNode & Node;
    // Prose a skipped element sits inside is read as the engine reads it: around that element.
    const owners = new Set<Node>();
    for (const element of parent.querySelectorAll(MAYBE_SKIPPED)) {
      if (!isSkipped(element) || !element.hasChildNodes() || bordersBlock(element, root, 'previousSibling') || bordersBlock(element, root, 'nextSibling')) continue;
      const owner = ownerWithin(element, root);
      if (owner) owners.add(owner);
    }
    for (const owner of owners) if (this.#walkTest(owner)) return true;
    // Open shadow trees are not in textContent.
    const host = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
    const hosts = 'getElementsByTagName' in root ? (root as Element).getElementsByTagName('*') : parent.querySelectorAll('*');
    const found: ShadowRoot[] = host ? [host] : [];
    for (let i = 0; i < hosts.length; i++) {
      const shadow = hosts[i]!.shadowRoot;
      if (shadow) found.push(shadow);
    }
    for (const shadow of found) {
      shadowRoots.push(shadow);
      if (this.testTree(shadow, shadowRoots)) return true;
    }
    return false;
  }

  /** The texts to test for `root`: a document's children apart (its head is never prose), else the whole. */
  #textOf(root: Node): string[] {
    if (root.nodeType !== 9) return [root.textContent ?? ''];
    const html = (root as Document).documentElement as HTMLElement | null;
    if (!html) return [];
    const texts: string[] = [];
    for (let child = html.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE && isSkipped(child as Element)) continue;
      texts.push(child.textContent ?? '');
    }
    return texts;
  }

  /** Tests each prose context under `owner` as the engine reads it. */
  #walkTest(owner: Node): boolean {
    const walker = new ProseWalker(owner, 'subtree');
    for (let context = walker.next(); context; context = walker.next()) {
      if (typeof context !== 'symbol' && this.test(context.text)) return true;
    }
    return false;
  }
}

/** Is this node nothing to prose: a comment, white space, or an element the engine skips? */
function isNothing(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return !/\S/.test((node as Text).data);
  if (node.nodeType === ELEMENT_NODE) return isSkipped(node as Element);
  return true;
}

/**
 * Does the prose on this side of `node` end (a block, or the edge of its owner) before any
 * text, so that nothing around `node` can be read across it?
 */
function bordersBlock(node: Node, root: Node, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let at: Node = node; ; ) {
    let next = at[side];
    while (next && isNothing(next)) next = next[side];
    if (next) return next.nodeType === ELEMENT_NODE && isOwner(next);
    const parent = at.parentNode;
    if (!parent || parent === root || isOwner(parent)) return true;
    at = parent;
  }
}

/** The block around `element` within `root` (or `root`), or null inside another skipped element. */
function ownerWithin(element: Element, root: Node): Node | null {
  let owner: Node | null = null;
  for (let at = element.parentNode; at; at = at.parentNode) {
    if (at.nodeType === ELEMENT_NODE && isSkipped(at as Element)) return null;
    owner ??= isOwner(at) ? at : null;
    if (at === root) return owner ?? root;
  }
  return owner;
}
