/**
 * The painter holds exactly the mentions it was given, and in Firefox paints tens of thousands
 * of them in short tasks rather than one long one (in Chromium in one change of the highlight). The browser's Highlight is replaced by a recording
 * one whose every add costs a tenth of a millisecond of (virtual) time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENTION_HIGHLIGHT, styleHighlightName } from '../../../src/content/highlight-names';
import { FindingPainter, MentionPainter } from '../../../src/content/painter';

// Two of the styles' rules, so what the sheet is given for a style can be seen (the real file is checked in the browsers).
vi.mock('../../../src/content/highlight-styles.css?inline', () => ({
  default: '::highlight(claimlens-style-marker) { color: red; }\n::highlight(claimlens-style-contrast) { color: blue; }',
}));

const ADD_COST_MS = 0.1;
let clock = 0;

class RecordingHighlight extends Set<StaticRange> {
  override add(range: StaticRange): this {
    clock += ADD_COST_MS;
    return super.add(range);
  }
}

const ranges = (count: number, from = 0): StaticRange[] =>
  Array.from({ length: count }, (_, i) => ({ id: from + i, startContainer: document.body, endContainer: document.body }) as unknown as StaticRange);
/** The painter as built for Firefox, where each add costs in proportion to what the highlight holds and additions are spread over tasks. */
async function firefoxPainter(): Promise<typeof MentionPainter> {
  vi.resetModules();
  vi.stubGlobal('__BROWSER__', 'firefox');
  return (await import('../../../src/content/painter')).MentionPainter;
}
/** Ranges over the words of a paragraph in the document, where the scoped sheet can find the element holding them. */
function rangesInPage(count: number): StaticRange[] {
  const paragraph = document.body.appendChild(document.createElement('p'));
  const text = paragraph.appendChild(document.createTextNode('word '.repeat(count)));
  return Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.setStart(text, i * 5);
    range.setEnd(text, i * 5 + 4);
    return range;
  });
}
const held = (): Set<StaticRange> => (CSS.highlights as unknown as Map<string, Set<StaticRange>>).get(MENTION_HIGHLIGHT)!;

