/**
 * Which prose the page's changes touched, told by the frame's one page watcher (the annotator's,
 * which feeds the scanner) to the features that read prose the scanner does not keep: the
 * debate's marks read whole stories, most of whose paragraphs hold no mention. So a change the
 * mentions do not show (a live update rewording a sentence) still reaches them, and the page
 * pays for one observer.
 */
import { Listeners } from './listeners';

/** The blocks a batch of mutations touched (an added block, or the block around a change), each once. */
type Listener = (touched: ReadonlySet<Node>) => void;

export class ProseChanges {
  readonly #listeners = new Listeners<ReadonlySet<Node>>('a prose-change listener failed');

  /** Tells every listener of one batch that touched prose; one that throws is reported and the others still hear. */
  tell(touched: ReadonlySet<Node>): void {
    if (touched.size > 0) this.#listeners.tell(touched);
  }

  /** Calls `listener` after every batch that touched prose, until `signal` aborts. */
  subscribe(listener: Listener, signal: AbortSignal): void {
    this.#listeners.subscribe(listener, signal);
  }
}
