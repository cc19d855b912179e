/** The controls every card shares: its close button, and the footer's links to the sources and to turning the site off. */
import { t } from '../../platform/i18n';

export function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

export function CardActions({ onOpenSource, onDisableSite }: { onOpenSource: (itemId?: string) => void; onDisableSite: () => void }) {
  return (
    <span class="actions">
      <button type="button" class="link" onClick={() => onOpenSource()}>
        {t('cardSources')}
      </button>
      <button type="button" class="link" onClick={onDisableSite}>
        {t('cardDisableSite')}
      </button>
    </span>
  );
}
