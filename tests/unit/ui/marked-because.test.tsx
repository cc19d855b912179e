/**
 * Why a mention was marked: the reason as it arrives from a content script is read field by
 * field, and the card shows it in one quiet line for ambiguous forms only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import cardData from 'virtual:claimlens/card-data';
import { buildCardModel } from '../../../src/background/build-card-model';
import { readReason } from '../../../src/data/mention-reason';
import { QuoteCard } from '../../../src/ui/card/QuoteCard';

describe('readReason', () => {
  it('keeps a well-formed reason and turns anything else into none', () => {
    expect(readReason({ kind: 'cues', cues: ['overdose', 'supervised'] })).toEqual({ kind: 'cues', cues: ['overdose', 'supervised'] });
    expect(readReason({ kind: 'defined', as: 'drug consumption rooms', extra: 1 })).toEqual({ kind: 'defined', as: 'drug consumption rooms' });
    expect(readReason({ kind: 'inferred', words: ['needles', 'alleys'] })).toEqual({ kind: 'inferred', words: ['needles', 'alleys'] });
    expect(readReason({ kind: 'inferred', words: [] })).toEqual({ kind: 'inferred', words: [] });
    for (const bad of [
      null,
      'cues',
      { kind: 'cues', cues: [1] },
      { kind: 'cues', cues: [] },
      { kind: 'defined', as: 'x'.repeat(201) },
      { kind: 'inferred', words: [2] },
      { kind: 'inferred' },
      { kind: 'eval' },
    ]) {
      expect(readReason(bad)).toBeNull();
    }
  });
});

describe('the card’s "Marked because" line', () => {
  let container: HTMLElement;
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  const cardFor = (reason: unknown): HTMLElement => {
    const model = buildCardModel(
      { text: 'DCR', context: 'The DCR opened.', reason: readReason(reason) },
      cardData,
      'chrome-extension://test/pages/sources.html',
    );
    container = document.body.appendChild(document.createElement('div'));
    render(<QuoteCard model={model} maxHeight={600} onClose={() => undefined} onOpenSource={() => undefined} onDisableSite={() => undefined} />, container);
    return container;
  };

  it('says what an ambiguous form was judged by', () => {
    expect(cardFor({ kind: 'defined', as: 'drug consumption rooms' }).querySelector('.marked-because')?.textContent).toBe(
      'Marked because: defined in this story as “drug consumption rooms”',
    );
    expect(cardFor({ kind: 'cues', cues: ['overdose', 'supervised'] }).querySelector('.marked-because')?.textContent).toBe(
      'Marked because: cues: overdose, supervised',
    );
    expect(cardFor({ kind: 'inferred', words: ['needles', 'alleys'] }).querySelector('.marked-because')?.textContent).toBe(
      'Marked because: inferred by a word model from: needles, alleys',
    );
    expect(cardFor({ kind: 'inferred', words: [] }).querySelector('.marked-because')?.textContent).toBe(
      'Marked because: inferred by a word model from the sentence’s wording',
    );
  });

  it('says nothing for an unambiguous name, or when no reason came', () => {
    expect(cardFor({ kind: 'unambiguous' }).querySelector('.marked-because')).toBeNull();
    expect(cardFor(undefined).querySelector('.marked-because')).toBeNull();
  });
});
