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
import { DROP, foldUnit, MULTI, spelledOut } from './normalize';
import { isOwner, isSkipped, MAYBE_SKIPPED, ownerOf, parentOrHost } from './text-model';

/** What the build derives from the lexicon (sieve-pattern.ts). */
export interface SieveSource {
  /** A class (`u` flag) of the units to fold before the test: those that can fold into an anchor. */
  readonly folding: string;
  /** Normalised, ASCII: every form that counts in any case holds one. */
  readonly anchors: readonly string[];
  /** Normalised, ASCII: the short forms that count only in capitals. */
  readonly capitalForms: readonly string[];
  /** The fold of each ASCII unit, as the normaliser folds it (so no frame computes it to build the expression). */
  readonly asciiFold: string;
}

const ELEMENT_NODE = 1;
const NON_ASCII = /[^\0-\x7f]/;
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
 * normaliser folds to it (`units`, by folded unit; `keep` may narrow the letters), a space a run of them.
 */
function anchorSource(anchor: string, units: ReadonlyMap<number, readonly number[]>, keep: (code: number, index: number) => boolean): string {
  let source = '';
  for (let index = 0; index < anchor.length; index++) {
    const kept = (units.get(anchor.charCodeAt(index)) ?? []).filter((code) => keep(code, index));
    if (kept.length === 0) throw new Error(`topic sieve: no ASCII unit folds to "${anchor[index]}" of "${anchor}"`);
    const chars = kept.map((code) => escapeRegExp(String.fromCharCode(code)).replace('-', '\\-')).join('');
    source += `[${chars}]${anchor[index] === ' ' ? '+' : ''}`;
  }
  return source;
}

const isLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

export class TopicSieve {
  readonly #foldingRuns: RegExp;
  readonly #anchors: RegExp;
  readonly #anchorsAll: RegExp;

  constructor(source: SieveSource) {
    this.#foldingRuns = new RegExp(`${source.folding}+`, 'gu');
    const units = new Map<number, number[]>();
    for (let code = 0; code < 0x80; code++) {
      const folded = source.asciiFold.charCodeAt(code);
      units.set(folded, [...(units.get(folded) ?? []), code]);
    }
    const anywhere = source.anchors.map((anchor) => anchorSource(anchor, units, () => true));
    // In capitals: a letter only as a capital, but a last "s" in either case ("SCs": the plural's s is not the form's).
    const capitals = source.capitalForms.map((form) =>
      anchorSource(form, units, (code, index) => !isLetterCode(code) || code < 0x61 || (index === form.length - 1 && form.endsWith('s'))),
    );
    this.#expressions = { texts: [...source.anchors, ...source.capitalForms], sources: [...anywhere, ...capitals], asciiFold: source.asciiFold };
    const anchors = [...anywhere, ...capitals].join('|') || '(?!)';
    this.#anchors = new RegExp(anchors);
    this.#anchorsAll = new RegExp(anchors, 'g');
  }

  /** Could `text`, read as one run of prose, hold a term? */
  test(text: string): boolean {
    // One pass of the (slower, Unicode-mode) folding expression, and none over ASCII text.
    return this.#anchors.test(NON_ASCII.test(text) ? text.replace(this.#foldingRuns, foldRun) : text);
  }

  /**
   * Could the prose under `root` (a document, a block, a shadow root, a text node) hold a term?
   * Open shadow roots met on the way are tested too and added to `shadowRoots`, for the caller
   * to watch. `root` must not be an inline element inside prose that goes on around it.
   */
  testTree(root: Node, shadowRoots: ShadowRoot[] = []): boolean {
    if (root.nodeType === TEXT_NODE) return this.test((root as Text).data);
    if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return false;
    if (partsOf(root).some((part) => this.test(part.textContent ?? ''))) return true;
    if (!('querySelectorAll' in root)) return false;
    for (const [owner, splitters] of splitOwners(root)) if (this.test(textWithout(owner, splitters))) return true;
    for (const shadow of shadowRootsUnder(root)) {
      shadowRoots.push(shadow);
      if (this.testTree(shadow, shadowRoots)) return true;
    }
    return false;
  }

