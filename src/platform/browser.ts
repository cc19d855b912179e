/**
 * The one module that touches the WebExtension API. Everything else imports the small typed
 * functions below, so platform differences live in one place.
 *
 * `browser` is webextension-polyfill's: promises everywhere, the same API in both browsers.
 * The content script's build swaps the polyfill for `native-browser.ts` (the browser's own
 * object, chosen at build time): it is parsed in every frame of every page, and the polyfill
 * would cost it 10 KB and measurable start-up time for nothing it uses (docs/DESIGN.md,
 * "Platform and build").
 */
import polyfilled, { type Browser } from 'webextension-polyfill';

export const browser: Browser = polyfilled;

/** A localised string from `_locales/<lang>/messages.json`; the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** An absolute URL of a file inside the extension. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** The id of the tab the user is looking at, or undefined where there is none. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard commands as the user has set them (they can change them in the browser). */
export async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap((c) => (c.name && !c.name.startsWith('_') ? [{ name: c.name, description: c.description ?? '', shortcut: c.shortcut ?? '' }] : []));
}

/** Where the user changes keyboard shortcuts, in words (pages cannot link to browser settings). */
export function shortcutSettingsHint(): string {
  return __BROWSER__ === 'firefox' ? t('shortcutsWhereFirefox') : t('shortcutsWhereChrome');
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Opens an extension page in a new tab next to the current one. */
export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path) });
}

/** The page panel's page: the manifest's side panel (Chrome) and sidebar (Firefox), or a tab of its own. */
export const PANEL_PAGE = 'panel/index.html';

/** Chrome's `sidePanel` (Chrome 116+), which webextension-polyfill does not describe. */
interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

/**
 * Opens the page panel for a tab: Chrome's side panel, Firefox's sidebar, or, where the
 * browser has neither (Firefox for Android), the panel page in a tab of its own pointed at the
 * tab (`?tab=<id>`). Call it synchronously in a user gesture's handler (a click, a keyboard
 * command), before anything is awaited: both browsers refuse to open a panel otherwise.
 */
export function openPagePanel(tabId: number | undefined): Promise<void> {
  if (__BROWSER__ === 'chrome') {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
    if (sidePanel && tabId !== undefined) return sidePanel.open({ tabId });
  } else {
    const sidebar = (browser as Partial<Browser>).sidebarAction;
    if (sidebar) return sidebar.open();
  }
  return openExtensionTab(tabId === undefined ? PANEL_PAGE : `${PANEL_PAGE}?tab=${tabId}`);
}

/**
 * Calls `listener` with the active tab of this page's window now and whenever the reader
 * switches tabs there, until `signal` aborts (the side panel follows the reader).
 */
export function watchActiveTab(listener: (tabId: number | undefined) => void, signal: AbortSignal): void {
  // Asked as a function: the signal may abort while the browser answers.
  const stopped = (): boolean => signal.aborted;
  void (async () => {
    const window = await browser.windows.getCurrent();
    if (stopped()) return;
    const onActivated = (info: { tabId: number; windowId?: number }): void => {
      if (info.windowId === window.id) listener(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(onActivated), { once: true });
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    if (!stopped()) listener(tab?.id);
  })();
}

/** Calls `listener` when a tab starts loading a new document. */
export function onTabLoading(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') listener(tabId);
  });
}

/** Calls `listener` when a tab is closed. */
export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** Calls `listener` with a keyboard command's name and the tab it was pressed in. */
export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}

/** The toolbar badge's text for one tab; a tab that has gone meanwhile is not an error. */
export async function setBadgeText(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
}

/** The badge's background colour, for every tab. */
export async function setBadgeColour(color: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color });
}

/**
 * One item in the page's context menu; `onClick` gets the tab it was chosen in. Made afresh at
 * every start of the background (a second `create` of the same id would fail), its click
 * listener registered at once so a click that wakes the background is not lost.
 */
export function addPageMenuItem(id: string, title: string, onClick: (tabId: number) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) onClick(tab.id);
  });
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id, title, contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }))
    .catch((error: unknown) => console.warn('[claimlens] the context menu item could not be made', error));
}
