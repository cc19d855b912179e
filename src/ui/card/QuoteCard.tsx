/** The quote card: what stakeholders said about the topic a mention names. */
import { Component } from 'preact';
import { t, tCount, uiLanguage } from '../../platform/i18n';
import type { CardModel } from './card-model';
import { CardActions, CloseButton } from './CardControls';
import { EvidenceEntry } from './EvidenceEntry';
import { MarkedBecause } from './MarkedBecause';
import { StanceBalance } from './StanceBalance';

export interface QuoteCardProps {
  /** What to show. */
  model: CardModel;
  /** Tallest the card may be here (the space beside the mention). */
  maxHeight: number;
  /** Closes the card (the close button; the content script handles Escape). */
  onClose: () => void;
  /** Opens the sources page at an item, or at its top without one. */
  onOpenSource: (itemId?: string) => void;
  /** Turns Claimlens off for this site. */
  onDisableSite: () => void;
}

/** A class component: the content script carries Preact's core only, not its hooks. */
export class QuoteCard extends Component<QuoteCardProps, { showAll: boolean }> {
  override state = { showAll: false };

  override render(props: QuoteCardProps, { showAll }: { showAll: boolean }) {
    return card(props, showAll, () => this.setState({ showAll: !showAll }));
  }
}

function card({ model, maxHeight, onClose, onOpenSource, onDisableSite }: QuoteCardProps, showAll: boolean, toggle: () => void) {
  const items = showAll ? model.items : model.items.slice(0, model.initiallyShown);
  const hidden = model.items.length - model.initiallyShown;

  return (
    <div
      class="card"
      // The card speaks the browser's language, whatever the page around it is written in.
      lang={uiLanguage()}
      role="dialog"
      aria-modal="false"
      aria-labelledby="card-title"
      aria-describedby="card-term"
      tabIndex={-1}
      style={{ maxHeight: `${Math.round(maxHeight)}px` }}
    >
      <header>
        <p id="card-term" class="term">
          {t('cardTermFound', model.termFound)}
        </p>
        <h2 id="card-title" class="topic">
          {t('cardTopicName')}
        </h2>
        <p class="description">{t('cardTopicDescription')}</p>
        <MarkedBecause reason={model.markedBecause} />
        <StanceBalance counts={model.counts} />
        <p class="as-reported">
          {tCount('cardSourceCount', model.sourceCount)} {t(model.items.every((item) => item.date === null) ? 'cardAsReportedUndated' : 'cardAsReported')}
        </p>
        <CloseButton onClose={onClose} />
      </header>
      <ol class="entries" aria-label={t('cardEvidenceLabel')}>
        {items.map((item) => (
          <EvidenceEntry key={item.id} item={item} sourcesPageUrl={model.sourcesPageUrl} onOpenSource={onOpenSource} />
        ))}
      </ol>
      <footer>
        {hidden > 0 ? (
          <button type="button" class="link" aria-expanded={showAll} onClick={toggle}>
            {showAll ? t('cardShowFewer') : tCount('cardShowAll', model.items.length)}
          </button>
        ) : (
          <span />
        )}
        <CardActions onOpenSource={onOpenSource} onDisableSite={onDisableSite} />
      </footer>
    </div>
  );
}
