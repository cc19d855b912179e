/**
 * Splits a paragraph of an article into runs of text, each with the evidence items covering
 * it, so overlapping items (two readings of one sentence) can all be marked at once.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the items covering this run, in the order given. */
  ids: string[];
}

export function segmentsOf(start: number, end: number, spans: readonly Span[]): Segment[] {
  const inside = spans.filter((s) => s.start < end && s.end > start);
  const cuts = new Set([start, end]);
  for (const s of inside) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    segments.push({ start: from, end: to, ids: inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) });
  }
  return segments;
}
