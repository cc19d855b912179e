/**
 * The listeners of one kind of news in a frame (the mentions, the findings, the prose a change
 * touched), each until its signal aborts. A plain set rather than an EventTarget: in Firefox
 * content scripts a CustomEvent's `detail` crosses into the page's compartment and reads back
 * as null.
 */
import { isolated } from './isolated';

export class Listeners<T> {
  readonly #listeners = new Set<(news: T) => void>();
  readonly #failure: string;

  /** `failure`: what the console says when a listener throws ("a mentions listener failed"). */
  constructor(failure: string) {
    this.#failure = failure;
  }

  /**
   * Tells every listener `news`; one that throws is reported and the others still hear. A
   * listener unsubscribed by an earlier one (its feature stopped meanwhile) is not called, nor is
   * any once `stillNews` says newer news exists.
   */
  tell(news: T, stillNews: () => boolean = () => true): void {
    for (const listener of [...this.#listeners]) {
      if (!stillNews()) return;
      if (this.#listeners.has(listener)) isolated(this.#failure, () => listener(news));
    }
  }

  /** Calls `listener` with every news until `signal` aborts. */
  subscribe(listener: (news: T) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.#listeners.add(listener);
    signal.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }
}
