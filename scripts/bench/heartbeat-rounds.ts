/**
 * The 50,000-mention page's heartbeat, ours against the browser's floor, over interleaved
 * rounds: the arithmetic only (the browser work is in hostile.ts). One reading each swung by
 * 50 ms from run to run, so a single "ours − floor" could not say which part was ours.
 */
import { median } from './stats';

/** What each round measures: Claimlens on the page; the page registering the same ranges itself, with and without a colour rule; the page alone. */
export const HEARTBEAT_SUBJECTS = ['ours', 'styled', 'unstyled', 'bare'] as const;
export type HeartbeatSubject = (typeof HEARTBEAT_SUBJECTS)[number];

/** One subject's reading in one round. */
export interface HeartbeatReading {
  /** How late the page's 50 ms heartbeat ran at worst, ms (wall time: a descheduled thread counts). */
  lateMs: number;
  /** The page's longest main-thread task in the same window, and all of them, ms of thread time (window-tasks.ts). */
  longestTaskMs: number;
  taskMs: number;
}

/** One reading per round and subject, rounds in order. */
export type HeartbeatRounds = Record<HeartbeatSubject, HeartbeatReading[]>;

type Metric = keyof HeartbeatReading;

/**
 * The order of the subjects in round `round` (from 0): forwards, then backwards, so drift
 * in the machine's speed (or a warmed browser) falls on every subject alike.
 */
export function roundOrder(round: number): HeartbeatSubject[] {
  return round % 2 === 0 ? [...HEARTBEAT_SUBJECTS] : [...HEARTBEAT_SUBJECTS].reverse();
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** The readings, as measured. */
  values: number[];
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values: [...values] };
}

export interface HeartbeatVerdict {
  targetMs: number;
  rounds: number;
  /** The heartbeat's lateness per subject. */
  subjects: Record<HeartbeatSubject, Spread>;
  /** The longest main-thread task and all tasks, thread time, per subject. */
  longestTask: Record<HeartbeatSubject, Spread>;
  taskTime: Record<HeartbeatSubject, Spread>;
  /** Our median lateness within the target. */
  met: boolean;
  /** Our median minus the styled floor's: what Claimlens adds over showing the same ranges at all. */
  excessMs: number;
  /** Each round's ours − styled floor (the readings were taken together), median and spread. */
  pairedExcess: Spread;
  /** The same for the longest task's thread time. */
  longestTaskExcess: Spread;
}

export function heartbeatVerdict(rounds: HeartbeatRounds, targetMs: number): HeartbeatVerdict {
  const count = rounds.ours.length;
  for (const subject of HEARTBEAT_SUBJECTS) {
    if (rounds[subject].length !== count) throw new Error(`heartbeat rounds: ${rounds[subject].length} readings of ${subject}, ${count} of ours`);
  }
  const per = (metric: Metric): Record<HeartbeatSubject, Spread> =>
    Object.fromEntries(HEARTBEAT_SUBJECTS.map((subject) => [subject, spreadOf(rounds[subject].map((reading) => reading[metric]))])) as Record<
      HeartbeatSubject,
      Spread
    >;
  const paired = (metric: Metric): Spread => spreadOf(rounds.ours.map((ours, i) => ours[metric] - rounds.styled[i]![metric]));
  const subjects = per('lateMs');
  return {
    targetMs,
    rounds: count,
    subjects,
    longestTask: per('longestTaskMs'),
    taskTime: per('taskMs'),
    met: subjects.ours.median <= targetMs,
    excessMs: subjects.ours.median - subjects.styled.median,
    pairedExcess: paired('lateMs'),
    longestTaskExcess: paired('longestTaskMs'),
  };
}

const SUBJECT_LABELS: Record<HeartbeatSubject, string> = {
  ours: 'Claimlens on the page',
  styled: "floor, styled (the page's one Highlight + one colour rule)",
  unstyled: 'floor, unstyled (the same Highlight, no rule)',
  bare: 'the page alone, no highlight',
};

const range = (spread: Spread): string => `${spread.median.toFixed(0)} (${spread.min.toFixed(0)}–${spread.max.toFixed(0)})`;

/** The verdict as report lines: each subject's medians and ranges, then the target read both ways. */
export function describeHeartbeat(verdict: HeartbeatVerdict): string[] {
  const lines = [`${''.padEnd(60)} heartbeat late   longest task     all tasks (ms; thread time)`];
  for (const subject of HEARTBEAT_SUBJECTS) {
    const cells = [verdict.subjects, verdict.longestTask, verdict.taskTime].map((metric) => range(metric[subject]).padEnd(16));
    lines.push(`${SUBJECT_LABELS[subject].padEnd(60)} ${cells.join(' ')}`.trimEnd());
  }
  lines.push(
    `heartbeat ≤ ${verdict.targetMs} ms: ${verdict.met ? 'MET' : 'MISSED'} (our median of ${verdict.rounds} rounds ${verdict.subjects.ours.median.toFixed(0)} ms)`,
    `ours − styled floor: ${verdict.excessMs.toFixed(0)} ms of medians; per round ${range(verdict.pairedExcess)} ms; longest task per round ${range(verdict.longestTaskExcess)} ms`,
  );
  return lines;
}
