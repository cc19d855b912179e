/**
 * The mentions found in this frame, shared by the content script's features: the annotator
 * writes them, the painter, card, badge report and keyboard navigation read them.
 *
 * A plain listener set rather than an EventTarget: in Firefox content scripts a CustomEvent's
 * `detail` crosses into the page's compartment and reads back as null.
 */
import { isolated } from './isolated';
import type { MentionReason } from '../data/mention-reason';

/** One mention of the topic on the page. */
export interface PageMention {
  /** Stable for the life of the mention in this frame. */
  readonly id: number;
  /** The text as it reads on the page, e.g. "Drug Consumption Rooms". */
  readonly text: string;
  /** The lexicon form it matched (its canonical spelling), used to group mentions. */
  readonly term: string;
  /** The lexicon language of the matched form. */
  readonly lang: string;
  /** Exactly the mention's characters; may span inline elements. */
  readonly range: StaticRange;
  /** The prose around it (its paragraph), used to rank quotes. */
  readonly context: string;
  /** Why it was marked (shown on the card for ambiguous forms). */
  readonly reason: MentionReason;
}

type Listener = (mentions: readonly PageMention[]) => void;

export class MentionStore {
  #mentions: readonly PageMention[] = [];
  #settled = true;
  readonly #listeners = new Set<Listener>();

  get mentions(): readonly PageMention[] {
    return this.#mentions;
  }

  /**
   * Has the scan caught up with the page? False while a long scan shows its mentions as it
   * goes: what reads every mention (the debate's stories) waits for the settled list.
   */
  get settled(): boolean {
    return this.#settled;
  }

  /**
   * Replaces the whole list (in document order) and tells listeners; a listener that throws is
   * reported and the others still hear. A listener unsubscribed by an earlier one (its feature
   * stopped while this change was being told) is not called, nor is any once a newer list exists.
   * `settled`: false for a part of the page's mentions a scan under way shows early.
   */
  replace(mentions: readonly PageMention[], settled = true): void {
    this.#mentions = mentions;
    this.#settled = settled;
    for (const listener of [...this.#listeners]) {
      if (this.#mentions !== mentions) return;
      if (this.#listeners.has(listener)) isolated('a mentions listener failed', () => listener(mentions));
    }
  }

  /** Calls `listener` on every change until `signal` aborts. */
  subscribe(listener: Listener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.#listeners.add(listener);
    signal.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }
}
