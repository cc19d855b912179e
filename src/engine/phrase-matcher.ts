/**
 * One-pass multi-phrase matching (Aho–Corasick) over normalised code units: every phrase
 * ending at each position is reported in a single left-to-right pass, so the cost follows
 * the length of the text, not the number of phrases.
 *
 * The automaton lives in flat typed arrays, built without a Map or an object per state (so
 * compiling stays cheap even in a content script's cold first run): the root has a direct
 * 64K table; every other state lists its few children as a first-child / next-sibling chain.
 * The states nearest the root also get a complete ASCII row, so most characters cost one lookup.
 */

/**
 * How many states, nearest the root first, get a complete ASCII row with failure links folded
 * in: a scan spends nearly all its time there (page words start a phrase and soon leave it),
 * and a row makes a step one lookup. A row is 128 entries: 512, plus one in 32 states beyond.
 */
const rowsFor = (states: number): number => Math.min(states, 512 + (states >> 5));

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
  readonly #rows: Int32Array;
  /** The state itself when it ends a phrase, else `#nextOutput`. */
  readonly #output: Int32Array;

  /** `phrases` are normalised strings; a phrase's index is its id. Duplicates keep the first id. */
  constructor(phrases: readonly string[]) {
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

    // Breadth-first order puts a state's failure target (shallower) before it, so its row is there to copy from.
    const rowCount = rowsFor(count);
    this.#rowAt = new Int32Array(count).fill(-1);
    this.#rows = new Int32Array(128 * rowCount);
    for (let code = 0; code < 128; code++) this.#rows[code] = Math.max(this.#root[code]!, 0);
    this.#rowAt[0] = 0;
    for (let index = 0; index < rowCount - 1; index++) {
      const state = queue[index]!;
      const at = 128 * (index + 1);
      this.#rowAt[state] = at;
      const failRow = this.#rowAt[this.#fail[state]!]!;
      this.#rows.copyWithin(at, failRow, failRow + 128);
      for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
        if (this.#code[child]! < 128) this.#rows[at + this.#code[child]!] = child;
      }
    }
  }

  get stateCount(): number {
    return this.#stateCount;
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
    const rowAt = this.#rowAt;
    const rows = this.#rows;
    const output = this.#output;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      const row = rowAt[state]!;
      if (row >= 0 && code < 128) {
        state = rows[row + code]!;
      } else {
        let next = this.#step(state, code);
        while (next < 0 && state !== 0) {
          state = this.#fail[state]!;
          next = this.#step(state, code);
        }
        state = next < 0 ? 0 : next;
      }
      for (let at = output[state]!; at >= 0; at = this.#nextOutput[at]!) {
        const id = this.#phraseAt[at]!;
        found(id, i + 1 - this.#phraseLength[id]!, i + 1);
      }
    }
  }
}
