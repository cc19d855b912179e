/**
 * Injecting a content script into one frame's document: the main one once the small content
 * script found that the topic may be there, the card's once a card is about to open there
 * (docs/DESIGN.md, "What the content script carries"); and asking a tab's top frame, on demand,
 * what a content script there would otherwise have had to announce at every page load.
 */
import { browser } from './browser';
import type { MessageSender } from './messages';

/** The file the build writes for src/content/main.ts. */
export const MAIN_CONTENT_SCRIPT = 'content-main.js';
/** The file the build writes for src/content/card-script.ts. */
export const CARD_CONTENT_SCRIPT = 'content-card.js';

/**
 * Injects `file` (one of the above) into the sender's document; false when the sender names no
 * frame or the browser refuses (the frame navigated or closed meanwhile). Chrome targets the
 * document itself, so a frame that navigated in between never gets it; Firefox has no document
 * ids and targets the frame, whose new document finds no hand-over and ignores the script.
 */
export async function injectContentScript(sender: MessageSender, file: typeof MAIN_CONTENT_SCRIPT | typeof CARD_CONTENT_SCRIPT): Promise<boolean> {
  const { tabId, frameId, documentId } = sender;
  if (tabId === undefined || (frameId === undefined && documentId === undefined)) return false;
  const target = documentId !== undefined ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId!] };
  try {
    await browser.scripting.executeScript({ target, files: [file], injectImmediately: true });
    return true;
  } catch (error) {
    console.debug(`[claimlens] could not inject ${file}`, error);
    return false;
  }
}

/** The global (a `Symbol.for` key) the small content script sets in its isolated world: it runs in that document. */
export const CONTENT_SCRIPT_KEY = 'claimlens.content';

/** Runs in the tab's top frame (serialised by the browser: it may use nothing from this module). */
function hostIfContentScriptRuns(key: string): string | null {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(key)] === true ? location.hostname : null;
}

/** Runs in the tab's top frame, as above. */
function serialiseDocument(): { html: string; url: string } {
  return { html: document.documentElement.outerHTML, url: location.href };
}

/** The result of `func` run in the tab's top frame; undefined when the browser refuses (a page no extension may read). */
async function runInTopFrame<A extends unknown[]>(tabId: number, func: (...args: A) => unknown, args: A): Promise<unknown> {
  try {
    const [injected] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func, args });
    return injected?.result;
  } catch (error) {
    console.debug('[claimlens] could not read the tab', error);
    return undefined;
  }
}

/**
 * The host of the page in the tab when Claimlens's content script runs there, else null (a
 * page it may not read, or one still loading). Frames without the topic never report to the
 * background, so the popup asks the page itself whether Claimlens is there.
 */
export async function contentScriptHost(tabId: number): Promise<string | null> {
  const host = await runInTopFrame(tabId, hostIfContentScriptRuns, [CONTENT_SCRIPT_KEY]);
  return typeof host === 'string' ? host : null;
}

/** The tab's top document as markup, with its address (not its shadow roots or frames), for the add-article page; unchecked. */
export function readTopDocument(tabId: number): Promise<unknown> {
  return runInTopFrame(tabId, serialiseDocument, []);
}
