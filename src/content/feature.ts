/**
 * Every behaviour of the content script is a feature with an `init(context, signal)`: it sets
 * itself up and registers every listener, observer and timer against `signal`, so aborting
 * the signal (the site is disabled, the extension paused) tears it all down.
 */
import type { Settings } from '../platform/settings-schema';
import type { MentionStore } from './mention-store';
import type { PageFinding, PageFindings } from './page-findings';
import type { ProseChanges } from './prose-changes';
import type { TopicScope, TopicTools } from './topic-watch';

export interface OpenCardOptions {
  /** Move keyboard focus into the card (keyboard and popup navigation). */
  focus: boolean;
}

/** Opens the card for a finding: a mention's quote card, a claim's or a stakeholder's card. */
export type CardOpener = (finding: PageFinding, options: OpenCardOptions) => void;

export interface ContentContext {
  /** The mentions found in this frame. */
  readonly mentions: MentionStore;
  /** Everything found in this frame (mentions, claims, stakeholders) in page order. */
  readonly findings: PageFindings;
  /** Which prose the page's changes touched, as the annotator's page watcher saw them. */
  readonly proseChanges: ProseChanges;
  /** Is this the top frame of its tab? */
  readonly isTopFrame: boolean;
  /** The frame's topic sieve and the build's data behind it (the small script's, lent with the hand-over). */
  readonly topic: Pick<TopicTools, 'sieve' | 'source'>;
  /**
   * Where the topic may be, as the topic sieve located it when the features started (the first
   * scan reads only there, compiling the terms of the anchors found there; topic-watch.ts);
   * null when the whole frame must be read.
   */
  readonly topicScope: TopicScope;
  /** The settings now. */
  settings(): Settings;
  /** Calls `listener` when settings change (without restarting features), until `signal` aborts. */
  onSettingsChange(listener: (settings: Settings, previous: Settings) => void, signal: AbortSignal): void;
  /** Opens the card for a finding (the card feature provides it; a no-op without it). */
  openCard: CardOpener;
  /** The card feature registers its opener here, until `signal` aborts. */
  provideCardOpener(opener: CardOpener, signal: AbortSignal): void;
}

export interface Feature {
  /** For logs and tests. */
  name: string;
  /**
   * Starts at once, without waiting for the topic sieve: for a feature that answers the
   * reader whatever the page is about (adding any article to their evidence). Others start
   * only once the topic may be in the frame.
   */
  whateverTheTopic?: boolean;
  init(context: ContentContext, signal: AbortSignal): void;
}
