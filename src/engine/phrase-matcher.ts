/**
 * One-pass multi-phrase matching (Aho–Corasick) over normalised code units: every phrase
 * ending at each position is reported in a single left-to-right pass, so the cost follows
 * the length of the text, not the number of phrases.
 *
 * The automaton lives in flat typed arrays, built without a Map or an object per state (so
 * compiling stays cheap even in a content script's cold first run): the root has a direct
 * 64K table; every other state lists its few children as a first-child / next-sibling chain.
 * The states nearest the root also get a complete ASCII row, so most characters cost one lookup.
 *
 * A `FoldingSieve` runs the same automaton over a context's raw text as the walk reads it,
 * folding each unit on the fly: it answers whether the context can hold a phrase that wakes it
 * (on word boundaries), so only those contexts are normalised and matched in full.
 */
import { DROP, fold, foldUnit, isWordUnit, MULTI, SPACE, spelledOut } from './normalize';

/**
 * How many states, nearest the root first, get a complete ASCII row with failure links folded
 * in: a scan spends nearly all its time there (page words start a phrase and soon leave it),
 * and a row makes a step one lookup. A row is 128 entries: 512, plus one in 32 states beyond.
 */
const rowsFor = (states: number): number => Math.min(states, 512 + (states >> 5));

/**
 * A row entry is where the target state's own row starts (a multiple of 128), plus WAKES when
 * a waking phrase ends there; or `~state` for a target without a row. So a step from row to row
 * is one lookup that depends on the last (no state-to-row lookup in between), and an entry
 * names its state through `#rowState`.
 */
const WAKES = 1;
const ROW = ~127;

export class PhraseMatcher {
  /** Root transitions by code unit; -1 when no phrase starts with it. */
  readonly #root = new Int32Array(0x10000).fill(-1);
  /** The code unit that leads into each state. */
  readonly #code: Uint16Array;
  readonly #firstChild: Int32Array;
  readonly #nextSibling: Int32Array;
  readonly #fail: Int32Array;
  /** The phrase ending exactly at a state, or -1. */
  readonly #phraseAt: Int32Array;
  /** The nearest state down the failure chain that ends a phrase, or -1. */
  readonly #nextOutput: Int32Array;
  readonly #phraseLength: Int32Array;
  readonly #stateCount: number;
  /** Where a state's complete ASCII row starts in `#rows`, or -1. */
  readonly #rowAt: Int32Array;
  /** Rows of entries as WAKES and ROW describe. */
  readonly #rows: Int32Array;
  /** The state of each row, by row index. */
  readonly #rowState: Int32Array;
  /** The state itself when it ends a phrase, else `#nextOutput`. */
  readonly #output: Int32Array;
  /** Like `#output` and `#nextOutput`, through the phrases that wake a sieve only. */
  readonly #wakeOutput: Int32Array;
  readonly #nextWake: Int32Array;
  /** The longest phrase that wakes a sieve. */
  readonly #longestWake: number;

  /**
   * `phrases` are normalised strings; a phrase's index is its id. Duplicates keep the first id.
   * `wakes[id]` says whether a sieve reports phrase `id` (all of them by default).
   */
  constructor(phrases: readonly string[], wakes?: readonly boolean[]) {
    let capacity = 1;
    for (const phrase of phrases) capacity += phrase.length;
    this.#code = new Uint16Array(capacity);
    this.#firstChild = new Int32Array(capacity).fill(-1);
    this.#nextSibling = new Int32Array(capacity).fill(-1);
    this.#phraseAt = new Int32Array(capacity).fill(-1);
    this.#phraseLength = new Int32Array(phrases.length);

    let count = 1;
    phrases.forEach((phrase, id) => {
      this.#phraseLength[id] = phrase.length;
      let state = 0;
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        let next = state === 0 ? this.#root[code]! : this.#childOf(state, code);
        if (next < 0) {
          next = count++;
          this.#code[next] = code;
          this.#nextSibling[next] = this.#firstChild[state]!;
          this.#firstChild[state] = next;
          if (state === 0) this.#root[code] = next;
        }
        state = next;
      }
      if (phrase.length > 0 && this.#phraseAt[state] === -1) this.#phraseAt[state] = id;
    });
    this.#stateCount = count;

    // Breadth-first: a state's failure link is known before its children's.
    this.#fail = new Int32Array(count);
    this.#nextOutput = new Int32Array(count).fill(-1);
    const queue = new Int32Array(count);
    let tail = 0;
    for (let child = this.#firstChild[0]!; child >= 0; child = this.#nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
        const code = this.#code[child]!;
        let fallback = this.#fail[state]!;
        let target = this.#step(fallback, code);
        while (target < 0 && fallback !== 0) {
          fallback = this.#fail[fallback]!;
          target = this.#step(fallback, code);
        }
        const fail = target < 0 ? 0 : target;
        this.#fail[child] = fail;
        this.#nextOutput[child] = this.#phraseAt[fail]! >= 0 ? fail : this.#nextOutput[fail]!;
        queue[tail++] = child;
      }
    }

