import { t, tCount } from '../../platform/i18n';
import type { Stance } from '../../data/dataset-schema';
import type { StanceCount } from '../../data/card-data';
import { STANCE_ICON, stanceKey } from './StanceBadge';

export interface StanceBalanceProps {
  /** Voices (distinct stakeholders) and evidence items per stance. */
  counts: Readonly<Record<Stance, StanceCount>>;
}

/** Stances always shown; the others only when the data holds them. */
const ALWAYS: readonly Stance[] = ['supports', 'opposes'];
const ORDER: readonly Stance[] = ['supports', 'opposes', 'did-not-back', 'neutral', 'no-position-stated'];

/** The stances the balance line shows for these counts, in order. */
export function shownStances(counts: Readonly<Record<Stance, StanceCount>>): Stance[] {
  return ORDER.filter((stance) => ALWAYS.includes(stance) || counts[stance].items > 0);
}

/**
 * Voices first, items second, in words for everyone ("7 voices supported (10 items)"): one MP
 * quoted five times is one voice. The bar, for the eye only, is sized by voices.
 */
export function StanceBalance({ counts }: StanceBalanceProps) {
  const shown = shownStances(counts);
  return (
    <div class="balance">
      <div class="bar" aria-hidden="true">
        {shown.map((stance) => counts[stance].voices > 0 && <span key={stance} class={`bar-${stance}`} style={{ flexGrow: counts[stance].voices }} />)}
      </div>
      <ul class="legend" aria-label={t('cardBalanceLabel')}>
        {shown.map((stance) => (
          <li key={stance} class={`legend-${stance}`}>
            <span aria-hidden="true">{STANCE_ICON[stance]}</span> {tCount(`cardVoices_${stanceKey(stance)}`, counts[stance].voices)}{' '}
            <span class="items">{tCount('cardItems', counts[stance].items)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
