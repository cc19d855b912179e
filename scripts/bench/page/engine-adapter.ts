/**
 * The one place the bench names the engine: what it times, and how it drives the engine's
 * incremental path.
 */
import sieveSource from 'virtual:claimlens/topic-sieve';
import * as engine from '../../../src/engine';

export type CompiledLexicon = ReturnType<typeof engine.compileLexicon>;
export type EngineMention = ReturnType<typeof engine.findMentions>[number];
export const { compileLexicon, findMentions } = engine;

/** Which implementation the numbers belong to; printed in every report. */
export const ENGINE_SOURCE = 'src/engine';

/** How appended content is processed, in words, for the report. */
export const INCREMENTAL_PATH = "the engine's MentionScanner, fed each batch's MutationRecords";

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

const sieve = new engine.TopicSieve(sieveSource);

/** Does the topic sieve let this document through (the content script then starts)? */
export function sieveSaysMaybe(root: Node): boolean {
  return sieve.locate(root).length > 0;
}

/** Does a first scan of only what the sieve located find exactly what a scan of the whole finds? */
export function sieveAgrees(root: Node, lexicon: CompiledLexicon): boolean {
  const seen = (mentions: readonly EngineMention[]): string =>
    mentions.map(({ range, term }) => `${range.startOffset}:${range.endOffset}:${term}:${range.startContainer.textContent ?? ''}`).join('\n');
  const scoped = new engine.MentionScanner(root, lexicon, { scope: sieve.locate(root) }).runToEnd();
  return seen(scoped) === seen(engine.findMentions(root, lexicon));
}
