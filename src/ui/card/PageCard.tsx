/** Any card a finding opens, on the page or in the panel: a mention's quote card, a claim's card or a stakeholder's. */
import type { PageCardModel } from './card-model';
import { ClaimCard, StakeholderCard, type DebateCardActions } from './DebateCards';
import { QuoteCard } from './QuoteCard';

export function PageCard({ model, ...actions }: DebateCardActions & { model: PageCardModel }) {
  if (!('kind' in model)) return <QuoteCard model={model} {...actions} />;
  return model.kind === 'claim' ? <ClaimCard model={model} {...actions} /> : <StakeholderCard model={model} {...actions} />;
}
