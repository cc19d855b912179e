/**
 * Stories: the part of a page an ambiguous candidate is judged within. A story is the nearest
 * `article` around the candidate (a long article stays one story, its sections and asides
 * included); outside any article, the stretch between two headings of the nearest `section`,
 * `main`, `aside`, `nav`, `header` or `footer` (or of the whole document), so the stories of a
 * front page that uses headings alone stay apart. A frame is a document of its own.
 *
 * Computed lazily, for ambiguous candidates only, by walking up from the candidate's owner:
 * the text model's walk does not track stories.
 */
import { isSkipped, parentOrHost, PAUSED, ProseWalker, type ProseContext } from './text-model';

const WHOLE_STORY = 'article, [role="article"]';
const STORY_REGION = 'section, main, aside, nav, header, footer, [role="main"], [role="region"], [role="complementary"], [role="navigation"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** The most text a story hands the language detector. */
const TEXT_LIMIT = 4000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

export interface Story {
  /** The article or region the story lies in (the document when none). */
  readonly container: Node;
  /** The heading that opens it inside `container`, or null from the container's start. */
  readonly start: Element | null;
  /** The heading that opens the next story in `container`, or null to the container's end. */
  readonly end: Element | null;
}

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;

/** Does `a` come before `b`, or contain it? (A heading opens the story of what it contains.) */
function startsBeforeOrHolds(a: Node, b: Node): boolean {
  if (a === b) return true;
  const position = a.compareDocumentPosition(b);
  return (position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0;
}

/** What can open a story, or end one: a heading, an article, a region. */
const DIVIDES = `${HEADINGS}, ${WHOLE_STORY}, ${STORY_REGION}`;
/** How far past the last owner a sibling is looked for before the full search. */
const BESIDE_STEPS = 32;

/** Finds stories, caching what it learns; one instance serves one judging pass over a page. */
export class StoryScope {
  readonly #stories = new Map<Node, Map<Element | null, Story>>();
  readonly #headings = new Map<Node, Element[]>();
  readonly #byOwner = new Map<Node, Story>();
  #last: { owner: Node; story: Story } | null = null;

  /** The story the prose owned by `owner` belongs to. */
  storyOf(owner: Node): Story {
    let story = this.#byOwner.get(owner);
    if (!story) {
      story = this.#besideLast(owner) ?? this.#find(owner);
      this.#byOwner.set(owner, story);
      this.#last = { owner, story };
    }
    return story;
  }

  /**
   * The last owner's story, when `owner` is a sibling shortly after it with nothing between
   * them (nor either of them) that opens or ends a story. Owners are mostly asked for in page
   * order, and the full search compares the owner with headings: Chromium orders two siblings
   * by walking from one to the other, so on a page of thousands of sibling paragraphs under
   * one heading each search walked thousands of them.
   */
  #besideLast(owner: Node): Story | null {
    const last = this.#last;
    if (!last || !owner.parentNode || last.owner.parentNode !== owner.parentNode || (isElement(owner) && owner.matches(DIVIDES))) return null;
    let at: Node | null = last.owner;
    for (let steps = 0; at && at !== owner; steps++, at = at.nextSibling) {
      if (steps === BESIDE_STEPS) return null;
      if (isElement(at) && (at.matches(DIVIDES) || at.querySelector(DIVIDES))) return null;
    }
    return at ? last.story : null;
  }

  #find(owner: Node): Story {
    let region: Node | null = null;
    let top: Node = owner;
    for (let at: Node | null = owner; at; at = parentOrHost(at)) {
      top = at;
      if (!isElement(at)) continue;
      if (at.matches(WHOLE_STORY)) return this.#story(at, null, null);
      if (!region && at.matches(STORY_REGION)) region = at;
    }
    const container = region ?? top;
    const headings = this.#headingsOf(container);
    // The last heading at or before the owner opens its story.
    let low = 0;
    let high = headings.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (startsBeforeOrHolds(headings[mid]!, owner)) low = mid + 1;
      else high = mid;
    }
    return this.#story(container, headings[low - 1] ?? null, headings[low] ?? null);
  }

  /** The headings that divide `container`: those not inside a nested article or region. */
  #headingsOf(container: Node): Element[] {
    let headings = this.#headings.get(container);
    if (!headings) {
      const all = 'querySelectorAll' in container ? [...(container as ParentNode).querySelectorAll(HEADINGS)] : [];
      const nested = `${WHOLE_STORY}, ${STORY_REGION}`;
      headings = all.filter((heading) => (heading.parentElement?.closest(nested) ?? null) === (isElement(container) ? container : null));
      this.#headings.set(container, headings);
    }
    return headings;
  }

  #story(container: Node, start: Element | null, end: Element | null): Story {
    let byStart = this.#stories.get(container);
    if (!byStart) this.#stories.set(container, (byStart = new Map<Element | null, Story>()));
    let story = byStart.get(start);
    if (!story) byStart.set(start, (story = { container, start, end }));
    return story;
  }
}

