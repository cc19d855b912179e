/**
 * The cards of what a page argues: a claim's card (the claim, and who in the dataset is on
 * record for and against it, in their own words) and a stakeholder's card (who they are as
 * the article reported them, and everything they said). They share the quote card's header,
 * balance line, entries and footer.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../platform/i18n';
import type { ClaimCardModel, ClaimSide, StakeholderCardModel } from './card-model';
import { CardActions, CloseButton } from './CardControls';
import { EvidenceEntry } from './EvidenceEntry';
import { MarkedBecause } from './MarkedBecause';
import { StanceBalance } from './StanceBalance';
import type { Stance } from '../../data/dataset-schema';

export interface DebateCardActions {
  maxHeight: number;
  onClose: () => void;
  onOpenSource: (itemId?: string) => void;
  onDisableSite: () => void;
}

/** The frame every card shares: dialog, header with a close button, scrolling body, footer. */
function CardFrame({
  header,
  children,
  maxHeight,
  onClose,
  onOpenSource,
  onDisableSite,
}: DebateCardActions & { header: ComponentChildren; children: ComponentChildren }) {
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="card-title"
      aria-describedby="card-term"
      tabIndex={-1}
      style={{ maxHeight: `${Math.round(maxHeight)}px` }}
    >
      <header>
        {header}
        <CloseButton onClose={onClose} />
      </header>
      <div class="debate-body">{children}</div>
      <footer>
        <span />
        <CardActions onOpenSource={onOpenSource} onDisableSite={onDisableSite} />
      </footer>
    </div>
  );
}

/** Positions on a claim, each with its heading. */
const SIDES: readonly [Stance, string][] = [
  ['supports', 'claimCardFor'],
  ['opposes', 'claimCardAgainst'],
  ['did-not-back', 'claimCardDidNotBack'],
];

function ClaimSection({
  side,
  first,
  sourcesPageUrl,
  onOpenSource,
}: {
  side: ClaimSide;
  first: boolean;
  sourcesPageUrl: string;
  onOpenSource: (id: string) => void;
}) {
  return (
    <section class="claim-side" aria-label={side.statement}>
      {!first && <h2 class="topic">{side.statement}</h2>}
      <StanceBalance counts={side.counts} />
      {SIDES.map(([stance, key]) => {
        const items = side.items.filter((item) => item.stance === stance);
        // "Did not back" only where someone did; for and against always, saying so when no one is.
        if (stance === 'did-not-back' && items.length === 0) return null;
        return (
          <div key={stance} class="side">
            <h3 class="side-title">{t(key)}</h3>
            {items.length === 0 ? (
              <p class="nobody">{t('claimCardNobody')}</p>
            ) : (
              <ol class="entries" aria-label={t(key)}>
                {items.map((item) => (
                  <EvidenceEntry key={item.id} item={item} sourcesPageUrl={sourcesPageUrl} onOpenSource={onOpenSource} />
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function ClaimCard({ model, ...actions }: DebateCardActions & { model: ClaimCardModel }) {
  const [first] = model.claims;
  return (
    <CardFrame
      {...actions}
      header={
        <>
          <p id="card-term" class="term">
            {t('claimCardFound')}
          </p>
          <h2 id="card-title" class="topic">
            {first?.statement ?? model.textFound}
          </h2>
          <MarkedBecause reason={model.markedBecause} />
        </>
      }
    >
      {model.claims.map((side, index) => (
        <ClaimSection key={side.claimId} side={side} first={index === 0} sourcesPageUrl={model.sourcesPageUrl} onOpenSource={actions.onOpenSource} />
      ))}
    </CardFrame>
  );
}

/** "Police and Crime Commissioner, North Wales": the role and body as the dataset has them from the article. */
function roleLine({ name, role, organisation }: StakeholderCardModel['stakeholder']): string {
  const ownRole = role === name ? '' : role;
  return organisation && organisation !== name && !ownRole.includes(organisation) ? [ownRole, organisation].filter(Boolean).join(', ') : ownRole;
}

export function StakeholderCard({ model, ...actions }: DebateCardActions & { model: StakeholderCardModel }) {
  const { stakeholder } = model;
  const role = roleLine(stakeholder);
  return (
    <CardFrame
      {...actions}
      header={
        <>
          <p id="card-term" class="term">
            {t('stakeholderCardFound', model.textFound)}
          </p>
          <h2 id="card-title" class="topic">
            {stakeholder.name}
          </h2>
          {role && <p class="description">{role}</p>}
          <p class="introduced">{t('stakeholderCardIntroduced', stakeholder.introduced)}</p>
          {stakeholder.note && <p class="note">{stakeholder.note}</p>}
          {model.items.length > 0 && <StanceBalance counts={model.counts} />}
        </>
      }
    >
      {model.items.length === 0 ? (
        <p class="nobody">{t('stakeholderCardNothing')}</p>
      ) : (
        <ol class="entries" aria-label={t('cardEvidenceLabel')}>
          {model.items.map((item) => (
            <EvidenceEntry key={item.id} item={item} sourcesPageUrl={model.sourcesPageUrl} onOpenSource={actions.onOpenSource} />
          ))}
        </ol>
      )}
    </CardFrame>
  );
}
