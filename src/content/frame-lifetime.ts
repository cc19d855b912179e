/**
 * One frame's life with Claimlens: reads the settings and, while Claimlens is on for this
 * site, keeps the frame's work running under one AbortController, stopping it all (one abort)
 * the moment it is switched off. If the extension is updated, reloaded or removed under the
 * page, the frame stands down for good: work stopped, marks removed, no listener or timer left.
 * Both content scripts live this way once the topic may be in the frame (topic-watch.ts): the
 * small one (index.ts) only from its sieve's first "maybe", to hand the frame over while on, the
 * main one (`runFrame`) with every feature, taking over the settings the small one read and its
 * watch of them.
 */
import { checkExtensionContext, onExtensionContextLost } from '../platform/extension-context';
import { sendToBackground } from '../platform/messages';
import { isActiveOn, type Settings } from '../platform/settings-schema';
import { readSettings, watchSettings } from '../platform/settings-store';
import type { CardOpener, ContentContext, Feature } from './feature';
import { FrameReporter } from './frame-reporter';
import { MentionStore } from './mention-store';
import { PageFindings } from './page-findings';
import { ProseChanges } from './prose-changes';
import { isolated } from './isolated';
import type { SettingsFeed, TopicHandoff } from './topic-handoff';
import type { TopicScope, TopicTools } from './topic-watch';

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

/** What a frame tells the background about itself (the badge, the popup and the panel read it). */
export interface FrameReporting {
  /** What the frame holds now; `active` false when Claimlens is off here. */
  update(active: boolean): void;
  /** The frame is going away (pagehide). */
  gone(): void;
  /** The extension went away: nothing is left to report to. */
  dispose(): void;
}

/** What a frame does while Claimlens is on for its site. */
export interface FrameWork {
  readonly report: FrameReporting;
  /** Starts the work, until `signal` aborts (switched off, a restart, standing down). */
  start(signal: AbortSignal): void;
  /** After the work stopped: forget what it found. */
  clear(): void;
  /** The settings changed and the work keeps running. */
  settingsChanged(settings: Settings, previous: Settings): void;
}

/** What the work is given: where it runs, the settings, and a way to end the frame's life early. */
export interface FrameHandle {
  readonly host: string;
  readonly isTopFrame: boolean;
  settings(): Settings;
  /** Ends this frame's life here for good (as when the extension goes away). */
  standDown(): void;
  /** Ends this frame's life here, keeping its settings watch for the script that takes the frame over. */
  handOver(): SettingsFeed;
}

/**
 * Keeps `work` running in this frame while Claimlens is on for its site; resolves, once the
 * settings are read (or taken from the small script's `handed` feed) and the work runs (if on),
 * with the signal that aborts when the frame stands down or is handed over.
 */
export async function keepFrame(makeWork: (frame: FrameHandle) => FrameWork, handed?: SettingsFeed): Promise<AbortSignal> {
  const isTopFrame = window.top === window;
  const host = frameHost();
  const lifetime = new AbortController();
  // The settings watch: it outlives the frame's life here when the frame is handed over.
  const watching = new AbortController();
  // Watched before they are read: a change while the frame reads them (or asks for its top host)
  // would otherwise be lost, and a site switched on meanwhile would stay off in this frame.
  const early: { settings?: Settings } = {};
  let follow = (next: Settings): void => {
    early.settings = next;
  };
  if (handed) handed.follow((next) => follow(next), watching.signal);
  else watchSettings((next) => follow(next), watching.signal);
  let settings = handed?.current ?? (await readSettings());
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
  // A change reported meanwhile is newer than what was read.
  while (early.settings) {
    settings = early.settings;
    early.settings = undefined;
    await learnTopHost();
  }

  let running: AbortController | null = null;
  const work = makeWork({ host, isTopFrame, settings: () => settings, standDown: () => standDown(), handOver: () => handOver() });

  const stop = (): void => {
    running?.abort();
    running = null;
    work.clear();
  };
  const apply = (previous: Settings | null): void => {
    if (lifetime.signal.aborted) return;
    if (!isActiveOn(settings, hosts)) {
      if (running || !previous) {
        stop();
        work.report.update(false);
      }
      return;
    }
    if (running && previous && RESTART_ON.some((key) => JSON.stringify(settings[key]) !== JSON.stringify(previous[key]))) stop();
    if (!running) {
      running = new AbortController();
      work.start(running.signal);
    } else if (previous) work.settingsChanged(settings, previous);
  };
  const end = (): void => {
    lifetime.abort();
    stop();
    work.report.dispose();
  };
  const standDown = (): void => {
    if (lifetime.signal.aborted) return;
    watching.abort();
    end();
  };
  const handOver = (): SettingsFeed => {
    const feed: { current: Settings; listener?: (next: Settings) => void } = { current: settings };
    follow = (next) => {
      feed.current = next;
      feed.listener?.(next);
    };
    end();
    return {
      get current() {
        return feed.current;
      },
      follow(listener, signal) {
        feed.listener = listener;
        if (signal.aborted) watching.abort();
        else signal.addEventListener('abort', () => watching.abort(), { once: true });
      },
    };
  };
  onExtensionContextLost(standDown, lifetime.signal);
  apply(null);
  // Stood down or handed over at once (the small script, on): nothing more to listen to here.
  if (lifetime.signal.aborted) return lifetime.signal;
  follow = (next) => {
    const previous = settings;
    settings = next;
    void learnTopHost().then(() => apply(previous));
  };
  // The browser's own only: a page can dispatch a pagehide of its own, and the badge, popup and panel would forget a frame still shown.
  window.addEventListener('pagehide', (event) => event.isTrusted && work.report.gone(), { signal: lifetime.signal });
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!checkExtensionContext() || !event.persisted) return;
      // Back from the bfcache: Firefox tells a cached page no settings change, so they are read again.
      work.report.update(running !== null);
      readSettings().then(
        (next) => {
          if (!lifetime.signal.aborted && JSON.stringify(next) !== JSON.stringify(settings)) follow(next);
        },
        (error: unknown) => console.debug('[claimlens] could not read the settings', error),
      );
    },
    { signal: lifetime.signal },
  );
  // The reader comes back from updating or reloading the extension in another tab.
  document.addEventListener('visibilitychange', () => checkExtensionContext(), { signal: lifetime.signal });
  checkExtensionContext();
  return lifetime.signal;
}

