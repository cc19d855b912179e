/**
 * The cards' data with the reader's saved articles in, read from their IndexedDB store once
 * and kept until an extension page says it changed. If the store cannot be read, cards show
 * the bundled dataset (and the console says why): a card never fails for it.
 */
import bundledCards from 'virtual:claimlens/card-data';
import type { CardData } from '../data/card-data';
import { dataset } from '../data/dataset';
import { withReaderCards } from '../data/reader-card-data';
import { withReaderEvidence } from '../data/reader-dataset';
import { openEvidenceStore } from '../platform/evidence-store';

let current: Promise<CardData> | null = null;

export function currentCardData(): Promise<CardData> {
  current ??= load();
  return current;
}

/** The reader's evidence changed: the next card reads it afresh. */
export function forgetReaderEvidence(): void {
  current = null;
}

async function load(): Promise<CardData> {
  try {
    const store = await openEvidenceStore();
    try {
      const [{ articles }, choices] = await Promise.all([store.list(), store.choices()]);
      const view = await withReaderEvidence(dataset, articles, choices);
      for (const problem of view.problems) console.warn('[claimlens] a saved article is left out:', problem);
      return withReaderCards(bundledCards, view);
    } finally {
      store.close();
    }
  } catch (error) {
    console.warn('[claimlens] your saved evidence could not be read; cards show the bundled dataset only', error);
    current = null;
    return bundledCards;
  }
}
