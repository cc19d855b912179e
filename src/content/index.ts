/**
 * Content script entry. Runs once per frame however often it is injected, and starts every
 * feature under one AbortController so the whole script can be torn down cleanly.
 */
import type { ContentContext, Feature } from './feature';
import { MentionStore } from './mention-store';
import { annotate } from './features/annotate';

const FEATURES: readonly Feature[] = [annotate];

const INSTANCE = Symbol.for('claimlens.content');
type Guarded = typeof globalThis & { [INSTANCE]?: true };

function start(): void {
  const context: ContentContext = { mentions: new MentionStore(), isTopFrame: window.top === window };
  const controller = new AbortController();
  for (const feature of FEATURES) {
    try {
      feature.init(context, controller.signal);
    } catch (error) {
      // One broken feature must not take the others (or the page) down with it.
      console.debug(`[claimlens] ${feature.name} failed to start`, error);
    }
  }
}

if (!(globalThis as Guarded)[INSTANCE]) {
  (globalThis as Guarded)[INSTANCE] = true;
  start();
}
