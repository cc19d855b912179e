/**
 * The two libraries Claimlens is measured against, as the driver loaded them (their browser
 * builds, evaluated as CommonJS modules so both can live in one page without fighting over
 * `window.Mark`). Both wrap matches in <mark> elements, so each run needs a fresh body.
 */
import type { PeerId } from './page-api';

interface MarkOptions {
  acrossElements: boolean;
  separateWordSearch: boolean;
  blockElementsBoundary?: boolean;
  done: (...counts: number[]) => void;
}

interface MarkInstance {
  mark(terms: string[], options: MarkOptions): void;
}

type MarkConstructor = new (context: Element) => MarkInstance;

/**
 * The options each peer runs with, recorded in the report. Both search whole phrases
 * (`separateWordSearch: false`, otherwise they would mark every word of a form on its own) and
 * keep their defaults otherwise (case-insensitive, diacritics-insensitive, partial accuracy).
 */
export const PEER_OPTIONS: Record<PeerId, Omit<MarkOptions, 'done'>> = {
  markjs: { acrossElements: true, separateWordSearch: false },
  advancedMark: { acrossElements: true, separateWordSearch: false, blockElementsBoundary: true },
};

function peerConstructor(peer: PeerId): MarkConstructor {
  const loaded = window.claimlensPeers?.[peer];
  if (typeof loaded !== 'function') throw new Error(`${peer} is not loaded in this page (the driver injects it before measuring)`);
  return loaded as MarkConstructor;
}

/** Runs the peer over `root` with `terms`; returns the matches it reports. */
export function runPeer(peer: PeerId, root: Element, terms: string[]): number {
  const Mark = peerConstructor(peer);
  let matches: number | undefined;
  // mark.js reports done(totalMatches); advanced-mark.js done(totalMarks, totalMatches, …).
  const done = (...counts: number[]) => {
    matches = peer === 'markjs' ? counts[0] : counts[1];
  };
  new Mark(root).mark(terms, { ...PEER_OPTIONS[peer], done });
  // Both finish synchronously without iframes; a late `done` would make the timing wrong.
  if (matches === undefined) throw new Error(`${peer} did not finish synchronously`);
  return matches;
}
