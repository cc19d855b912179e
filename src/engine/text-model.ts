/**
 * The text model: the page's text as prose contexts. A context is a run of text nodes that
 * reads as one piece of prose: inline elements (`a em strong span …`) do not split it, block
 * elements and `<br>` do. Every context has an owner: the nearest block element (or shadow
 * root, or document) around it, which is what a rescan after a mutation is keyed on.
 *
 * The walk is iterative (a 10,000-deep DOM cannot overflow the stack) and resumable: it
 * stops when asked to yield and carries on from the same node later.
 */

/**
 * One run of prose: `parts[i]` is the data of `nodes[i]`, which begins at `starts[i]` in the
 * context; `text` (all of it, built on first use) is what only contexts holding a candidate need.
 * No term occurs in the parts before `firstPart`, nor runs from them into it (the sieve read
 * them: see `ProseSieve.firstPart`), so a match may start there; 0 when nothing is known.
 */
export interface ProseContext {
  readonly owner: Node;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly parts: readonly string[];
  readonly text: string;
  readonly firstPart: number;
}

class Prose implements ProseContext {
  #text: string | null = null;
  constructor(
    readonly owner: Node,
    readonly nodes: readonly Text[],
    readonly starts: readonly number[],
    readonly parts: readonly string[],
    readonly firstPart: number,
  ) {}

  get text(): string {
    return (this.#text ??= this.parts.join(''));
  }
}

/** What an element is to the text model. */
const INLINE = 0;
const BLOCK = 1;
export const SKIPPED = 2;
export const KIND = 3;
/** Added to the kind of an element that may host a shadow root: only these are asked for one. */
export const HOST = 4;

/** Elements that keep their text inside the prose around them. */
const INLINE_TAGS =
  'a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark nobr q rb ruby s samp small span strike strong sub sup time tt u var wbr';
/** Elements whose content is not prose, or not the reader's to read. */
const SKIPPED_TAGS = 'script style noscript template textarea input select option button svg math head iframe object canvas video audio rp rt';

/** The built-in elements `attachShadow` accepts; custom elements (a name with a hyphen) may host one too. */
const HOST_TAGS = 'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span';

const kinds = new Map<string, number>();
for (const tag of INLINE_TAGS.split(' ')) kinds.set(tag, INLINE);
for (const tag of SKIPPED_TAGS.split(' ')) kinds.set(tag, SKIPPED);
for (const tag of HOST_TAGS.split(' ')) kinds.set(tag, (kinds.get(tag) ?? BLOCK) | HOST);

/** One map lookup per element: names are cached as the page spells them, so no string is built. Its kind, plus HOST if it may host a shadow root. */
export function kindAndHost(element: Element): number {
  const name = element.localName;
  let kind = kinds.get(name);
  if (kind === undefined) {
    const lower = name.toLowerCase();
    kind = kinds.get(lower) ?? (lower.includes('-') ? BLOCK | HOST : BLOCK);
    kinds.set(name, kind);
  }
  return kind;
}

const kindOf = (element: Element): number => kindAndHost(element) & KIND;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Every element whose subtree may stay out of the text model (a superset: `isSkipped` decides). */
export const MAYBE_SKIPPED = [...SKIPPED_TAGS.split(' '), '[contenteditable]'].join(',');

/**
 * Is the element left out for an attribute: editable content (`contenteditable` other than
 * "false")? The card needs no marker: its closed shadow root is never entered.
 */
function isMarked(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Does this node's whole subtree stay out of the text model? */
export function isSkipped(element: Element): boolean {
  return kindOf(element) === SKIPPED || isMarked(element);
}

/** Do this node's boundaries end the prose around it? (Documents, shadow roots and blocks.) */
export function isOwner(node: Node): boolean {
  return node.nodeType !== ELEMENT_NODE ? node.nodeType !== TEXT_NODE : kindOf(node as Element) !== INLINE;
}

/** A node's parent, or a shadow root's host. */
export const parentOrHost = (node: Node): Node | null => node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;

/**
 * The owner of the prose `node` is part of (`node` itself when it is an owner), or null when
 * the node is inside a skipped subtree or not inside `root`.
 */
export function ownerOf(node: Node, root: Node): Node | null {
  let owner: Node | null = null;
  for (let at = node.nodeType === TEXT_NODE ? node.parentNode : node; at; at = parentOrHost(at)) {
    if (at.nodeType === ELEMENT_NODE && isSkipped(at as Element)) return null;
    if (!owner && isOwner(at)) owner = at;
    if (at === root) return owner ?? root;
  }
  return null;
}

/** Is `node` inside `ancestor` (itself included), looking through shadow roots to their hosts? */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = parentOrHost(at)) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * 'subtree': every context whose owner lies inside `start` (runs owned by an ancestor of an
 * inline `start` are left to that ancestor). 'own': only the contexts `start` itself owns;
 * nested blocks and shadow roots are passed over.
 */
export type WalkMode = 'subtree' | 'own';

export const PAUSED = Symbol('paused');

/** How many nodes the walker visits between two looks at the clock. */
const NODES_PER_CHECK = 64;

/** Does `data` hold anything but ASCII white space (which can hold no mention)? */
function hasNonSpace(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 0x20) return true;
  return false;
}

