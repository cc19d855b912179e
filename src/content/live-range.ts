/**
 * A live Range over a mention's StaticRange, for what only a Range can do (measure its boxes,
 * scroll to it). Built on each use: a StaticRange does not follow the DOM, so its nodes may
 * have left the page (null) or moved.
 */
export function liveRange(range: StaticRange): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  try {
    const live = document.createRange();
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    return live;
  } catch {
    return null; // the text shrank under the offsets
  }
}