/**
 * The story's prose, up to a few thousand characters (what the language detector reads): its
 * text nodes in order from its opening heading to the next, leaving out what the text model
 * skips (scripts, styles, editable fields). It stops at the limit, so a page-sized story costs
 * no more than a short one.
 */
export function storyText(story: Story): string {
  const { container, start, end } = story;
  const document = container.ownerDocument ?? (container as Document);
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    isElement(node) && isSkipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  // The opening heading's own words, then what follows it.
  let text = start?.textContent ?? '';
  if (start) walker.currentNode = lastDescendant(start);
  for (let node = walker.nextNode(); node && text.length < TEXT_LIMIT; node = walker.nextNode()) {
    if (end && startsBeforeOrHolds(end, node)) break;
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
  }
  return text.slice(0, TEXT_LIMIT);
}

/** The last node inside `node` in document order (itself when it has no children). */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** The most prose of one story the claim and name finders read: a page-sized "story" costs no more. */
const PROSE_LIMIT = 60_000;

/**
 * The story's prose contexts in page order, from its opening heading (included) to the next
 * one, up to `limit` characters (PROSE_LIMIT unless said): what claims and names are looked for in, and only in
 * stories that hold a mention. After an opening heading, prose directly in a container (not in
 * a block of its own) is not read: the heading's following blocks are.
 */
export function storyProse(story: Story, limit = PROSE_LIMIT): ProseContext[] {
  const { container, start, end } = story;
  const contexts: ProseContext[] = [];
  let length = 0;
  for (const root of start ? followingFrom(start, container) : [container]) {
    const walk = new ProseWalker(root, 'subtree');
    for (let context = walk.next(); context && context !== PAUSED; context = walk.next()) {
      if (end && startsBeforeOrHolds(end, context.nodes[0]!)) return contexts;
      contexts.push(context);
      length += context.text.length;
      if (length >= limit) return contexts;
    }
  }
  return contexts;
}

/**
 * A set of stories that answers, for the prose a change touched, whether it lies in one of them
 * as `storyProse` reads them: by one walk up from each node, looking the ancestors up by
 * container (nodes already walked past are remembered as outside), and comparing with a story's
 * headings only inside a container that holds one. So changes outside the stories (a ticker, an
 * advertisement, another story) cost a short walk, no story search and no heading query.
 */
export class StorySet {
  readonly #byContainer = new Map<Node, Story[]>();

  constructor(stories: Iterable<Story>) {
    for (const story of stories) {
      const here = this.#byContainer.get(story.container);
      if (here) here.push(story);
      else this.#byContainer.set(story.container, [story]);
    }
  }

