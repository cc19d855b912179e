import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardTrigger, type OpenReason } from '../../../src/content/card/card-trigger';

const DWELL = 400;
const GRACE = 300;

function setup(dwell = DWELL) {
  const events: string[] = [];
  const trigger = new CardTrigger<string>({
    dwellMs: () => dwell,
    graceMs: GRACE,
    open: (m: string, reason: OpenReason) => events.push(`open ${m} (${reason})`),
    close: () => events.push('close'),
  });
  return { trigger, events };
}

describe('CardTrigger', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the dwell, not before', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a (hover)']);
    expect(trigger.openMention).toBe('a');
  });

  it('does not open when the pointer only passes over a mention', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL / 2);
    trigger.pointerOffMention();
    vi.advanceTimersByTime(DWELL * 3);
    expect(events).toEqual([]);
  });

  it('closes after the grace once the pointer leaves both mention and card', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    trigger.pointerOffMention();
    vi.advanceTimersByTime(GRACE - 1);
    expect(events).toEqual(['open a (hover)']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a (hover)', 'close']);
  });

  it('stays open when the pointer moves from the mention into the card, and while it is there', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    trigger.pointerOffMention();
    vi.advanceTimersByTime(GRACE - 50);
    trigger.pointerIntoCard();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open a (hover)']);
    trigger.pointerOutOfCard();
    vi.advanceTimersByTime(GRACE);
    expect(events).toEqual(['open a (hover)', 'close']);
  });

  it('does not flicker when the pointer crosses the gap of a mention wrapped over two lines', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    for (let i = 0; i < 5; i++) {
      trigger.pointerOffMention();
      vi.advanceTimersByTime(GRACE / 3);
      trigger.pointerOnMention('a');
      vi.advanceTimersByTime(GRACE);
    }
    expect(events).toEqual(['open a (hover)']);
  });

  it('closes on Escape and stays shut while the pointer rests on that mention (WCAG 1.4.13)', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    trigger.dismiss();
    expect(events).toEqual(['open a (hover)', 'close']);
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL * 5);
    expect(events).toEqual(['open a (hover)', 'close']);
    trigger.pointerOffMention();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual(['open a (hover)', 'close', 'open a (hover)']);
  });

  it('moves to another mention after its own dwell, keeping the first card meanwhile', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    trigger.pointerOnMention('b');
    vi.advanceTimersByTime(DWELL - 1);
    expect(trigger.openMention).toBe('a');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a (hover)', 'open b (hover)']);
  });

  it('opens at once on click or keyboard, and the grace does not close a card the pointer never hovered', () => {
    const { trigger, events } = setup();
    trigger.openNow('a', 'keyboard');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open a (keyboard)']);
    trigger.dismiss();
    expect(events).toEqual(['open a (keyboard)', 'close']);
  });

  it('reads the dwell at each hover, so a changed setting applies at once', () => {
    let dwell = 400;
    const events: string[] = [];
    const trigger = new CardTrigger<string>({ dwellMs: () => dwell, graceMs: GRACE, open: (m) => events.push(m), close: () => undefined });
    dwell = 1000;
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['a']);
  });

  it('opens again on the next hover after the page took the card away, even on the same mention', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    trigger.pointerIntoCard(); // the pointer is in the card when its host is removed
    trigger.forget();
    expect(events).toEqual(['open a (hover)', 'close']);
    expect(trigger.openMention).toBeNull();
    trigger.pointerOnMention('a');
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual(['open a (hover)', 'close', 'open a (hover)']);
    trigger.pointerOffMention(); // and it closes as usual: the lost card left no pointer behind
    vi.advanceTimersByTime(GRACE);
    expect(events.at(-1)).toBe('close');
  });

  it('stops its timers when disposed', () => {
    const { trigger, events } = setup();
    trigger.pointerOnMention('a');
    trigger.dispose();
    vi.advanceTimersByTime(DWELL * 2);
    expect(events).toEqual([]);
  });
});
