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
import { computeFold, DROP, MULTI, spelledOut } from './normalize';
import { HOST, isOwner, isSkipped, KIND, kindAndHost, MAYBE_SKIPPED, ownerOf, parentOrHost, SKIPPED } from './text-model';

/** What the build derives from the lexicon (sieve-pattern.ts), so that no frame builds it. */
export interface SieveSource {
  /** A class (`u` flag) of the units to fold before the test: those that can fold into an anchor. */
  readonly folding: string;
  /** The expression (with the `i` flag) of each anchor over folded text: every form that counts in any case holds one. */
  readonly anchors: readonly string[];
  /**
   * All of `anchors` as one expression, shaped as a trie (anchor-trie.ts): the test's, 2–3× faster
   * than their alternation. Only where written for exactly these anchors; without it they are joined.
   */
  readonly anyAnchor?: string | undefined;
  /** The expression (no flag) of each short form that counts only in capitals. */
  readonly capitals: readonly string[];
  /** Each anchor's normalised text, then each capital form's (an anchor's index is its place here). */
  readonly texts: readonly string[];
  /** The fold of each ASCII unit, as the normaliser folds it (to name what an expression matched). */
  readonly asciiFold: string;
  /** A class of the ASCII units no anchor holds (a text may be cut before one). */
  readonly breakers: string;
  /** The most units any anchor spans. */
  readonly reach: number;
  /** How the test reads the units of `COMMON_RANGES` (`commonReadings`), so that no frame works them out. */
  readonly readings?: readonly string[] | undefined;
}

/** Units of text a step tests at most (a chunk ends at the next unit no anchor holds). */
const CHUNK = 32_768;
/** Elements a step looks at, when looking for skipped elements in prose and for shadow roots. */
const ELEMENTS_A_STEP = 2_048;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const NON_ASCII = /[^\0-\x7f]/;
/** Runs of non-ASCII units: found far faster than the folding class (which needs Unicode mode). */
const NON_ASCII_RUNS = /[^\0-\x7f]+/g;
/** A run longer than this (a page in another script) is folded with the folding class natively, not unit by unit. */
const LONG_RUN = 24;
const TEXT_NODE = 3;

/** Non-ASCII units most pages in Latin script hold: Latin-1 Supplement, Latin Extended-A and -B, General Punctuation ([first, end)). */
export const COMMON_RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0x250],
  [0x2000, 0x2070],
];

/** Lower-case letters: made on first use, as the normaliser's Unicode expressions are (normalize.ts). */
let lowerCase: RegExp | undefined;

/** How the test reads one non-ASCII unit: folded as the normaliser folds it, in capitals where it is not lower case (short forms count only so). */
export function unitReading(code: number): string {
  const unit = computeFold(code);
  const text = unit === DROP ? '' : unit === MULTI ? spelledOut(code) : String.fromCharCode(unit);
  return (lowerCase ??= new RegExp('\\p{Ll}', 'u')).test(String.fromCharCode(code)) ? text : text.toUpperCase();
}

/** How the test reads `code`, kept in `readAs` (see `TopicSieve.#readAs`): from the build's `readings` where it has one. */
function readUnit(code: number, readAs: Map<number, string>, readings: readonly string[]): string {
  let text = readAs.get(code);
  if (text === undefined) readAs.set(code, (text = builtReading(code, readings) ?? unitReading(code)));
  return text;
}

/** Units a code unit takes in the build's readings: the length of its reading ("=": itself), then the reading, padded. */
const SLOT = 3;
const EQUAL = 0x3d;
const ZERO = 0x30;

/**
 * The build's reading of `code` (`commonReadings`), or undefined outside the common ranges: one
 * string a range, three units a code unit — its reading's length ("=" where it reads as itself), then the reading, padded.
 */
export function builtReading(code: number, readings: readonly string[]): string | undefined {
  for (let range = 0; range < COMMON_RANGES.length; range++) {
    const [first, end] = COMMON_RANGES[range]!;
    const text = readings[range];
    if (code < first || code >= end || text === undefined) continue;
    const at = (code - first) * SLOT;
    const length = text.charCodeAt(at);
    return length === EQUAL ? String.fromCharCode(code) : text.slice(at + 1, at + 1 + length - ZERO);
  }
  return undefined;
}

