import { describe, expect, it } from 'vitest';
import { collectPageItems, itemContext, snippetOf } from '../../../src/content/page-items';
import type { PageMention } from '../../../src/content/mention-store';
import { ITEM_CONTEXT_CHARS } from '../../../src/platform/messages';

describe('snippetOf', () => {
  it('keeps a short paragraph whole', () => {
    expect(snippetOf({ context: 'Campaigners say drug consumption rooms save lives.', text: 'drug consumption rooms' })).toBe(
      'Campaigners say drug consumption rooms save lives.',
    );
  });

  it('cuts a long paragraph at whole words with an ellipsis on each cut side', () => {
    const context = `${'word '.repeat(30)}the drug consumption room plan ${'more '.repeat(30)}`;
    const snippet = snippetOf({ context, text: 'drug consumption room' });
    expect(snippet).toMatch(/^…(word )+the drug consumption room plan( more)+…$/);
    expect(snippet.length).toBeLessThanOrEqual(48 * 2 + 'drug consumption room'.length + 2);
  });

  it('folds whitespace runs', () => {
    expect(snippetOf({ context: 'a\n  drug consumption room\t here', text: 'drug consumption room' })).toBe('a drug consumption room here');
  });
});

describe('itemContext', () => {
  it('keeps a paragraph that fits whole, and cuts a longer one around the item within the limit', () => {
    expect(itemContext('A drug consumption room opened.', 'drug consumption room')).toBe('A drug consumption room opened.');
    const long = `${'before '.repeat(400)}the drug consumption room ${'after '.repeat(400)}`;
    const kept = itemContext(long, 'drug consumption room');
    expect(kept.length).toBeLessThanOrEqual(ITEM_CONTEXT_CHARS);
    expect(kept).toMatch(/^…before .*the drug consumption room after .*…$/);
  });
});

describe('collectPageItems', () => {
  it('lists the frame’s mentions as page items in page order, each with its paragraph and why it was marked', () => {
    const mention = (id: number, text: string, context: string) =>
      ({ id, text, term: 'drug consumption room', lang: 'en', context, reason: { kind: 'unambiguous' } }) as unknown as PageMention;
    const items = collectPageItems({
      mentions: [mention(7, 'drug consumption room', 'One drug consumption room.'), mention(9, 'drug consumption rooms', 'Two drug consumption rooms.')],
    });
    expect(items).toEqual([
      {
        kind: 'mention',
        id: 'mention-7',
        index: 0,
        text: 'drug consumption room',
        ref: 'drug consumption room',
        snippet: 'One drug consumption room.',
        context: 'One drug consumption room.',
        reason: { kind: 'unambiguous' },
      },
      {
        kind: 'mention',
        id: 'mention-9',
        index: 1,
        text: 'drug consumption rooms',
        ref: 'drug consumption room',
        snippet: 'Two drug consumption rooms.',
        context: 'Two drug consumption rooms.',
        reason: { kind: 'unambiguous' },
      },
    ]);
  });
});
