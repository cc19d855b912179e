/**
 * The one module that touches the WebExtension API. Everything else imports the small typed
 * functions below, so platform differences and the polyfill live in one place.
 */
import browser from 'webextension-polyfill';

export { browser };

/** A localised string from `_locales/<lang>/messages.json`; the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** An absolute URL of a file inside the extension. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