export interface Frame {
  readonly mentions: MentionStore;
  readonly findings: PageFindings;
  /** Aborts when the frame stands down for good (the extension went away). */
  readonly lifetime: AbortSignal;
}

/**
 * Starts `features` in this frame; resolves once the settings are read and they run (if on).
 * Features start only once the topic may be in the frame (most frames never get there), except
 * those marked `whateverTheTopic`; `handedOver` is where the small script's sieve found it, so
 * the first start does not sieve again (after a pause or a restart the frame sieves itself, with
 * `tools`: the small script's sieve and watch, so the main script carries no copy of them).
 */
export async function runFrame(features: readonly Feature[], tools: TopicTools, handedOver?: Omit<TopicHandoff, 'tools'>): Promise<Frame> {
  const mentions = new MentionStore();
  const findings = new PageFindings();
  const proseChanges = new ProseChanges();
  const settingsListeners = new Set<(settings: Settings, previous: Settings) => void>();
  let cardOpener: CardOpener | null = null;
  let topicScope: TopicScope = null;
  let handOff = handedOver;

  const lifetime = await keepFrame((frame) => {
    const reporter = new FrameReporter(frame.host, frame.isTopFrame, findings);
    const context: ContentContext = {
      mentions,
      findings,
      proseChanges,
      isTopFrame: frame.isTopFrame,
      topic: tools,
      get topicScope() {
        return topicScope;
      },
      settings: () => frame.settings(),
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
    const report = (active: boolean): void => reporter.update(active, active ? mentions.mentions : []);
    return {
      report: { update: report, gone: () => reporter.gone(), dispose: () => reporter.dispose() },
      clear() {
        mentions.replace([]);
        findings.replace([]);
      },
      settingsChanged(settings, previous) {
        for (const listener of [...settingsListeners]) isolated('a settings listener failed', () => listener(settings, previous));
      },
      start(signal) {
        // Every change of mentions is a moment to notice that the extension has gone.
        mentions.subscribe((list) => {
          if (checkExtensionContext()) reporter.update(true, list);
        }, signal);
        // Claims and stakeholders follow the mentions: the report lists them too.
        findings.subscribe(() => {
          if (checkExtensionContext()) reporter.update(true, mentions.mentions);
        }, signal);
        report(true);
        // One broken feature must not take the others (or the page) down with it.
        const start = (list: readonly Feature[]): void => {
          for (const feature of list) isolated(`${feature.name} failed to start`, () => feature.init(context, signal));
        };
        start(features.filter((feature) => feature.whateverTheTopic));
        const found = (scope: TopicScope): void => {
          topicScope = scope;
          start(features.filter((feature) => !feature.whateverTheTopic));
        };
        if (handOff) found(handOff.scope);
        // An orphan stops sieving a page that keeps changing, as the small script's first sieve does.
        else isolated('the topic sieve failed', () => tools.whenTopicFound(found, signal, { stillWanted: checkExtensionContext }));
      },
    };
  }, handedOver?.settings);
  handOff = undefined; // where the topic was at the hand-over, not where it is after a pause
  return { mentions, findings, lifetime };
}
