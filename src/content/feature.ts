/**
 * Every behaviour of the content script is a feature with an `init(context, signal)`: it sets
 * itself up and registers every listener, observer and timer against `signal`, so aborting
 * the signal (the site is disabled, the extension paused or unloaded) tears it all down.
 */
import type { MentionStore } from './mention-store';

export interface ContentContext {
  /** The mentions found in this frame. */
  mentions: MentionStore;
  /** Is this the top frame of its tab? */
  isTopFrame: boolean;
}

export interface Feature {
  /** For logs and tests. */
  name: string;
  init(context: ContentContext, signal: AbortSignal): void;
}