/** `readings` of the common ranges, for the build (what `builtReading` reads). */
export function commonReadings(): string[] {
  return COMMON_RANGES.map(([first, end]) => {
    let slots = '';
    for (let code = first; code < end; code++) {
      const text = unitReading(code);
      if (text.length >= SLOT) throw new Error(`topic sieve: unit ${code} reads as ${text.length} units, more than a slot holds`);
      slots += text === String.fromCharCode(code) ? '=' + ' '.repeat(SLOT - 1) : String(text.length) + text.padEnd(SLOT - 1);
    }
    return slots;
  });
}

/** A run of non-ASCII units as the test reads it. Units that fold into no anchor's unit may be folded too: it changes no anchor's match. */
function foldRun(run: string, readAs: Map<number, string>, readings: readonly string[]): string {
  let folded = '';
  for (let i = 0; i < run.length; i++) folded += readUnit(run.charCodeAt(i), readAs, readings);
  return folded;
}

interface LocateOptions {
  anchors?: Set<number>;
  read?: TreeReading;
}

/**
 * What a test of a tree (`testTreeInSteps`) learned, for `locate` to take while the tree has not
 * changed since: each part's text, and how far into it no anchor was found. On a page with the
 * topic, `locate` then folds and searches only the text from the test's hit on. (Not the
 * element pass: a shadow root attached meanwhile records no change, and `locate` must see it.)
 */
export class TreeReading {
  /** The text of each part read. */
  readonly texts = new Map<Node, string>();
  /** Where in each part's text the test's hit chunk began (chunks end before a unit no anchor holds): no anchor before it. */
  readonly clean = new Map<Node, number>();
  /** Forgets it all (the texts are a copy of the page's text). */
  clear(): void {
    this.texts.clear();
    this.clean.clear();
  }
}

