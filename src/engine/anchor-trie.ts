/**
 * Build time: the topic sieve's anchors as one expression shaped as a trie ("injecting +(?:cent|
 * facilit|room|site)|…"), not their plain alternation. The RegExp engine tries every alternative
 * at every position of a frame's text; with the shared beginnings written once it tries a few
 * dozen first characters instead of a hundred anchors, and answers 2–3× faster on a page with
 * no mention. It matches where the alternation does (a test holds it to that).
 */

/** One piece of an anchor's expression: a character class, an escape or one character, with its `+`. */
const TOKEN = /(?:\[(?:\\.|[^\]\\])*\]|\\.|[^[\\])\+?/g;

interface Node {
  /** An anchor ends here: the test needs nothing longer. */
  end: boolean;
  readonly next: Map<string, Node>;
}

/** The expressions `sources` (each one anchor's, as sieve-pattern.ts writes them) as one, for a test that needs only whether any matches. */
export function anchorTrie(sources: readonly string[]): string {
  const root: Node = { end: false, next: new Map() };
  for (const source of sources) {
    let at = root;
    for (const token of source.match(TOKEN) ?? []) {
      let next = at.next.get(token);
      if (!next) at.next.set(token, (next = { end: false, next: new Map() }));
      at = next;
    }
    at.end = true;
  }
  const write = (node: Node): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([token, next]) => token + write(next));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  if (root.end) return '(?:)';
  return root.next.size === 0 ? '' : write(root);
}