    this.#output = new Int32Array(count);
    for (let state = 0; state < count; state++) this.#output[state] = this.#phraseAt[state]! >= 0 ? state : this.#nextOutput[state]!;

    // Breadth-first again: a state's failure target has its wake chain before the state does.
    const wakesAt = (state: number): boolean => this.#phraseAt[state]! >= 0 && (wakes?.[this.#phraseAt[state]!] ?? true);
    this.#wakeOutput = new Int32Array(count).fill(-1);
    this.#nextWake = new Int32Array(count).fill(-1);
    let longestWake = 0;
    for (let index = 0; index < tail; index++) {
      const state = queue[index]!;
      const fail = this.#fail[state]!;
      this.#nextWake[state] = wakesAt(fail) ? fail : this.#nextWake[fail]!;
      this.#wakeOutput[state] = wakesAt(state) ? state : this.#nextWake[state];
      if (wakesAt(state)) longestWake = Math.max(longestWake, this.#phraseLength[this.#phraseAt[state]!]!);
    }
    this.#longestWake = longestWake;

    // Breadth-first order puts a state's failure target (shallower) before it, so its row is there to copy from.
    const rowCount = rowsFor(count);
    this.#rowAt = new Int32Array(count).fill(-1);
    this.#rowState = new Int32Array(rowCount);
    const targets = new Int32Array(128 * rowCount);
    for (let code = 0; code < 128; code++) targets[code] = Math.max(this.#root[code]!, 0);
    this.#rowAt[0] = 0;
    for (let index = 0; index < rowCount - 1; index++) {
      const state = queue[index]!;
      const at = 128 * (index + 1);
      this.#rowAt[state] = at;
      this.#rowState[index + 1] = state;
      const failRow = this.#rowAt[this.#fail[state]!]!;
      targets.copyWithin(at, failRow, failRow + 128);
      for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
        if (this.#code[child]! < 128) targets[at + this.#code[child]!] = child;
      }
    }
    // Normalised text never holds two spaces in a row, so a state entered by a space may loop on
    // the next one: a sieve reading raw text then needs no test to skip repeated spaces.
    for (let index = 1; index < rowCount; index++) {
      const state = this.#rowState[index]!;
      if (this.#code[state] === SPACE) targets[128 * index + SPACE] = state;
    }
    this.#rows = targets.map((target) => (this.#rowAt[target]! >= 0 ? this.#rowAt[target]! | (this.#wakeOutput[target]! >= 0 ? WAKES : 0) : ~target));
  }

  get stateCount(): number {
    return this.#stateCount;
  }

  /** A sieve over raw text, with its own state (one per walk that feeds it); for normalised phrases. */
  sieve(): FoldingSieve {
    return new FoldingSieve({
      rowAt: this.#rowAt,
      rows: this.#rows,
      rowState: this.#rowState,
      wakeOutput: this.#wakeOutput,
      nextWake: this.#nextWake,
      phraseAt: this.#phraseAt,
      phraseLength: this.#phraseLength,
      longestWake: this.#longestWake,
      slowStep: (state, code) => (code === SPACE && this.#code[state] === SPACE ? state : this.#slowStep(state, code)),
    });
  }

  /** The transition from `state` on `code` off the rows: down the failure chain, to the first state with a row that answers. */
  #slowStep(state: number, code: number): number {
    for (;;) {
      const row = this.#rowAt[state]!;
      // (Not a space-entered state's row on a space: there it loops, for sieves.)
      if (row >= 0 && code < 128 && (code !== SPACE || this.#code[state] !== SPACE)) {
        const entry = this.#rows[row + code]!;
        return entry >= 0 ? this.#rowState[entry >> 7]! : ~entry;
      }
      const next = this.#step(state, code);
      if (next >= 0) return next;
      if (state === 0) return 0;
      state = this.#fail[state]!;
    }
  }

  #childOf(state: number, code: number): number {
    for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
      if (this.#code[child] === code) return child;
    }
    return -1;
  }

  /** The transition from `state` on `code`, or -1. */
  #step(state: number, code: number): number {
    return state === 0 ? this.#root[code]! : this.#childOf(state, code);
  }

  /**
   * Calls `found(phraseId, start, end)` for every occurrence of every phrase in
   * `codes[0, length)`, in order of `end`; overlapping occurrences are all reported.
   */
  scan(codes: Uint16Array, length: number, found: (phraseId: number, start: number, end: number) => void): void {
    const rows = this.#rows;
    const output = this.#output;
    let state = 0;
    let row = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      // A space after a space is stepped off the rows, where a space-entered state loops on it for sieves.
      if (row >= 0 && code < 128 && (code !== SPACE || i === 0 || codes[i - 1] !== SPACE)) {
        const entry = rows[row + code]!;
        if (entry >= 0) {
          row = entry & ROW;
          state = this.#rowState[row >> 7]!;
        } else {
          state = ~entry;
          row = -1;
        }
      } else {
        state = this.#slowStep(state, code);
        row = this.#rowAt[state]!;
      }
      for (let at = output[state]!; at >= 0; at = this.#nextOutput[at]!) {
        const id = this.#phraseAt[at]!;
        found(id, i + 1 - this.#phraseLength[id]!, i + 1);
      }
    }
  }
}

/** What a sieve reads of its matcher. */
interface SieveTables {
  readonly rowAt: Int32Array;
  readonly rows: Int32Array;
  readonly rowState: Int32Array;
  readonly wakeOutput: Int32Array;
  readonly nextWake: Int32Array;
  readonly phraseAt: Int32Array;
  readonly phraseLength: Int32Array;
  readonly longestWake: number;
  readonly slowStep: (state: number, code: number) => number;
}

/**
 * Streams a context's raw text, piece by piece, through the fold of `normalize.ts` and the
 * automaton, and says whether a waking phrase occurs on word boundaries: what `NormalizedText`
 * would hold, fed to `PhraseMatcher.scan`, with boundaries checked as a match would check them
 * — but with no copy written. It folds the same way (ASCII by one table lookup; invisible units
 * dropped; "ß" two units). Repeated spaces, which normalisation drops, are kept here and looped
 * on by the automaton; only the few units a boundary test looks back over are kept, and a test
 * that would need more lets the context through (the full match decides).
 */
export class FoldingSieve {
  readonly #t: SieveTables;
  /** The last folded units, by their index in the context modulo its length (a power of two). */
  readonly #recent: Uint16Array;
  readonly #mask: number;
  #state = 0;
  /** Folded units so far in this context, repeated spaces included. */
  #count = 0;
  /** A waking phrase ended on the last unit after a word boundary; the next unit decides. */
  #pendingEnd = false;
  #hit = false;

