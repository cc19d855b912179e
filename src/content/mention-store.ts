/**
 * The mentions found in this frame, shared by the content script's features: the annotator
 * writes them, the painter, card, badge report and keyboard navigation read them.
 */
import { Listeners } from './listeners';
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

export class MentionStore {
  #mentions: readonly PageMention[] = [];
  #settled = true;
  readonly #listeners = new Listeners<readonly PageMention[]>('a mentions listener failed');

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
    this.#listeners.tell(mentions, () => this.#mentions === mentions);
  }

  /** Calls `listener` on every change until `signal` aborts. */
  subscribe(listener: (mentions: readonly PageMention[]) => void, signal: AbortSignal): void {
    this.#listeners.subscribe(listener, signal);
  }
}
