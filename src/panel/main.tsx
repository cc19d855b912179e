/**
 * Panel entry: follows the tab the reader is on (in the side panel or sidebar), or the tab
 * named by `?tab=<id>` (the panel opened in a tab of its own, where the browser has no side
 * panel, and in the end-to-end tests); keeps its items, the settings and the balance live; and
 * turns the reader's choices into messages.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dataset } from '../data/dataset';
import { watchActiveTab } from '../platform/browser';
import { uiLanguage } from '../platform/i18n';
import { sendToBackground, sendToFrame } from '../platform/messages';
import { DEFAULT_SETTINGS, normaliseSite, type Settings } from '../platform/settings-schema';
import { readSettings, watchSettings, writeSettings } from '../platform/settings-store';
import { readTabState, watchTabState, type TabState } from '../platform/tab-state-store';
import type { PageCardModel } from '../ui/card/card-model';
import { pageBalance, voicesOnRecord, type FoundName } from './page-balance';
import { askFrames, useItemParagraphs, type AskParagraphs } from './item-paragraphs';
import { Panel } from './Panel';
import { panelState, unlistedMentions, type PanelItem } from './panel-items';
import '../ui/page.css';
import './panel.css';

const requestedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;
const VOICES = voicesOnRecord(dataset);
/** How long a tab whose page went away may take to report its next one before the panel says it cannot read it. */
const NEXT_PAGE_MS = 3_000;

/** Shows the item on the page: scrolled to and marked, its card open there without taking focus. */
function revealOnPage(tabId: number, item: PanelItem): Promise<boolean> {
  return item.kind === 'mention'
    ? sendToFrame(tabId, item.frameId, 'reveal-mention', { index: item.index, focus: false })
    : sendToFrame(tabId, item.frameId, 'reveal-finding', { id: item.id, focus: false });
}

/**
 * The card the panel shows for an item, built by the background as for the page's card; null
 * when the dataset has none for it. A mention's quotes are ranked for its paragraph: the one
 * given, else the frame's answer.
 */
async function cardFor(item: PanelItem, paragraph: string | undefined, ask: AskParagraphs): Promise<PageCardModel | null> {
  switch (item.kind) {
    case 'mention': {
      const context = paragraph ?? (await ask(item.frameId, [item.id]).catch(() => null))?.[item.id] ?? item.text;
      return sendToBackground('card-model', { text: item.text, context, reason: item.reason });
    }
    case 'claim':
      return sendToBackground('debate-card', {
        kind: 'claim',
        text: item.text,
        claimIds: item.claimIds ?? [item.ref],
        cues: item.cues ?? [],
        inferredFrom: item.inferredFrom,
      });
    case 'stakeholder':
      return sendToBackground('debate-card', { kind: 'stakeholder', text: item.text, stakeholderId: item.ref });
  }
}

function PanelApp() {
  const [tabId, setTabId] = useState<number | undefined>(requestedTab);
  const [tab, setTab] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [card, setCard] = useState<PageCardModel | null>(null);
  const [reading, setReading] = useState(false);
  /** The item whose card is awaited: an answer for an item activated before it is dropped. */
  const awaited = useRef<string | null>(null);

  useEffect(() => {
    const lifetime = new AbortController();
    void readSettings().then(setSettings);
    watchSettings(setSettings, lifetime.signal);
    if (requestedTab === undefined) watchActiveTab(setTabId, lifetime.signal);
    return () => lifetime.abort();
  }, []);

  useEffect(() => {
    awaited.current = null;
    setSelectedKey(null);
    setCard(null);
    setReading(false);
    if (tabId === undefined) {
      setTab(null);
      setReady(requestedTab === undefined);
      return;
    }
    const lifetime = new AbortController();
    let shown: TabState | null = null;
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const read = (): void =>
      void readTabState(tabId).then((state) => {
        if (lifetime.signal.aborted) return;
        // The tab went to another page: its frames report again once it has loaded; until then
        // (or a few seconds) it is being read, not unreadable.
        clearTimeout(waiting);
        const gone = shown !== null && state === null;
        setReading(gone);
        if (gone) waiting = setTimeout(() => setReading(false), NEXT_PAGE_MS);
        shown = state;
        setTab(state);
        setReady(true);
      });
    read();
    watchTabState(tabId, read, lifetime.signal);
    return () => {
      clearTimeout(waiting);
      lifetime.abort();
    };
  }, [tabId]);

  const state = panelState(tab, settings, reading);
  const items = state.kind === 'items' ? state.items : [];
  const ask = useMemo(() => (tabId === undefined ? null : askFrames(tabId)), [tabId]);
  const paragraphOf = useItemParagraphs(ask, items);
  const latestParagraphs = useRef(paragraphOf);
  latestParagraphs.current = paragraphOf;
  // The page's paragraphs and names change far less often than its reports: compare their text.
  const paragraphs = items.flatMap((item) => paragraphOf.get(item.key) ?? []).join('\u0000');
  const names = JSON.stringify(items.flatMap((item) => (item.kind === 'stakeholder' ? [{ id: item.ref, text: item.text }] : [])));
  const balance = useMemo(() => (paragraphs ? pageBalance(paragraphs.split('\u0000'), VOICES, JSON.parse(names) as FoundName[]) : null), [paragraphs, names]);

  // The selected item left the page: its card goes with it.
  useEffect(() => {
    if (selectedKey && !items.some((item) => item.key === selectedKey)) {
      awaited.current = null;
      setSelectedKey(null);
      setCard(null);
    }
  }, [items, selectedKey]);

  const onActivate = useCallback(
    (item: PanelItem) => {
      if (tabId === undefined) return;
      setSelectedKey(item.key);
      setCard(null);
      awaited.current = item.key;
      void revealOnPage(tabId, item).catch((error: unknown) => console.debug('[claimlens] could not reveal the item', error));
      void cardFor(item, latestParagraphs.current.get(item.key), askFrames(tabId)).then(
        (model) => {
          if (awaited.current === item.key) setCard(model);
        },
        (error: unknown) => console.debug('[claimlens] no card for this item', error),
      );
    },
    [tabId],
  );
  const onCloseCard = useCallback(() => {
    setCard(null);
    document.querySelector<HTMLElement>(`button[data-key="${CSS.escape(selectedKey ?? '')}"]`)?.focus();
  }, [selectedKey]);
  const onOpenSource = useCallback((itemId?: string) => void sendToBackground('open-sources', itemId ? { itemId } : {}).catch(() => undefined), []);
  const host = tab?.frames[0]?.host;
  const onDisableSite = useCallback(() => {
    const site = host ? normaliseSite(host) : null;
    if (site && !settings.disabledSites.includes(site)) void writeSettings({ disabledSites: [...settings.disabledSites, site] });
  }, [host, settings.disabledSites]);

  if (!ready) return null;
  return (
    <Panel
      state={state}
      unlisted={unlistedMentions(tab)}
      balance={balance}
      selectedKey={selectedKey}
      card={card}
      onActivate={onActivate}
      onCloseCard={onCloseCard}
      onOpenSource={onOpenSource}
      onDisableSite={onDisableSite}
    />
  );
}

document.documentElement.lang = uiLanguage();
render(<PanelApp />, document.getElementById('root') ?? document.body);
