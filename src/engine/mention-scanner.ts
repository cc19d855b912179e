/**
 * Incremental, sliced mention finding for one document (or any subtree).
 *
 *   const scanner = new MentionScanner(document, lexicon);
 *   scanner.work(() => performance.now() > deadline);  // repeat until it returns true
 *   scanner.mentions();                                  // accepted mentions, document order
 *
 * After a mutation, tell the scanner what changed (`textChanged`, `childrenChanged`); the next `work` rescans only the prose that can have changed
 * and drops the mentions of removed nodes. Only contexts holding a candidate are kept, so
 * memory follows the mentions, not the page.
 *
 * Whether an ambiguous candidate counts is decided whenever `mentions()` is read, by its
 * lexicon rule over its own evidence: the cues of its sentence and paragraph, and what its
 * story (story-scope.ts) says — a definition of the short form, an unambiguous name. A
 * language's ambiguous forms count only in text of that language. A newly defined short form
 * queues one more pass over the document.
 */
import { LANGS, type Lang } from '../data/lexicon-schema';
import type { CompiledCue, CompiledLexicon, CompiledTerm } from './compile-lexicon';
import { judgeCandidate, UNAMBIGUOUS, type MentionReason } from './judge-candidate';
import { cuesInTexts, matchContext, shortFormPattern, type Candidate } from './match-context';
import { StoryScope, storyProse, storyText, type Story } from './story-scope';
import type { FoldingSieve } from './phrase-matcher';
import { composedContains, isOwner, isSkipped, ownerOf, parentOrHost, PAUSED, ProseWalker, type ProseContext, type WalkMode } from './text-model';

export type { MentionReason } from './judge-candidate';

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
  /** Why it counts. */
  readonly reason: MentionReason;
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

/**
 * Do the added nodes, with their neighbours as they stand now, leave the prose around them
 * unchanged? A neighbour that is the added node before or after (a run appended at once) is
 * asked once, as itself.
 */
function allApartWithNeighbours(added: readonly Node[]): boolean {
  for (let i = 0; i < added.length; i++) {
    const node = added[i]!;
    if (!standsApart(node)) return false;
    const before = node.previousSibling;
    if (before && before !== added[i - 1] && !standsApart(before)) return false;
    const after = node.nextSibling;
    if (after && after !== added[i + 1] && !standsApart(after)) return false;
  }
  return true;
}

export interface ScannerOptions {
  /** Called with every open shadow root the walk enters (to observe it for mutations). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * The language a text is written in, when it can be told reliably (null otherwise): asked
   * once per story, only for a story whose ambiguous candidate has no `lang` of its own below
   * the root. Without it, the root's `lang` decides.
   */
  detectLanguage?: (text: string) => Promise<string | null>;
  /** Called when a detected language changed what counts (read `mentions()` again). */
  onJudged?: () => void;
  /**
   * The first scan reads only these subtrees of the root (none inside another), not the whole:
   * for a caller that knows every context holding a term lies in them (the topic sieve's
   * `locate`). A short form the page defines still sends a scan over the whole root.
   */
  scope?: readonly Node[];
}

/** The lexicon language of a BCP 47 tag ("de-CH" → "de", Swiss German "gsw" → "de"), or null for one it does not have. */
export function lexiconLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = primary === 'gsw' ? 'de' : primary;
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : null;
}

/** Where the text's language comes from: an element's own `lang` below the root decides; the root's is only a default. */
function declaredLang(owner: Node): { lang: string; own: boolean } | null {
  for (let at: Node | null = owner; at; at = parentOrHost(at)) {
    if (at.nodeType !== Node.ELEMENT_NODE) continue;
    const lang = (at as Element).getAttribute('lang');
    if (lang === null || lang.trim() === '') continue;
    return { lang, own: at !== at.ownerDocument?.documentElement };
  }
  return null;
}

