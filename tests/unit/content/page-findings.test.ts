/**
 * PageFindings, the one list of what a frame found that other features read: page order, ids,
 * kinds, and listeners that stop with their feature.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../src/content/mention-store';
import { compareRanges, mentionFinding, mergeInPageOrder, PageFindings, type PageFinding } from '../../../src/content/page-findings';
import { staticRange } from '../../support/static-range';

const range = staticRange;

function story() {
  document.body.innerHTML = '<p id="a">Alison Thewliss said drug consumption rooms save lives.</p><p id="b">Ms Thewliss went on.</p>';
  const a = document.getElementById('a')!.firstChild!;
  const b = document.getElementById('b')!.firstChild!;
  const mention: PageMention = {
    id: 7,
    text: 'drug consumption rooms',
    term: 'drug consumption room',
    lang: 'en',
    range: range(a, 21, 43),
    context: '',
    reason: { kind: 'unambiguous' },
  };
  const claim: PageFinding = {
    kind: 'claim',
    id: 'c1',
    text: a.textContent!,
    range: range(a, 0, a.textContent!.length),
    context: a.textContent!,
    claimIds: ['save-lives'],
    cues: ['sav*'],
  };
  const name: PageFinding = {
    kind: 'stakeholder',
    id: 's1',
    text: 'Alison Thewliss',
    range: range(a, 0, 15),
    context: a.textContent!,
    stakeholderId: 'alison-thewliss',
  };
  const address: PageFinding = {
    kind: 'stakeholder',
    id: 's2',
    text: 'Ms Thewliss',
    range: range(b, 0, 11),
    context: b.textContent!,
    stakeholderId: 'alison-thewliss',
  };
  return { mention, claim, name, address };
}

describe('PageFindings', () => {
  it('orders findings by where they start, the longer first when two start together', () => {
    const { mention, claim, name, address } = story();
    const sorted = [address, mentionFinding(mention), name, claim].sort((x, y) => compareRanges(x.range, y.range));
    expect(sorted.map((f) => f.id)).toEqual(['c1', 's1', 'm7', 's2']);
  });

  it('merges the few claims and names into the mentions in the same order a sort gives, mentions first at equal places', () => {
    const { mention, claim, name, address } = story();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} on drug consumption rooms.</p>`).join('');
    document.body.insertAdjacentHTML('beforeend', paragraphs);
    const texts = [...document.querySelectorAll('p')].slice(2).map((p) => p.firstChild!);
    const mentions = [mentionFinding(mention), ...texts.map((text, i) => mentionFinding({ ...mention, id: 100 + i, range: range(text, 13, 35) }))];
    const far: PageFinding = { ...address, id: 's9', range: range(texts[30]!, 13, 35) };
    const others = [claim, name, address, far];
    const merged = mergeInPageOrder(mentions, others);
    const sorted = [...mentions, ...others].sort((x, y) => compareRanges(x.range, y.range));
    expect(merged.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
    expect(merged.map((f) => f.id).slice(0, 4)).toEqual(['c1', 's1', 'm7', 's2']);
    // The same range as a mention: the mention stays first, as a stable sort of mentions then findings leaves it.
    expect(merged.indexOf(far)).toBe(merged.findIndex((f) => f.id === 'm130') + 1);
  });

  it('gives each mention one finding object, with its id, text and range', () => {
    const { mention } = story();
    expect(mentionFinding(mention)).toBe(mentionFinding(mention));
    expect(mentionFinding(mention)).toMatchObject({ kind: 'mention', id: 'm7', text: 'drug consumption rooms', range: mention.range, mention });
  });

  it('finds by id and kind, and tells listeners until their signal aborts', () => {
    const { claim, name, address } = story();
    const findings = new PageFindings();
    const listener = vi.fn();
    const stop = new AbortController();
    findings.subscribe(listener, stop.signal);
    findings.replace([claim, name, address]);
    expect(listener).toHaveBeenCalledWith([claim, name, address]);
    expect(findings.byId('s2')).toBe(address);
    expect(findings.byId('nothing')).toBeNull();
    expect(findings.ofKind('stakeholder')).toEqual([name, address]);
    stop.abort();
    findings.replace([]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
