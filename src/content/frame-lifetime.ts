/**
 * One frame's life with Claimlens: reads the settings and, once the topic may be in the frame
 * (topic-watch.ts), starts every feature under one AbortController while Claimlens is on for this site, stopping them all (one abort) the
 * moment it is switched off. If the extension is updated, reloaded or removed under the page,
 * the frame stands down for good: features stopped, marks removed, no listener or timer left.
 */
import { checkExtensionContext, onExtensionContextLost } from '../platform/extension-context';
import { sendToBackground } from '../platform/messages';
import { isActiveOn, type Settings } from '../platform/settings-schema';
import { readSettings, watchSettings } from '../platform/settings-store';
import type { CardOpener, ContentContext, Feature } from './feature';
import { FrameReporter } from './frame-reporter';
import { MentionStore } from './mention-store';
import { PageFindings } from './page-findings';
import { isolated } from './isolated';
import { whenTopicFound } from './topic-watch';

/** Settings whose change needs the features restarted (the lexicon is compiled per language set). */
const RESTART_ON: readonly (keyof Settings)[] = ['languages'];

/** This frame's host; about:blank and srcdoc frames inherit their creator's origin. */
function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

/**
 * The top page's host as the browser tells a subframe (Chromium's `ancestorOrigins`); null
 * when it does not say, or says "null" (an opaque origin: a sandboxed or data: top page).
 */
export function topHostFromAncestors(ancestors: DOMStringList | undefined): string | null {
  const top = ancestors?.length ? ancestors[ancestors.length - 1] : undefined;
  if (!top) return null;
  try {
    return new URL(top).hostname || null;
  } catch {
    return null;
  }
}

export interface Frame {
  readonly mentions: MentionStore;
  readonly findings: PageFindings;
  /** Aborts when the frame stands down for good (the extension went away). */
  readonly lifetime: AbortSignal;
}

/** Starts `features` in this frame; resolves once the settings are read and they run (if on). */
export async function runFrame(features: readonly Feature[]): Promise<Frame> {
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
    const top = topHostFromAncestors(location.ancestorOrigins) ?? (await sendToBackground('top-host', {}).catch(() => null));
    if (top) hosts.push(top);
  };
  await learnTopHost();
  const mentions = new MentionStore();
  const findings = new PageFindings();
  const reporter = new FrameReporter(host, isTopFrame, findings);
  const settingsListeners = new Set<(settings: Settings, previous: Settings) => void>();
  let cardOpener: CardOpener | null = null;
  let topicScope: readonly Node[] | null = null;
  const context: ContentContext = {
    mentions,
    findings,
    isTopFrame,
    get topicScope() {
      return topicScope;
    },
    settings: () => settings,
    onSettingsChange(listener, signal) {
      settingsListeners.add(listener);
      signal.addEventListener('abort', () => settingsListeners.delete(listener), { once: true });
    },
    openCard: (finding, options) => cardOpener?.(finding, options),
    provideCardOpener(opener, signal) {
      cardOpener = opener;
      signal.addEventListener(
        'abort',
        () => {
          if (cardOpener === opener) cardOpener = null;
        },
        { once: true },
      );
    },
  };

  const lifetime = new AbortController();
  let running: AbortController | null = null;

  const stopFeatures = (): void => {
    running?.abort();
    running = null;
    mentions.replace([]);
    findings.replace([]);
  };
  const startFeatures = (): void => {
    running = new AbortController();
    // Every change of mentions is a moment to notice that the extension has gone.
    mentions.subscribe((list) => {
      if (checkExtensionContext()) reporter.update(true, list);
    }, running.signal);
    // Claims and stakeholders follow the mentions: the report lists them too.
    findings.subscribe(() => {
      if (checkExtensionContext()) reporter.update(true, mentions.mentions);
    }, running.signal);
    reporter.update(true, mentions.mentions);
    // Features start only once the topic may be in this frame (most frames never get there).
    const signal = running.signal;
    // One broken feature must not take the others (or the page) down with it.
    const start = (list: readonly Feature[]): void => {
      for (const feature of list) isolated(`${feature.name} failed to start`, () => feature.init(context, signal));
    };
    start(features.filter((feature) => feature.whateverTheTopic));
    isolated('the topic sieve failed', () =>
      whenTopicFound((scope) => {
        topicScope = scope;
        start(features.filter((feature) => !feature.whateverTheTopic));
      }, signal),
    );
  };
  const apply = (previous: Settings | null): void => {
    if (lifetime.signal.aborted) return;
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
    else if (previous) for (const listener of [...settingsListeners]) isolated('a settings listener failed', () => listener(settings, previous));
  };

  const standDown = (): void => {
    lifetime.abort();
    stopFeatures();
    reporter.dispose();
  };
  onExtensionContextLost(standDown, lifetime.signal);
  apply(null);
  watchSettings((next) => {
    const previous = settings;
    settings = next;
    void learnTopHost().then(() => apply(previous));
  }, lifetime.signal);
  window.addEventListener('pagehide', () => reporter.gone(), { signal: lifetime.signal });
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!checkExtensionContext()) return;
      if (event.persisted) reporter.update(running !== null, mentions.mentions); // back from the bfcache
    },
    { signal: lifetime.signal },
  );
  // The reader comes back from updating or reloading the extension in another tab.
  document.addEventListener('visibilitychange', () => checkExtensionContext(), { signal: lifetime.signal });
  checkExtensionContext();
  return { mentions, findings, lifetime: lifetime.signal };
}
