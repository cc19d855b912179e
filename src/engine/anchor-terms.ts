/**
 * Which lexicon terms each topic-sieve anchor stands for: the terms with a normalised written
 * form holding it. A frame compiles only the terms whose anchors its text holds (every form that
 * occurs brings its anchors with it), so the build hands this list to the content script, packed:
 * one group per anchor (the anchors, then the capital forms, in the sieve's order), groups
 * separated by ",", each term index as two base-36 digits, "-" between two indices for the run
 * of indices from one to the other.
 */

const WIDTH = 2;
const LIMIT = 36 ** WIDTH;

const digits = (index: number): string => index.toString(36).padStart(WIDTH, '0');

/** Packs each anchor's term indices (ascending, each below 1,296). */
export function packAnchorTerms(lists: readonly (readonly number[])[]): string {
  return lists
    .map((list) => {
      let packed = '';
      for (let i = 0; i < list.length;) {
        if (list[i]! >= LIMIT) throw new Error(`topic sieve: term index ${list[i]} does not fit ${WIDTH} base-36 digits`);
        let j = i;
        while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
        packed +=
          j - i >= 2
            ? `${digits(list[i]!)}-${digits(list[j]!)}`
            : list
                .slice(i, j + 1)
                .map(digits)
                .join('');
        i = j + 1;
      }
      return packed;
    })
    .join(',');
}

/** The term indices of each anchor, as `packAnchorTerms` packed them. */
export function unpackAnchorTerms(packed: string): number[][] {
  return packed.split(',').map((group) => {
    const list: number[] = [];
    for (let at = 0; at < group.length; at += WIDTH) {
      const index = parseInt(group.slice(at, at + WIDTH), 36);
      if (group[at + WIDTH] === '-') {
        const last = parseInt(group.slice(at + WIDTH + 1, at + 2 * WIDTH + 1), 36);
        for (let next = index; next <= last; next++) list.push(next);
        at += WIDTH + 1;
      } else list.push(index);
    }
    return list;
  });
}
