/**
 * Stepping through mentions from the keyboard commands and jumping to one from the popup:
 * the mention is scrolled into view and its card opened (which marks it active).
 */
import { handleContentRequests } from '../../platform/messages';
import type { Feature } from '../feature';
import { liveRange } from '../live-range';
import type { PageMention } from '../mention-store';

/** Scrolls the mention to the middle of the viewport (instantly when motion is reduced). */
function scrollToMention(mention: PageMention): boolean {
  const range = liveRange(mention.range);
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
    let active: PageMention | null = null;

    const activate = (mention: PageMention): boolean => {
      if (!scrollToMention(mention)) return false;
      active = mention;
      context.openCard(mention, { focus: true });
      return true;
    };

    handleContentRequests(
      {
        'reveal-mention': ({ index }) => {
          const mention = context.mentions.mentions[index];
          return mention ? activate(mention) : false;
        },
        'step-mention': ({ direction }) => {
          const list = context.mentions.mentions;
          if (list.length === 0) return false;
          const at = active ? list.findIndex((m) => m.id === active?.id) : -1;
          // From nothing, "next" starts at the first mention and "previous" at the last; both wrap.
          const next = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
          return activate(list[next]!);
        },
      },
      signal,
    );

    context.mentions.subscribe((list) => {
      // The mention we stepped to left the page: the next step starts afresh.
      if (active && !list.some((m) => m.id === active?.id)) active = null;
    }, signal);
  },
};
