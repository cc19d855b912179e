/**
 * PageFindings, the one list of what a frame found that other features read: page order, ids,
 * kinds, and listeners that stop with their feature.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../src/content/mention-store';
import { compareRanges, mentionFinding, PageFindings, type PageFinding } from '../../../src/content/page-findings';
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
