/**
 * Pages can take our names out of `CSS.highlights` (`clear()`, `delete()`, a Highlight of
 * their own under our name) and no event tells us. While there is something painted, a guard
 * calls its owner's check once a second, which puts the names back if they are gone: a map
 * lookup a second, never a busy loop, and nothing at all on a page without mentions.
 */
export const GUARD_MS = 1_000;

export class HighlightGuard {
  readonly #check: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(check: () => void, signal: AbortSignal) {
    this.#check = check;
    signal.addEventListener('abort', () => this.watch(false), { once: true });
  }

  /** Checks once a second while `on` (there is something painted). */
  watch(on: boolean): void {
    if (on && this.#timer === undefined) this.#timer = setInterval(this.#check, GUARD_MS);
    if (!on && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