describe('MentionPainter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.stubGlobal('Highlight', RecordingHighlight);
    vi.stubGlobal('CSS', { highlights: new Map() });
    document.adoptedStyleSheets = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('paints a page’s worth of mentions at once', () => {
    const painter = new MentionPainter('marker');
    const some = ranges(500);
    painter.paint(some);
    expect(painter.painting).toBe(false);
    expect([...held()]).toEqual(some);
    // In Chromium under one name only: each name costs the browser a marker per range on every change.
    expect([...(CSS.highlights as unknown as Map<string, unknown>).keys()]).toEqual([MENTION_HIGHLIGHT]);
  });

  it('registers nothing and adopts no stylesheet in a frame without mentions', () => {
    const painter = new MentionPainter('marker');
    painter.paint([]);
    painter.heal();
    expect([...(CSS.highlights as unknown as Map<string, unknown>).keys()]).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    painter.paint(ranges(1));
    expect([...(CSS.highlights as unknown as Map<string, unknown>).keys()]).toEqual([MENTION_HIGHLIGHT]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    // The page replaced its adopted sheets: the guard's heal puts ours back, once.
    document.adoptedStyleSheets = [];
    painter.heal();
    painter.heal();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    painter.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  // How the sheet paints is checked in the browsers (tests/e2e): here the CSS is two rules of our own.
  it('changes style through its sheet without touching the ranges or the names, and puts back the name the page took away', () => {
    const registry = CSS.highlights as unknown as Map<string, unknown>;
    const painter = new MentionPainter('marker');
    const some = rangesInPage(3);
    painter.paint(some);
    const highlight = held();
    const [sheet] = document.adoptedStyleSheets;
    const rewrite = vi.spyOn(sheet!, 'replaceSync');
    painter.setStyle('contrast');
    expect(rewrite).toHaveBeenCalledTimes(1);
    // The chosen style's rule paints the one registered name, on the paragraph holding the mentions alone.
    expect(rewrite.mock.calls[0]![0]).toMatch(/:nth-child\(\d+\)::highlight\(claimlens-mention\) \{ color: blue; \}/);
    expect(rewrite.mock.calls[0]![0]).not.toMatch(/:nth-child\(\d+\)::highlight\(claimlens-mention\) \{ color: red; \}/);
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect([...registry.keys()]).toEqual([MENTION_HIGHLIGHT]);
    registry.clear();
    painter.heal();
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(highlight);
    expect([...highlight]).toEqual(some);
  });

  it('in Firefox, whose styles come from the manifest, registers the style alias too and moves it', async () => {
    vi.resetModules();
    vi.stubGlobal('__BROWSER__', 'firefox');
    const { MentionPainter: FirefoxPainter } = await import('../../../src/content/painter');
    const registry = CSS.highlights as unknown as Map<string, unknown>;
    const painter = new FirefoxPainter('marker');
    painter.paint(rangesInPage(3));
    const highlight = held();
    expect(registry.get(styleHighlightName('marker'))).toBe(highlight);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    painter.setStyle('contrast');
    expect([...registry.keys()].sort()).toEqual([MENTION_HIGHLIGHT, styleHighlightName('contrast')]);
    expect(registry.get(styleHighlightName('contrast'))).toBe(highlight);
    painter.dispose();
    expect([...registry.keys()]).toEqual([]);
  });

  it('in Chromium adds 20,000 new mentions in one go: one change of the highlight, not a pass of the browser over all of them per piece', () => {
    const pieces: number[] = [];
    const painter = new MentionPainter('marker', (start) => pieces.push(start));
    const many = ranges(20_000);
    painter.paint(many);
    expect(painter.painting).toBe(false);
    expect(held().size).toBe(20_000);
    vi.runAllTimers();
    expect(pieces).toEqual([]);
  });

  it('in Firefox spreads 20,000 new mentions over short tasks, and says when all are painted', async () => {
    const FirefoxPainter = await firefoxPainter();
    const pieces: { took: number; painted: boolean }[] = [];
    const painter: MentionPainter = new FirefoxPainter('marker', (start) => pieces.push({ took: clock - start, painted: !painter.painting }));
    const many = ranges(20_000);
    painter.paint(many);
    expect(painter.painting).toBe(true);
    expect(held().size).toBe(0);
    vi.runAllTimers();
    expect(painter.painting).toBe(false);
    expect(held().size).toBe(20_000);
    // 2,000 ms of adding, in tasks of at most 8 ms plus one check interval (32 adds).
    expect(pieces.length).toBeGreaterThan(200);
    expect(Math.max(...pieces.map((piece) => piece.took))).toBeLessThanOrEqual(8 + 32 * ADD_COST_MS);
    expect(pieces.map((piece) => piece.painted)).toEqual([...Array<boolean>(pieces.length - 1).fill(false), true]);
  });

  it('ends up holding exactly the latest mentions when they change while it paints (Firefox, where it paints in pieces)', async () => {
    const painter = new (await firefoxPainter())('marker');
    const first = ranges(5_000);
    painter.paint(first);
    vi.advanceTimersByTime(1); // part of it painted
    expect(held().size).toBeGreaterThan(0);
    expect(held().size).toBeLessThan(5_000);
    // Appended to: still only the new ones are queued.
    const grown = [...first, ...ranges(3_000, 5_000)];
    painter.paint(grown);
    vi.advanceTimersByTime(1);
    // Then the page dropped every other mention, some painted and some not yet.
    const thinned = grown.filter((_, i) => i % 2 === 0);
    painter.paint(thinned);
    vi.runAllTimers();
    expect(new Set(held())).toEqual(new Set(thinned));
    expect(held().size).toBe(4_000);
  });

  it('stops painting when disposed (Firefox, where it paints in pieces)', async () => {
    const painter = new (await firefoxPainter())('marker');
    painter.paint(ranges(10_000));
    const highlight = held();
    painter.dispose();
    vi.runAllTimers();
    expect(highlight.size).toBe(0);
    expect((CSS.highlights as unknown as Map<string, unknown>).has(MENTION_HIGHLIGHT)).toBe(false);
  });
});

describe('FindingPainter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('leaves the registered highlight alone when given the same ranges again', () => {
    let changes = 0;
    class CountingHighlight extends Set<StaticRange> {
      priority = 0;
      override add(range: StaticRange): this {
        changes++;
        return super.add(range);
      }
      override clear(): void {
        changes++;
        super.clear();
      }
    }
    vi.stubGlobal('Highlight', CountingHighlight);
    vi.stubGlobal('CSS', { highlights: new Map() });
    const painter = new FindingPainter('claimlens-claim', -2);
    const some = ranges(3);
    painter.paint(some);
    const afterFirst = changes;
    painter.paint([...some]);
    expect(changes).toBe(afterFirst);
    // Unless the page took it out of the registry: then it is registered again, its ranges untouched.
    const registry = CSS.highlights as unknown as Map<string, Set<StaticRange>>;
    const highlight = registry.get('claimlens-claim');
    registry.clear();
    painter.paint(some);
    expect(registry.get('claimlens-claim')).toBe(highlight);
    expect(changes).toBe(afterFirst);
    painter.paint(some.slice(1));
    expect(changes).toBeGreaterThan(afterFirst);
    expect([...registry.get('claimlens-claim')!]).toEqual(some.slice(1));
  });
});