/** A detection under way, or its answer (null: not told reliably). */
type Detected = Promise<void> | Lang | 'other' | null;

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
  // Nodes of one tree are never disconnected: then the browser's order is the answer.
  const position = a.compareDocumentPosition(b);
  if (!(position & Node.DOCUMENT_POSITION_DISCONNECTED)) return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
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
  /** The walker of the last walk, started again for the next. */
  #idleWalker: ProseWalker | null = null;
  /** Results before this one came from earlier walks (a walk finds its own in document order). */
  #walkFrom = 0;
  #pruneRemoved = false;
  /** Every owner with a result and its ancestors: a queued node outside this set holds no result to drop. */
  readonly #aroundResults = new WeakSet<Node>();
  /** Were nodes removed (so maybe moved) or a rescan asked for since the last batch? Then the set proves nothing. */
  #unsettled = false;
  readonly #shortForms = new Map<string, CompiledTerm>();
  #shortFormRegex: RegExp | null = null;
  /**
   * Accepted candidates and mentions, both in document order; null until asked for after a
   * change. Results appended in order with nothing to judge (a first scan, an infinite feed)
   * only extend them: `#acceptedFrom` results are in `#accepted`, `#mentions` covers as many as it holds.
   */
  #accepted: Accepted[] | null = null;
  #acceptedFrom = 0;
  #mentions: EngineMention[] | null = null;
  /** Results holding an ambiguous candidate (judging them needs the whole page), and whether any may define a short form. */
  #ambiguous = 0;
  #mayDefine = false;
  #version = 0;
  /** Languages detected per story, keyed by the story's container and opening heading. */
  readonly #detected = new WeakMap<Node, Map<Element | null, Detected>>();
  #detecting = 0;
  readonly #clear = new WeakMap<Candidate, Accepted>();
  /** Lets only contexts that can hold a term through to `matchContext`. */
  readonly #sieve: FoldingSieve;

  constructor(root: Node, lexicon: CompiledLexicon, options: ScannerOptions = {}) {
    this.#root = root;
    this.#lexicon = lexicon;
    this.#sieve = lexicon.matcher.sieve();
    this.#options = options;
    for (const node of options.scope ?? [root]) this.#queue.set(node, 'subtree');
  }

  /** Grows whenever the set of candidates may have changed; cheap to poll. */
  get version(): number {
    return this.#version;
  }

  /** Is a story's language still being detected (so what counts may still change)? */
  get judging(): boolean {
    return this.#detecting > 0;
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
    // Read once into an array: each step of iterating a NodeList, or reading it by index, is a call into the DOM.
    const list = change.addedNodes;
    const added: Node[] = [];
    for (let i = 0, count = list.length; i < count; i++) added.push(list[i]!);
    const blocksOnly = owner === change.target && allApartWithNeighbours(added) && this.#removalsApart(change);
    if (!blocksOnly) this.#enqueue(owner, 'own');
    for (const node of added) {
      // Inline runs inside `node` belong to `owner`; its nested blocks need their own pass.
      if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) this.#enqueue(node, 'subtree');
    }
  }

  /**
   * `node` changed in a way no mutation record reports (an open shadow root was attached to
   * it): its subtree (its shadow tree included), and the prose around it, are read again.
   */
  subtreeChanged(node: Node): void {
    const owner = ownerOf(node, this.#root);
    if (owner) this.#enqueue(owner, 'own');
    if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) this.#enqueue(node, 'subtree');
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
        const sieve = this.#shortFormRegex ? null : this.#sieve;
        if (this.#idleWalker) this.#idleWalker.restart(next[0], next[1], sieve);
        this.#walker = this.#idleWalker ?? new ProseWalker(next[0], next[1], sieve);
        this.#idleWalker = null;
        this.#walkFrom = this.#results.length;
      }
      const context = this.#walker.next(shouldYield);
      if (context === PAUSED) return false;
      if (context === null) {
        for (const shadow of this.#walker.shadowRoots) this.#options.onShadowRoot?.(shadow);
        this.#idleWalker = this.#walker;
        this.#walker = null;
      } else {
        const candidates = matchContext(context, this.#lexicon, this.#shortForms, this.#shortFormRegex);
        if (candidates.length > 0) {
          const first = context.nodes[0]!;
          const previous = this.#results[this.#results.length - 1];
          // Appending in document order (a first scan, infinite scroll) keeps the list sorted.
          if (previous && this.#results.length === this.#walkFrom && compareComposed(previous.first, first) > 0) this.#sorted = false;
          const defines = candidates.some((candidate) => candidate.defines !== null);
          this.#mayDefine ||= defines;
          if (candidates.some((candidate) => candidate.rule)) this.#ambiguous++;
          this.#results.push({ owner: context.owner, first, last: context.nodes[context.nodes.length - 1]!, candidates, defines });
          for (let at: Node | null = context.owner; at; at = parentOrHost(at)) this.#aroundResults.add(at);
          // In order and with nothing to judge, what was accepted stands and the new result only adds to it.
          if (this.#sorted && this.#ambiguous === 0) this.#version++;
          else this.#changed();
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
    // The browser's own `contains` answers for the light tree; a shadow tree's nodes take the climb.
    for (const [node, mode] of queued) if (this.#root.contains(node) || composedContains(this.#root, node)) this.#batch.push([node, mode]);
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
    if (this.#results.length === before) return;
    this.#walkFrom = this.#results.length;
    this.#ambiguous = this.#results.filter((result) => result.candidates.some((candidate) => candidate.rule)).length;
    this.#changed();
  }

  #prune(): void {
    this.#pruneRemoved = false;
    this.#drop((result) => !result.first.isConnected || !result.last.isConnected || !composedContains(this.#root, result.first));
  }

  /** Records short forms defined by accepted mentions; true when that calls for another pass. */
  #learnShortForms(): boolean {
    this.#mayDefine &&= this.#results.some((result) => result.defines);
    if (!this.#mayDefine) return false;
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
    return this.#judged().map((accepted) => accepted.candidate);
  }

  /** Every candidate that counts, with its reason (cached until something changes). */
  #judged(): Accepted[] {
    if (this.#accepted) {
      // Results appended since, in order, none ambiguous (else the cache was dropped).
      for (const result of this.#results.slice(this.#acceptedFrom))
        for (const candidate of result.candidates) this.#accepted.push(this.#unambiguous(candidate));
      this.#acceptedFrom = this.#results.length;
    } else {
      if (!this.#sorted) this.#results.sort((a, b) => compareComposed(a.first, b.first));
      this.#sorted = true;
      const accepted: Accepted[] = [];
      if (!this.#results.some((result) => result.candidates.some((candidate) => candidate.rule))) {
        // No ambiguous candidate: nothing to judge (most pages, and every incremental batch of them).
        for (const result of this.#results) for (const candidate of result.candidates) accepted.push(this.#unambiguous(candidate));
      } else {
        const judge = new StoryJudge(this.#results, this.#lexicon, (story) => this.#storyLang(story));
        const judged = this.#results.map((result) =>
          result.candidates.map((candidate) => (candidate.rule ? judge.judge(candidate, result, null) : this.#unambiguous(candidate))),
        );
        judge.secondLook(judged);
        for (const ones of judged) for (const one of ones) if (one) accepted.push(one);
      }
      this.#accepted = accepted;
      this.#acceptedFrom = this.#results.length;
    }
    return this.#accepted;
  }

  /** An unambiguous candidate as accepted, made once for the life of the candidate. */
  #unambiguous(candidate: Candidate): Accepted {
    let accepted = this.#clear.get(candidate);
    if (!accepted) this.#clear.set(candidate, (accepted = { candidate, term: candidate.term, reason: UNAMBIGUOUS }));
    return accepted;
  }

  /** The story's detected language: a lexicon language, 'other', null when not known reliably, or 'pending'. */
  #storyLang(story: Story): Lang | 'other' | null | 'pending' {
    const detect = this.#options.detectLanguage;
    if (!detect) return null;
    let byStart = this.#detected.get(story.container);
    if (!byStart) this.#detected.set(story.container, (byStart = new Map<Element | null, Detected>()));
    const known = byStart.get(story.start);
    if (known === undefined) {
      const settle = (answer: Lang | 'other' | null): void => {
        this.#detecting--;
        byStart.set(story.start, answer);
        this.#changed();
        this.#options.onJudged?.();
      };
      const pending = detect(storyText(story)).then(
        (tag) => settle(tag ? (lexiconLang(tag) ?? 'other') : null),
        () => settle(null),
      );
      this.#detecting++;
      byStart.set(story.start, pending);
      return 'pending';
    }
    return known instanceof Promise ? 'pending' : known;
  }

  /** The accepted mentions in document order (cached until something changes). */
  mentions(): EngineMention[] {
    if (this.#pruneRemoved) this.#prune();
    const accepted = this.#judged();
    const made = this.#mentions?.length ?? 0;
    if (!this.#mentions || made < accepted.length) {
      const added = accepted.slice(made).map(({ candidate: c, term, reason }) => ({
        range: c.range,
        text: c.text,
        term: term.form,
        lang: term.lang,
        context: c.context,
        reason,
      }));
      this.#mentions = this.#mentions ? this.#mentions.concat(added) : added;
    }
    return this.#mentions;
  }
}

interface Accepted {
  readonly candidate: Candidate;
  /** The term it stands for in its text's language. */
  readonly term: CompiledTerm;
  readonly reason: MentionReason;
}

/**
 * Is the context an item of a list, or one link and nothing else: a menu's, a "most read" or a
 * briefs box's item, the headline of a story told elsewhere, whose words say nothing of the story
 * it sits in?
 */
function itemOfItsOwn({ owner, nodes }: ProseContext): boolean {
  if ((owner as Element).localName === 'li') return true;
  const link = nodes[0]!.parentElement?.closest('a');
  return !!link && nodes.every((node) => link.contains(node) || !node.data.trim());
}

/** Was it accepted for lack of any sign of another sense, or on its story's cues alone, with nothing in its paragraph? */
function byStoryAlone({ candidate, reason }: Accepted): boolean {
  if (reason.kind === 'no-other-sense') return true;
  return reason.kind === 'cues' && candidate.rule?.cues === 'story' && !candidate.cues!.paragraph.some((cue) => cue.weight !== 'counter');
}

interface StoryFacts {
  /** The story's first unambiguous mention, as written. */
  mention: string | null;
  /** Short forms the story defines, with the long form as written. */
  readonly definitions: Map<string, string>;
  /** Short forms the story spells out as something else. */
  readonly otherwise: Set<string>;
}

/** The most of a story's prose read for its cues: a page-sized "story" costs no more than a long article. */
const STORY_CUE_CHARS = 8000;

/** Judges one pass's ambiguous candidates; learns stories and what they hold only when asked. */
class StoryJudge {
  readonly #results: readonly ContextResult[];
  readonly #lexicon: CompiledLexicon;
  readonly #storyLang: (story: Story) => Lang | 'other' | null | 'pending';
  #scope: StoryScope | null = null;
  /** Per story: its first unambiguous mention, and the short forms it defines with their long forms. */
  #facts: Map<Story, StoryFacts> | null = null;
  /** Per story: the cues of its prose, read for a rule that weighs them. */
  #storyCues: Map<Story, readonly CompiledCue[]> | null = null;

  constructor(results: readonly ContextResult[], lexicon: CompiledLexicon, storyLang: (story: Story) => Lang | 'other' | null | 'pending') {
    this.#results = results;
    this.#lexicon = lexicon;
    this.#storyLang = storyLang;
  }

  /** The cues of the story `owner` lies in, read once per pass. */
  #cuesOfStory(owner: Node): readonly CompiledCue[] {
    const story = this.#stories.storyOf(owner);
    this.#storyCues ??= new Map();
    let cues = this.#storyCues.get(story);
    if (!cues) {
      const prose = storyProse(story, STORY_CUE_CHARS).filter((context) => !itemOfItsOwn(context));
      cues = cuesInTexts(
        prose.map((context) => context.text),
        this.#lexicon,
        STORY_CUE_CHARS,
      );
      this.#storyCues.set(story, cues);
    }
    return cues;
  }

  /** The candidate's term in its text's language with the reason it counts, or null when it does not. */
  judge(candidate: Candidate, result: ContextResult, acceptedBeside: string | null): Accepted | null {
    const lang = this.#langOf(result.owner);
    if (lang === 'pending') return null; // judged again once the story's language is known
    const term = lang === null ? candidate.term : ([candidate.term, ...candidate.alternatives].find((one) => one.lang === lang) ?? null);
    // The same form may ask more in one language than in another ("SCS").
    const rule = term && term !== candidate.term && term.rule ? term.rule : candidate.rule!;
    const facts = (): StoryFacts => this.#factsOf(result.owner);
    const plain = result.candidates.find((other) => !other.rule)?.text ?? null;
    // Text of no known language is taken to be in the form's own, for which cues count.
    const reason = judgeCandidate(rule, candidate.term.form, candidate.shortForm, candidate.cues!, lang === 'other' ? null : (lang ?? candidate.term.lang), {
      paragraphMention: plain ?? acceptedBeside,
      namedInParagraph: plain !== null,
      storyMention: () => facts().mention,
      definitionOf: (shortForm) => facts().definitions.get(shortForm) ?? null,
      definedOtherwise: (shortForm) => facts().otherwise.has(shortForm),
      storyCues: () => this.#cuesOfStory(result.owner),
    });
    if (!reason) return null;
    // A short form the story defined counts in any language; other ambiguous forms only in their own.
    if (term === null && reason.kind !== 'defined' && !rule.anyLanguage) return null;
    return { candidate, term: term ?? candidate.term, reason };
  }

  /**
   * A second look at what was turned down: a mention accepted in the same paragraph (or, where
   * the rule looks at the story, in the same story) is a clear mention too ("the consumption
   * room" in a headline, when the story's text below it counts).
   */
  secondLook(judged: (Accepted | null)[][]): void {
    const turnedDown = judged.some((ones) => ones.includes(null));
    const someAccepted = judged.some((ones) => ones.some((one) => one?.candidate.rule));
    if (!turnedDown || !someAccepted) return;
    this.#sameSenseAsTheStory(judged);
    const acceptedInStory = new Map<Story, string>();
    judged.forEach((ones, i) => {
      const first = ones.find((one) => one !== null);
      const story = first ? this.#stories.storyOf(this.#results[i]!.owner) : null;
      if (first && story && !acceptedInStory.has(story)) acceptedInStory.set(story, first.candidate.text);
    });
    judged.forEach((ones, i) => {
      const result = this.#results[i]!;
      const beside = ones.find((one) => one !== null)?.candidate.text ?? null;
      ones.forEach((one, k) => {
        if (one) return;
        const candidate = result.candidates[k]!;
        const scope = candidate.rule?.clearMention;
        const mention = scope === 'story' ? (beside ?? acceptedInStory.get(this.#stories.storyOf(result.owner)) ?? null) : scope ? beside : null;
        if (mention) ones[k] = this.judge(candidate, result, mention);
      });
    });
  }

  /**
   * A form accepted for lack of any sign of another sense, or on its story's cues alone ("Zo
   * bereken je je gebruiksruimte", a headline), is turned down when its story uses the same form beside a counter-cue: the
   * story is about that other sense.
   */
  #sameSenseAsTheStory(judged: (Accepted | null)[][]): void {
    const otherSense = new Map<Story, Set<CompiledTerm>>();
    judged.forEach((ones, i) => {
      const result = this.#results[i]!;
      ones.forEach((one, k) => {
        const candidate = result.candidates[k]!;
        if (one || !candidate.cues?.paragraph.some((cue) => cue.weight === 'counter')) return;
        const story = this.#stories.storyOf(result.owner);
        const terms = otherSense.get(story) ?? new Set<CompiledTerm>();
        otherSense.set(story, terms.add(candidate.term));
      });
    });
    if (otherSense.size === 0) return;
    judged.forEach((ones, i) => {
      const result = this.#results[i]!;
      ones.forEach((one, k) => {
        if (one && byStoryAlone(one) && otherSense.get(this.#stories.storyOf(result.owner))?.has(one.candidate.term)) ones[k] = null;
      });
    });
  }

  get #stories(): StoryScope {
    return (this.#scope ??= new StoryScope());
  }

  /**
   * The language of the text `owner` holds: an element's own `lang` below the root decides;
   * else a reliable detection; else the root's `lang`; null when not known, 'pending' while
   * it is being detected.
   */
  #langOf(owner: Node): Lang | 'other' | null | 'pending' {
    const declared = declaredLang(owner);
    const lang = declared ? (lexiconLang(declared.lang) ?? 'other') : null;
    if (declared?.own) return lang;
    const detected = this.#storyLang(this.#stories.storyOf(owner));
    return detected ?? lang;
  }

  #factsOf(owner: Node): StoryFacts {
    if (!this.#facts) {
      this.#facts = new Map();
      for (const result of this.#results) {
        const telling = result.candidates.filter((candidate) => !candidate.rule || candidate.definedOtherwise);
        if (telling.length === 0) continue;
        const story = this.#stories.storyOf(result.owner);
        let facts = this.#facts.get(story);
        if (!facts) this.#facts.set(story, (facts = { mention: null, definitions: new Map(), otherwise: new Set() }));
        for (const candidate of telling) {
          if (candidate.definedOtherwise && candidate.shortForm) facts.otherwise.add(candidate.shortForm);
          if (candidate.rule) continue;
          facts.mention ??= candidate.text;
          if (candidate.defines && !facts.definitions.has(candidate.defines)) facts.definitions.set(candidate.defines, candidate.text);
        }
      }
    }
    return this.#facts.get(this.#stories.storyOf(owner)) ?? { mention: null, definitions: new Map(), otherwise: new Set() };
  }
}
