/**
 * The cards on the page: hover (after a dwell), click, tap, focus or the keyboard opens one
 * beside what it is about — a mention's quote card, a claim's card, a stakeholder's card; it
 * closes after a grace when the pointer leaves both, on Escape, or on a tap elsewhere. This
 * feature maps pointer, focus and keys onto the trigger state machine (card/card-trigger.ts);
 * the card itself is card/card-controller.tsx, a script of its own loaded the first time a card
 * is about to open (card/lazy-card.ts). Pointer tracking runs only while the frame has
 * findings, one hit-test per animation frame.
 */
import { sendToBackground } from '../../platform/messages';
import type { PageCardModel } from '../../ui/card/card-model';
import { CardTrigger, type OpenReason } from '../card/card-trigger';
import { LazyCard } from '../card/lazy-card';
import { MentionHitTester } from '../card/mention-hit-test';
import type { Feature } from '../feature';
import { CLAIM_HIGHLIGHT, MENTION_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../highlight-names';
import type { PageFinding } from '../page-findings';

/** Asks the background for a finding's card. */
function requestCard(finding: PageFinding): Promise<PageCardModel | null> {
  switch (finding.kind) {
    case 'mention': {
      const { text, context, reason } = finding.mention;
      return sendToBackground('card-model', { text, context, reason });
    }
    case 'claim':
      return sendToBackground('debate-card', {
        kind: 'claim',
        text: finding.text,
        claimIds: [...finding.claimIds],
        cues: [...finding.cues],
        inferredFrom: finding.inferredFrom && [...finding.inferredFrom],
      });
    case 'stakeholder':
      return sendToBackground('debate-card', { kind: 'stakeholder', text: finding.text, stakeholderId: finding.stakeholderId });
  }
}

/** Hit-tests findings: a mention first, then a stakeholder's name, then the claim sentence around them. */
class FindingHitTester {
  readonly #testers: MentionHitTester<PageFinding>[];
  constructor(findings: readonly PageFinding[]) {
    const of = (kind: PageFinding['kind'], name: string) =>
      new MentionHitTester<PageFinding>(
        findings.filter((f) => f.kind === kind),
        name,
      );
    this.#testers = [of('mention', MENTION_HIGHLIGHT), of('stakeholder', STAKEHOLDER_HIGHLIGHT), of('claim', CLAIM_HIGHLIGHT)].filter((t) => !t.empty);
  }

  mentionAt(x: number, y: number): PageFinding | null {
    for (const tester of this.#testers) {
      const found = tester.mentionAt(x, y);
      if (found) return found;
    }
    return null;
  }

  mentionWithin(element: Node): PageFinding | null {
    for (const tester of this.#testers) {
      const found = tester.mentionWithin(element);
      if (found) return found;
    }
    return null;
  }
}

const GRACE_MS = 300;
/** Clicks on these keep their own meaning: a mention inside a link still follows the link. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]';

export const quoteCard: Feature = {
  name: 'quote-card',
  init(context, signal) {
    // Built on the first hit test after a change: a long first scan publishes often, a reader hovers rarely.
    let tester: FindingHitTester | null = null;
    const hitTester = (): FindingHitTester => (tester ??= new FindingHitTester(context.findings.all));
    let pointer: { x: number; y: number; shift: boolean } | null = null;
    let frameRequested = false;
    let openedBy: OpenReason | null = null;
    /** Each finding's card, asked of the background once (ahead of time, while the dwell runs). */
    const models = new Map<string, Promise<PageCardModel | null>>();
    const modelFor = (finding: PageFinding): Promise<PageCardModel | null> => {
      let model = models.get(finding.id);
      if (!model) {
        model = requestCard(finding).catch((error: unknown) => {
          console.debug('[claimlens] no card for this finding', error);
          models.delete(finding.id);
          return null;
        });
        models.set(finding.id, model);
      }
      return model;
    };

    const card: LazyCard = new LazyCard({
      close: () => trigger.dismiss(),
      openSource: (itemId) => void sendToBackground('open-sources', itemId ? { itemId } : {}).catch(() => undefined),
      disableSite: () => void sendToBackground('disable-site', {}).catch(() => undefined),
      scrolledAway: () => trigger.dismiss(),
      pointerIntoCard: () => trigger.pointerIntoCard(),
      pointerOutOfCard: () => trigger.pointerOutOfCard(),
    });

    const trigger: CardTrigger<PageFinding> = new CardTrigger<PageFinding>({
      dwellMs: () => context.settings().dwellMs,
      graceMs: GRACE_MS,
      open: (mention, reason) => {
        card.preload();
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
      // Both ready by the end of the dwell.
      void modelFor(mention);
      card.preload();
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

    context.findings.subscribe((findings) => {
      // A feature stopped while a change was being told must not start listening again.
      if (signal.aborted) return;
      tester = null;
      // A lookup for each card asked for, not a set of every finding: a long scan tells this often.
      for (const id of models.keys()) if (!context.findings.byId(id)) models.delete(id);
      track(findings.length > 0);
      const open = trigger.openMention;
      if (open && !context.findings.byId(open.id)) trigger.dismiss();
    }, signal);
    track(context.findings.all.length > 0);

    context.provideCardOpener((finding, { focus }) => trigger.openNow(finding, focus ? 'keyboard' : 'click'), signal);
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
