import { t } from '../../platform/i18n';
import type { Stance } from '../../data/dataset-schema';

/** Icons carry no meaning alone: the word is always there too (never colour alone). */
export const STANCE_ICON: Readonly<Record<Stance, string>> = {
  supports: '✓',
  opposes: '✕',
  'did-not-back': '⊘',
  neutral: '•',
  'no-position-stated': '○',
};

/** Message keys cannot hold "-": "did-not-back" → "did_not_back". */
export function stanceKey(stance: Stance): string {
  return stance.replace(/-/g, '_');
}

export interface StanceBadgeProps {
  /** The position taken toward drug consumption rooms, as the article reported it. */
  stance: Stance;
  /** Several speakers share the item (German conjugates for it). */
  plural: boolean;
  /** The stance rests on other words of the article than the item's own: say so. */
  inferred?: boolean;
}

export function StanceBadge({ stance, plural, inferred = false }: StanceBadgeProps) {
  return (
    <span class={`stance stance-${stance}${inferred ? ' stance-inferred' : ''}`}>
      <span aria-hidden="true">{STANCE_ICON[stance]}</span> {t(`cardStance_${stanceKey(stance)}${plural ? '_plural' : ''}`)}
      {inferred && <span class="inferred-mark">{` · ${t('cardStanceInferred')}`}</span>}
    </span>
  );
}
