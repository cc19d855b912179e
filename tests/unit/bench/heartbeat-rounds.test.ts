import { describe, expect, it } from 'vitest';
import { describeHeartbeat, heartbeatVerdict, roundOrder, spreadOf, type HeartbeatRounds } from '../../../scripts/bench/heartbeat-rounds';

/** Readings whose longest task is a tenth of the lateness and whose tasks sum to twice it, to tell the metrics apart. */
const readings = (late: number[]) => late.map((lateMs) => ({ lateMs, longestTaskMs: lateMs / 10, taskMs: lateMs * 2 }));
const rounds = (ours: number[], styled: number[], unstyled = ours.map(() => 10), bare = ours.map(() => 5)): HeartbeatRounds => ({
  ours: readings(ours),
  styled: readings(styled),
  unstyled: readings(unstyled),
  bare: readings(bare),
});

describe('the heartbeat rounds', () => {
  it('alternates the order of the subjects from round to round, each once a round', () => {
    expect(roundOrder(0)).toEqual(['ours', 'styled', 'unstyled', 'bare']);
    expect(roundOrder(1)).toEqual(['bare', 'unstyled', 'styled', 'ours']);
    expect(roundOrder(2)).toEqual(roundOrder(0));
  });

  it('gives the median with the lowest and highest reading, the readings kept in order', () => {
    expect(spreadOf([60, 13, 45, 7, 20])).toEqual({ median: 20, min: 7, max: 60, values: [60, 13, 45, 7, 20] });
  });

  it('judges the target on our median, not on one lucky or unlucky round', () => {
    expect(heartbeatVerdict(rounds([30, 200, 45], [40, 40, 40]), 50).met).toBe(true);
    expect(heartbeatVerdict(rounds([55, 20, 70], [40, 40, 40]), 50).met).toBe(false);
  });

  it("sets our median against the styled floor's, and each round's difference against its own floor", () => {
    // The floor swings; our part is what stays above it round by round.
    const verdict = heartbeatVerdict(rounds([60, 110, 70, 95, 65], [45, 100, 50, 80, 40]), 50);
    expect(verdict.excessMs).toBe(70 - 50);
    expect(verdict.pairedExcess).toMatchObject({ median: 15, min: 10, max: 25 });
    expect(verdict.subjects.unstyled.median).toBe(10);
    expect(verdict.subjects.bare.median).toBe(5);
    expect(verdict.rounds).toBe(5);
    // The thread-time figures are aggregated from their own readings.
    expect(verdict.longestTask.ours).toMatchObject({ median: 7, min: 6, max: 11 });
    expect(verdict.taskTime.styled.median).toBe(100);
    expect(verdict.longestTaskExcess).toMatchObject({ median: 1.5, min: 1, max: 2.5 });
  });

  it('refuses rounds where a subject has a reading missing, rather than pairing the wrong ones', () => {
    const two = readings([1, 2]);
    expect(() => heartbeatVerdict({ ours: two, styled: readings([1]), unstyled: two, bare: two }, 50)).toThrow(/1 readings of styled, 2 of ours/);
  });

  it('prints each subject with its range and the verdict read both ways', () => {
    const text = describeHeartbeat(heartbeatVerdict(rounds([60, 110, 70], [45, 100, 50]), 50)).join('\n');
    expect(text).toMatch(/Claimlens on the page\s+70 \(60–110\)\s+7 \(6–11\)\s+140 \(120–220\)/);
    expect(text).toMatch(/floor, styled.*\s50 \(45–100\)/);
    expect(text).toContain('heartbeat ≤ 50 ms: MISSED (our median of 3 rounds 70 ms)');
    expect(text).toContain('ours − styled floor: 20 ms of medians; per round 15 (10–20) ms; longest task per round 2 (1–2) ms');
  });
});
