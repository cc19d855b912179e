/**
 * One-pass multi-phrase matching (Aho–Corasick) over normalised code units, for phrases that
 * start a word: every such phrase ending at each position is reported in a single
 * left-to-right pass, so the cost follows the length of the text, not the number of phrases.
 *
 * "Starts a word" is built into the automaton: a phrase may begin only at the text's start or
 * after a unit that is no part of a word, and failure links fall back only to suffixes that
 * begin so. Two states stand for "no phrase under way": BOUNDARY (the next unit may start one)
 * and IN_WORD (it may not). A scan then never stops at "ops" inside "stops", and a sieve needs
 * no look-back to tell.
 *
 * The automaton lives in flat typed arrays, built without an object per state (so compiling
 * stays cheap even in a content script's cold first run, where a frame compiles a handful of
 * terms): the root finds its children by ASCII unit in a 128-entry table (others in a map,
 * mostly empty); every other state lists its few children as a first-child / next-sibling
 * chain. The states nearest the root also get a complete row indexed by the raw ASCII unit,
 * with the normaliser's fold and the failure links folded in, so most characters cost one
 * lookup. Rows are written once, in place: a state's row starts as a copy of its failure
 * target's (already final), then its children are written over it.
 *
 * A `FoldingSieve` runs the same automaton over a context's raw text as the walk reads it,
 * folding on the fly: it answers whether the context can hold a phrase that wakes it (on word
 * boundaries), so only those contexts are normalised and matched in full.
 */
import { DROP, fold, foldUnit, isWordUnit, MULTI, SPACE, spelledOut } from './normalize';

/** No phrase under way, and the next unit may start one (the text's start, or after a unit that is no part of a word). */
const BOUNDARY = 0;
/** No phrase under way, and the next unit may not start one (it goes on a word). */
const IN_WORD = 1;
/** The first state of the phrases' trie. */
const FIRST_TRIE_STATE = 2;
/** Where the rows of BOUNDARY and IN_WORD start (every automaton has both rows). */
const BOUNDARY_ROW = 0;
const IN_WORD_ROW = 128;

/**
 * How many states, nearest the root first, get a complete ASCII row with failure links folded
 * in: a scan spends nearly all its time there (words start a phrase and soon leave it), and a
 * row makes a step one lookup. A row is 128 entries: 512, plus one in 32 states beyond.
 */
const rowsFor = (states: number): number => Math.min(states, 512 + (states >> 5));

/**
 * A row entry is where the target state's own row starts (a multiple of 128) when it has one
 * and no waking phrase ends there; else `~state`. So a step from row to row is one lookup that
 * depends on the last, with no test but the sign (a row names its state through `#rowState`).
 * States without a row share the last row, whose entries are all OFF_ROWS: the step is then
 * taken down the chain.
 */
const OFF_ROWS = -0x80000000;

/** Per normalised ASCII unit, the raw ASCII units that fold to it (computed once per realm). */
let asciiGroups: readonly (readonly number[])[] | null = null;

function asciiFoldGroups(): readonly (readonly number[])[] {
  if (asciiGroups) return asciiGroups;
  const groups: number[][] = Array.from({ length: 128 }, () => []);
  for (let raw = 0; raw < 128; raw++) {
    const folded = foldUnit(raw);
    if (folded < 0 || folded >= 128 || foldUnit(folded) !== folded) throw new Error(`phrase matcher: ASCII unit ${raw} does not fold to one ASCII unit`);
    groups[folded]!.push(raw);
  }
  return (asciiGroups = groups);
}

