/**
 * Converting a list that mostly grows at its end: a long scan publishes its mentions again and
 * again, each time the same objects and some more, and every listener converting all of them
 * each time did work in proportion to every mention on every batch.
 */

/** A list and what it was converted to, item for item. */
export interface Converted<A, B> {
  readonly from: readonly A[];
  readonly to: readonly B[];
}

/**
 * `next` converted by `convert` (given the items from the first that differs on, returning one
 * result per item), reusing `last`'s results for the items `next` starts with that are the same
 * objects as `last.from`'s.
 */
export function convertGrown<A, B>(last: Converted<A, B>, next: readonly A[], convert: (items: readonly A[]) => B[]): Converted<A, B> {
  const { from, to } = last;
  let same = 0;
  while (same < from.length && same < next.length && next[same] === from[same]) same++;
  const added = convert(next.slice(same));
  return { from: next, to: same === to.length ? to.concat(added) : [...to.slice(0, same), ...added] };
}
