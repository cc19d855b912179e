/** Derives each browser's manifest from the one root manifest.json. Pure, so tests call it. */
import type { Browser } from '../vite.config';

/** The root manifest's shape, as far as the derivation needs to know it. */
export interface RootManifest {
  version: string;
  background: { service_worker: string };
  [key: string]: unknown;
}

/** The add-on id Firefox knows Claimlens by; also the key of its fixed test UUID. */
export const GECKO_ID = 'claimlens@claimlens.dev';
/** Firefox ESR 140: the first with the data-collection consent and ::highlight() we rely on. */
export const GECKO_MIN_VERSION = '140.0';

/** Chrome 128: caretPositionFromPoint (hit-testing); highlights, popover and storage.session came earlier. */
export const CHROME_MIN_VERSION = '128';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** The highlight styles, injected by the manifest in Firefox (Chromium adopts them with a frame's first mention). */
export const FIREFOX_HIGHLIGHT_CSS = 'highlight-styles.css';

/** Chrome's side panel: its key and permission, which Firefox does not know (it has `sidebar_action`). */
const CHROME_PANEL_KEY = 'side_panel';
const CHROME_PANEL_PERMISSION = 'sidePanel';

/**
 * Firefox's sidebar for the page panel: the page Chrome's `side_panel` names, titled and drawn
 * as the toolbar button is; not opened by itself at install (Firefox's default), only when asked.
 */
function firefoxSidebar(root: RootManifest): Record<string, unknown> | null {
  const panel = root[CHROME_PANEL_KEY] as { default_path?: string } | undefined;
  if (!panel?.default_path) return null;
  const action = root.action as { default_title?: string; default_icon?: unknown } | undefined;
  return {
    default_panel: panel.default_path,
    ...(action?.default_title ? { default_title: action.default_title } : {}),
    ...(action?.default_icon ? { default_icon: action.default_icon } : {}),
    open_at_install: false,
  };
}

/**
 * The hosts the content scripts match. Chrome's `scripting.executeScript` (the background
 * injects the main content script where the topic may be) needs them as host permissions, and
 * asks nothing more at install than the content script does; Firefox counts a content script's
 * matches as host permissions already, so it gets none of its own.
 */
function contentScriptHosts(root: RootManifest): string[] {
  const scripts = (root.content_scripts as { matches?: string[] }[] | undefined) ?? [];
  return [...new Set(scripts.flatMap((script) => script.matches ?? []))];
}

export function deriveManifest(root: RootManifest, browser: Browser, version: string): Record<string, unknown> {
  const { background, [CHROME_PANEL_KEY]: chromePanel, ...rest } = root;
  if (browser === 'chrome') {
    const hosts = contentScriptHosts(root);
    return {
      ...rest,
      ...(hosts.length ? { host_permissions: hosts } : {}),
      ...(chromePanel ? { [CHROME_PANEL_KEY]: chromePanel } : {}),
      version,
      minimum_chrome_version: CHROME_MIN_VERSION,
      background: { service_worker: background.service_worker },
    };
  }
  const permissions = (rest.permissions as string[] | undefined)?.filter((p) => p !== CHROME_PANEL_PERMISSION);
  const sidebar = firefoxSidebar(root);
  // Firefox stops an old content script itself when the extension goes away, so it cannot take
  // its marks down; a manifest stylesheet is one Firefox removes then, so nothing stays painted.
  const contentScripts = (rest.content_scripts as Record<string, unknown>[] | undefined)?.map((script) => ({ ...script, css: [FIREFOX_HIGHLIGHT_CSS] }));
  return {
    ...rest,
    ...(contentScripts ? { content_scripts: contentScripts } : {}),
    ...(permissions ? { permissions } : {}),
    ...(sidebar ? { sidebar_action: sidebar } : {}),
    version,
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}
