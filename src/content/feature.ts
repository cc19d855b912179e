/**
 * Every behaviour of the content script is a feature with an `init(context, signal)`: it sets
 * itself up and registers every listener, observer and timer against `signal`, so aborting
 * the signal (the site is disabled, the extension paused) tears it all down.
 */
import type { Settings } from '../platform/settings-schema';
import type { MentionStore, PageMention } from './mention-store';

export interface OpenCardOptions {
  /** Move keyboard focus into the card (keyboard and popup navigation). */
  focus: boolean;
}

/** Opens the quote card for a mention. */
export type CardOpener = (mention: PageMention, options: OpenCardOptions) => void;

export interface ContentContext {
  /** The mentions found in this frame. */
  readonly mentions: MentionStore;
  /** Is this the top frame of its tab? */
  readonly isTopFrame: boolean;
  /**
   * Where the topic may be, as the topic sieve located it when the features started (the first
   * scan reads only there; topic-watch.ts); null when the whole frame must be read.
   */
  readonly topicScope: readonly Node[] | null;
  /** The settings now. */
  settings(): Settings;
  /** Calls `listener` when settings change (without restarting features), until `signal` aborts. */
  onSettingsChange(listener: (settings: Settings, previous: Settings) => void, signal: AbortSignal): void;
  /** Opens the quote card for a mention (the card feature provides it; a no-op without it). */
  openCard: CardOpener;
  /** The card feature registers its opener here, until `signal` aborts. */
  provideCardOpener(opener: CardOpener, signal: AbortSignal): void;
}

export interface Feature {
  /** For logs and tests. */
  name: string;
  init(context: ContentContext, signal: AbortSignal): void;
}
