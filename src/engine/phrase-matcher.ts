/**
 * One-pass multi-phrase matching (Aho–Corasick) over normalised code units: every phrase
 * ending at each position is reported in a single left-to-right pass, so the cost follows
 * the length of the text, not the number of phrases.
 *
 * The automaton is frozen into flat typed arrays: the root has a direct 64K table (most
 * characters of a page start no phrase and cost one lookup); other states keep their few
 * children as a sorted run in shared arrays.
 */

export class PhraseMatcher {
  /** Root transitions by code unit; -1 when no phrase starts with it. */
  readonly #root = new Int32Array(0x10000).fill(-1);
  /** Children of state s: codes/targets [childStart[s], childStart[s + 1]). */
  readonly #childStart: Int32Array;
  readonly #childCodes: Uint16Array;
  readonly #childTargets: Int32Array;
  readonly #fail: Int32Array;
  /** The phrase ending exactly at a state, or -1. */
  readonly #phraseAt: Int32Array;
  /** The nearest state down the failure chain that ends a phrase, or -1. */
  readonly #nextOutput: Int32Array;
  readonly #phraseLength: Int32Array;

  /** `phrases` are normalised strings; a phrase's index is its id. Duplicates keep the first id. */
  constructor(phrases: readonly string[]) {
    const children = [new Map<number, number>()];
    const phraseAt: number[] = [-1];
    this.#phraseLength = new Int32Array(phrases.length);
    phrases.forEach((phrase, id) => {
      this.#phraseLength[id] = phrase.length;
      let state = 0;
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        let next = children[state]!.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map<number, number>());
          phraseAt.push(-1);
          children[state]!.set(code, next);
        }
        state = next;
      }
      if (phrase.length > 0 && phraseAt[state] === -1) phraseAt[state] = id;
    });

    const count = children.length;
    this.#childStart = new Int32Array(count + 1);
    let total = 0;
    for (let s = 0; s < count; s++) {
      this.#childStart[s] = total;
      total += children[s]!.size;
    }
    this.#childStart[count] = total;
    this.#childCodes = new Uint16Array(total);
    this.#childTargets = new Int32Array(total);
    for (let s = 0; s < count; s++) {
      let k = this.#childStart[s]!;
      for (const [code, target] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
        this.#childCodes[k] = code;
        this.#childTargets[k++] = target;
        if (s === 0) this.#root[code] = target;
      }
    }
    this.#phraseAt = Int32Array.from(phraseAt);
    this.#fail = new Int32Array(count);
    this.#nextOutput = new Int32Array(count).fill(-1);

    // Breadth-first: a state's failure link is known before its children's.
    const queue: number[] = [...children[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of children[state]!) {
        let fallback = this.#fail[state]!;
        let target = this.#step(fallback, code);
        while (target < 0 && fallback !== 0) {
          fallback = this.#fail[fallback]!;
          target = this.#step(fallback, code);
        }
        const fail = target < 0 ? 0 : target;
        this.#fail[child] = fail;
        this.#nextOutput[child] = this.#phraseAt[fail]! >= 0 ? fail : this.#nextOutput[fail]!;
        queue.push(child);
      }
    }
  }

  get stateCount(): number {
    return this.#fail.length;
  }

  #step(state: number, code: number): number {
    if (state === 0) return this.#root[code]!;
    let low = this.#childStart[state]!;
    let high = this.#childStart[state + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.#childCodes[mid]!;
      if (at === code) return this.#childTargets[mid]!;
      if (at < code) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /**
   * Calls `found(phraseId, start, end)` for every occurrence of every phrase in
   * `codes[0, length)`, in order of `end`; overlapping occurrences are all reported.
   */
  scan(codes: Uint16Array, length: number, found: (phraseId: number, start: number, end: number) => void): void {
    const root = this.#root;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      if (state === 0) {
        state = root[code]!;
        if (state < 0) {
          state = 0;
          continue;
        }
      } else {
        let next = this.#step(state, code);
        while (next < 0 && state !== 0) {
          state = this.#fail[state]!;
          next = this.#step(state, code);
        }
        state = next < 0 ? 0 : next;
      }
      let output = this.#phraseAt[state]! >= 0 ? state : this.#nextOutput[state]!;
      while (output >= 0) {
        const id = this.#phraseAt[output]!;
        found(id, i + 1 - this.#phraseLength[id]!, i + 1);
        output = this.#nextOutput[output]!;
      }
    }
  }
}