interface Frame {
  root: Node;
  host: Element;
  owners: (Node | null)[];
}

/**
 * Tells the walk which runs are worth a context: fed each text node's data in turn when the run
 * ends, asked then, reset before the next (see `FoldingSieve`).
 */
export interface ProseSieve {
  reset(): void;
  /** Reads a run's pieces `[0, count)` from a fresh start; true when the run holds a term. */
  read(pieces: readonly string[], count: number): boolean;
  readonly hit: boolean;
  /**
   * The last piece fed (by its index since the reset) that began with no phrase under way, at or
   * before the one that decided the hit: no phrase occurs before it or runs into it.
   */
  readonly firstPart: number;
  /** Can a run of nothing but ASCII white space and control characters hit? When not, such a run is not fed. */
  readonly wakesOnBlank: boolean;
}

/**
 * Walks prose contexts. Editable content is left out without asking every element for its
 * attribute (a question to the DOM each, or one query over the whole tree, which cost a large
 * page as much as a bare walk of its text): a run the sieve lets through is checked, each text
 * node's elements up to the start once, and its text nodes inside an editable element dropped.
 * The one difference from asking every element: blocks inside an editable inline element still
 * split the prose around it.
 */
export class ProseWalker {
  #start: Node;
  #own: boolean;
  /** The tree being walked: `start`, then shadow roots met on the way. */
  #frameRoot: Node;
  #frames: Frame[] = [];
  /**
   * The blocks entered, innermost last, each ended when the walk climbs out of it; null where
   * the owner is outside `start`.
   */
  #owners: (Node | null)[];
  #next: Node | null;
  /** The run being read, in buffers reused from one run to the next: `#count` entries of each. */
  readonly #nodes: Text[] = [];
  readonly #parts: string[] = [];
  #count = 0;
  /** Has the run anything but ASCII white space (which holds no term)? The runs between blocks mostly have not. */
  #hasText = false;
  #ready: ProseContext | null = null;
  /** Decides which runs become contexts; without one, every run with more than white space does. */
  #sieve: ProseSieve | null;
  /** Whether a node below `start` lies in editable content, for the nodes asked about so far. */
  #inEditable: Map<Node, boolean> | null = null;
  /** Open shadow roots met, for the caller to observe. */
  shadowRoots: ShadowRoot[] = [];

  constructor(start: Node, mode: WalkMode, sieve: ProseSieve | null = null) {
    this.#start = this.#frameRoot = start;
    this.#own = false;
    this.#sieve = null;
    this.#owners = [];
    this.#next = null;
    this.restart(start, mode, sieve);
  }

