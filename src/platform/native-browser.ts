/**
 * Stands in for webextension-polyfill in the content script's build (vite.config.ts aliases
 * it): the browser's own API object, chosen at build time (Dark Reader style), not sniffed at
 * run time. Firefox has `browser`; Chrome's MV3 `chrome` returns promises for every API the
 * content script uses, and the one difference that matters there, answering a message
 * asynchronously, is handled in messages.ts with `sendResponse`, which both browsers take.
 *
 * Looked up on first use, not when the script loads: the first touch of `chrome` builds the
 * extension bindings of the frame's isolated world (milliseconds per frame), and a frame
 * without the topic never uses them (docs/DESIGN.md, "What the content script carries").
 */
import type { Browser } from 'webextension-polyfill';

type ExtensionGlobals = typeof globalThis & { browser?: Browser; chrome?: Browser };

let api: Browser | undefined;
const lookUp = (): Browser => ((globalThis as ExtensionGlobals)[__BROWSER__ === 'firefox' ? 'browser' : 'chrome'] ?? (globalThis as ExtensionGlobals).browser)!;

const native = new Proxy({} as Browser, { get: (_target, key) => Reflect.get((api ??= lookUp()), key) as unknown });

export default native;
