/**
 * Popup entry: loads the tab's state and the settings, keeps both live, asks the tab's page
 * whether Claimlens runs there (frames without the topic never report), and turns the popup's
 * requests into settings writes and messages. `?tab=<id>` shows another tab's state
 * (the popup opened as a page, as the end-to-end tests do).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { activeTabId, openExtensionTab, openOptionsPage, openPagePanel, shortcuts as readShortcuts, type Shortcut } from '../platform/browser';
import { sendToFrame } from '../platform/messages';
import { DEFAULT_SETTINGS, normaliseSite, sitesCovering, type Settings } from '../platform/settings-schema';
import { readSettings, watchSettings, writeSettings } from '../platform/settings-store';
import { contentScriptHost } from '../platform/scripting';
import { readTabState, watchTabState, type TabState } from '../platform/tab-state-store';
import { uiLanguage } from '../platform/i18n';
import { Popup } from './Popup';
import '../ui/page.css';
import './popup.css';

const requestedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;
/** How often, and for how long, the popup asks again a page where the content script was not (yet) running. */
const PROBE_EVERY_MS = 500;
const PROBE_TRIES = 20;
const PAGES = { sources: 'pages/sources.html', stakeholders: 'pages/stakeholders.html', 'my-evidence': 'pages/my-evidence.html' } as const;

function PopupApp() {
  const [tabId, setTabId] = useState<number | undefined>(requestedTab);
  const [tab, setTab] = useState<TabState | null>(null);
  const [runningOn, setRunningOn] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const lifetime = new AbortController();
    void (async () => {
      const id = requestedTab ?? (await activeTabId());
      setTabId(id);
      const [state, host, current, keys] = await Promise.all([
        id === undefined ? null : readTabState(id),
        id === undefined ? null : contentScriptHost(id),
        readSettings(),
        readShortcuts(),
      ]);
      setTab(state);
      setRunningOn(host);
      setSettings(current);
      setShortcuts(keys);
      setReady(true);
      if (id !== undefined) watchTabState(id, () => void readTabState(id).then(setTab), lifetime.signal);
      watchSettings(setSettings, lifetime.signal);
      // A page still loading has no content script yet: it is asked again while the popup is open.
      for (let tries = 0; id !== undefined && host === null && tries < PROBE_TRIES && !lifetime.signal.aborted; tries++) {
        await new Promise((done) => setTimeout(done, PROBE_EVERY_MS));
        const now = await contentScriptHost(id);
        if (now !== null) return setRunningOn(now);
      }
    })();
    return () => lifetime.abort();
  }, []);

  if (!ready) return null;
  return (
    <Popup
      tab={tab}
      runningOn={runningOn}
      settings={settings}
      shortcuts={shortcuts}
      onReveal={(frameId, index) => {
        if (tabId === undefined) return;
        void sendToFrame(tabId, frameId, 'reveal-mention', { index }).then(() => {
          if (!requestedTab) window.close();
        });
      }}
      onSiteEnabled={(host, enabled) => {
        const site = normaliseSite(host);
        if (!site) return;
        const covering = sitesCovering(settings, site);
        const others = settings.disabledSites.filter((s) => !covering.includes(s));
        void writeSettings({ disabledSites: enabled ? others : [...others, site] });
      }}
      onPaused={(paused) => void writeSettings({ paused })}
      onOpen={(page) => void (page === 'options' ? openOptionsPage() : openExtensionTab(PAGES[page]))}
      onOpenPanel={() => {
        openPagePanel(tabId).then(
          () => {
            if (!requestedTab) window.close();
          },
          (error: unknown) => console.debug('[claimlens] could not open the panel', error),
        );
      }}
      onAddArticle={() => {
        if (tabId !== undefined) void openExtensionTab(`pages/add-article.html?tab=${tabId}`);
      }}
    />
  );
}

document.documentElement.lang = uiLanguage();
render(<PopupApp />, document.getElementById('root') ?? document.body);
