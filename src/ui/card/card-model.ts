/** What a quote card shows: plain data, built by the content script, rendered by QuoteCard. */
import type { CardEvidence } from '../../data/card-data';
import type { Stance } from '../../data/dataset-schema';

export type { CardEvidence, CardSpeaker } from '../../data/card-data';

export interface CardModel {
  /** The words as found on the page. */
  termFound: string;
  topicName: string;
  topicDescription: string;
  /** How many evidence items take each stance. */
  counts: Readonly<Record<Stance, number>>;
  /** How many source articles the evidence comes from. */
  sourceCount: number;
  /** Ranked for the paragraph around the mention, most relevant first. */
  items: CardEvidence[];
  /** How many items show before "Show all". */
  initiallyShown: number;
}
