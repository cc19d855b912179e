/**
 * The small content script (content.js, in every frame) hands a frame where the topic may be
 * to the main one (content-main.js, which the background injects into that frame only). Both
 * run in the same isolated world of the same document, so the hand-over is one symbol-keyed
 * global there: the page cannot see it, and a main script injected into any other document
 * (the frame navigated meanwhile) finds none and does nothing.
 */
import type { Settings } from '../platform/settings-schema';
import type { TopicScope, TopicTools } from './topic-watch';

/** A User Timing mark the page can see: this frame runs the main script (tests and the curious read it). */
export const MAIN_SCRIPT_MARK = 'claimlens:main-script';

const HANDOFF = Symbol.for('claimlens.topic-handoff');

/**
 * The settings as the small script hands them on: what they are now, and their changes from the
 * moment `follow` is called. The small script's watch is kept running for this, never stopped and
 * started again, so a change between the hand-over and the main script's start is not missed.
 */
export interface SettingsFeed {
  readonly current: Settings;
  /** Calls `listener` with each change until `signal` aborts, which ends the watch. */
  follow(listener: (next: Settings) => void, signal: AbortSignal): void;
}

/**
 * Where the topic may be, as the sieve located it (the blocks and the anchors they hold), and the
 * settings the small script read and follows: the main script reads neither again.
 */
export interface TopicHandoff {
  /** The located scope, or null (the whole frame) if the document changed from its locating until this is first read. */
  readonly scope: TopicScope;
  readonly settings: SettingsFeed;
  /** The small script's sieve and watch, lent to the main script (topic-watch.ts). */
  readonly tools: TopicTools;
}

/**
 * Notes whether the document (its tree and texts) changes from the moment this is made: one
 * observer, disconnected at the first change or by `stop`.
 */
export class DocumentChanges {
  #changed = false;
  readonly #observer = new MutationObserver(() => this.#note());

  constructor() {
    this.#observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  /** Did it change while noted (records not yet delivered count)? */
  get changed(): boolean {
    if (!this.#changed && this.#observer.takeRecords().length > 0) this.#note();
    return this.#changed;
  }

  stop(): void {
    this.#observer.disconnect();
  }

  #note(): void {
    this.#changed = true;
    this.#observer.disconnect();
  }
}

interface Pending {
  scope: TopicScope;
  settings: SettingsFeed;
  tools: TopicTools;
  /** Changes to the document since `scope` was located, until the main script's start. */
  changes: DocumentChanges;
}

type WithHandoff = typeof globalThis & { [HANDOFF]?: Pending | undefined };

/**
 * Leaves `scope` and `settings` for the main script; any change to the document from `since`
 * (made when `scope` was located: the settings read in between takes a round trip) until it
 * starts widens the scope to the whole frame.
 */
export function leaveHandoff(scope: TopicScope, settings: SettingsFeed, tools: TopicTools, since = new DocumentChanges()): void {
  (globalThis as WithHandoff)[HANDOFF] = { scope, settings, tools, changes: since };
}

/** The hand-over left in this world, taken so that no one takes it twice. */
function takePending(): Pending | undefined {
  const pending = (globalThis as WithHandoff)[HANDOFF];
  (globalThis as WithHandoff)[HANDOFF] = undefined;
  return pending;
}

/** The hand-over this document's small script left, once (null when none did). */
export function takeHandoff(): TopicHandoff | null {
  const pending = takePending();
  if (!pending) return null;
  const { changes } = pending;
  let scope: TopicScope | undefined;
  return {
    // Read as the first scan starts, after the main script's own waits (in a subframe, a round trip
    // for its top host): what changed until then may hold a mention outside the located scope, and
    // the first scan then reads the whole frame. Never read (off at the start), the note ends at the first change.
    get scope() {
      if (scope === undefined) {
        // 'everywhere' reads the whole frame already, with every term: naming the anchors of a frame that holds thousands is what it saves.
        scope = changes.changed && pending.scope !== 'everywhere' ? null : pending.scope;
        changes.stop();
      }
      return scope;
    },
    settings: pending.settings,
    tools: pending.tools,
  };
}

/**
 * Takes back a hand-over no main script will take (the background could not inject it: a page
 * the browser protects, a frame gone meanwhile): stops noting the document's changes and ends the
 * settings watch it carried, which would otherwise run for the frame's life.
 */
export function withdrawHandoff(): void {
  const pending = takePending();
  if (!pending) return;
  pending.changes.stop();
  pending.settings.follow(() => undefined, AbortSignal.abort());
}
