/**
 * Hands the page's document to the add-article page when the reader asks (the popup's "Add
 * this article"). Only the top frame answers, with its light DOM as markup: shadow roots and
 * frames are not included. Parsing and extraction happen in the extension page, not here.
 * The small content script answers until the topic appears (index.ts), this feature after.
 */
import { handleContentRequests } from '../../platform/messages';
import type { Feature } from '../feature';

/** Answers the add-article page's request for this document, until `signal` aborts. */
export function answerDocumentRequests(signal: AbortSignal): void {
  handleContentRequests({ 'serialise-document': () => ({ html: document.documentElement.outerHTML, url: location.href }) }, signal);
}

export const documentExport: Feature = {
  name: 'document-export',
  // A reader may add an article that uses none of the lexicon's names.
  whateverTheTopic: true,
  init(context, signal) {
    if (context.isTopFrame) answerDocumentRequests(signal);
  },
};
