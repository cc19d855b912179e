/**
 * The main content script (content-main.js): settings, lexicon, engine, painting, the card and
 * every feature. The background injects it only into a frame whose small script (index.ts)
 * found that the topic may be there; it does nothing in a document whose small script asked
 * for nothing (topic-handoff.ts), so a second or stray injection is harmless.
 */
import type { Feature } from './feature';
import { annotate } from './features/annotate';
import { debateMarks } from './features/debate-marks';
import { mentionNavigation } from './features/mention-navigation';
import { quoteCard } from './features/quote-card';
import { runFrame } from './frame-lifetime';
import { MAIN_SCRIPT_MARK, takeHandoff } from './topic-handoff';

// debate-marks before the card: it writes the findings the card reads.
const FEATURES: readonly Feature[] = [annotate, debateMarks, quoteCard, mentionNavigation];

const handedOver = takeHandoff();
if (handedOver) {
  try {
    performance.mark(MAIN_SCRIPT_MARK);
  } catch {
    // A page that replaced `performance` gets no mark, and loses nothing else.
  }
  runFrame(FEATURES, handedOver.tools, handedOver).catch((error: unknown) => console.debug('[claimlens] could not start', error));
}
