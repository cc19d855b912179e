/**
 * The text model: the page's text as prose contexts. A context is a run of text nodes that
 * reads as one piece of prose: inline elements (`a em strong span …`) do not split it, block
 * elements and `<br>` do. Every context has an owner: the nearest block element (or shadow
 * root, or document) around it, which is what a rescan after a mutation is keyed on.
 *
 * The walk is iterative (a 10,000-deep DOM cannot overflow the stack) and resumable: it
 * stops when asked to yield and carries on from the same node later.
 */

/** One run of prose: the concatenated data of `nodes`; `starts[i]` is where nodes[i] begins in `text`. */
export interface ProseContext {
  readonly owner: Node;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly text: string;
}

/** Marks the extension's own UI so the engine never reads it. */
export const UI_MARKER_ATTRIBUTE = 'data-claimlens-ui';

/** Elements that keep their text inside the prose around them. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RB', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR', 'WBR',
]);

/** Elements whose content is not prose, or not the reader's to read. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH', 'HEAD',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'RP', 'RT',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const tagOf = (element: Element): string => element.localName.toUpperCase();

/** Editable content is the reader's own writing: `contenteditable` other than "false". */
function isEditingHost(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Does this node's whole subtree stay out of the text model? */
export function isSkipped(element: Element): boolean {
  return (
    SKIPPED.has(tagOf(element)) ||
    element.hasAttribute(UI_MARKER_ATTRIBUTE) ||
    isEditingHost(element)
  );
}

/** Do this node's boundaries end the prose around it? (Documents, shadow roots and blocks.) */
export function isOwner(node: Node): boolean {
  return node.nodeType !== ELEMENT_NODE ? node.nodeType !== TEXT_NODE : !INLINE.has(tagOf(node as Element));
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

export class ProseWalker {
  readonly #mode: WalkMode;
  /** The tree being walked: `start`, then shadow roots met on the way. */
  #frameRoot: Node;
  #frames: { root: Node; host: Element; owners: (Node | null)[] }[] = [];
  /** The owners of the nodes being walked; null where the owner is outside `start`. */
  #owners: (Node | null)[];
  #next: Node | null;
  #nodes: Text[] = [];
  #starts: number[] = [];
  #length = 0;
  #ready: ProseContext[] = [];
  /** Open shadow roots met, for the caller to observe. */
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(start: Node, mode: WalkMode) {
    this.#mode = mode;
    this.#frameRoot = start;
    this.#owners = [isOwner(start) ? start : null];
    if (start.nodeType === TEXT_NODE) {
      this.#next = start;
    } else {
      this.#next = start.firstChild;
      if (!this.#next) this.#next = this.#leaveFrame();
    }
  }

  /** The next context, PAUSED when `shouldYield()` says so, or null when the walk is done. */
  next(shouldYield: () => boolean = () => false): ProseContext | typeof PAUSED | null {
    let visited = 0;
    while (this.#ready.length === 0) {
      const node = this.#next;
      if (!node) {
        this.#boundary();
        break;
      }
      if (++visited % NODES_PER_CHECK === 0 && shouldYield()) return PAUSED;
      this.#next = this.#visit(node);
    }
    return this.#ready.shift() ?? null;
  }

  #visit(node: Node): Node | null {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (text.data.length > 0) {
        this.#nodes.push(text);
        this.#starts.push(this.#length);
        this.#length += text.data.length;
      }
      return this.#after(node);
    }
    if (node.nodeType !== ELEMENT_NODE) return this.#after(node);
    const element = node as Element;
    if (isSkipped(element)) return this.#after(node);
    const tag = tagOf(element);
    const block = !INLINE.has(tag);
    if (block || tag === 'BR') this.#boundary();
    if (block && this.#mode === 'own') return this.#after(node);
    const shadow = element.shadowRoot;
    if (shadow && this.#mode === 'subtree') {
      this.shadowRoots.push(shadow);
      this.#boundary();
      this.#frames.push({ root: this.#frameRoot, host: element, owners: this.#owners });
      this.#frameRoot = shadow;
      this.#owners = [shadow];
      return shadow.firstChild ?? this.#leaveFrame();
    }
    if (block) this.#owners.push(element);
    return this.#enter(element);
  }

  /** Goes into `element`'s children, or past it when it has none. */
  #enter(element: Element): Node | null {
    return element.firstChild ?? this.#leave(element);
  }

  #leave(element: Element): Node | null {
    if (!INLINE.has(tagOf(element))) {
      this.#boundary();
      this.#owners.pop();
    }
    return this.#after(element);
  }

  /** The node after `node` once its subtree is done: its next sibling, or an ancestor's. */
  #after(node: Node): Node | null {
    for (let at: Node = node; ; ) {
      if (at === this.#frameRoot) return this.#leaveFrame();
      if (at.nextSibling) return at.nextSibling;
      const parent = at.parentNode;
      if (!parent) return null; // removed while the walk was paused: its rescan is queued
      if (parent === this.#frameRoot) return this.#leaveFrame();
      if (parent.nodeType === ELEMENT_NODE && !INLINE.has(tagOf(parent as Element))) {
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
    const host = frame.host;
    if (!INLINE.has(tagOf(host))) this.#owners.push(host);
    return this.#enter(host);
  }

  /** Closes the current run: a context if it has text and an owner inside `start`. */
  #boundary(): void {
    if (this.#nodes.length === 0) return;
    const owner = this.#owners[this.#owners.length - 1] ?? null;
    if (owner) {
      let text = '';
      for (const node of this.#nodes) text += node.data;
      this.#ready.push({ owner, nodes: this.#nodes, starts: this.#starts, text });
    }
    this.#nodes = [];
    this.#starts = [];
    this.#length = 0;
  }
}
