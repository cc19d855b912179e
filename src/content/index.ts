/**
 * The content script every frame carries (content.js): small, because nearly every frame never
 * mentions the topic. Runs once per frame however often it is injected; waits until the frame
 * could show a mention (frame-readiness.ts), then, while Claimlens is on for the site, answers
 * what it must whatever the topic (adding the page to the reader's evidence) and runs the
 * topic sieve. When the sieve says the topic may be here, it stands down and hands the frame
 * over (topic-handoff.ts): the background injects the main script (main.ts) into this document.
 */
import { sendToBackground } from '../platform/messages';
import { answerDocumentRequests } from './features/document-export';
import { whenFrameReady } from './frame-readiness';
import { keepFrame, type FrameHandle, type FrameWork } from './frame-lifetime';
import { isolated } from './isolated';
import { leaveHandoff } from './topic-handoff';
import { whenTopicFound } from './topic-watch';

const INSTANCE = Symbol.for('claimlens.content');
type Guarded = typeof globalThis & { [INSTANCE]?: true };

// A top-level about:blank tab is not a page anyone reads; frames inherit their parent's page.
const isBlankTab = window.top === window && location.protocol === 'about:';

/**
 * Until the topic appears this frame has found nothing: only the top frame says so (or that
 * Claimlens is off here), so the popup can tell "nothing here" from "Claimlens cannot run here".
 */
function nothingFound({ host, isTopFrame }: FrameHandle): FrameWork['report'] {
  const send = (report: () => Promise<unknown>): void => {
    if (isTopFrame) report().catch(() => undefined);
  };
  return {
    update: (active) => send(() => sendToBackground('frame-report', { host, count: 0, items: [], active })),
    gone: () => send(() => sendToBackground('frame-gone', {})),
    dispose: () => undefined,
  };
}

function sieveFrame(frame: FrameHandle): FrameWork {
  const report = nothingFound(frame);
  return {
    report,
    clear: () => undefined,
    settingsChanged: () => undefined,
    start(signal) {
      if (frame.isTopFrame) isolated('document-export failed to start', () => answerDocumentRequests(signal));
      isolated('the topic sieve failed', () =>
        whenTopicFound((scope) => {
          frame.standDown();
          leaveHandoff(scope);
          sendToBackground('topic-here', {}).catch((error: unknown) => console.debug('[claimlens] could not load the main script', error));
        }, signal),
      );
      // The main script reports a frame it takes over at once; this one reports only what it keeps.
      if (!signal.aborted) report.update(true);
    },
  };
}

if (!isBlankTab && !(globalThis as Guarded)[INSTANCE]) {
  (globalThis as Guarded)[INSTANCE] = true;
  whenFrameReady(window.top === window)
    .then(() => keepFrame(sieveFrame))
    .catch((error: unknown) => console.debug('[claimlens] could not start', error));
}