export class PhraseMatcher {
  /** Transitions from BOUNDARY by ASCII unit into the trie; -1 when no phrase starts with it. */
  readonly #rootAscii = new Int32Array(128).fill(-1);
  /** The same for the other units phrases start with; null while there is none. */
  #rootOther: Map<number, number> | null = null;
  /** The code unit that leads into each state. */
  readonly #code: Uint16Array;
  readonly #firstChild: Int32Array;
  readonly #nextSibling: Int32Array;
  /** The longest proper suffix of a state's text that starts a word and begins a phrase (or BOUNDARY / IN_WORD). */
  readonly #fail: Int32Array;
  /** The phrase ending exactly at a state, or -1. */
  readonly #phraseAt: Int32Array;
  /** The nearest state down the failure chain that ends a phrase, or -1. */
  readonly #nextOutput: Int32Array;
  readonly #phraseLength: Int32Array;
  readonly #stateCount: number;
  /** Where a state's complete ASCII row starts in `#rows`, or `#offRows` for a state without one. */
  readonly #rowAt: Int32Array;
  /** The row of the states without one. */
  readonly #offRows: number;
  /** Rows of entries as OFF_ROWS describes, indexed by raw ASCII unit. */
  readonly #rows: Int32Array;
  /** The state of each row, by row index. */
  readonly #rowState: Int32Array;
  /** The state itself when it ends a phrase, else `#nextOutput`. */
  readonly #output: Int32Array;
  /** 1 where a phrase that wakes a sieve ends at the state or down its failure chain. */
  readonly #wakes: Uint8Array;
  /** The units outside ASCII that some phrase holds; null when there is none (today's lexicon, once folded). */
  readonly #otherUnits: ReadonlySet<number> | null;
  /** Does a waking phrase hold nothing but ASCII white space and control characters (no lexicon's does)? */
  readonly #wakesOnBlank: boolean;

