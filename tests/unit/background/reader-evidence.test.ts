/** Cards read the reader's saved articles, afresh after a page says they changed. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backgroundRequests } from '../../../src/background/requests';
import { clearEvidenceStore, openEvidenceStore } from '../../../src/platform/evidence-store';
import { harbourArticle } from '../../support/reader-evidence';

const mention = { text: 'drug consumption room', context: 'Harbour Street will get a drug consumption room, the health board said.' };
const mineOnCard = async () => (await backgroundRequests['card-model'](mention, {})).items.filter((item) => item.mine).map((item) => item.text);

describe('cards with the reader’s evidence', () => {
  it('show the reader’s saved items, and after a change only once a page says so', async () => {
    await clearEvidenceStore();
    const bundledOnly = await backgroundRequests['card-model'](mention, {});
    expect(bundledOnly.items.some((item) => item.mine)).toBe(false);

    const store = await openEvidenceStore();
    const article = await harbourArticle();
    article.annotations.source.title = 'Harbour Street gets its room';
    await store.save(article);
    store.close();
    expect(await mineOnCard()).toEqual([]); // still the data read before
    await backgroundRequests['reader-evidence-changed']({}, {});
    const card = await backgroundRequests['card-model'](mention, {});
    expect(card.items.filter((item) => item.mine).map((item) => item.sourceTitle)).toContain('Harbour Street gets its room');
    expect(card.sourceCount).toBe(bundledOnly.sourceCount + 1);

    await clearEvidenceStore();
    await backgroundRequests['reader-evidence-changed']({}, {});
    expect(await mineOnCard()).toEqual([]);
    expect((await backgroundRequests['card-model'](mention, {})).items).toEqual(bundledOnly.items);
  });
});
