import { describe, expect, it } from 'vitest';
import { windowTasks } from '../../../scripts/bench/window-tasks';

const task = (ts: number, dur: number, tdur: number, tid = 1, pid = 7) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, pid, tid });
const mark = (ts: number, tid = 1) => ({ name: 'window', ph: 'R', ts, pid: 7, tid });

describe('the main-thread tasks of a traced window', () => {
  it("counts the marked thread's tasks from the mark on, in thread time, the longest and the sum", () => {
    const events = [
      task(0, 90_000, 90_000), // before the mark: the page's own loading
      mark(100_000),
      task(200_000, 60_000, 40_000), // descheduled for 20 ms: 40 ms of work
      task(300_000, 10_000, 10_000),
      task(300_000, 10_000, 10_000, 2), // another thread
    ];
    expect(windowTasks(events, 'window')).toEqual({ longestMs: 40, totalMs: 50 });
  });

  it('counts a task nested in another once, with the one around it', () => {
    const events = [mark(0), task(10_000, 50_000, 45_000), task(20_000, 10_000, 10_000), task(70_000, 5_000, 5_000)];
    expect(windowTasks(events, 'window')).toEqual({ longestMs: 45, totalMs: 50 });
  });

  it('counts the task the mark was made in, which runs on into the window', () => {
    expect(windowTasks([task(0, 30_000, 30_000), mark(10_000), task(50_000, 5_000, 5_000)], 'window')).toEqual({ longestMs: 30, totalMs: 35 });
  });

  it('refuses a trace without the mark rather than counting every thread from its start', () => {
    expect(() => windowTasks([task(0, 1_000, 1_000)], 'window')).toThrow(/no mark "window"/);
  });
});
