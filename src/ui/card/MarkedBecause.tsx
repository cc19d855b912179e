/** One quiet line on the card saying why an ambiguous form was marked, so a reader can judge it. */
import { t } from '../../platform/i18n';
import type { MentionReason } from '../../data/mention-reason';

function because(reason: MentionReason): string {
  switch (reason.kind) {
    case 'defined':
      return t('cardMarkedDefined', reason.as);
    case 'clear-mention':
      return t('cardMarkedClearMention', reason.mention);
    case 'cues':
      return t('cardMarkedCues', reason.cues.join(', '));
    case 'inferred':
      return reason.words.length ? t('cardMarkedInferred', reason.words.join(', ')) : t('cardMarkedInferredCommon');
    case 'no-other-sense':
      return t('cardMarkedNoOtherSense');
    case 'unambiguous':
      return t('cardMarkedUnambiguous');
  }
}

export function MarkedBecause({ reason }: { reason: MentionReason | null }) {
  if (!reason) return null;
  return <p class="marked-because">{t('cardMarkedBecause', because(reason))}</p>;
}
