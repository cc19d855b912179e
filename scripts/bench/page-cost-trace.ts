/**
 * Attributes a page's renderer main-thread time from a Chromium trace (CDP Tracing domain) to
 * what did it: script compile, start-up evaluation, timers, idle-time callbacks, other
 * callbacks (observers, messages, events), style recalculation, layout, paint, garbage
 * collection, HTML parsing. Each event's self time (its thread time, or its duration where it
 * has none, less its children's) goes to one bucket, so the buckets add up to the main
 * thread's traced time. Pure: a unit test feeds
 * it events.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time, where the event has it: a descheduled thread's waiting is not work. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; processId?: number; frames?: { url?: string; processId?: number }[] } };
}

export const BUCKETS = [
  'script compile',
  'script evaluation (start-up)',
  'timers',
  'idle callbacks',
  'other callbacks (observers, messages, events)',
  'style recalculation',
  'layout',
  'paint',
  'garbage collection',
  'HTML parsing',
  'other',
] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface Breakdown {
  /** Self time per bucket, ms. */
  ms: Record<Bucket, number>;
  /** Extension script evaluations by file (`content.js`, `content-main.js`): one per frame each ran in, each ms. */
  evaluations: Record<string, number[]>;
}

const COMPILE = new Set([
  'v8.compile',
  'V8.CompileCode',
  'v8.compileModule',
  'V8.CompileLazy',
  'v8.produceCache',
  'v8.deserializeOnBackground',
  'V8.CompileCodeBackground',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation', 'InvalidateLayout']);
const LAYOUT = new Set(['Layout', 'UpdateLayout']);
const PAINT = new Set([
  'Paint',
  'PrePaint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'CompositeLayers',
  'Commit',
  'PaintSetup',
  'PaintArtifactCompositor::Update',
]);
const ENTRY: Record<string, Bucket> = {
  EvaluateScript: 'script evaluation (start-up)',
  'v8.run': 'script evaluation (start-up)',
  TimerFire: 'timers',
  FireIdleCallback: 'idle callbacks',
};
const SCRIPT = new Set([
  'FunctionCall',
  'V8.Execute',
  'v8.callFunction',
  'EventDispatch',
  'RunMicrotasks',
  'V8.RunMicrotasks',
  'FireAnimationFrame',
  'v8.run',
  'EvaluateScript',
  'TimerFire',
  'FireIdleCallback',
  'XHRReadyStateChange',
]);
const isGc = (name: string): boolean => /^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC|ThreadState::|GCEvent|V8\.GC_)/.test(name) || name === 'BlinkGC.AtomicPhase';

function bucketOf(name: string, entry: Bucket | null): Bucket {
  if (isGc(name)) return 'garbage collection';
  if (COMPILE.has(name)) return 'script compile';
  if (STYLE.has(name)) return 'style recalculation';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  if (name === 'ParseHTML') return 'HTML parsing';
  if (SCRIPT.has(name) || entry) return entry ?? 'other callbacks (observers, messages, events)';
  return 'other';
}

/** The renderer processes that hosted a document under `origin` (frames commit in, site isolation may swap them). */
export function pageProcesses(events: readonly TraceEvent[], origin: string): Set<number> {
  const pids = new Set<number>();
  for (const event of events) {
    const data = event.args?.data;
    if (!data) continue;
    for (const frame of data.frames ?? []) if (frame.url?.startsWith(origin) && frame.processId) pids.add(frame.processId);
    if (event.name === 'FrameCommittedInBrowser' && data.url?.startsWith(origin) && data.processId) pids.add(data.processId);
  }
  return pids;
}

/** Complete (`X`) and begin/end (`B`/`E`) events of one thread as intervals. */
function intervals(events: readonly TraceEvent[]): { event: TraceEvent; start: number; end: number; cost: number }[] {
  const out: { event: TraceEvent; start: number; end: number; cost: number }[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.ph === 'X' && event.dur !== undefined) out.push({ event, start: event.ts, end: event.ts + event.dur, cost: event.tdur ?? event.dur });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({ event: begin, start: begin.ts, end: event.ts, cost: event.ts - begin.ts });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The main-thread breakdown of the renderers `pids` (all of them when empty), whose content script comes from `extensionPrefix`. */
export function breakdown(events: readonly TraceEvent[], pids: ReadonlySet<number>, extensionPrefix: string): Breakdown {
  const mainThreads = new Set<string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && (pids.size === 0 || pids.has(event.pid)))
      mainThreads.add(`${event.pid}:${event.tid}`);
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(key) || event.ph === 'M') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(event);
  }
  const ms = Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<Bucket, number>;
  const evaluations: Record<string, number[]> = {};
  for (const threadEvents of byThread.values()) {
    const stack: { end: number; bucketEntry: Bucket | null; self: number; bucket: Bucket }[] = [];
    const close = (until: number): void => {
      while (stack.length && stack.at(-1)!.end <= until) {
        const done = stack.pop()!;
        ms[done.bucket] += Math.max(0, done.self) / 1000;
      }
    };
    for (const { event, start, end, cost } of intervals(threadEvents)) {
      close(start);
      const parent = stack.at(-1);
      if (parent) parent.self -= cost;
      const entry = ENTRY[event.name] ?? parent?.bucketEntry ?? null;
      stack.push({ end, bucketEntry: entry, self: cost, bucket: bucketOf(event.name, entry) });
      const url = event.args?.data?.url;
      if (event.name === 'EvaluateScript' && url?.startsWith(extensionPrefix)) (evaluations[url.slice(extensionPrefix.length + 1)] ??= []).push(cost / 1000);
    }
    close(Infinity);
  }
  return { ms, evaluations };
}

/** Adds `b` into `a`. */
export function addBreakdown(a: Breakdown, b: Breakdown): Breakdown {
  const ms = { ...a.ms };
  for (const bucket of BUCKETS) ms[bucket] += b.ms[bucket];
  const evaluations: Record<string, number[]> = { ...a.evaluations };
  for (const [file, list] of Object.entries(b.evaluations)) evaluations[file] = [...(evaluations[file] ?? []), ...list];
  return { ms, evaluations };
}

export function emptyBreakdown(): Breakdown {
  return { ms: Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<Bucket, number>, evaluations: {} };
}
