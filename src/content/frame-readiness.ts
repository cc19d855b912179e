/**
 * Most subframes are ads, trackers and widgets: empty `about:blank` frames, 0×0 or hidden
 * frames. They can hold no mention a reader could see or hover, so the content script does
 * nothing there (no settings read, no lexicon, no scan) until the frame has content and a
 * size a card could open in. Waiting costs one MutationObserver and one resize listener,
 * each an O(1) check.
 */

/** Narrower or lower than this (CSS px), a frame shows no readable prose. */
export const MIN_FRAME_PX = 40;

function ready(): boolean {
  // The DOM's types say body is always there; in a frame being written it may not be yet.
  const body = document.body as HTMLElement | null;
  return !!body?.firstChild && innerWidth >= MIN_FRAME_PX && innerHeight >= MIN_FRAME_PX;
}

/** Resolves once this frame could show a mention to a reader; at once for the top frame. */
export function whenFrameReady(isTopFrame: boolean): Promise<void> {
  if (isTopFrame || ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = (): void => {
      if (!ready()) return;
      observer.disconnect();
      removeEventListener('resize', check);
      resolve();
    };
    observer.observe(document, { childList: true, subtree: true });
    addEventListener('resize', check, { passive: true });
  });
}
