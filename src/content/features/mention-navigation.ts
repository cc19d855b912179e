/**
 * Stepping through mentions from the keyboard commands and jumping to one from the popup or
 * the page panel: the mention is scrolled into view and its card opened (which marks it active).
 */
import { handleContentRequests } from '../../platform/messages';
import type { Feature } from '../feature';
import { liveRange } from '../live-range';
import type { PageMention } from '../mention-store';

/** Scrolls the mention to the middle of the viewport (instantly when motion is reduced, or when asked to jump). */
function scrollToMention(mention: PageMention, jump: boolean): boolean {
  const range = liveRange(mention.range);
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
    let active: PageMention | null = null;

    /**
     * A reveal that leaves focus where it is comes from the page panel, which may be a tab of
     * its own with this page hidden behind it, where a smooth scroll does not run and the card
     * would open beside a mention still out of view: it jumps.
     */
    const activate = (mention: PageMention, focus = true): boolean => {
      if (!scrollToMention(mention, !focus)) return false;
      active = mention;
      context.openCard(mention, { focus });
      return true;
    };

    handleContentRequests(
      {
        'reveal-mention': ({ index, focus }) => {
          const mention = context.mentions.mentions[index];
          return mention ? activate(mention, focus) : false;
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