  /** Does any of `nodes` (connected or not) lie in one of the stories? */
  touchedBy(nodes: Iterable<Node>): boolean {
    if (this.#byContainer.size === 0) return false;
    /** Nodes with no story's container at or above them. */
    const clear = new Set<Node>();
    /** Blocks right under a container, holding none of its stories' headings, found outside them. */
    const outside = new Set<Node>();
    const members = new Map<Story, Members | null>();
    const holds = (story: Story, from: Node, to: Node): boolean => {
      if (!members.has(story)) members.set(story, membersOf(story));
      return runInStory(story, from, to, members.get(story)!);
    };
    for (const { first, last } of siblingRuns(nodes)) {
      // The run, or a block holding it, in the container's own tree.
      let from = first;
      let to = last;
      const walked: Node[] = [];
      let metContainer = false;
      let below: Node | null = null;
      for (let at: Node | null = first; at && !clear.has(at); below = at, at = parentOrHost(at)) {
        walked.push(at);
        const stories = this.#byContainer.get(at);
        if (stories) {
          metContainer = true;
          // A block under the container lies wholly on one side of each heading it does not hold:
          // placed once for all the changes inside it (the comments of a long thread).
          if (below && below !== first && !(below as Partial<ShadowRoot>).host && !stories.some((story) => holdsHeading(below!, story))) from = to = below;
          // Known by the block right under this container, and only so (a node has one parent).
          const block = from === to && from === below ? below : null;
          if (!block || !outside.has(block)) {
            if (stories.some((story) => holds(story, from, to))) return true;
            if (block) outside.add(block);
          }
        }
        if ((at as Partial<ShadowRoot>).host) from = to = (at as ShadowRoot).host;
      }
      // Where a container was met, the answer depended on the run's place among its headings.
      if (!metContainer) for (const at of walked) clear.add(at);
    }
    return false;
  }
}

/** A story's blocks are looked up among at most this many; beyond, they are compared. */
const MAX_MEMBERS = 1_000;

/** A story between two sibling headings: their parent, and its children from the first heading to the next. */
interface Members {
  readonly parent: Node;
  readonly blocks: ReadonlySet<Node>;
}

/**
 * The story's blocks, when it lies between two headings of one parent and has at most
 * MAX_MEMBERS; else null. Walked once a batch (a story is a few blocks), so a change is placed by
 * a lookup: Chromium orders two siblings by walking from one to the other, and a thousand
 * paragraphs of a long feed rewritten one by one, each compared with the headings, cost the
 * content script three times its own work on them.
 */
function membersOf({ start, end }: Story): Members | null {
  const parent = start?.parentNode;
  if (!parent || end?.parentNode !== parent) return null;
  const blocks = new Set<Node>();
  for (let at: Node | null = start; at && at !== end; at = at.nextSibling) {
    if (blocks.size === MAX_MEMBERS) return null;
    blocks.add(at);
  }
  return { parent, blocks };
}

/** Does `block` hold the heading that opens or ends `story`? */
const holdsHeading = (block: Node, { start, end }: Story): boolean => (start !== null && block.contains(start)) || (end !== null && block.contains(end));

/** The sibling before `node`, passing over white space and comments. */
function siblingBefore(node: Node): Node | null {
  let before = node.previousSibling;
  while (before && (before.nodeType === COMMENT_NODE || (before.nodeType === TEXT_NODE && !(before as Text).data.trim()))) before = before.previousSibling;
  return before;
}

/**
 * `nodes` as runs of consecutive siblings (blocks appended together, paragraphs rewritten in
 * turn), in the order given: a run is placed among the headings by its two ends, two
 * comparisons instead of two a node. Chromium orders siblings by walking from one to the other:
 * a thousand blocks appended to a long page's body, each compared, cost the content script ten
 * times its own work on them.
 */
function siblingRuns(nodes: Iterable<Node>): Iterable<{ first: Node; last: Node }> {
  const byLast = new Map<Node, { first: Node; last: Node }>();
  for (const node of nodes) {
    const before = siblingBefore(node);
    const run = before && byLast.get(before);
    if (run) {
      byLast.delete(run.last);
      run.last = node;
    }
    byLast.set(node, run || { first: node, last: node });
  }
  return byLast.values();
}

/**
 * Does the run of siblings from `first` to `last`, inside `story.container`'s tree, reach into
 * the story (`members`: its blocks, if known)? The container itself only when the story is all
 * of it: a change there (a block removed from between others) names no story.
 */
function runInStory(story: Story, first: Node, last: Node, members: Members | null): boolean {
  const { container, start, end } = story;
  if (first === container) return !start && !end;
  if (members) {
    const { parent, blocks } = members;
    if (first.parentNode === parent) {
      if (blocks.has(first) || blocks.has(last)) return true;
      // Only a run across the whole story is in it without either end.
      if (first === last) return false;
    } else if (first === last) {
      // The story lies within its headings' parent: in it by the block of that parent holding the change.
      let at = first;
      while (at.parentNode && at.parentNode !== parent) at = at.parentNode;
      return at.parentNode === parent && blocks.has(at);
    }
  }
  return (!start || startsBeforeOrHolds(start, last)) && (!end || !startsBeforeOrHolds(end, first));
}

/** `start` and every node after it inside `container`, as roots of subtrees in document order. */
function followingFrom(start: Node, container: Node): Node[] {
  const roots: Node[] = [start];
  for (let at: Node = start; at !== container && at.parentNode; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = next.nextSibling) roots.push(next);
  }
  return roots;
}
