/**
 * The cards' data with the reader's articles in: the bundled card data (built at build time)
 * followed by the reader's items, each marked as theirs, with every voice the reader merged
 * counted once.
 */
import { cardData, stanceCounts, type CardData } from './card-data';
import type { ReaderView } from './reader-dataset';

export function withReaderCards(bundled: CardData, view: ReaderView): CardData {
  if (!view.mine.size) return bundled;
  const items = view.data.evidence.filter((item) => view.mine.has(item.sourceId));
  const mine = cardData({ ...view.data, evidence: items }).evidence.map((item) => ({
    ...item,
    mine: true,
  }));
  const voice = (id: string) => view.sameVoice.get(id) ?? id;
  const evidence = [...bundled.evidence, ...mine].map((item) => ({ ...item, voices: [...new Set(item.voices.map(voice))] }));
  return { ...bundled, counts: stanceCounts(evidence), sourceCount: bundled.sourceCount + new Set(items.map((item) => item.sourceId)).size, evidence };
}
