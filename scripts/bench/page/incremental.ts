/**
 * The incremental workload: a feed that grows by batches of paragraphs (infinite scroll), each
 * batch handed to the engine's incremental path, against one full scan of the final page.
 */
import { fillerParagraph } from '../filler-text';
import { seededRandom, type Random } from '../random';
import { findMentions, INCREMENTAL_PATH, startIncrementalScan, type CompiledLexicon } from './engine-adapter';
import type { IncrementalOptions, IncrementalSamples } from './page-api';
import { appendMention } from './plant';
import { settle } from './timing';

const PARAGRAPH_SEED = 500;
/** Full scans of the final page per run. */
const FULL_SCANS = 3;

/** `count` paragraphs of prose; every fourth carries a mention, in all the planted shapes. */
function paragraphs(random: Random, count: number, firstIndex: number, forms: readonly string[], planted: { count: number }): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = fillerParagraph(random);
    if ((firstIndex + i) % 4 === 0) {
      appendMention(paragraph, forms[planted.count % forms.length]!, planted.count);
      planted.count++;
    }
    return paragraph;
  });
}

export interface IncrementalPage {
  lexicon: CompiledLexicon;
  /** Unambiguous forms to plant. */
  forms: readonly string[];
  /** Puts the page back to its shell before each run. */
  restore: () => void;
}

export function timeIncremental({ paragraphs: total, batches, runs }: IncrementalOptions, { lexicon, forms, restore }: IncrementalPage): IncrementalSamples {
  const perBatch = Math.ceil(total / batches);
  const incrementalMs: number[] = [];
  const fullMs: number[] = [];
  let appendedFound = 0;
  let fullFound = 0;
  const planted = { count: 0 };
  for (let run = 0; run < runs; run++) {
    restore();
    const feed = document.getElementById('feed');
    if (!feed) throw new Error('the incremental page needs an element with id "feed"');
    const random = seededRandom(PARAGRAPH_SEED);
    const scan = startIncrementalScan(document.body, lexicon);
    // Observed as the content script observes the page; the records are what the engine is told.
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    planted.count = 0;
    let spent = 0;
    for (let made = 0; made < total; made += perBatch) {
      feed.append(...paragraphs(random, Math.min(perBatch, total - made), made, forms, planted));
      settle();
      const records = observer.takeRecords();
      const started = performance.now();
      appendedFound = scan.changed(records) - scan.initial;
      spent += performance.now() - started;
    }
    observer.disconnect();
    incrementalMs.push(spent);
    for (let i = 0; i < FULL_SCANS; i++) {
      settle();
      const started = performance.now();
      fullFound = findMentions(document.body, lexicon).length;
      fullMs.push(performance.now() - started);
    }
  }
  return { incrementalMs, fullMs, appendedFound, appendedPlanted: planted.count, fullFound, path: INCREMENTAL_PATH };
}