  /** Starts a new walk with this walker's buffers (a feed's blocks are walked one by one). */
  restart(start: Node, mode: WalkMode, sieve: ProseSieve | null = null): void {
    this.#start = this.#frameRoot = start;
    this.#own = mode === 'own';
    this.#sieve = sieve;
    sieve?.reset();
    // A feed's batch restarts the walker once per appended block: its arrays are kept, not made again.
    this.#frames.length = 0;
    this.#count = 0;
    this.#hasText = false;
    this.#ready = null;
    this.#inEditable = null;
    if (this.shadowRoots.length > 0) this.shadowRoots = [];
    this.#owners.length = 0;
    this.#owners.push(isOwner(start) ? start : null);
    if (start.nodeType === TEXT_NODE) {
      this.#next = start;
      return;
    }
    const shadow = !this.#own && start.nodeType === ELEMENT_NODE && kindAndHost(start as Element) & HOST ? (start as Element).shadowRoot : null;
    if (shadow) {
      // Walked from a host itself (added, or given a shadow root late): its shadow tree first, then its light children, as a host met on the way.
      this.shadowRoots.push(shadow);
      this.#owners.length = 0;
      if ((kindAndHost(start as Element) & KIND) !== BLOCK) this.#owners.push(null);
      this.#frames.push({ root: start, host: start as Element, owners: this.#owners });
      this.#frameRoot = shadow;
      this.#owners = [shadow];
      this.#next = shadow.firstChild ?? this.#leaveFrame();
      return;
    }
    this.#next = start.firstChild;
    if (!this.#next) this.#next = this.#leaveFrame();
  }

  /** The next context, PAUSED when `shouldYield()` says so, or null when the walk is done. */
  next(shouldYield: () => boolean = () => false): ProseContext | typeof PAUSED | null {
    let visited = 0;
    while (!this.#ready) {
      const node = this.#next;
      if (!node) {
        this.#boundary();
        // A finished walker kept for the next walk holds on to no node of this one.
        this.#nodes.length = this.#parts.length = this.#owners.length = 0;
        this.#inEditable = null;
        break;
      }
      if (++visited % NODES_PER_CHECK === 0 && shouldYield()) return PAUSED;
      this.#next = this.#visit(node);
    }
    const ready = this.#ready;
    this.#ready = null;
    return ready;
  }

  #visit(node: Node): Node | null {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        const at = this.#count++;
        this.#nodes[at] = node as Text;
        this.#parts[at] = data;
        this.#hasText ||= hasNonSpace(data);
      }
      return this.#after(node);
    }
    if (type !== ELEMENT_NODE) return this.#after(node);
    const element = node as Element;
    const kind = kindAndHost(element);
    if ((kind & KIND) === SKIPPED) return this.#after(node);
    const block = (kind & KIND) === BLOCK;
    if (block) {
      this.#boundary();
      if (this.#own) return this.#after(node);
    }
    const shadow = kind & HOST && !this.#own ? element.shadowRoot : null;
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.#boundary();
      this.#frames.push({ root: this.#frameRoot, host: element, owners: this.#owners });
      this.#frameRoot = shadow;
      this.#owners = [shadow];
      return shadow.firstChild ?? this.#leaveFrame();
    }
    return this.#enter(element, block);
  }

  /** Goes into `element`'s children (a block becomes the owner of the prose inside), or past it when it has none. */
  #enter(element: Element, block: boolean): Node | null {
    if (block) this.#owners.push(element);
    const child = element.firstChild;
    if (child) return child;
    if (block) {
      this.#boundary();
      this.#owners.pop();
    }
    return this.#after(element);
  }

  /** The node after `node` once its subtree is done: its next sibling, or an ancestor's. */
  #after(node: Node): Node | null {
    for (let at: Node = node; ;) {
      if (at === this.#frameRoot) return this.#leaveFrame();
      const sibling = at.nextSibling;
      if (sibling) return sibling;
      const parent = at.parentNode;
      if (!parent) return null; // removed while the walk was paused: its rescan is queued
      if (parent === this.#frameRoot) return this.#leaveFrame();
      // Climbing out of the innermost block entered ends its prose.
      if (parent === this.#owners[this.#owners.length - 1]) {
        this.#boundary();
        this.#owners.pop();
      }
      at = parent;
    }
  }

  /** Ends the tree being walked: back to the shadow host's light children, or the end. */
  #leaveFrame(): Node | null {
    this.#boundary();
    const frame = this.#frames.pop();
    if (!frame) return null;
    this.#frameRoot = frame.root;
    this.#owners = frame.owners;
    return this.#enter(frame.host, kindOf(frame.host) === BLOCK);
  }

  /** Closes the current run: a context if it has an owner inside `start` and the sieve's approval (or, without one, more than white space). */
  #boundary(): void {
    if (this.#count === 0) return;
    const owner = this.#owners[this.#owners.length - 1] ?? null;
    const count = this.#count;
    const sieve = this.#sieve;
    let keep = this.#hasText;
    let firstPart = 0;
    // Fed a run at a time, and only a run with more than white space: the white space between
    // blocks (most text nodes of many pages) costs no call into the sieve.
    if (sieve && owner && (keep || sieve.wakesOnBlank)) {
      keep = sieve.read(this.#parts, count);
      firstPart = sieve.firstPart;
    }
    this.#count = 0;
    this.#hasText = false;
    if (owner && keep) this.#ready = this.#context(owner, this.#nodes.slice(0, count), this.#parts.slice(0, count), firstPart);
  }

  /** The context of a run let through, without its text nodes in editable content (then asked again), or null when none is left. */
  #context(owner: Node, nodes: Text[], parts: string[], firstPart: number): ProseContext | null {
    if (nodes.some((node) => this.#editable(node))) {
      const kept = nodes.flatMap((node, i) => (this.#editable(node) ? [] : [i]));
      nodes = kept.map((i) => nodes[i]!);
      parts = kept.map((i) => parts[i]!);
      firstPart = 0;
      if (this.#sieve) {
        if (!this.#sieve.read(parts, parts.length)) return null;
        firstPart = this.#sieve.firstPart;
      } else if (!parts.some(hasNonSpace)) {
        return null;
      }
    }
    const starts: number[] = [];
    let length = 0;
    for (const part of parts) {
      starts.push(length);
      length += part.length;
    }
    return new Prose(owner, nodes, starts, parts, firstPart);
  }

  /** Does `node` lie in editable content below the walk's start? Each element is asked once per walk. */
  #editable(node: Node): boolean {
    if (node === this.#start) return false;
    const known = (this.#inEditable ??= new Map<Node, boolean>());
    const path: Node[] = [];
    let answer = false;
    for (let at = parentOrHost(node); at && at !== this.#start; at = parentOrHost(at)) {
      const cached = known.get(at);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      path.push(at);
      if (at.nodeType === ELEMENT_NODE && isMarked(at as Element)) {
        answer = true;
        break;
      }
    }
    for (const at of path) known.set(at, answer);
    return answer;
  }
}
