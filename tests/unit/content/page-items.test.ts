import { describe, expect, it } from 'vitest';
import { collectPageItems, itemContext, itemParagraphs, snippetOf } from '../../../src/content/page-items';
import type { PageMention } from '../../../src/content/mention-store';
import type { PageFinding } from '../../../src/content/page-findings';
import { ITEM_CONTEXT_CHARS } from '../../../src/platform/messages';
import { staticRange } from '../../support/static-range';

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
  it('lists the frame’s mentions as page items in page order, each with why it was marked and no paragraph (the panel asks for those)', () => {
    const mention = (id: number, text: string, context: string) =>
      ({ id, text, term: 'drug consumption room', lang: 'en', context, reason: { kind: 'unambiguous' } }) as unknown as PageMention;
    const items = collectPageItems({
      mentions: [mention(7, 'drug consumption room', 'One drug consumption room.'), mention(9, 'drug consumption rooms', 'Two drug consumption rooms.')],
      findings: [],
    });
    expect(items).toEqual([
      {
        kind: 'mention',
        id: 'mention-7',
        index: 0,
        text: 'drug consumption room',
        ref: 'drug consumption room',
        snippet: 'One drug consumption room.',
        reason: { kind: 'unambiguous' },
      },
      {
        kind: 'mention',
        id: 'mention-9',
        index: 1,
        text: 'drug consumption rooms',
        ref: 'drug consumption room',
        snippet: 'Two drug consumption rooms.',
        reason: { kind: 'unambiguous' },
      },
    ]);
  });
});

describe('collectPageItems with claims and stakeholders', () => {
  const range = staticRange;

  /** Two paragraphs of ours: a name and a claim with a mention in the first, a form of address and a mention in the second. */
  function page() {
    document.body.innerHTML =
      '<p id="a">Alison Thewliss says a drug consumption room would save lives in Glasgow.</p><p id="b">Ms Thewliss wants the drug consumption room open by spring.</p>';
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!.firstChild as Text;
    const at = (node: Text, text: string) => range(node, node.data.indexOf(text), node.data.indexOf(text) + text.length);
    const mention = (id: number, node: Text) =>
      ({
        id,
        text: 'drug consumption room',
        term: 'drug consumption room',
        range: at(node, 'drug consumption room'),
        context: node.data,
        reason: { kind: 'unambiguous' },
      }) as unknown as PageMention;
    const findings: PageFinding[] = [
      { kind: 'stakeholder', id: 's4', text: 'Alison Thewliss', range: at(a, 'Alison Thewliss'), context: a.data, stakeholderId: 'alison-thewliss' },
      {
        kind: 'claim',
        id: 'c2',
        text: 'a drug consumption room would save lives in Glasgow.',
        range: at(a, 'a drug consumption room would save lives in Glasgow.'),
        context: a.data,
        claimIds: ['saves-lives', 'allow-pilot'],
        cues: ['save* lives'],
        inferredFrom: ['lives', 'Glasgow'],
      },
      { kind: 'stakeholder', id: 's5', text: 'Ms Thewliss', range: at(b, 'Ms Thewliss'), context: b.data, stakeholderId: 'alison-thewliss' },
    ];
    return { mentions: [mention(1, a), mention(2, b)], findings };
  }

  it('lists claims and stakeholders with the mentions in page order, each kind indexed on its own, each with what it refers to', () => {
    const items = collectPageItems(page());
    expect(items.map(({ kind, id, index, ref }) => [kind, id, index, ref])).toEqual([
      ['stakeholder', 's4', 0, 'alison-thewliss'],
      // A claim sentence starts with the mention inside it and is the longer: it comes first.
      ['claim', 'c2', 0, 'saves-lives'],
      ['mention', 'mention-1', 0, 'drug consumption room'],
      ['stakeholder', 's5', 1, 'alison-thewliss'],
      ['mention', 'mention-2', 1, 'drug consumption room'],
    ]);
    const claim = items[1]!;
    expect(claim).toMatchObject({
      text: 'a drug consumption room would save lives in Glasgow.',
      claimIds: ['saves-lives', 'allow-pilot'],
      cues: ['save* lives'],
      inferredFrom: ['lives', 'Glasgow'],
    });
    expect(items[3]).toMatchObject({ text: 'Ms Thewliss' });
    expect(items.some((item) => 'context' in item)).toBe(false);
  });

  it('gives the paragraphs of the items asked for by id, of every kind, and leaves out ids the frame no longer holds', () => {
    const frame = page();
    expect(itemParagraphs(['s5', 'mention-1', 'c2', 'c9', 'mention-8'], frame)).toEqual({
      s5: 'Ms Thewliss wants the drug consumption room open by spring.',
      'mention-1': 'Alison Thewliss says a drug consumption room would save lives in Glasgow.',
      c2: 'Alison Thewliss says a drug consumption room would save lives in Glasgow.',
    });
  });

  it('keeps a long paragraph within the limit around the claim, and a long claim sentence short in lists', () => {
    document.body.innerHTML = '<p></p>';
    const sentence = `Drug consumption rooms save lives, ${'and so on, '.repeat(30)}said the nurses.`;
    const paragraph = `${'Before it. '.repeat(150)}${sentence} ${'After it. '.repeat(150)}`;
    const node = document.createTextNode(paragraph);
    document.body.firstChild!.appendChild(node);
    const start = paragraph.indexOf(sentence);
    const frame = {
      mentions: [],
      findings: [
        {
          kind: 'claim',
          id: 'c1',
          text: sentence,
          range: range(node, start, start + sentence.length),
          context: paragraph,
          claimIds: ['saves-lives'],
          cues: [],
        },
      ] satisfies PageFinding[],
    };
    const [item] = collectPageItems(frame);
    const { c1: kept } = itemParagraphs(['c1'], frame);
    expect(kept!.length).toBeLessThanOrEqual(ITEM_CONTEXT_CHARS);
    expect(kept).toContain(sentence);
    expect(item!.snippet).toMatch(/^Drug consumption rooms save lives, and so on,.*…$/);
    expect(item!.snippet.length).toBeLessThan(160);
  });

  it('lists at most a hundred of each kind', () => {
    const { mentions, findings } = page();
    const many = Array.from({ length: 120 }, (_, i) => ({ ...findings[0]!, id: `s${i}` }));
    const items = collectPageItems({ mentions, findings: many });
    expect(items.filter((i) => i.kind === 'stakeholder')).toHaveLength(100);
    expect(items.filter((i) => i.kind === 'mention')).toHaveLength(2);
  });
});
