import { t } from '../../platform/i18n';
import type { Stance } from '../../data/dataset-schema';

/** Icons carry no meaning alone: the word is always there too (never colour alone). */
export const STANCE_ICON: Readonly<Record<Stance, string>> = { supports: '✓', opposes: '✕', neutral: '•' };

export interface StanceBadgeProps {
  /** The position taken toward drug consumption rooms. */
  stance: Stance;
  /** Several speakers share the item: "Support" rather than "Supports". */
  plural: boolean;
}

export function StanceBadge({ stance, plural }: StanceBadgeProps) {
  return (
    <span class={`stance stance-${stance}`}>
      <span aria-hidden="true">{STANCE_ICON[stance]}</span> {t(`cardStance_${stance}${plural ? '_plural' : ''}`)}
    </span>
  );
}
