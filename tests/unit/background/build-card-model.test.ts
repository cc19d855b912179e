import { describe, expect, it } from 'vitest';
import cardData from 'virtual:claimlens/card-data';
import { buildCardModel, INITIALLY_SHOWN, withBothSides } from '../../../src/background/build-card-model';

const item = (id: string, stance: 'supports' | 'opposes' | 'neutral') => ({ id, stance });

describe('withBothSides', () => {
  it('leaves a head that already shows both sides alone', () => {
    const ranked = [item('a', 'supports'), item('b', 'opposes'), item('c', 'supports'), item('d', 'opposes')];
    expect(withBothSides(ranked, 3)).toEqual(ranked);
  });

  it('brings the best item of a missing side into the last shown place, the displaced item right after', () => {
    const ranked = [item('a', 'supports'), item('b', 'supports'), item('c', 'supports'), item('d', 'supports'), item('e', 'opposes'), item('f', 'opposes')];
    expect(withBothSides(ranked, 3).map((i) => i.id)).toEqual(['a', 'b', 'e', 'c', 'd', 'f']);
  });

  it('changes nothing when the data holds one side only', () => {
    const ranked = [item('a', 'supports'), item('b', 'supports'), item('c', 'supports'), item('d', 'supports')];
    expect(withBothSides(ranked, 3)).toEqual(ranked);
  });
});

describe('buildCardModel', () => {
  it('ranks for the paragraph, shows both sides up front, and keeps every item', () => {
    const model = buildCardModel(
      { text: 'drug consumption rooms', context: 'Ms Thewliss says Glasgow still wants drug consumption rooms.' },
      cardData,
      'chrome-extension://x/pages/sources.html',
    );
    expect(model.termFound).toBe('drug consumption rooms');
    expect(model.items).toHaveLength(cardData.evidence.length);
    expect(model.items[0]!.speakers.map((s) => s.name)).toContain('Alison Thewliss');
    const head = model.items.slice(0, INITIALLY_SHOWN).map((i) => i.stance);
    expect(head).toContain('supports');
    expect(head).toContain('opposes');
    expect(Object.values(model.counts).reduce((sum, count) => sum + count.items, 0)).toBe(cardData.evidence.length);
    expect(model.sourcesPageUrl).toBe('chrome-extension://x/pages/sources.html');
  });
});
