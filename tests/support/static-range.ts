/** A StaticRange over one node, as the content script holds them (happy-dom has no StaticRange constructor). */
export const staticRange = (node: Node, startOffset: number, endOffset: number): StaticRange => ({
  startContainer: node,
  startOffset,
  endContainer: node,
  endOffset,
  collapsed: startOffset === endOffset,
});