  /**
   * Where under `root` (a document or a block) prose may hold a term: the owners of the text
   * nodes the anchors were found in (and of prose split by a skipped element, and open shadow
   * roots that may), outermost only. A scan of just these finds every mention a scan of the
   * whole would: every context holding a candidate holds an anchor. Empty when nowhere; the
   * open shadow roots met are added to `shadowRoots` (to watch when nothing was found).
   */
  locate(root: Node, shadowRoots: ShadowRoot[] = []): Node[] {
    const owners = new Set<Node>();
    for (const part of partsOf(root)) {
      const hits = this.#hits(part.textContent ?? '');
      if (hits.length > 0) ownersOfHits(part, root, hits, owners);
    }
    if ('querySelectorAll' in root) {
      for (const [owner, splitters] of splitOwners(root)) if (this.test(textWithout(owner, splitters))) owners.add(owner);
      for (const shadow of shadowRootsUnder(root)) {
        shadowRoots.push(shadow);
        if (this.testTree(shadow, shadowRoots)) owners.add(shadow);
      }
    }
    return [...owners].filter((owner) => {
      for (let at = parentOrHost(owner); at; at = parentOrHost(at)) if (owners.has(at)) return false;
      return true;
    });
  }

  /** Every place in `text` an anchor starts (overlapping ones too), as raw ranges, merged. */
  #hits(text: string): [number, number][] {
    // Folded runs, as [folded start, folded length, raw start, raw length]: a folded offset maps back through them.
    const runs: number[] = [];
    let folded = text;
    if (NON_ASCII.test(text)) {
      let shift = 0;
      folded = text.replace(this.#foldingRuns, (run: string, offset: number) => {
        const out = foldRun(run);
        runs.push(offset - shift, out.length, offset, run.length);
        shift += run.length - out.length;
        return out;
      });
    }
    /** The raw range one folded unit came from. */
    const raw = (at: number): [number, number] => {
      let low = 0;
      let high = runs.length / 4 - 1;
      let run = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (runs[middle * 4]! <= at) {
          run = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      if (run < 0) return [at, at + 1];
      const [start, length, rawStart, rawLength] = runs.slice(run * 4, run * 4 + 4) as [number, number, number, number];
      if (at < start + length) return [rawStart, rawStart + rawLength];
      const mapped = rawStart + rawLength + (at - start - length);
      return [mapped, mapped + 1];
    };
    const hits: [number, number][] = [];
    const anchors = this.#anchorsAll;
    anchors.lastIndex = 0;
    for (let found = anchors.exec(folded); found; found = anchors.exec(folded)) {
      const start = raw(found.index)[0];
      const end = raw(found.index + Math.max(found[0].length, 1) - 1)[1];
      const last = hits[hits.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else hits.push([start, end]);
      anchors.lastIndex = found.index + 1;
    }
    return hits;
  }

  // Which anchors a text holds: a frame compiles only the terms its text can hold (annotate.ts).

  /** Each anchor, then each capital form, and its expression (an anchor's index is its place here); the fold of ASCII. */
  readonly #expressions: { readonly texts: readonly string[]; readonly sources: readonly string[]; readonly asciiFold: string };
  #which: AnchorFinder | null = null;

  /**
   * Adds to `into` the index of every anchor (then capital form, as `SievePatterns.anchorTerms`
   * counts them) that `text`, read as one run of prose, holds. The sieve's own expression finds
   * where one starts (warm already: the sieve ran it); what it matched, folded, names it.
   */
  anchorsIn(text: string, into: Set<number> = new Set()): Set<number> {
    const which = (this.#which ??= anchorFinder(this.#expressions));
    const folded = NON_ASCII.test(text) ? text.replace(this.#foldingRuns, foldRun) : text;
    const anchors = this.#anchorsAll;
    anchors.lastIndex = 0;
    for (let found = anchors.exec(folded); found; found = anchors.exec(folded)) {
      const at = found.index;
      let key = '';
      for (let i = 0; i < found[0].length; i++) {
        const unit = which.fold[found[0].charCodeAt(i)] ?? '';
        if (unit !== ' ' || !key.endsWith(' ')) key += unit;
      }
      // The anchor matched (every one, were its text not known), and any other starting here (one is a prefix of the other); a capital form only in capitals.
      for (const index of which.byText.get(key) ?? which.every) {
        const texts = this.#expressions.texts;
        // Two anchors can match at one place only when one is a prefix of the other: each folded unit stands for one letter.
        const companions = (which.companions[index] ??= texts.flatMap((other, at) =>
          at !== index && (texts[index]!.startsWith(other) || other.startsWith(texts[index]!)) ? [at] : [],
        ));
        for (const candidate of [index, ...companions]) {
          if (into.has(candidate)) continue;
          const one = (which.one[candidate] ??= new RegExp(this.#expressions.sources[candidate]!, 'y'));
          one.lastIndex = at;
          if (one.test(folded)) into.add(candidate);
        }
      }
      anchors.lastIndex = at + 1;
    }
    return into;
  }

  /** Adds to `into` the anchors the prose under `root` holds, read as `testTree` reads it (open shadow roots included). */
  anchorsUnder(root: Node, into: Set<number> = new Set()): Set<number> {
    if (root.nodeType === TEXT_NODE) return this.anchorsIn((root as Text).data, into);
    if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return into;
    for (const part of partsOf(root)) this.anchorsIn(part.textContent ?? '', into);
    if (!('querySelectorAll' in root)) return into;
    for (const [owner, splitters] of splitOwners(root)) this.anchorsIn(textWithout(owner, splitters), into);
    for (const shadow of shadowRootsUnder(root)) this.anchorsUnder(shadow, into);
    return into;
  }
}

/** What names the anchors a match may be: the anchors by text, the fold of each ASCII unit, a sticky expression per anchor and the anchors that can start where each does (made when first needed). */
interface AnchorFinder {
  readonly byText: ReadonlyMap<string, readonly number[]>;
  readonly fold: string;
  readonly every: readonly number[];
  readonly one: (RegExp | undefined)[];
  /** Made when first needed. */
  readonly companions: (readonly number[] | undefined)[];
}

function anchorFinder({ texts, asciiFold }: { readonly texts: readonly string[]; readonly asciiFold: string }): AnchorFinder {
  const byText = new Map<string, number[]>();
  texts.forEach((text, index) => byText.set(text, [...(byText.get(text) ?? []), index]));
  return { byText, fold: asciiFold, every: texts.map((_, index) => index), one: [], companions: [] };
}

/** What to read `textContent` of for `root`: a document's children apart (its head is never prose), else `root`. */
function partsOf(root: Node): Node[] {
  if (root.nodeType !== 9) return [root];
  const html = (root as Document).documentElement as HTMLElement | null;
  const parts: Node[] = [];
  for (let child = html?.firstChild ?? null; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE || !isSkipped(child as Element)) parts.push(child);
  }
  return parts;
}

/**
 * The blocks around skipped elements that sit inside prose under `root` (their text would split
 * it in `textContent`), each with those elements, in document order.
 */
function splitOwners(root: Node): Map<Node, Element[]> {
  const owners = new Map<Node, Element[]>();
  for (const element of (root as ParentNode).querySelectorAll(MAYBE_SKIPPED)) {
    if (!isSkipped(element) || !element.hasChildNodes() || bordersBlock(element, root, 'previousSibling') || bordersBlock(element, root, 'nextSibling'))
      continue;
    const owner = ownerWithin(element, root);
    if (!owner) continue;
    const splitters = owners.get(owner);
    if (splitters) splitters.push(element);
    else owners.set(owner, [element]);
  }
  return owners;
}

/**
 * The text under `owner` without that of `splitters` (elements under it, in document order):
 * read natively between them, so the prose they sat inside reads as the engine reads it. Text
 * of nested blocks comes too, run together, which only adds matches.
 */
function textWithout(owner: Node, splitters: readonly Element[]): string {
  const range = (owner.ownerDocument ?? (owner as Document)).createRange();
  range.setStart(owner, 0);
  let text = '';
  for (const splitter of splitters) {
    // A splitter inside one already passed over (a button in a noscript) is gone with it.
    if (range.comparePoint(splitter, 0) < 0) continue;
    range.setEndBefore(splitter);
    text += range.toString();
    range.setStartAfter(splitter);
  }
  range.setEnd(owner, owner.childNodes.length);
  return text + range.toString();
}

/** The open shadow roots of `root` and of the elements under it (textContent leaves them out). */
function shadowRootsUnder(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const own = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (own) found.push(own);
  const elements = 'getElementsByTagName' in root ? (root as Element).getElementsByTagName('*') : (root as ParentNode).querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const shadow = elements[i]!.shadowRoot;
    if (shadow) found.push(shadow);
  }
  return found;
}

/** Adds the owner of every text node under `part` that a hit (raw ranges of `part.textContent`, merged, in order) touches. */
function ownersOfHits(part: Node, root: Node, hits: readonly [number, number][], owners: Set<Node>): void {
  const add = (node: Node): void => {
    const owner = ownerOf(node, root);
    if (owner) owners.add(owner);
  };
  if (part.nodeType === TEXT_NODE) return add(part);
  // Text and CDATA nodes, as textContent reads them.
  const walker = (part.ownerDocument ?? (part as Document)).createTreeWalker(part, 0x4 | 0x8);
  let offset = 0;
  let next = 0;
  for (let node = walker.nextNode(); node && next < hits.length; node = walker.nextNode()) {
    const end = offset + (node as Text).data.length;
    while (next < hits.length && hits[next]![1] <= offset) next++;
    if (next < hits.length && hits[next]![0] < end && end > offset) add(node);
    offset = end;
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
  for (let at: Node = node; ;) {
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
