/**
 * Content script entry. Runs once per frame however often it is injected; reads the settings,
 * and starts every feature under one AbortController while Claimlens is on for this site,
 * stopping them all (one abort) the moment it is switched off.
 */
import { sendToBackground } from '../platform/messages';
import { isActiveOn, type Settings } from '../platform/settings-schema';
import { readSettings, watchSettings } from '../platform/settings-store';
import type { ContentContext, Feature, OpenCardOptions } from './feature';
import { annotate } from './features/annotate';
import { highlightStyle } from './features/highlight-style';
import { documentExport } from './features/document-export';
import { mentionNavigation } from './features/mention-navigation';
import { quoteCard } from './features/quote-card';
import { FrameReporter } from './frame-reporter';
import { MentionStore, type PageMention } from './mention-store';

const FEATURES: readonly Feature[] = [annotate, highlightStyle, quoteCard, mentionNavigation, documentExport];

/** Settings whose change needs the features restarted (the lexicon is compiled per language set). */
const RESTART_ON: readonly (keyof Settings)[] = ['languages'];

const INSTANCE = Symbol.for('claimlens.content');
type Guarded = typeof globalThis & { [INSTANCE]?: true };

/** This frame's host; about:blank and srcdoc frames inherit their creator's origin. */
function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

async function start(): Promise<void> {
  const isTopFrame = window.top === window;
  const host = frameHost();
  let settings = await readSettings();
  const hosts = [host];
  /**
   * A frame is off when its page's site is: a subframe needs its tab's top host, but only once
   * some site is disabled (most readers never do), so ad frames do not wake the background.
   * Chrome tells a frame its ancestors' origins; Firefox does not, and the background is asked.
   */
  let topHostKnown = isTopFrame;
  const learnTopHost = async (): Promise<void> => {
    if (topHostKnown || settings.disabledSites.length === 0) return;
    topHostKnown = true;
    const ancestors = location.ancestorOrigins as DOMStringList | undefined;
    const top = ancestors?.length ? new URL(ancestors[ancestors.length - 1]!).hostname : await sendToBackground('top-host', {}).catch(() => null);
    if (top) hosts.push(top);
  };
  await learnTopHost();
  const mentions = new MentionStore();
  const reporter = new FrameReporter(host, isTopFrame);
  const settingsListeners = new Set<(settings: Settings, previous: Settings) => void>();
  let cardOpener: ((mention: PageMention, options: OpenCardOptions) => void) | null = null;
  const context: ContentContext = {
    mentions,
    isTopFrame,
    settings: () => settings,
    onSettingsChange(listener, signal) {
      settingsListeners.add(listener);
      signal.addEventListener('abort', () => settingsListeners.delete(listener), { once: true });
    },
    openCard: (mention, options) => cardOpener?.(mention, options),
    provideCardOpener(opener, signal) {
      cardOpener = opener;
      signal.addEventListener('abort', () => { if (cardOpener === opener) cardOpener = null; }, { once: true });
    },
  };

  const lifetime = new AbortController();
  let running: AbortController | null = null;

  const stopFeatures = (): void => {
    running?.abort();
    running = null;
    mentions.replace([]);
  };
  const startFeatures = (): void => {
    running = new AbortController();
    mentions.subscribe((list) => reporter.update(true, list), running.signal);
    for (const feature of FEATURES) {
      try {
        feature.init(context, running.signal);
      } catch (error) {
        // One broken feature must not take the others (or the page) down with it.
        console.debug(`[claimlens] ${feature.name} failed to start`, error);
      }
    }
    reporter.update(true, mentions.mentions);
  };
  const apply = (previous: Settings | null): void => {
    const active = isActiveOn(settings, hosts);
    if (!active) {
      if (running || !previous) {
        stopFeatures();
        reporter.update(false, []);
      }
      return;
    }
    if (running && previous && RESTART_ON.some((key) => JSON.stringify(settings[key]) !== JSON.stringify(previous[key]))) stopFeatures();
    if (!running) startFeatures();
    else if (previous) for (const listener of [...settingsListeners]) listener(settings, previous);
  };

  apply(null);
  watchSettings((next) => {
    const previous = settings;
    settings = next;
    void learnTopHost().then(() => apply(previous));
  }, lifetime.signal);
  window.addEventListener('pagehide', () => reporter.gone(), { signal: lifetime.signal });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) reporter.update(running !== null, mentions.mentions); // back from the bfcache
  }, { signal: lifetime.signal });
}

// A top-level about:blank tab is not a page anyone reads; frames inherit their parent's page.
const isBlankTab = window.top === window && location.protocol === 'about:';

if (!isBlankTab && !(globalThis as Guarded)[INSTANCE]) {
  (globalThis as Guarded)[INSTANCE] = true;
  start().catch((error: unknown) => console.debug('[claimlens] could not start', error));
}
