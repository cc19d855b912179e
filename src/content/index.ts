/**
 * The content script every frame carries (content.js): small, because nearly every frame never
 * mentions the topic. Runs once per frame however often it is injected; waits until the frame
 * could show a mention (frame-readiness.ts), then runs the topic sieve, and until the sieve
 * says "maybe" touches no extension API at all: no settings read, no message, no listener (the
 * popup asks the page itself whether Claimlens runs there, and the add-article page reads the
 * document with a function run there on demand). On a "maybe" it reads the settings and, while
 * Claimlens is on for the site, stands down and hands the frame over (topic-handoff.ts): the
 * background injects the main script (main.ts) into this document.
 */
import { checkExtensionContext } from '../platform/extension-context';
import { sendToBackground } from '../platform/messages';
import { CONTENT_SCRIPT_KEY } from '../platform/scripting';
import { whenFrameReady } from './frame-readiness';
import { keepFrame, type FrameHandle, type FrameWork } from './frame-lifetime';
import { isolated } from './isolated';
import { DocumentChanges, leaveHandoff, withdrawHandoff } from './topic-handoff';
import { topicTools, whenTopicFound, type TopicScope } from './topic-watch';

const INSTANCE = Symbol.for(CONTENT_SCRIPT_KEY);
type Guarded = typeof globalThis & { [INSTANCE]?: true };

// A top-level about:blank tab is not a page anyone reads; frames inherit their parent's page.
const isBlankTab = window.top === window && location.protocol === 'about:';

/** A frame the small script keeps reports nothing: only the main script has mentions to report. */
const SILENT: FrameWork['report'] = { update: () => undefined, gone: () => undefined, dispose: () => undefined };

/**
 * The frame's life once the sieve said "maybe" at `scope`: while Claimlens is on for the site,
 * hands the frame over at once; while it is off, waits for it to be switched on, and then sieves
 * the frame afresh (the page may have changed meanwhile).
 */
function handOverWhenOn(scope: TopicScope): (frame: FrameHandle) => FrameWork {
  let firstScope: TopicScope | undefined = scope;
  // The scope holds for the document as it was located: a change while the settings are read widens it.
  const sinceLocated = new DocumentChanges();
  return (frame) => ({
    report: SILENT,
    // Off when the sieve said "maybe": the page may change until Claimlens is switched on, so the
    // frame is sieved afresh then, not handed over where the topic was.
    clear: () => {
      firstScope = undefined;
      sinceLocated.stop();
    },
    settingsChanged: () => undefined,
    start(signal) {
      const handOver = (where: TopicScope, since?: DocumentChanges): void => {
        leaveHandoff(where, frame.handOver(), topicTools, since);
        sendToBackground('topic-here', {}).then(
          (ran) => {
            if (!ran) withdrawHandoff();
          },
          (error: unknown) => {
            console.debug('[claimlens] could not load the main script', error);
            withdrawHandoff();
          },
        );
      };
      const where = firstScope;
      firstScope = undefined;
      if (where !== undefined) handOver(where, sinceLocated);
      else isolated('the topic sieve failed', () => whenTopicFound(handOver, signal));
    },
  });
}

if (!isBlankTab && !(globalThis as Guarded)[INSTANCE]) {
  (globalThis as Guarded)[INSTANCE] = true;
  whenFrameReady(window.top === window)
    .then(() =>
      isolated('the topic sieve failed', () =>
        // The first sieve runs whatever the settings (it needs none): the settings are read only on a "maybe".
        whenTopicFound(
          (scope) => {
            keepFrame(handOverWhenOn(scope)).catch((error: unknown) => console.debug('[claimlens] could not start', error));
          },
          new AbortController().signal,
          // An orphan (the extension was updated or removed) stops watching a page that keeps changing.
          { stillWanted: checkExtensionContext },
        ),
      ),
    )
    .catch((error: unknown) => console.debug('[claimlens] could not start', error));
}
