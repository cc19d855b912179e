import { describe, expect, it } from 'vitest';
import { addBreakdown, breakdown, pageProcesses, type TraceEvent } from '../../../scripts/bench/page-cost-trace';
import { plantParagraph, PLANTED_PARAGRAPH } from '../../../scripts/bench/page-cost';

const EXT = 'chrome-extension://abc';
const main = (pid: number): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid: 1, args: { name: 'CrRendererMain' } });
const x = (name: string, ts: number, dur: number, pid = 7, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid: 1,
  ...(url ? { args: { data: { url } } } : {}),
});

describe('page-cost trace breakdown', () => {
  it('gives each event its self time, attributed to the callback it ran under', () => {
    const events = [
      main(7),
      // A task: our script evaluated (2 ms), 0.5 ms of it compiling.
      x('RunTask', 0, 3_000),
      x('EvaluateScript', 100, 2_000, 7, `${EXT}/content.js`),
      x('v8.compile', 200, 500),
      // A timer whose callback ran 1 ms, 0.4 ms of it collecting garbage.
      x('TimerFire', 10_000, 1_000),
      x('FunctionCall', 10_000, 1_000),
      x('MinorGC', 10_100, 400),
      // An idle callback (our scan) and a style recalculation.
      x('FireIdleCallback', 20_000, 3_000),
      x('UpdateLayoutTree', 30_000, 700),
      // Another renderer's main thread is not the page's.
      main(8),
      x('UpdateLayoutTree', 0, 9_000, 8),
    ];
    const { ms, evaluations } = breakdown(events, new Set([7]), EXT);
    expect(ms['script compile']).toBeCloseTo(0.5);
    expect(ms['script evaluation (start-up)']).toBeCloseTo(1.5);
    expect(ms.timers).toBeCloseTo(0.6);
    expect(ms['garbage collection']).toBeCloseTo(0.4);
    expect(ms['idle callbacks']).toBeCloseTo(3);
    expect(ms['style recalculation']).toBeCloseTo(0.7);
    expect(ms.other).toBeCloseTo(1); // the task's own time outside its children
    expect(evaluations).toEqual({ 'content.js': [2] });
  });

  it('counts thread time where the trace has it, so a descheduled thread is not counted as work', () => {
    const events: TraceEvent[] = [main(7), { ...x('FireIdleCallback', 0, 10_000), tdur: 4_000 }];
    expect(breakdown(events, new Set([7]), EXT).ms['idle callbacks']).toBeCloseTo(4);
  });

  it("counts each script's evaluations apart, so a frame running both is not counted twice as one", () => {
    const frame = (file: string, ts: number): TraceEvent[] => [main(7), x('EvaluateScript', ts, 1_000, 7, `${EXT}/${file}`)];
    const first = breakdown([...frame('content.js', 0), x('EvaluateScript', 5_000, 3_000, 7, `${EXT}/content-main.js`)], new Set([7]), EXT);
    const second = breakdown(frame('content.js', 0), new Set([7]), EXT);
    expect(addBreakdown(first, second).evaluations).toEqual({ 'content.js': [1, 1], 'content-main.js': [3] });
  });

  it('finds the renderers that hosted the page', () => {
    const events: TraceEvent[] = [
      {
        name: 'TracingStartedInBrowser',
        ph: 'I',
        ts: 0,
        pid: 1,
        tid: 1,
        args: {
          data: {
            frames: [
              { url: 'http://127.0.0.1:9/a.html', processId: 7 },
              { url: 'about:blank', processId: 5 },
            ],
          },
        },
      },
      { name: 'FrameCommittedInBrowser', ph: 'I', ts: 1, pid: 1, tid: 1, args: { data: { url: 'http://127.0.0.1:9/a.html', processId: 9 } } },
    ];
    expect([...pageProcesses(events, 'http://127.0.0.1:9')].sort()).toEqual([7, 9]);
  });
});

describe('the planted paragraph', () => {
  it('goes before the first paragraph, or at the end of the body', () => {
    expect(plantParagraph('<body><h1>A</h1><p>B</p></body>')).toBe(`<body><h1>A</h1>${PLANTED_PARAGRAPH}<p>B</p></body>`);
    expect(plantParagraph('<body><div>B</div></body>')).toBe(`<body><div>B</div>${PLANTED_PARAGRAPH}</body>`);
    // A paragraph no reader sees (a conditional comment, noscript, a template) is passed over.
    expect(plantParagraph('<body><!--[if lt IE 10]><p>old</p><![endif]--><noscript><p>n</p></noscript><template><p>t</p></template><p>B</p></body>')).toBe(
      `<body><!--[if lt IE 10]><p>old</p><![endif]--><noscript><p>n</p></noscript><template><p>t</p></template>${PLANTED_PARAGRAPH}<p>B</p></body>`,
    );
  });
});
