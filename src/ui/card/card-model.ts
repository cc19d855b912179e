/** What a quote card shows: built in the background (src/background/build-card-model.ts). */
export type { CardEvidence, CardModel, CardSpeaker } from '../../data/card-data';
