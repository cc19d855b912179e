/**
 * The quote card: hover (after a dwell), click, tap, focus or the keyboard opens it beside the
 * mention; it closes after a grace when the pointer leaves both, on Escape, or on a tap
 * elsewhere. Pointer tracking runs only while the frame has mentions, one hit-test per frame.
 */
import { render } from 'preact';
import { sendToBackground } from '../../platform/messages';
import type { CardModel } from '../../ui/card/card-model';
import { QuoteCard } from '../../ui/card/QuoteCard';
import cardCss from '../../ui/card/card.css?inline';
import { createCardHost, type CardHost } from '../card/card-host';
import { followRange } from '../card/card-position';
import { CardTrigger, type OpenReason } from '../card/card-trigger';
import { MentionHitTester } from '../card/mention-hit-test';
import type { Feature } from '../feature';
import type { PageMention } from '../mention-store';
import { MENTION_HIGHLIGHT } from './highlight-style';

export const ACTIVE_HIGHLIGHT = 'claimlens-active';
const GRACE_MS = 300;
/** Clicks on these keep their own meaning: a mention inside a link still follows the link. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]';

export const quoteCard: Feature = {
  name: 'quote-card',
  init(context, signal) {
    let host: CardHost | null = null;
    // Built on the first hit test after a change: a long first scan publishes often, a reader hovers rarely.
    let tester: MentionHitTester | null = null;
    const hitTester = (): MentionHitTester => (tester ??= new MentionHitTester(context.mentions.mentions, MENTION_HIGHLIGHT));
    let pointer: { x: number; y: number; shift: boolean } | null = null;
    let frameRequested = false;
    let stopFollowing: (() => void) | null = null;
    let openedBy: OpenReason | null = null;
    let returnFocus: HTMLElement | null = null;
    let restoringFocus = false;
    /** Each mention's card, asked of the background once (ahead of time, while the dwell runs). */
    const models = new Map<number, Promise<CardModel | null>>();
    const modelFor = (mention: PageMention): Promise<CardModel | null> => {
      let model = models.get(mention.id);
      if (!model) {
        model = sendToBackground('card-model', { text: mention.text, context: mention.context, reason: mention.reason }).catch((error: unknown) => {
          console.debug('[claimlens] no card for this mention', error);
          models.delete(mention.id);
          return null;
        });
        models.set(mention.id, model);
      }
      return model;
    };

    const close = (): void => {
      stopFollowing?.();
      stopFollowing = null;
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      if (host) {
        const hadFocus = document.activeElement === host.host;
        render(null, host.mount);
        host.hide();
        if (hadFocus && returnFocus?.isConnected) {
          // Focus goes back where it was; that is not the reader focusing a mention anew.
          restoringFocus = true;
          returnFocus.focus({ preventScroll: true });
          restoringFocus = false;
        }
      }
      openedBy = null;
      returnFocus = null;
    };

    const trigger = new CardTrigger<PageMention>({
      dwellMs: () => context.settings().dwellMs,
      graceMs: GRACE_MS,
      open: (mention, reason) => open(mention, reason),
      close,
    });

    const open = (mention: PageMention, reason: OpenReason): void => {
      void modelFor(mention).then((model) => {
        // The reader may have moved on while the background answered.
        if (model && trigger.openMention === mention) show(mention, reason, model);
      });
    };

    const show = (mention: PageMention, reason: OpenReason, model: CardModel): void => {
      if (!mention.range.startContainer.isConnected) return;
      const card = ensureHost();
      stopFollowing?.();
      openedBy = reason;
      CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(mention.range));
      let maxHeight = innerHeight - 16;
      const draw = (): void => {
        render(
          <QuoteCard
            model={model}
            maxHeight={maxHeight}
            onClose={() => trigger.dismiss()}
            onOpenSource={(itemId) => void sendToBackground('open-sources', itemId ? { itemId } : {}).catch(() => undefined)}
            onDisableSite={() => void sendToBackground('disable-site', { host: location.hostname }).catch(() => undefined)}
          />,
          card.mount,
        );
      };
      draw();
      card.show();
      stopFollowing = followRange(mention.range, card.host, pointer && reason === 'hover' ? pointer : null, (placement) => {
        if (!placement.visible) {
          trigger.dismiss(); // scrolled away: a card pinned to the viewport's edge would point at nothing
          return;
        }
        card.moveTo(placement.x, placement.y);
        if (Math.abs(placement.maxHeight - maxHeight) > 1) {
          maxHeight = placement.maxHeight;
          draw();
        }
      });
      if (reason === 'keyboard') {
        returnFocus = document.activeElement instanceof HTMLElement && !card.contains(document.activeElement) ? document.activeElement : null;
        card.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
      }
    };

    const ensureHost = (): CardHost => {
      if (host) return host;
      const created = createCardHost(cardCss);
      // Moving into the card keeps it open; leaving it starts the grace.
      created.host.addEventListener('pointerenter', () => trigger.pointerIntoCard(), { signal });
      created.host.addEventListener('pointerleave', () => trigger.pointerOutOfCard(), { signal });
      host = created;
      return created;
    };

    const hitTest = (): void => {
      frameRequested = false;
      // The page removed the open card's host: forget that card, so this hover opens it again.
      if (trigger.openMention && host && !host.host.isConnected) trigger.forget();
      if (!pointer) return;
      const trigger_ = context.settings().cardTrigger;
      const counts = trigger_ === 'hover' || (trigger_ === 'hover-modifier' && pointer.shift);
      const mention = counts ? hitTester().mentionAt(pointer.x, pointer.y) : null;
      if (!mention) return trigger.pointerOffMention();
      void modelFor(mention); // ready by the end of the dwell
      trigger.pointerOnMention(mention);
    };

    const onPointerMove = (event: PointerEvent): void => {
      if (event.pointerType === 'touch') return; // taps are clicks
      if (host?.contains(event.target)) return;
      pointer = { x: event.clientX, y: event.clientY, shift: event.shiftKey };
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(hitTest);
      }
    };

    // Listeners exist only while there are mentions: a page without them pays nothing.
    let tracking: AbortController | null = null;
    const track = (on: boolean): void => {
      if (on === (tracking !== null)) return;
      if (!on) {
        tracking?.abort();
        tracking = null;
        return;
      }
      tracking = new AbortController();
      const options = { capture: true, passive: true, signal: tracking.signal };
      document.addEventListener('pointermove', onPointerMove, options);
      document.addEventListener('pointerout', (event) => {
        if (!event.relatedTarget) {
          pointer = null;
          trigger.pointerOffMention();
        }
      }, options);
      document.addEventListener('click', (event) => {
        if (host?.contains(event.target)) return;
        const target = event.target instanceof Element ? event.target : null;
        const mention = target?.closest(INTERACTIVE) ? null : hitTester().mentionAt(event.clientX, event.clientY);
        if (mention) trigger.openNow(mention, 'click');
        else if (trigger.openMention) trigger.dismiss();
      }, options);
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && trigger.openMention) {
          // Escape in the card is ours: the page's own Escape handlers should not also fire.
          if (host && document.activeElement === host.host) event.stopPropagation();
          trigger.dismiss();
        }
        if (event.key === 'Shift' && pointer) {
          pointer = { ...pointer, shift: true };
          hitTest();
        }
      }, options);
      document.addEventListener('focusin', (event) => {
        const target = event.target;
        if (restoringFocus || host?.contains(target) || !(target instanceof Element)) return;
        const mention = context.mentions.mentions.find((m) => target.contains(m.range.startContainer));
        if (mention && trigger.openMention !== mention) trigger.openNow(mention, 'click');
      }, options);
      document.addEventListener('focusout', (event) => {
        const next = event.relatedTarget;
        if (openedBy === 'click' && !host?.contains(next) && document.activeElement !== host?.host) {
          if (!(next instanceof Element && context.mentions.mentions.some((m) => next.contains(m.range.startContainer)))) trigger.dismiss();
        }
      }, options);
    };

    context.mentions.subscribe((mentions) => {
      tester = null;
      for (const id of models.keys()) if (!mentions.some((m) => m.id === id)) models.delete(id);
      track(mentions.length > 0);
      const open = trigger.openMention;
      if (open && !mentions.includes(open)) trigger.dismiss();
    }, signal);
    track(context.mentions.mentions.length > 0);

    context.provideCardOpener((mention, { focus }) => trigger.openNow(mention, focus ? 'keyboard' : 'click'), signal);
    context.onSettingsChange((settings, previous) => {
      if (settings.cardTrigger !== previous.cardTrigger && openedBy === 'hover') trigger.dismiss();
    }, signal);

    signal.addEventListener('abort', () => {
      track(false);
      trigger.dismiss();
      trigger.dispose();
      close();
      host?.remove();
      host = null;
    }, { once: true });
  },
};