  constructor(tables: SieveTables) {
    this.#t = tables;
    let size = 64;
    while (size <= 2 * tables.longestWake + 2) size *= 2;
    this.#recent = new Uint16Array(size);
    this.#mask = size - 1;
  }

  /** Starts a new context. */
  reset(): void {
    this.#state = 0;
    this.#count = 0;
    this.#pendingEnd = false;
    this.#hit = false;
  }

  /** Does the context read so far hold a waking phrase between word boundaries? (Its end counts as one.) */
  get hit(): boolean {
    return this.#hit || this.#pendingEnd;
  }

  /** Reads the next piece of the context's raw text. */
  feed(raw: string): void {
    if (this.#hit) return;
    const { rowAt, rows, rowState, wakeOutput, slowStep } = this.#t;
    const recent = this.#recent;
    const mask = this.#mask;
    let state = this.#state;
    // The state's row while it has one (then `state` is stale), else -1.
    let row = rowAt[state]!;
    let count = this.#count;
    for (let i = 0; i < raw.length; i++) {
      const unit = fold[raw.charCodeAt(i)]!;
      if (unit < 0 || this.#pendingEnd) {
        // Off the fast path: a unit not yet folded, dropped or spelled out, or a phrase's end to confirm.
        this.#state = row >= 0 ? rowState[row >> 7]! : state;
        this.#count = count;
        if (this.#slowUnit(raw.charCodeAt(i))) return;
        state = this.#state;
        row = rowAt[state]!;
        count = this.#count;
        continue;
      }
      recent[count++ & mask] = unit;
      if (row >= 0 && unit < 128) {
        const entry = rows[row + unit]!;
        if (entry >= 0) {
          row = entry & ROW;
          if (entry & WAKES) this.#pendingEnd = this.#wokenAt(rowState[row >> 7]!, count);
          continue;
        }
        state = ~entry;
        row = -1;
      } else {
        state = slowStep(row >= 0 ? rowState[row >> 7]! : state, unit);
        row = rowAt[state]!;
      }
      if (wakeOutput[state]! >= 0) this.#pendingEnd = this.#wokenAt(state, count);
    }
    this.#state = row >= 0 ? rowState[row >> 7]! : state;
    this.#count = count;
  }

  /** Does a waking phrase ending at `state`, after `count` units, start on a word boundary? */
  #wokenAt(state: number, count: number): boolean {
    const { wakeOutput, nextWake, phraseAt, phraseLength } = this.#t;
    for (let at = wakeOutput[state]!; at >= 0; at = nextWake[at]!) {
      if (this.#startsWord(count, phraseLength[phraseAt[at]!]!)) return true;
    }
    return false;
  }

  /**
   * Does the phrase of `length` normalised units ending after `count` units start the context or
   * follow a unit that is no part of a word? Looks back over the units kept, passing over the
   * spaces normalisation drops (after a space, or leading); true when they do not reach back far
   * enough to tell.
   */
  #startsWord(count: number, length: number): boolean {
    const recent = this.#recent;
    const mask = this.#mask;
    const oldest = Math.max(0, count - recent.length);
    let units = 0;
    for (let at = count - 1; at >= oldest; at--) {
      const unit = recent[at & mask]!;
      if (unit === SPACE && at > 0) {
        if (at === oldest) return true;
        if (recent[(at - 1) & mask] === SPACE) continue;
      } else if (unit === SPACE) {
        continue;
      }
      if (units === length) return !isWordUnit(unit);
      units++;
    }
    return true;
  }

  /** One raw unit off the fast path; true when it decides a hit. */
  #slowUnit(code: number): boolean {
    const folded = foldUnit(code);
    if (folded === DROP) return false;
    const spelled = folded === MULTI ? spelledOut(code) : String.fromCharCode(folded);
    for (let k = 0; k < spelled.length; k++) {
      const unit = spelled.charCodeAt(k);
      if (this.#pendingEnd) {
        if (!isWordUnit(unit)) {
          this.#hit = true;
          return true;
        }
        this.#pendingEnd = false;
      }
      this.#recent[this.#count++ & this.#mask] = unit;
      this.#state = this.#t.slowStep(this.#state, unit);
      if (this.#t.wakeOutput[this.#state]! >= 0) this.#pendingEnd = this.#wokenAt(this.#state, this.#count);
    }
    return false;
  }
}
