import { t, tCount } from '../../platform/i18n';
import type { Stance } from '../../data/dataset-schema';
import { STANCE_ICON } from './StanceBadge';

export interface StanceBalanceProps {
  /** Evidence items per stance. */
  counts: Readonly<Record<Stance, number>>;
  /** How many articles the evidence comes from. */
  sourceCount: number;
}

/** Both sides the data holds, always: a bar for the eye and the numbers in words. */
export function StanceBalance({ counts, sourceCount }: StanceBalanceProps) {
  const shown: Stance[] = ['supports', 'opposes', ...(counts.neutral > 0 ? (['neutral'] as const) : [])];
  return (
    <div class="balance">
      <div class="bar" aria-hidden="true">
        {shown.map((stance) => counts[stance] > 0 && <span key={stance} class={`bar-${stance}`} style={{ flexGrow: counts[stance] }} />)}
      </div>
      <p class="legend">
        {shown.map((stance) => (
          <span key={stance} class={`legend-${stance}`}>
            <span aria-hidden="true">{STANCE_ICON[stance]}</span> {tCount(`cardCount_${stance}`, counts[stance])}
          </span>
        ))}
        <span>{tCount('cardSourceCount', sourceCount)}</span>
      </p>
      <p class="visually-hidden">{t('cardBalanceExplained')}</p>
    </div>
  );
}
