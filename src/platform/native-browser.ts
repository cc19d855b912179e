/**
 * Stands in for webextension-polyfill in the content script's build (vite.config.ts aliases
 * it): the browser's own API object, chosen at build time (Dark Reader style), not sniffed at
 * run time. Firefox has `browser`; Chrome's MV3 `chrome` returns promises for every API the
 * content script uses, and the one difference that matters there, answering a message
 * asynchronously, is handled in messages.ts with `sendResponse`, which both browsers take.
 */
import type { Browser } from 'webextension-polyfill';

type ExtensionGlobals = typeof globalThis & { browser?: Browser; chrome?: Browser };

const native: Browser = ((globalThis as ExtensionGlobals)[__BROWSER__ === 'firefox' ? 'browser' : 'chrome'] ?? (globalThis as ExtensionGlobals).browser)!;

export default native;
