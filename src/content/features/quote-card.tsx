/**
 * The quote card: hover (after a dwell), click, tap, focus or the keyboard opens it beside the
 * mention; it closes after a grace when the pointer leaves both, on Escape, or on a tap
 * elsewhere. This feature maps pointer, focus and keys onto the trigger state machine
 * (card/card-trigger.ts); the card itself is card/card-controller.tsx. Pointer tracking runs
 * only while the frame has mentions, one hit-test per animation frame.
 */
import { sendToBackground } from '../../platform/messages';
import type { CardModel } from '../../ui/card/card-model';
import { CardController } from '../card/card-controller';
import { CardTrigger, type OpenReason } from '../card/card-trigger';
import { MentionHitTester } from '../card/mention-hit-test';
import type { Feature } from '../feature';
import type { PageMention } from '../mention-store';
import { MENTION_HIGHLIGHT } from '../highlight-names';

const GRACE_MS = 300;
/** Clicks on these keep their own meaning: a mention inside a link still follows the link. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]';

export const quoteCard: Feature = {
  name: 'quote-card',
  init(context, signal) {
    // Built on the first hit test after a change: a long first scan publishes often, a reader hovers rarely.
    let tester: MentionHitTester | null = null;
    const hitTester = (): MentionHitTester => (tester ??= new MentionHitTester(context.mentions.mentions, MENTION_HIGHLIGHT));
    let pointer: { x: number; y: number; shift: boolean } | null = null;
    let frameRequested = false;
    let openedBy: OpenReason | null = null;
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

    const card: CardController = new CardController({
      close: () => trigger.dismiss(),
      openSource: (itemId) => void sendToBackground('open-sources', itemId ? { itemId } : {}).catch(() => undefined),
      disableSite: () => void sendToBackground('disable-site', {}).catch(() => undefined),
      scrolledAway: () => trigger.dismiss(),
      pointerIntoCard: () => trigger.pointerIntoCard(),
      pointerOutOfCard: () => trigger.pointerOutOfCard(),
    });

    const trigger: CardTrigger<PageMention> = new CardTrigger<PageMention>({
      dwellMs: () => context.settings().dwellMs,
      graceMs: GRACE_MS,
      open: (mention, reason) => {
        void modelFor(mention).then((model) => {
          // The reader may have moved on while the background answered.
          if (!model || trigger.openMention !== mention) return;
          openedBy = reason;
          card.show(mention, model, { pointer: pointer && reason === 'hover' ? pointer : null, focus: reason === 'keyboard' });
        });
      },
      close: () => {
        card.hide();
        openedBy = null;
      },
    });

    const hitTest = (): void => {
      frameRequested = false;
      // The page removed the open card's host: forget that card, so this hover opens it again.
      if (trigger.openMention && card.hostRemoved) trigger.forget();
      if (!pointer) return;
      const cardTrigger = context.settings().cardTrigger;
      const counts = cardTrigger === 'hover' || (cardTrigger === 'hover-modifier' && pointer.shift);
      const mention = counts ? hitTester().mentionAt(pointer.x, pointer.y) : null;
      if (!mention) return trigger.pointerOffMention();
      void modelFor(mention); // ready by the end of the dwell
      trigger.pointerOnMention(mention);
    };

    const onPointerMove = (event: PointerEvent): void => {
      if (event.pointerType === 'touch') return; // taps are clicks
      if (card.contains(event.target)) return;
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
      document.addEventListener(
        'pointerout',
        (event) => {
          if (!event.relatedTarget) {
            pointer = null;
            trigger.pointerOffMention();
          }
        },
        options,
      );
      document.addEventListener(
        'click',
        (event) => {
          if (card.contains(event.target)) return;
          const target = event.target instanceof Element ? event.target : null;
          const mention = target?.closest(INTERACTIVE) ? null : hitTester().mentionAt(event.clientX, event.clientY);
          if (mention) trigger.openNow(mention, 'click');
          else if (trigger.openMention) trigger.dismiss();
        },
        options,
      );
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape' && trigger.openMention) {
            // Escape in the card is ours: the page's own Escape handlers should not also fire.
            if (card.hasFocus) event.stopPropagation();
            trigger.dismiss();
          }
          if (event.key === 'Shift' && pointer) {
            pointer = { ...pointer, shift: true };
            hitTest();
          }
        },
        options,
      );
      document.addEventListener(
        'focusin',
        (event) => {
          const target = event.target;
          if (card.restoringFocus || card.contains(target) || !(target instanceof Element)) return;
          const mention = hitTester().mentionWithin(target);
          if (mention && trigger.openMention !== mention) trigger.openNow(mention, 'click');
        },
        options,
      );
      document.addEventListener(
        'focusout',
        (event) => {
          const next = event.relatedTarget;
          if (openedBy === 'click' && !card.contains(next) && !card.hasFocus) {
            if (!(next instanceof Element && hitTester().mentionWithin(next))) trigger.dismiss();
          }
        },
        options,
      );
    };

    context.mentions.subscribe((mentions) => {
      // A feature stopped while a change was being told must not start listening again.
      if (signal.aborted) return;
      tester = null;
      const ids = new Set(mentions.map((m) => m.id));
      for (const id of models.keys()) if (!ids.has(id)) models.delete(id);
      track(mentions.length > 0);
      const open = trigger.openMention;
      if (open && !ids.has(open.id)) trigger.dismiss();
    }, signal);
    track(context.mentions.mentions.length > 0);

    context.provideCardOpener((mention, { focus }) => trigger.openNow(mention, focus ? 'keyboard' : 'click'), signal);
    context.onSettingsChange((settings, previous) => {
      if (settings.cardTrigger !== previous.cardTrigger && openedBy === 'hover') trigger.dismiss();
    }, signal);

    signal.addEventListener(
      'abort',
      () => {
        track(false);
        trigger.dismiss();
        trigger.dispose();
        card.dispose();
      },
      { once: true },
    );
  },
};
