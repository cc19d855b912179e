/** The claim and stakeholder cards' models, from the built card data: what they say must be what the dataset holds. */
import { describe, expect, it } from 'vitest';
import cardData from 'virtual:claimlens/card-data';
import { buildClaimCardModel, buildStakeholderCardModel } from '../../../src/background/build-card-model';
import { findDebate } from '../../../src/background/find-debate';

const SOURCES = 'chrome-extension://x/pages/sources.html';

describe('claim card model', () => {
  it('states the claim in the interface language and lists who is on record for and against it, by position on the claim', () => {
    const model = buildClaimCardModel(
      { text: 'The council should be allowed to open a consumption room.', claimIds: ['allow-facility'], cues: ['allow*', 'room'] },
      cardData,
      'de-DE',
      SOURCES,
    );
    const [side] = model.claims;
    expect(side!.statement).toBe(cardData.claims.find((c) => c.id === 'allow-facility')!.statement.de);
    const voicesOf = (stance: string) => new Set(side!.items.filter((i) => i.stance === stance).flatMap((i) => i.voices));
    expect(voicesOf('supports')).toContain('alison-thewliss');
    expect(voicesOf('opposes')).toContain('home-office');
    expect(voicesOf('did-not-back')).toEqual(new Set(['scottish-tories']));
    // For first, then against, then did not back; voices counted per position.
    expect(side!.items.map((i) => i.stance)).toEqual(
      [...side!.items.map((i) => i.stance)].sort(
        (a, b) => ['supports', 'opposes', 'did-not-back'].indexOf(a) - ['supports', 'opposes', 'did-not-back'].indexOf(b),
      ),
    );
    expect(side!.counts.opposes.voices).toBe(voicesOf('opposes').size);
    expect(model.markedBecause).toEqual({ kind: 'cues', cues: ['allow…', 'room'] });
  });

  it('says a claim the learned recall aid inferred was inferred, and from which words; a cued one still says its cues', () => {
    const inferred = buildClaimCardModel(
      { text: 'x', claimIds: ['reduce-public-harm'], cues: ['needles'], inferredFrom: ['needles', 'discarded'] },
      cardData,
      'en',
      SOURCES,
    );
    expect(inferred.markedBecause).toEqual({ kind: 'inferred', words: ['needles', 'discarded'] });
    const cued = buildClaimCardModel({ text: 'x', claimIds: ['reduce-public-harm'], cues: ['needles', 'fewer'] }, cardData, 'en', SOURCES);
    expect(cued.markedBecause).toEqual({ kind: 'cues', cues: ['needles', 'fewer'] });
  });

  it('shows an item with its position on the claim, not its stance on the topic', () => {
    // The Home Office opposes the rooms and supports preventing drug use.
    const model = buildClaimCardModel({ text: 'x', claimIds: ['prevent-not-facilitate'], cues: [] }, cardData, 'en', SOURCES);
    const item = model.claims[0]!.items.find((i) => i.id === 'home-office-prevent-drug-use')!;
    const link = cardData.evidence.find((e) => e.id === item.id)!.claimLinks.find((l) => l.claimId === 'prevent-not-facilitate')!;
    expect(item.stance).toBe(link.position);
    expect(item.stanceBasis).toEqual(link.basis);
  });
});

describe('stakeholder card model', () => {
  it('gives the role as reported and everything the stakeholder is a voice of', () => {
    const model = buildStakeholderCardModel({ text: 'Mr Jones', stakeholderId: 'arfon-jones' }, cardData, SOURCES)!;
    expect(model.stakeholder).toMatchObject({ name: 'Arfon Jones', role: 'Police and Crime Commissioner', organisation: 'North Wales' });
    expect(model.stakeholder.introduced).toBe('North Wales Police and Crime Commissioner Arfon Jones');
    const expected = cardData.evidence.filter((e) => e.voices.includes('arfon-jones')).map((e) => e.id);
    expect(model.items.map((i) => i.id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    // His own words before what the article's description of the police chiefs stands for.
    const ownWords = model.items.map((i) => i.speakers.some((s) => s.name === 'Arfon Jones'));
    expect(ownWords[0]).toBe(true);
    expect(ownWords.indexOf(false)).toBeGreaterThan(ownWords.lastIndexOf(true));
  });

  it('answers null for an id the dataset does not hold', () => {
    expect(buildStakeholderCardModel({ text: 'x', stakeholderId: 'nobody' }, cardData, SOURCES)).toBeNull();
  });
});

describe('findDebate', () => {
  it('finds one claim sentence with all its claims, and names with their story', () => {
    const found = findDebate([
      { text: 'Alison Thewliss said drug consumption rooms save lives and prevent overdose deaths.', lang: 'en', story: 0 },
      { text: 'Ms Thewliss went on.', lang: 'en', story: 0 },
      { text: 'Ms Thewliss again.', lang: 'en', story: 1 },
    ]);
    expect(found.claims).toHaveLength(1);
    expect(found.claims[0]!.claimIds).toContain('save-lives');
    expect(found.claims[0]!.inferredFrom).toBeUndefined();
    expect(found.names.map((n) => [n.index, n.stakeholderId])).toEqual([
      [0, 'alison-thewliss'],
      [1, 'alison-thewliss'],
    ]);
  });

  it('finds, with the recall aid it ships, a claim sentence the cues miss, saying which of its content words it was inferred from', () => {
    // Our own sentence: no cue of the claim reads needles picked up before and after the site opened.
    const text = 'Street cleaners used to pick up 200 discarded needles a week from the alleys; since the site opened they find four.';
    const found = findDebate([{ text, lang: 'en', story: 0 }]);
    expect(found.claims).toHaveLength(1);
    const [claim] = found.claims;
    expect(claim!.claimIds).toEqual(['reduce-public-harm']);
    expect(claim!.inferredFrom).toContain('needles');
    expect(claim!.inferredFrom!.length).toBeLessThanOrEqual(3);
    // Words too common in the training sentences to say why, and function words, are never shown.
    for (const word of claim!.inferredFrom!) expect(['the', 'a', 'site', 'opened', 'from', 'they', 'this']).not.toContain(word);
    const card = buildClaimCardModel({ text, ...claim! }, cardData, 'en', SOURCES);
    expect(card.markedBecause).toEqual({ kind: 'inferred', words: claim!.inferredFrom });
  });
});
