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

export function deriveManifest(root: RootManifest, browser: Browser, version: string): Record<string, unknown> {
  const { background, ...rest } = root;
  if (browser === 'chrome') {
    return { ...rest, version, minimum_chrome_version: CHROME_MIN_VERSION, background: { service_worker: background.service_worker } };
  }
  // Firefox stops an old content script itself when the extension goes away, so it cannot take
  // its marks down; a manifest stylesheet is one Firefox removes then, so nothing stays painted.
  const contentScripts = (rest.content_scripts as Record<string, unknown>[] | undefined)?.map((script) => ({ ...script, css: [FIREFOX_HIGHLIGHT_CSS] }));
  return {
    ...rest,
    ...(contentScripts ? { content_scripts: contentScripts } : {}),
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
