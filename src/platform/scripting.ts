/**
 * Injecting the main content script into one frame's document, once its small content script
 * found that the topic may be there (docs/DESIGN.md, "What the content script carries").
 */
import { browser } from './browser';
import type { MessageSender } from './messages';

/** The file the build writes for src/content/main.ts. */
export const MAIN_CONTENT_SCRIPT = 'content-main.js';

/**
 * Injects the main content script into the sender's document; false when the sender names no
 * frame or the browser refuses (the frame navigated or closed meanwhile). Chrome targets the
 * document itself, so a frame that navigated in between never gets it; Firefox has no document
 * ids and targets the frame, whose new document finds no hand-over and ignores the script.
 */
export async function injectMainContentScript(sender: MessageSender): Promise<boolean> {
  const { tabId, frameId, documentId } = sender;
  if (tabId === undefined || (frameId === undefined && documentId === undefined)) return false;
  const target = documentId !== undefined ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId!] };
  try {
    await browser.scripting.executeScript({ target, files: [MAIN_CONTENT_SCRIPT], injectImmediately: true });
    return true;
  } catch (error) {
    console.debug('[claimlens] could not inject the main content script', error);
    return false;
  }
}