export class TopicSieve {
  readonly #source: SieveSource;
  /** What only some frames need is made on first use (below): nearly every frame only tests ASCII text once and finds nothing. */
  #made: {
    foldingRuns?: RegExp;
    anchorsAll?: readonly RegExp[];
    breakers?: RegExp;
    expressions?: AnchorExpressions;
  } = {};
  /** The anchors that count in any case, then those only in capitals (empty when none). */
  readonly #anchors: readonly RegExp[];
  /** The most units any anchor spans: a change's neighbours are read until more ASCII letters and digits than this. */
  readonly #reach: number;
  /**
   * Each non-ASCII unit met, as the test reads it (`unitReading`). Kept per unit met, not in a
   * table of every unit: a frame meets a few dozen (spaces, quotes, dashes, accented letters).
   * The units of the common ranges (`COMMON_RANGES`) the build reads ahead (`#readings`):
   * the normaliser's rules compile Unicode expressions, cold in every frame that meets one
   * non-ASCII unit (decoding the whole table up front cost more than that).
   */
  readonly #readAs = new Map<number, string>();
  readonly #readings: readonly string[];

  constructor(source: SieveSource) {
    this.#source = source;
    this.#anchors = [
      [source.anyAnchor ?? source.anchors.join('|'), 'i'],
      [source.capitals.join('|'), ''],
    ].flatMap(([expression, flags]) => (expression ? [new RegExp(expression, flags)] : []));
    this.#reach = source.reach;
    this.#readings = source.readings ?? [];
  }

  /** A sieve of other anchors (a frame's not yet compiled ones): made here, so a script lent this sieve needs no copy of the class. */
  withSource(source: SieveSource): TopicSieve {
    return new TopicSieve(source);
  }

  /** Runs of units of the folding class. */
  get #foldingRuns(): RegExp {
    return (this.#made.foldingRuns ??= new RegExp(`${this.#source.folding}+`, 'gu'));
  }

  /**
   * The anchors, as `#anchors` orders them, to find every place one starts: a match names its
   * anchor by what it matched. The trie-shaped expression where the build wrote one: no anchor
   * holds another (sieve-pattern.ts), so at any place at most one matches, and the trie matches
   * it exactly as their alternation does, trying a few dozen first characters instead of every anchor.
   */
  get #anchorsAll(): readonly RegExp[] {
    const { anchors, anyAnchor, capitals } = this.#source;
    return (this.#made.anchorsAll ??= [
      [anyAnchor ?? anchors.join('|'), 'ig'],
      [capitals.join('|'), 'g'],
    ].flatMap(([expression, flags]) => (expression ? [new RegExp(expression, flags)] : [])));
  }

  /** The ASCII units no anchor can hold (a period, a comma, digits…): a long text is cut before one, so no anchor straddles a cut. */
  get #breakers(): RegExp {
    return (this.#made.breakers ??= new RegExp(this.#source.breakers, 'g'));
  }

  /** Could `text`, read as one run of prose, hold a term? */
  test(text: string): boolean {
    // No folding over ASCII text.
    const folded = NON_ASCII.test(text) ? this.#fold(text) : text;
    for (const anchors of this.#anchors) if (anchors.test(folded)) return true;
    return false;
  }

  /**
   * `text` with its folding units folded (`foldRun`), the rest as it is: the runs of non-ASCII
   * units are found without Unicode mode; a short run (spaces, quotes and accents in Latin
   * script) is folded unit by unit, a long one (a page in another script) through the folding class.
   */
  #fold(text: string): string {
    const readAs = this.#readAs;
    const readings = this.#readings;
    return text.replace(NON_ASCII_RUNS, (run: string) =>
      run.length > LONG_RUN ? run.replace(this.#foldingRuns, (piece: string) => foldRun(piece, readAs, readings)) : foldRun(run, readAs, readings),
    );
  }

  /**
   * Could the prose under `root` (a document, a block, a shadow root, a text node) hold a term?
   * Open shadow roots met on the way are tested too and added to `shadowRoots`, for the caller
   * to watch. `root` must not be an inline element inside prose that goes on around it.
   */
  testTree(root: Node, shadowRoots: ShadowRoot[] = []): boolean {
    return toEnd(this.testTreeInSteps(root, shadowRoots));
  }

  /**
   * `testTree` in steps, for a large document: it yields between pieces of work (a chunk of
   * text, a batch of elements) so a caller can spread them over several tasks. The text is
   * read once; the DOM may change between steps (the caller watches changes from before the
   * first step). Long text is tested in chunks cut before a unit no anchor holds, so the
   * answer is the one a single test of the whole text gives. With `read`, what the test learned
   * is kept there (each part's text and where in it no anchor is: `TreeReading`), for `locate`
   * to take while nothing has changed.
   */
  *testTreeInSteps(root: Node, shadowRoots: ShadowRoot[] = [], read?: TreeReading): Generator<void, boolean> {
    if (root.nodeType === TEXT_NODE) return this.test((root as Text).data);
    if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return false;
    for (const part of partsOf(root)) {
      const text = proseOf(part);
      read?.texts.set(part, text);
      for (let start = 0; start < text.length;) {
        const end = this.#cut(text, start + CHUNK);
        read?.clean.set(part, start);
        if (this.test(start === 0 && end === text.length ? text : text.slice(start, end))) return true;
        start = end;
        yield;
      }
      read?.clean.set(part, text.length);
    }
    if (!('querySelectorAll' in root)) return false;
    // One pass over the elements finds both the skipped ones inside prose and the open shadow roots.
    const shadows: ShadowRoot[] = [];
    for (const [owner, splitters] of yield* splitOwners(root, shadows)) {
      if (this.#acrossSplitters(owner, splitters)) return true;
      yield;
    }
    for (const shadow of shadows) {
      shadowRoots.push(shadow);
      if (yield* this.testTreeInSteps(shadow, shadowRoots)) return true;
    }
    return false;
  }

  /**
   * Could the prose around `node` (a text node, a comment or an inline element, changed or
   * beside a change) now hold a term? Reads the node's text and its neighbours' in the same
   * prose, outwards until a block or more ASCII letters and digits than an anchor spans: an
   * anchor through the node lies inside that (each letter or digit is one unit of an anchor).
   * Where a neighbour holds a skipped element, whose text would split the prose, the whole
   * block is tested instead. Open shadow roots under `node` are tested and added to `shadowRoots`.
   */
  testAround(node: Node, shadowRoots: ShadowRoot[] = []): boolean {
    const owner = (): boolean => {
      const block = ownerOf(node, node.getRootNode());
      return block !== null && this.testTree(block, shadowRoots);
    };
    let own = '';
    if (node.nodeType === TEXT_NODE) own = (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE) {
      if (isSkipped(node as Element)) return false;
      if ((node as Element).querySelector(MAYBE_SKIPPED)) return owner();
      own = node.textContent ?? '';
      for (const shadow of toEnd(shadowRootsUnder(node, (node as Element).getElementsByTagName('*')))) {
        shadowRoots.push(shadow);
        if (this.testTree(shadow, shadowRoots)) return true;
      }
    }
    const before = this.#beside(node, 'previousSibling');
    const after = before === null ? null : this.#beside(node, 'nextSibling');
    if (before === null || after === null) return owner();
    return this.test(before + own + after);
  }

  /**
   * The text on one side of `node` in its prose, until a block or past the anchors' reach; null
   * where an inline neighbour holds a skipped element (its text would split the prose).
   */
  #beside(node: Node, side: 'previousSibling' | 'nextSibling'): string | null {
    const pieces: string[] = [];
    let letters = 0;
    for (let at: Node = node; ;) {
      for (let next = at[side]; next; next = next[side]) {
        let text = '';
        if (next.nodeType === TEXT_NODE) text = (next as Text).data;
        else if (next.nodeType === ELEMENT_NODE) {
          if (isSkipped(next as Element)) continue;
          if (isOwner(next)) return join(pieces, side);
          if ((next as Element).querySelector(MAYBE_SKIPPED)) return null;
          text = next.textContent ?? '';
        }
        // Only as much of a long neighbour as the anchors can reach into.
        const [piece, counted] = reachInto(text, side, this.#reach + 1 - letters);
        pieces.push(piece);
        letters += counted;
        if (letters > this.#reach) return join(pieces, side);
      }
      const parent = at.parentNode;
      if (!parent || isOwner(parent)) return join(pieces, side);
      at = parent;
    }
  }

  /**
   * Could a term run across one of `splitters` (skipped elements inside the prose of `owner`,
   * whose text `textContent` put inside it)? Read as the engine reads it: the prose on both sides
   * of each, without it, as far as an anchor reaches (the rest of the owner's text was tested
   * in `textContent`); the owner's whole text without them where a neighbour holds another.
   */
  #acrossSplitters(owner: Node, splitters: readonly Element[]): boolean {
    for (const splitter of splitters) {
      const before = this.#beside(splitter, 'previousSibling');
      const after = before === null ? null : this.#beside(splitter, 'nextSibling');
      if (before === null || after === null) return this.test(textWithout(owner, splitters));
      if (this.test(before + after)) return true;
    }
    return false;
  }

  /** Where to end a chunk of `text` that should end near `at`: before the next unit no anchor holds (or at the end). */
  #cut(text: string, at: number): number {
    if (at >= text.length) return text.length;
    const breakers = this.#breakers;
    breakers.lastIndex = at;
    return breakers.exec(text)?.index ?? text.length;
  }

  /**
   * Where under `root` (a document or a block) prose may hold a term: the owners of the text
   * nodes the anchors were found in (and of prose split by a skipped element, and open shadow
   * roots that may), outermost only. A scan of just these finds every mention a scan of the
   * whole would: every context holding a candidate holds an anchor. Empty when nowhere; the
   * open shadow roots met are added to `shadowRoots` (to watch when nothing was found).
   * With `anchors`, also adds to it every anchor the located prose holds (all `anchorsUnder`
   * would add for the owners returned, read in the same pass), so the frame need not read it
   * again; `read` holds what `testTreeInSteps` learned of `root`, still current: the text of
   * parts is not read again, nor searched where the test found no anchor.
   * Null past `limit` places that hold an anchor: locating is one piece of work, and on a page
   * with thousands of mentions the scan of the whole frame, made in slices, costs the page less.
   */
  locate(root: Node, shadowRoots?: ShadowRoot[], options?: LocateOptions): Node[];
  locate(root: Node, shadowRoots: ShadowRoot[], options: LocateOptions & { limit: number }): Node[] | null;
  locate(root: Node, shadowRoots: ShadowRoot[] = [], { anchors, read, limit = Infinity }: LocateOptions & { limit?: number } = {}): Node[] | null {
    const owners = new Set<Node>();
    let left = limit;
    for (const part of partsOf(root)) {
      const text = read?.texts.get(part) ?? proseOf(part);
      // The chunks the test passed hold no anchor, and none runs across the cut after them.
      const from = read?.texts.has(part) ? (read.clean.get(part) ?? 0) : 0;
      const hits = from >= text.length ? [] : this.#hits(from === 0 ? text : text.slice(from), anchors, left);
      if (hits === null) return null;
      left -= hits.length;
      if (hits.length === 0) continue;
      if (from > 0) {
        for (const hit of hits) {
          hit[0] += from;
          hit[1] += from;
        }
      }
      ownersOfHits(part, root, hits, owners);
    }
    if ('querySelectorAll' in root) {
      const shadows: ShadowRoot[] = [];
      for (const [owner, splitters] of toEnd(splitOwners(root, shadows))) {
        if (!this.#acrossSplitters(owner, splitters)) continue;
        owners.add(owner);
        // A term across a splitter reads only without it: textContent above ran the splitter's text into it.
        if (anchors) this.anchorsIn(textWithout(owner, splitters), anchors);
      }
      for (const shadow of shadows) {
        shadowRoots.push(shadow);
        if (!this.testTree(shadow, shadowRoots)) continue;
        owners.add(shadow);
        if (anchors) this.anchorsUnder(shadow, anchors);
      }
    }
    return [...owners].filter((owner) => {
      for (let at = parentOrHost(owner); at; at = parentOrHost(at)) if (owners.has(at)) return false;
      return true;
    });
  }

  /** Every place in `text` an anchor starts (overlapping ones too), as raw ranges, merged; with `anchors`, adds the anchors found there; null past `limit` places. */
  #hits(text: string, anchors: Set<number> | undefined, limit: number): [number, number][] | null {
    // Folded pieces, as [folded start, folded length, raw start, raw length]: a folded offset maps back through them.
    const runs: number[] = [];
    let folded = text;
    if (NON_ASCII.test(text)) {
      let shift = 0;
      const record = (offset: number, piece: string): string => {
        const out = foldRun(piece, this.#readAs, this.#readings);
        runs.push(offset - shift, out.length, offset, piece.length);
        shift += piece.length - out.length;
        return out;
      };
      // Folded as `test` folds (the runs of non-ASCII units found without Unicode mode): the folding class over a whole page's text cost more than the rest of `locate`.
      // A short run is one piece: a hit in it maps back to the whole run, a few units wider at most.
      folded = text.replace(NON_ASCII_RUNS, (run: string, offset: number) =>
        run.length > LONG_RUN ? run.replace(this.#foldingRuns, (piece: string, at: number) => record(offset + at, piece)) : record(offset, run),
      );
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
    const found: [number, number][] = [];
    for (const expression of this.#anchorsAll) {
      expression.lastIndex = 0;
      for (let match = expression.exec(folded); match; match = expression.exec(folded)) {
        if (found.length === limit) return null;
        found.push([raw(match.index)[0], raw(match.index + Math.max(match[0].length, 1) - 1)[1]]);
        if (anchors) this.#name(folded, match, anchors);
        expression.lastIndex = match.index + 1;
      }
    }
    const hits: [number, number][] = [];
    for (const [start, end] of found.sort((a, b) => a[0] - b[0])) {
      const last = hits[hits.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else hits.push([start, end]);
    }
    return hits;
  }

  // Which anchors a text holds: a frame compiles only the terms its text can hold (annotate.ts).

  /** Each anchor, then each capital form, and its expression (an anchor's index is its place here); the fold of ASCII. */
  get #expressions(): AnchorExpressions {
    const source = this.#source;
    return (this.#made.expressions ??= {
      texts: source.texts,
      sources: [...source.anchors, ...source.capitals],
      flags: [...source.anchors.map(() => 'iy'), ...source.capitals.map(() => 'y')],
      asciiFold: source.asciiFold,
    });
  }
  #which: AnchorFinder | null = null;

  /**
   * Adds to `into` the index of every anchor (then capital form, as `SievePatterns.anchorTerms`
   * counts them) that `text`, read as one run of prose, holds. The sieve's own expression finds
   * where one starts (warm already: the sieve ran it); what it matched, folded, names it.
   */
  anchorsIn(text: string, into: Set<number> = new Set()): Set<number> {
    const folded = NON_ASCII.test(text) ? this.#fold(text) : text;
    for (const anchors of this.#anchorsAll) {
      anchors.lastIndex = 0;
      for (let found = anchors.exec(folded); found; found = anchors.exec(folded)) {
        this.#name(folded, found, into);
        anchors.lastIndex = found.index + 1;
      }
    }
    return into;
  }

  /** Adds to `into` the anchors that start where `found` (a match of the sieve's expression in `folded`) does. */
  #name(folded: string, found: RegExpExecArray, into: Set<number>): void {
    const which = (this.#which ??= anchorFinder(this.#expressions));
    const texts = this.#expressions.texts;
    const at = found.index;
    let key = '';
    for (let i = 0; i < found[0].length; i++) {
      const unit = which.fold[found[0].charCodeAt(i)] ?? '';
      if (unit !== ' ' || !key.endsWith(' ')) key += unit;
    }
    // The anchor matched (every one, were its text not known), and any other starting here (one is a prefix of the other); a capital form only in capitals.
    for (const index of which.byText.get(key) ?? which.every) {
      // Two anchors can match at one place only when one is a prefix of the other: each folded unit stands for one letter.
      const companions = (which.companions[index] ??= texts.flatMap((other, at) =>
        at !== index && (texts[index]!.startsWith(other) || other.startsWith(texts[index]!)) ? [at] : [],
      ));
      for (const candidate of [index, ...companions]) {
        if (into.has(candidate)) continue;
        const one = (which.one[candidate] ??= new RegExp(this.#expressions.sources[candidate]!, this.#expressions.flags[candidate]));
        one.lastIndex = at;
        if (one.test(folded)) into.add(candidate);
      }
    }
  }

  /** Adds to `into` the anchors the prose under `root` holds, read as `testTree` reads it (open shadow roots included). */
  anchorsUnder(root: Node, into: Set<number> = new Set()): Set<number> {
    if (root.nodeType === TEXT_NODE) return this.anchorsIn((root as Text).data, into);
    if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element)) return into;
    for (const part of partsOf(root)) this.anchorsIn(proseOf(part), into);
    if (!('querySelectorAll' in root)) return into;
    const shadows: ShadowRoot[] = [];
    for (const [owner, splitters] of toEnd(splitOwners(root, shadows))) this.anchorsIn(textWithout(owner, splitters), into);
    for (const shadow of shadows) this.anchorsUnder(shadow, into);
    return into;
  }
}

/** Each anchor, then each capital form, and its expression (an anchor's index is its place here); the fold of ASCII. */
interface AnchorExpressions {
  readonly texts: readonly string[];
  readonly sources: readonly string[];
  readonly flags: readonly string[];
  readonly asciiFold: string;
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

/**
 * Skipped elements whose text is raw: style sheets, scripts and their fallbacks. A page may hold
 * hundreds of kilobytes of them in its body (inlined style sheets, server-rendered CSS-in-JS,
 * data in scripts): on two of the twelve largest corpus pages most of `textContent` was CSS.
 */
const BULKY = 'style,script,noscript';
/** Units of such text below which a part is read whole: a few small ones cost the test less than reading around them. */
const BULKY_WORTH = 4_096;

/** The raw-text elements under `part` whose text `proseOf` leaves out: all of them, where they hold enough to be worth it; else none. */
function bulkyUnder(part: Node): NodeListOf<Element> | null {
  if (!('querySelectorAll' in part)) return null;
  const bulky = (part as ParentNode).querySelectorAll(BULKY);
  let units = 0;
  for (let i = 0; i < bulky.length && units < BULKY_WORTH; i++) units += bulky[i]!.textContent.length;
  return units >= BULKY_WORTH ? bulky : null;
}

/**
 * The text of `part` as the test reads it: `textContent`, less that of the raw-text elements
 * under it (`BULKY`) where they hold much, which the engine never reads. Without them the prose
 * around each runs together as the engine reads it (the element pass still reads around each,
 * as it must where they were read). One native read where they hold little; else one range a
 * stretch between them.
 */
function proseOf(part: Node): string {
  const bulky = bulkyUnder(part);
  return bulky ? textWithout(part, Array.from(bulky)) : (part.textContent ?? '');
}

/** What to read the text of for `root`: a document's children apart (its head is never prose), else `root`. */
function partsOf(root: Node): Node[] {
  if (root.nodeType !== DOCUMENT_NODE) return [root];
  const html = (root as Document).documentElement as HTMLElement | null;
  const parts: Node[] = [];
  for (let child = html?.firstChild ?? null; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE || !isSkipped(child as Element)) parts.push(child);
  }
  return parts;
}

/**
 * The blocks around skipped elements that sit inside prose under `root` (their text would split
 * it in `textContent`), each with those elements, in document order; the open shadow roots of
 * `root` and of the elements under it are added to `shadows` when given. One pass over a static
 * list of the elements (the DOM may change between steps; a live one would then skip some),
 * each known by its tag (a map lookup). A selector of the skipped tags, or a collection of each,
 * would cost less, but the shadow roots must be asked of every element that can host one (most
 * elements are divs and spans, and any custom element can), which no selector names: the two
 * cost more than the one pass. A document's head (never prose) is left out.
 */
function* splitOwners(root: Node, shadows?: ShadowRoot[]): Generator<void, Map<Node, Element[]>> {
  let candidates: Element[] = [];
  let seen = 0;
  for (const scope of root.nodeType === DOCUMENT_NODE ? partsOf(root) : [root]) {
    // Text and comments directly under the document's element hold no element.
    if (!('querySelectorAll' in scope)) continue;
    const own = shadows && scope.nodeType === ELEMENT_NODE ? (scope as Element).shadowRoot : null;
    if (own) shadows!.push(own);
    const elements = (scope as ParentNode).querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) {
      if (++seen % ELEMENTS_A_STEP === 0) yield;
      const element = elements[i]!;
      const kind = kindAndHost(element);
      if ((kind & KIND) === SKIPPED) {
        if (element.hasChildNodes()) candidates.push(element);
      } else if (shadows && kind & HOST) {
        const shadow = element.shadowRoot;
        if (shadow) shadows.push(shadow);
      }
    }
  }
  // Editable content is skipped for an attribute: rare, so looked up apart, once under `root`
  // (put in document order below). Every element the checks below meet lies under `root`, so
  // this set answers for the attribute without asking each element for it.
  const marked = new Set<Element>();
  if ('querySelectorAll' in root) {
    const editables = (root as ParentNode).querySelectorAll('[contenteditable]');
    for (let i = 0; i < editables.length; i++) if (isSkipped(editables[i]!)) marked.add(editables[i]!);
  }
  if (marked.size > 0) {
    const more = [...marked].filter((element) => element.hasChildNodes());
    candidates = [...new Set([...candidates, ...more])].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  const owners = new Map<Node, Element[]>();
  // A candidate inside an earlier one (an option in a select, an icon in a button) lies inside a skipped element: no prose of the engine's.
  let outer: Element | null = null;
  for (let i = 0; i < candidates.length; i++) {
    if (i % ELEMENTS_A_STEP === ELEMENTS_A_STEP - 1) yield;
    const element = candidates[i]!;
    if (outer?.contains(element)) continue;
    outer = element;
    if (bordersBlock(element, root, 'previousSibling', marked) || bordersBlock(element, root, 'nextSibling', marked)) continue;
    const owner = ownerWithin(element, root, marked);
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
  let outer: Element | null = null;
  for (const splitter of splitters) {
    // A splitter inside one already passed over (a button in a noscript) is gone with it.
    if (outer?.contains(splitter)) continue;
    outer = splitter;
    range.setEndBefore(splitter);
    text += range.toString();
    range.setStartAfter(splitter);
  }
  range.setEnd(owner, owner.childNodes.length);
  return text + range.toString();
}

/** The open shadow roots of `root` and of `elements` (those under it; textContent leaves them out). */
function* shadowRootsUnder(root: Node, elements: ArrayLike<Element>): Generator<void, ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const own = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (own) found.push(own);
  for (let i = 0; i < elements.length; i++) {
    if (i % ELEMENTS_A_STEP === ELEMENTS_A_STEP - 1) yield;
    const shadow = elements[i]!.shadowRoot;
    if (shadow) found.push(shadow);
  }
  return found;
}

/** Runs steps to the end, at once. */
function toEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The part of `text` next to a node on `side` of it, up to `enough` ASCII letters and digits
 * (all of it when it holds fewer), and how many it holds.
 */
function reachInto(text: string, side: 'previousSibling' | 'nextSibling', enough: number): [string, number] {
  const backwards = side === 'previousSibling';
  let count = 0;
  for (let n = 0; n < text.length; n++) {
    const code = text.charCodeAt(backwards ? text.length - 1 - n : n) | 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (++count === enough) return [backwards ? text.slice(text.length - 1 - n) : text.slice(0, n + 1), count];
    }
  }
  return [text, count];
}

/** Pieces gathered outwards from a node, in reading order. */
const join = (pieces: string[], side: 'previousSibling' | 'nextSibling'): string => (side === 'previousSibling' ? pieces.reverse() : pieces).join('');

/** Adds the owner of every text node under `part` that a hit (raw ranges of `part.textContent`, merged, in order) touches. */
function ownersOfHits(part: Node, root: Node, hits: readonly [number, number][], owners: Set<Node>): void {
  const add = (node: Node): void => {
    const owner = ownerOf(node, root);
    if (owner) owners.add(owner);
  };
  if (part.nodeType === TEXT_NODE) return add(part);
  const left = leftOut(part);
  // Text and CDATA nodes, as textContent reads them, less those `proseOf` left out.
  const walker = (part.ownerDocument ?? (part as Document)).createTreeWalker(part, 0x4 | 0x8);
  let offset = 0;
  let next = 0;
  for (let node = walker.nextNode(); node && next < hits.length; node = walker.nextNode()) {
    if (left?.(node)) continue;
    const end = offset + (node as Text).data.length;
    while (next < hits.length && hits[next]![1] <= offset) next++;
    if (next < hits.length && hits[next]![0] < end && end > offset) add(node);
    offset = end;
  }
}

/**
 * Which text nodes under `part` `proseOf` left out, or null where it left out none. The parser
 * puts a raw-text element's text in text nodes right under it, so their parent tells; elements
 * under one (a script built by the page, a fallback parsed where scripts do not run) need the
 * ancestors asked.
 */
function leftOut(part: Node): ((node: Node) => boolean) | null {
  const bulky = bulkyUnder(part);
  if (!bulky) return null;
  const parents = new Set<Node>();
  let nested = false;
  for (let i = 0; i < bulky.length; i++) {
    parents.add(bulky[i]!);
    if (bulky[i]!.childElementCount > 0) nested = true;
  }
  if (!nested) return (node) => parents.has(node.parentNode!);
  return (node) => {
    const around = node.parentElement?.closest(BULKY);
    return around !== null && around !== undefined && parents.has(around);
  };
}

/** Is this node nothing to prose: a comment, white space, or an element the engine skips (`marked`: those skipped for an attribute)? */
function isNothing(node: Node, marked: ReadonlySet<Element>): boolean {
  if (node.nodeType === TEXT_NODE) return !/\S/.test((node as Text).data);
  if (node.nodeType === ELEMENT_NODE) return isSkippedUnder(node as Element, marked);
  return true;
}

/** `isSkipped` for an element under the root whose elements skipped for an attribute are `marked`: no attribute asked. */
const isSkippedUnder = (element: Element, marked: ReadonlySet<Element>): boolean => (kindAndHost(element) & KIND) === SKIPPED || marked.has(element);

/**
 * Does the prose on this side of `node` end (a block, or the edge of its owner) before any
 * text, so that nothing around `node` can be read across it? (`marked`: the elements under
 * `root` skipped for an attribute.)
 */
function bordersBlock(node: Node, root: Node, side: 'previousSibling' | 'nextSibling', marked: ReadonlySet<Element>): boolean {
  for (let at: Node = node; ;) {
    let next = at[side];
    while (next && isNothing(next, marked)) next = next[side];
    if (next) return next.nodeType === ELEMENT_NODE && isOwner(next);
    const parent = at.parentNode;
    if (!parent || parent === root || isOwner(parent)) return true;
    at = parent;
  }
}

/** The block around `element` within `root` (or `root`), or null inside another skipped element (`marked`: those under `root` skipped for an attribute). */
function ownerWithin(element: Element, root: Node, marked: ReadonlySet<Element>): Node | null {
  let owner: Node | null = null;
  for (let at = element.parentNode; at; at = at.parentNode) {
    // `marked` holds the elements under `root`, not `root` itself.
    if (at.nodeType === ELEMENT_NODE && (at === root ? isSkipped(at as Element) : isSkippedUnder(at as Element, marked))) return null;
    owner ??= isOwner(at) ? at : null;
    if (at === root) return owner ?? root;
  }
  return owner;
}
