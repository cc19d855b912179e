/**
 * The one place the bench names the engine. Until `src/engine` lands in this branch a
 * stand-in with the same signatures runs; wiring the real engine in is this one import:
 *   import * as engine from '../../../src/engine';
 */
import * as engine from './stand-in-engine';

export type CompiledLexicon = ReturnType<typeof engine.compileLexicon>;
export type EngineMention = ReturnType<typeof engine.findMentions>[number];
export const { compileLexicon, findMentions } = engine;

const standIn = 'STAND_IN' in engine;

/** Which implementation the numbers belong to; printed in every report. */
export const ENGINE_SOURCE = standIn ? 'bench stand-in (src/engine not wired in yet)' : 'src/engine';

/** How appended content is processed, in words, for the report. */
export const INCREMENTAL_PATH = standIn
  ? 'stand-in MentionScanner: scans each appended root on its own (approximation)'
  : "the engine's MentionScanner, fed each batch's MutationRecords";

/** Keeps a page's mentions up to date as it changes, the way the content script does. */
export interface IncrementalScan {
  /** Mentions found by the first full scan. */
  readonly initial: number;
  /** The page changed as `records` (from a MutationObserver) say: brings the mentions up to date; returns how many there are. */
  changed(records: readonly MutationRecord[]): number;
}

/** Scans `root` once (untimed by callers), then follows what changes under it. */
export function startIncrementalScan(root: Node, lexicon: CompiledLexicon): IncrementalScan {
  const scanner = new engine.MentionScanner(root, lexicon);
  scanner.work(() => false);
  return {
    initial: scanner.mentions().length,
    changed(records) {
      for (const record of records) {
        if (record.type === 'childList') scanner.childrenChanged(record);
        else if (record.type === 'characterData') scanner.textChanged(record.target);
      }
      scanner.work(() => false);
      return scanner.mentions().length;
    },
  };
}
