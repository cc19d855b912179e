/**
 * Stepping through what the page holds from the keyboard commands (mentions, claims and
 * stakeholders, in page order) and jumping to a mention from the popup or to any finding by
 * id: it is scrolled into view and its card opened (which marks it active).
 */
import { handleContentRequests } from '../../platform/messages';
import type { Feature } from '../feature';
import { liveRange } from '../live-range';
import { mentionFinding, type PageFinding } from '../page-findings';

/** Scrolls the finding to the middle of the viewport (instantly when motion is reduced). */
function scrollToFinding(finding: PageFinding): boolean {
  const range = liveRange(finding.range);
  const element = range?.startContainer.parentElement;
  if (!range || !element) return false;
  const rect = range.getBoundingClientRect();
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const outside = rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth;
  if (outside) element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
  return true;
}

export const mentionNavigation: Feature = {
  name: 'mention-navigation',
  init(context, signal) {
    let active: PageFinding | null = null;

    const activate = (finding: PageFinding): boolean => {
      if (!scrollToFinding(finding)) return false;
      active = finding;
      context.openCard(finding, { focus: true });
      return true;
    };

    handleContentRequests(
      {
        'reveal-mention': ({ index }) => {
          const mention = context.mentions.mentions[index];
          return mention ? activate(mentionFinding(mention)) : false;
        },
        'reveal-finding': ({ id }) => {
          const finding = context.findings.byId(id);
          return finding ? activate(finding) : false;
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
