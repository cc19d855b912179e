/**
 * The 50,000-mention page's heartbeat, ours against the browser's floor, over interleaved
 * rounds: the arithmetic only (the browser work is in hostile.ts). One reading each swung by
 * 50 ms from run to run, so a single "ours − floor" could not say which part was ours.
 */
import { median } from './stats';

/** What each round measures: Claimlens on the page; the page registering the same ranges itself, with and without a colour rule; the page alone. */
export const HEARTBEAT_SUBJECTS = ['ours', 'styled', 'unstyled', 'bare'] as const;
export type HeartbeatSubject = (typeof HEARTBEAT_SUBJECTS)[number];

/** Heartbeat lateness (ms), one reading per round and subject, rounds in order. */
export type HeartbeatRounds = Record<HeartbeatSubject, number[]>;

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
  subjects: Record<HeartbeatSubject, Spread>;
  /** Our median within the target. */
  met: boolean;
  /** Our median minus the styled floor's: what Claimlens adds over showing the same ranges at all. */
  excessMs: number;
  /** Each round's ours − styled floor (the readings were taken together), median and spread. */
  pairedExcess: Spread;
}

export function heartbeatVerdict(rounds: HeartbeatRounds, targetMs: number): HeartbeatVerdict {
  const count = rounds.ours.length;
  for (const subject of HEARTBEAT_SUBJECTS) {
    if (rounds[subject].length !== count) throw new Error(`heartbeat rounds: ${rounds[subject].length} readings of ${subject}, ${count} of ours`);
  }
  const subjects = Object.fromEntries(HEARTBEAT_SUBJECTS.map((subject) => [subject, spreadOf(rounds[subject])])) as Record<HeartbeatSubject, Spread>;
  const excessMs = subjects.ours.median - subjects.styled.median;
  return {
    targetMs,
    rounds: count,
    subjects,
    met: subjects.ours.median <= targetMs,
    excessMs,
    pairedExcess: spreadOf(rounds.ours.map((ours, i) => ours - rounds.styled[i]!)),
  };
}

const SUBJECT_LABELS: Record<HeartbeatSubject, string> = {
  ours: 'Claimlens on the page',
  styled: "floor, styled (the page's one Highlight + one colour rule)",
  unstyled: 'floor, unstyled (the same Highlight, no rule)',
  bare: 'the page alone, no highlight',
};

const range = (spread: Spread): string => `${spread.median.toFixed(0)} ms (${spread.min.toFixed(0)}–${spread.max.toFixed(0)})`;

/** The verdict as report lines: each subject's median and range, then the target read both ways. */
export function describeHeartbeat(verdict: HeartbeatVerdict): string[] {
  const lines = HEARTBEAT_SUBJECTS.map((subject) => `${SUBJECT_LABELS[subject].padEnd(60)} ${range(verdict.subjects[subject])}`);
  lines.push(
    `heartbeat ≤ ${verdict.targetMs} ms: ${verdict.met ? 'MET' : 'MISSED'} (our median of ${verdict.rounds} rounds ${verdict.subjects.ours.median.toFixed(0)} ms)`,
    `ours − styled floor: ${verdict.excessMs.toFixed(0)} ms of medians; per round ${range(verdict.pairedExcess)}`,
  );
  return lines;
}
