/**
 * Stepping through what the page holds from the keyboard commands (mentions, claims and
 * stakeholders, in page order) and jumping to a mention from the popup, or to any finding by
 * id from the page panel: it is scrolled into view and its card opened (which marks it active).
 */
import { handleContentRequests } from '../../platform/messages';
import type { Feature } from '../feature';
import { liveRange } from '../live-range';
import { mentionFinding, type PageFinding } from '../page-findings';

/** Scrolls the finding to the middle of the viewport (instantly when motion is reduced, or when asked to jump). */
function scrollToFinding(finding: PageFinding, jump: boolean): boolean {
  const range = liveRange(finding.range);
  const element = range?.startContainer.parentElement;
  if (!range || !element) return false;
  const rect = range.getBoundingClientRect();
  const reduce = jump || matchMedia('(prefers-reduced-motion: reduce)').matches;
  const outside = rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth;
  if (outside) element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
  return true;
}

export const mentionNavigation: Feature = {
  name: 'mention-navigation',
  init(context, signal) {
    let active: PageFinding | null = null;

    /**
     * A reveal that leaves focus where it is comes from the page panel, which may be a tab of
     * its own with this page hidden behind it, where a smooth scroll does not run and the card
     * would open beside a finding still out of view: it jumps.
     */
    const activate = (finding: PageFinding, focus = true): boolean => {
      if (!scrollToFinding(finding, !focus)) return false;
      active = finding;
      context.openCard(finding, { focus });
      return true;
    };

    handleContentRequests(
      {
        'reveal-mention': ({ index, focus }) => {
          const mention = context.mentions.mentions[index];
          return mention ? activate(mentionFinding(mention), focus) : false;
        },
        'reveal-finding': ({ id, focus }) => {
          const finding = context.findings.byId(id);
          return finding ? activate(finding, focus) : false;
        },
        'step-mention': ({ direction }) => {
          const list = context.findings.all;
          if (list.length === 0) return false;
          const at = active ? list.findIndex((m) => m.id === active?.id) : -1;
          // From nothing, "next" starts at the first mention and "previous" at the last; both wrap.
          const next = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
          return activate(list[next]!);
        },
      },
      signal,
    );

    context.findings.subscribe((list) => {
      // What we stepped to left the page: the next step starts afresh.
      if (active && !list.some((m) => m.id === active?.id)) active = null;
    }, signal);
  },
};
