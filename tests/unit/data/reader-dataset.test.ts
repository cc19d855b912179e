// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import generated from '../../../src/data/dataset.generated.json';
import { cardData } from '../../../src/data/card-data';
import { dataset } from '../../../src/data/dataset';
import { withReaderCards } from '../../../src/data/reader-card-data';
import { mergeCandidates, readerId, withReaderEvidence } from '../../../src/data/reader-dataset';
import { clearEvidenceStore, openEvidenceStore } from '../../../src/platform/evidence-store';
import { harbourArticle } from '../../support/reader-evidence';

const bundledCards = cardData(dataset);
const none = { switchedOff: [], merges: [] };

describe('the reader’s articles beside the bundled dataset', () => {
  it('adds their items to the cards, each marked as the reader’s with its article’s title, and counts their voices and source', async () => {
    const article = await harbourArticle();
    article.annotations.source.title = 'Harbour Street gets its room';
    const view = await withReaderEvidence(dataset, [article], none);
    expect(view.problems).toEqual([]);
    const cards = withReaderCards(bundledCards, view);
    const mine = cards.evidence.filter((item) => item.mine);
    expect(mine.map((item) => item.text)).toContain('We lost forty-one people to overdoses last year,');
    expect(new Set(mine.map((item) => item.sourceTitle))).toEqual(new Set(['Harbour Street gets its room']));
    expect(cards.evidence.filter((item) => !item.mine)).toEqual(bundledCards.evidence);
    expect(cards.sourceCount).toBe(bundledCards.sourceCount + 1);
    const items = (cards: typeof bundledCards) => Object.values(cards.counts).reduce((n, c) => n + c.items, 0);
    expect(items(cards)).toBe(items(bundledCards) + mine.length);
  });

  it('leaves out an article the reader switched off, and never changes the bundled dataset', async () => {
    const before = JSON.stringify(dataset);
    const view = await withReaderEvidence(dataset, [await harbourArticle()], { switchedOff: ['harbour-street'], merges: [] });
    expect(withReaderCards(bundledCards, view)).toBe(bundledCards);
    expect(JSON.stringify(dataset)).toBe(before);
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(generated));
  });

  it('gives the reader’s ids a namespace of their own, so a reader’s id can never take a bundled one’s place', async () => {
    const article = await harbourArticle('000_a82303e51bffeff7');
    const view = await withReaderEvidence(dataset, [article], none);
    const bundledIds = new Set(dataset.evidence.map((item) => item.id));
    const mine = view.data.evidence.filter((item) => view.mine.has(item.sourceId));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((item) => !bundledIds.has(item.id) && item.id.startsWith(readerId('000_a82303e51bffeff7', '')))).toBe(true);
    expect(view.data.sources.filter((s) => s.id === '000_a82303e51bffeff7')).toHaveLength(1);
  });

  it('offers to merge a stakeholder met in two articles, and counts them as one voice only once the reader confirms', async () => {
    const first = await harbourArticle('harbour-one');
    const second = await harbourArticle('harbour-two');
    const view = await withReaderEvidence(dataset, [first, second], none);
    const offers = mergeCandidates(view.data, view.sameVoice);
    expect(offers.length).toBeGreaterThan(0);
    const [from, into] = offers[0]!;
    expect(from.name).toBe(into.name);
    const voicesOf = (v: typeof view) => new Set(withReaderCards(bundledCards, v).evidence.flatMap((item) => item.voices));
    expect(voicesOf(view).has(from.id)).toBe(true);
    const merged = await withReaderEvidence(dataset, [first, second], { switchedOff: [], merges: [{ from: from.id, into: into.id }] });
    expect(voicesOf(merged).has(from.id)).toBe(false);
    expect(voicesOf(merged).has(into.id)).toBe(true);
    expect(mergeCandidates(merged.data, merged.sameVoice).some(([f]) => f.id === from.id)).toBe(false);
  });

  it('clearing the reader’s data leaves the bundled dataset intact: cards show it exactly as before', async () => {
    const store = await openEvidenceStore('clear-test');
    await store.save(await harbourArticle());
    const load = async () => {
      const s = await openEvidenceStore('clear-test');
      const view = await withReaderEvidence(dataset, (await s.list()).articles, await s.choices());
      s.close();
      return withReaderCards(bundledCards, view);
    };
    expect((await load()).evidence.some((item) => item.mine)).toBe(true);
    store.close();
    await clearEvidenceStore('clear-test');
    const after = await load();
    expect(after).toEqual(bundledCards);
    expect(after.evidence.length).toBe(dataset.evidence.length);
  });
});
