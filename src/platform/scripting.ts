/**
 * Injecting a content script into one frame's document: the main one once the small content
 * script found that the topic may be there, the card's once a card is about to open there
 * (docs/DESIGN.md, "What the content script carries").
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
