/**
 * Most subframes are ads, trackers and widgets: empty `about:blank` frames, 0×0 or hidden
 * frames. They can hold no mention a reader could see or hover, so the content script does
 * nothing there (no sieve, no lexicon, no scan) until the frame has content and a
 * size a card could open in. Waiting costs a resize listener, and a MutationObserver while the
 * frame has room but no content, each an O(1) check.
 */

/** Narrower or lower than this (CSS px), a frame shows no readable prose. */
export const MIN_FRAME_PX = 40;

/** Does the frame hold content? The DOM's types say body is always there; in a frame being written it may not be yet. */
const hasContent = (): boolean => !!(document.body as HTMLElement | null)?.firstChild;
const bigEnough = (): boolean => innerWidth >= MIN_FRAME_PX && innerHeight >= MIN_FRAME_PX;

/**
 * Resolves once this frame could show a mention to a reader; at once for the top frame. Its
 * size is looked at first: a tiny or hidden frame (most ad frames) waits for a resize without
 * touching its document at all (the first touch of a document from the isolated world builds
 * its DOM bindings there, a fraction of a millisecond per frame). Content is watched only while
 * the frame has room and none: a frame with content but no size (an ad frame rewriting itself
 * all the time) waits for a resize alone, and its changes cost nothing.
 */
export function whenFrameReady(isTopFrame: boolean): Promise<void> {
  if (isTopFrame) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: MutationObserver | null = null;
    const check = (): void => {
      if (!bigEnough()) {
        observer?.disconnect();
        observer = null;
        return;
      }
      if (!hasContent()) {
        if (!observer) (observer = new MutationObserver(check)).observe(document, { childList: true, subtree: true });
        return;
      }
      observer?.disconnect();
      observer = null;
      removeEventListener('resize', check);
      resolve();
    };
    addEventListener('resize', check, { passive: true });
    check();
  });
}
