/**
 * The page's main-thread tasks in a traced window, in thread time: on a shared machine a
 * descheduled thread makes the heartbeat late without anyone's work, while a task's thread time
 * (`tdur`) is the work itself. The window starts at a `performance.mark(mark)` the page made
 * on its main thread (category `blink.user_timing`), which also names that thread; tasks come
 * from the light `toplevel` category (the timeline's categories made the traced page slower).
 */
import type { TraceEvent } from './page-cost-trace';

/** Chromium's top-level task event (category `toplevel`). */
const TASK = 'ThreadControllerImpl::RunTask';

export interface WindowTasks {
  /** The longest task, ms of thread time. */
  longestMs: number;
  /** All tasks together, ms of thread time. */
  totalMs: number;
}

export function windowTasks(events: readonly TraceEvent[], mark: string): WindowTasks {
  const start = events.find((event) => event.name === mark && event.ph !== 'M');
  if (!start) throw new Error(`the trace has no mark "${mark}" to start its window at`);
  const tasks = events
    .filter((event) => event.name === TASK && event.ph === 'X' && event.pid === start.pid && event.tid === start.tid && event.ts + (event.dur ?? 0) > start.ts)
    .sort((a, b) => a.ts - b.ts);
  let longestMs = 0;
  let totalMs = 0;
  let end = -Infinity;
  for (const task of tasks) {
    const span = task.ts + (task.dur ?? 0);
    if (span <= end) continue; // nested in the last one: counted with it
    end = span;
    const ms = (task.tdur ?? task.dur ?? 0) / 1000;
    totalMs += ms;
    longestMs = Math.max(longestMs, ms);
  }
  return { longestMs, totalMs };
}
