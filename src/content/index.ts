/**
 * Content script entry. Runs once per frame however often it is injected, and starts the
 * features (frame-lifetime.ts decides when they run).
 */
import type { Feature } from './feature';
import { annotate } from './features/annotate';
import { debateMarks } from './features/debate-marks';
import { documentExport } from './features/document-export';
import { mentionNavigation } from './features/mention-navigation';
import { quoteCard } from './features/quote-card';
import { whenFrameReady } from './frame-readiness';
import { runFrame } from './frame-lifetime';

// debate-marks before the card: it writes the findings the card reads.
const FEATURES: readonly Feature[] = [annotate, debateMarks, quoteCard, mentionNavigation, documentExport];

const INSTANCE = Symbol.for('claimlens.content');
type Guarded = typeof globalThis & { [INSTANCE]?: true };

// A top-level about:blank tab is not a page anyone reads; frames inherit their parent's page.
const isBlankTab = window.top === window && location.protocol === 'about:';

if (!isBlankTab && !(globalThis as Guarded)[INSTANCE]) {
  (globalThis as Guarded)[INSTANCE] = true;
  whenFrameReady(window.top === window)
    .then(() => runFrame(FEATURES))
    .catch((error: unknown) => console.debug('[claimlens] could not start', error));
}
