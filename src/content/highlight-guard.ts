/**
 * Pages can take our names out of `CSS.highlights` (`clear()`, `delete()`, a Highlight of
 * their own under our name) and no event tells us. While there is something painted, a guard
 * calls its owner's check once a second, which puts the names back if they are gone: a map
 * lookup a second, never a busy loop, and nothing at all on a page without mentions. The
 * guards of a frame (the mentions', the claims' and names') share one timer: each tick is a
 * task the page pays for, whatever little it does.
 */
export const GUARD_MS = 1_000;

/** The checks of every guard watching now, run by one timer. */
const checks = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function runChecks(): void {
  for (const check of [...checks]) {
    try {
      check();
    } catch (error) {
      console.debug('[claimlens] a highlight check failed', error);
    }
  }
}

export class HighlightGuard {
  readonly #check: () => void;

  constructor(check: () => void, signal: AbortSignal) {
    // A check of its own, so two guards given one function still count as two.
    this.#check = () => check();
    signal.addEventListener('abort', () => this.watch(false), { once: true });
  }

  /** Checks once a second while `on` (there is something painted). */
  watch(on: boolean): void {
    if (on) checks.add(this.#check);
    else checks.delete(this.#check);
    if (checks.size > 0) timer ??= setInterval(runChecks, GUARD_MS);
    else if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