  /**
   * `phrases` are normalised strings; a phrase's index is its id. Duplicates keep the first id.
   * `wakes[id]` says whether a sieve reports phrase `id` (all of them by default).
   */
  constructor(phrases: readonly string[], wakes?: readonly boolean[]) {
    let capacity = FIRST_TRIE_STATE;
    let otherUnits: Set<number> | null = null;
    for (const phrase of phrases) {
      capacity += phrase.length;
      for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) >= 128) (otherUnits ??= new Set()).add(phrase.charCodeAt(i));
    }
    this.#otherUnits = otherUnits;
    this.#wakesOnBlank = phrases.some((phrase, id) => phrase.length > 0 && (wakes?.[id] ?? true) && !/[^\0- ]/.test(phrase));
    this.#code = new Uint16Array(capacity);
    this.#firstChild = new Int32Array(capacity).fill(-1);
    this.#nextSibling = new Int32Array(capacity).fill(-1);
    this.#phraseAt = new Int32Array(capacity).fill(-1);
    this.#phraseLength = new Int32Array(phrases.length);

    let count = FIRST_TRIE_STATE;
    phrases.forEach((phrase, id) => {
      this.#phraseLength[id] = phrase.length;
      let state = BOUNDARY;
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        let next = this.#child(state, code);
        if (next < 0) {
          next = count++;
          this.#code[next] = code;
          this.#nextSibling[next] = this.#firstChild[state]!;
          this.#firstChild[state] = next;
          if (state === BOUNDARY) {
            if (code < 128) this.#rootAscii[code] = next;
            else (this.#rootOther ??= new Map()).set(code, next);
          }
        }
        state = next;
      }
      if (phrase.length > 0 && this.#phraseAt[state] === -1) this.#phraseAt[state] = id;
    });
    this.#stateCount = count;

    // Breadth-first: a state's failure link is known before its children's.
    this.#fail = new Int32Array(count);
    this.#nextOutput = new Int32Array(count).fill(-1);
    this.#wakes = new Uint8Array(count);
    const queue = new Int32Array(count);
    let tail = 0;
    for (let child = this.#firstChild[BOUNDARY]!; child >= 0; child = this.#nextSibling[child]!) {
      // The only suffix of a one-unit text is the empty one after it.
      this.#fail[child] = isWordUnit(this.#code[child]!) ? IN_WORD : BOUNDARY;
      queue[tail++] = child;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const fail = this.#fail[state]!;
      this.#nextOutput[state] = this.#phraseAt[fail]! >= 0 ? fail : this.#nextOutput[fail]!;
      const id = this.#phraseAt[state]!;
      this.#wakes[state] = (id >= 0 && (wakes?.[id] ?? true)) || this.#wakes[fail] === 1 ? 1 : 0;
      for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
        this.#fail[child] = this.#transition(fail, this.#code[child]!);
        queue[tail++] = child;
      }
    }

    this.#output = new Int32Array(count);
    for (let state = 0; state < count; state++) this.#output[state] = this.#phraseAt[state]! >= 0 ? state : this.#nextOutput[state]!;

    // Rows by raw ASCII unit. An entry says where the target's own row starts, or ~target (see
    // OFF_ROWS): which targets get a row is known before any row is written, so entries are
    // final when written, and a row copied from its failure target's needs no second pass.
    const rawUnits = asciiFoldGroups();
    const rowCount = rowsFor(count);
    this.#offRows = 128 * rowCount;
    this.#rowAt = new Int32Array(count).fill(this.#offRows);
    this.#rowState = new Int32Array(rowCount);
    this.#rowAt[BOUNDARY] = BOUNDARY_ROW;
    this.#rowAt[IN_WORD] = IN_WORD_ROW;
    this.#rowState[1] = IN_WORD;
    // BOUNDARY and IN_WORD first, then the trie breadth-first: a state's failure target (shallower) has its row already.
    for (let index = 0; index < rowCount - FIRST_TRIE_STATE; index++) {
      const state = queue[index]!;
      this.#rowAt[state] = 128 * (index + FIRST_TRIE_STATE);
      this.#rowState[index + FIRST_TRIE_STATE] = state;
    }
    const rows = (this.#rows = new Int32Array(128 * (rowCount + 1)));
    const entry = (target: number): number => {
      const row = this.#rowAt[target]!;
      return row !== this.#offRows && this.#wakes[target] === 0 ? row : ~target;
    };
    for (let raw = 0; raw < 128; raw++) {
      rows[raw] = entry(this.#transition(BOUNDARY, foldUnit(raw)));
      rows[128 + raw] = entry(this.#transition(IN_WORD, foldUnit(raw)));
    }
    for (let index = 0; index < rowCount - FIRST_TRIE_STATE; index++) {
      const state = queue[index]!;
      const at = 128 * (index + FIRST_TRIE_STATE);
      const failRow = this.#rowAt[this.#fail[state]!]!;
      rows.copyWithin(at, failRow, failRow + 128);
      for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
        const code = this.#code[child]!;
        if (code >= 128) continue;
        const value = entry(child);
        for (const raw of rawUnits[code]!) rows[at + raw] = value;
      }
      // Normalised text never holds two spaces in a row, so a state entered by a space may loop on
      // the next one: a sieve reading raw text then needs no test to skip repeated spaces.
      if (this.#code[state] === SPACE) {
        const value = entry(state);
        for (const raw of rawUnits[SPACE]!) rows[at + raw] = value;
      }
    }
    rows.fill(OFF_ROWS, this.#offRows);
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
      offRows: this.#offRows,
      wakes: this.#wakes,
      otherUnits: this.#otherUnits,
      step: (state, unit) => this.#step(state, unit),
      wakesOnBlank: this.#wakesOnBlank,
    });
  }

  /** The trie child of `state` (BOUNDARY included) on `code`, or -1. */
  #child(state: number, code: number): number {
    if (state === BOUNDARY) return code < 128 ? this.#rootAscii[code]! : (this.#rootOther?.get(code) ?? -1);
    for (let child = this.#firstChild[state]!; child >= 0; child = this.#nextSibling[child]!) {
      if (this.#code[child] === code) return child;
    }
    return -1;
  }

  /** The transition from `state` on the normalised unit `code`, down the failure chain. */
  #transition(state: number, code: number): number {
    for (;;) {
      if (state !== IN_WORD) {
        const next = this.#child(state, code);
        if (next >= 0) return next;
      }
      if (state < FIRST_TRIE_STATE) return isWordUnit(code) ? IN_WORD : BOUNDARY;
      state = this.#fail[state]!;
    }
  }

  /** One step on a normalised unit: by the row when the state has one, else down the chain; a state entered by a space loops on the next (for sieves). */
  #step(state: number, code: number): number {
    const row = this.#rowAt[state]!;
    if (row !== this.#offRows && code < 128) {
      const entry = this.#rows[row + code]!;
      return entry >= 0 ? this.#rowState[entry >> 7]! : ~entry;
    }
    if (code === SPACE && state >= FIRST_TRIE_STATE && this.#code[state] === SPACE) return state;
    return this.#transition(state, code);
  }

  /**
   * Calls `found(phraseId, start, end)` for every occurrence of every phrase that starts a word
   * in `codes[0, length)` (normalised: no two spaces in a row), in order of `end`; overlapping
   * occurrences are all reported.
   */
  scan(codes: Uint16Array, length: number, found: (phraseId: number, start: number, end: number) => void): void {
    const rows = this.#rows;
    const output = this.#output;
    let state = BOUNDARY;
    let row = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      const entry = code < 128 ? rows[row + code]! : OFF_ROWS;
      if (entry >= 0) {
        row = entry;
        state = this.#rowState[row >> 7]!;
      } else {
        state = entry !== OFF_ROWS ? ~entry : this.#step(state, code);
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
  readonly offRows: number;
  readonly wakes: Uint8Array;
  readonly otherUnits: ReadonlySet<number> | null;
  readonly step: (state: number, unit: number) => number;
  readonly wakesOnBlank: boolean;
}

/**
 * Streams a context's raw text, piece by piece, through the fold of `normalize.ts` and the
 * automaton, and says whether a waking phrase occurs on word boundaries: what `NormalizedText`
 * would hold, fed to `PhraseMatcher.scan`, with boundaries checked as a match would check them
 * — but with no copy written. An ASCII unit costs one row lookup (the rows fold it); others are
 * folded as the normaliser folds them (invisible units dropped, "ß" two units). Repeated
 * spaces, which normalisation drops, are looped on by the automaton. The automaton only ends a
 * phrase that starts a word; the unit after it, looked ahead to, says whether it ends one.
 */
export class FoldingSieve {
  readonly #t: SieveTables;
  #state = BOUNDARY;
  /** A waking phrase ended at the last piece's end; the next unit normalisation keeps decides. */
  #pendingEnd = false;
  #hit = false;
  /** Pieces fed since the reset, and the last that began in BOUNDARY before the hit (see `firstPart`). */
  #pieces = 0;
  #firstPart = 0;
  /** The one piece `feed` reads. */
  readonly #one: string[] = [''];

  constructor(tables: SieveTables) {
    this.#t = tables;
  }

  /** Starts a new context. */
  reset(): void {
    this.#state = BOUNDARY;
    this.#pendingEnd = false;
    this.#hit = false;
    this.#pieces = 0;
    this.#firstPart = 0;
  }

  /** Does the context read so far hold a waking phrase between word boundaries? (Its end counts as one.) */
  get hit(): boolean {
    return this.#hit || this.#pendingEnd;
  }

  /**
   * The last piece (by its index since the reset) that began in BOUNDARY, at or before the one
   * that decided the hit. BOUNDARY is the state of no phrase under way, after a unit that is no
   * part of a word: no occurrence runs across that point, and one before it would have been the
   * hit. So matching may begin at that piece, in BOUNDARY, and find exactly what matching the
   * whole context finds (what is left out before it holds nothing but cues).
   */
  get firstPart(): number {
    return this.#firstPart;
  }

  /** Can a run of nothing but ASCII white space and control characters hit? (Only if a phrase is made of them.) */
  get wakesOnBlank(): boolean {
    return this.#t.wakesOnBlank;
  }

  /** Reads the next piece of the context's raw text. */
  feed(raw: string): void {
    this.#one[0] = raw;
    this.#read(this.#one, 1);
  }

  /**
   * Reads a whole run, `pieces[0, count)`, from a fresh start, and says whether it hits (then
   * `firstPart` says where to match from): `feed` on each piece in one call, the tables read once
   * a run rather than once a text node.
   */
  read(pieces: readonly string[], count: number): boolean {
    this.reset();
    this.#read(pieces, count);
    return this.hit;
  }

  #read(pieces: readonly string[], count: number): void {
    const { rowAt, rows, rowState, offRows, wakes, otherUnits, step } = this.#t;
    let state = this.#state;
    // The state's row (then `state` is stale), or `offRows` for a state without one.
    let row = rowAt[state]!;
    for (let p = 0; p < count; p++) {
      const raw = pieces[p]!;
      const piece = this.#pieces++;
      if (this.#hit || (this.#pendingEnd && this.#endsWord(raw, 0))) return;
      // Only BOUNDARY has the first row.
      if (row === BOUNDARY_ROW && !this.#pendingEnd) this.#firstPart = piece;
      for (let i = 0; i < raw.length; i++) {
        let unit = raw.charCodeAt(i);
        if (unit >= 128) {
          // Outside ASCII: folded as the normaliser folds it. A unit no phrase holds takes every state
          // where it takes the root (into a word, or past one), so a page in another script costs a lookup per unit.
          unit = fold[unit]!;
          if (unit >= 128 && (otherUnits === null || !otherUnits.has(unit))) {
            row = isWordUnit(unit) ? IN_WORD_ROW : BOUNDARY_ROW;
            continue;
          }
          if (unit === DROP) continue;
          if (unit < 0 || unit >= 128) {
            // Spelled out, not yet folded, or held by a phrase.
            state = this.#slowUnit(raw, i, row !== offRows ? rowState[row >> 7]! : state);
            if (state < 0) return;
            row = rowAt[state]!;
            continue;
          }
          // Folded to ASCII ("é"): the rows fold raw ASCII, and a folded ASCII unit folds to itself.
        }
        const entry = rows[row + unit]!;
        if (entry >= 0) {
          row = entry;
          continue;
        }
        // A waking phrase's end, or a state without a row (rare: both only inside a word-start match).
        state = entry !== OFF_ROWS ? ~entry : step(state, fold[unit]!);
        if (wakes[state] === 1 && this.#endsWord(raw, i + 1)) return;
        row = rowAt[state]!;
      }
    }
    this.#state = row !== offRows ? rowState[row >> 7]! : state;
  }

  /**
   * A waking phrase ended just before `raw[from]`: does it end a word? The next unit normalisation
   * keeps decides (true, and a hit, when it is no part of a word); at the piece's end, the next piece.
   */
  #endsWord(raw: string, from: number): boolean {
    for (let i = from; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      const unit = foldUnit(code);
      if (unit === DROP) continue;
      this.#pendingEnd = false;
      if (isWordUnit(unit === MULTI ? spelledOut(code).charCodeAt(0) : unit)) return false;
      this.#hit = true;
      return true;
    }
    this.#pendingEnd = true;
    return false;
  }

  /** One raw unit off the fast path, from `state`: the state after it, or -1 when it decides a hit. */
  #slowUnit(raw: string, i: number, state: number): number {
    const code = raw.charCodeAt(i);
    const folded = foldUnit(code);
    if (folded === DROP) return state;
    const { step, wakes } = this.#t;
    if (folded !== MULTI) {
      state = step(state, folded);
      return wakes[state] === 1 && this.#endsWord(raw, i + 1) ? -1 : state;
    }
    const spelled = spelledOut(code);
    for (let k = 0; k < spelled.length; k++) {
      state = step(state, spelled.charCodeAt(k));
      if (wakes[state] !== 1) continue;
      if (k + 1 < spelled.length ? !isWordUnit(spelled.charCodeAt(k + 1)) : this.#endsWord(raw, i + 1)) {
        this.#hit = true;
        return -1;
      }
    }
    return state;
  }
}
