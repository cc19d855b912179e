/** What a card shows: built in the background (src/background/build-card-model.ts). */
import type { CardModel, ClaimCardModel, StakeholderCardModel } from '../../data/card-data';

export type { CardEvidence, CardModel, CardSpeaker, ClaimCardModel, ClaimSide, StakeholderCardModel } from '../../data/card-data';

/** Any card on the page: a mention's quote card (no `kind`), a claim's, a stakeholder's. */
export type PageCardModel = CardModel | ClaimCardModel | StakeholderCardModel;
