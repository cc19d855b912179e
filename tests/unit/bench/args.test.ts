import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args';

describe('parseBenchArgs', () => {
  it('runs every part by default, and one part with its --…-only flag', () => {
    expect(parseBenchArgs([])).toEqual({
      quick: false,
      generated: false,
      allPeers: false,
      engine: true,
      hostile: true,
      heartbeatOnly: false,
      pageCost: true,
      against: undefined,
      help: false,
    });
    expect(parseBenchArgs(['--quick', '--generated', '--all-peers'])).toMatchObject({
      quick: true,
      generated: true,
      allPeers: true,
      engine: true,
      hostile: true,
      pageCost: true,
    });
    expect(parseBenchArgs(['--engine-only'])).toMatchObject({ engine: true, hostile: false, pageCost: false });
    expect(parseBenchArgs(['--hostile-only'])).toMatchObject({ engine: false, hostile: true, heartbeatOnly: false, pageCost: false });
    expect(parseBenchArgs(['--heartbeat-only', '--quick'])).toMatchObject({ engine: false, hostile: true, heartbeatOnly: true, pageCost: false, quick: true });
    expect(parseBenchArgs(['--page-cost-only', '--quick'])).toMatchObject({ engine: false, hostile: false, pageCost: true, quick: true });
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('measures this build against another only on the page cost, with or without --page-cost-only', () => {
    expect(parseBenchArgs(['--against', '/tmp/before'])).toMatchObject({ engine: false, hostile: false, pageCost: true, against: '/tmp/before' });
    expect(parseBenchArgs(['--page-cost-only', '--against', 'old/chrome', '--quick'])).toMatchObject({
      engine: false,
      pageCost: true,
      against: 'old/chrome',
      quick: true,
    });
    expect(() => parseBenchArgs(['--engine-only', '--against', 'old/chrome'])).toThrow(/--against measures the page cost only/);
    expect(() => parseBenchArgs(['--against'])).toThrow(/usage: npm run bench/);
  });

  it('refuses two parts that exclude each other', () => {
    expect(() => parseBenchArgs(['--engine-only', '--hostile-only'])).toThrow(/--engine-only and --hostile-only exclude each other/);
    expect(() => parseBenchArgs(['--hostile-only', '--page-cost-only'])).toThrow(/exclude each other/);
    expect(() => parseBenchArgs(['--hostile-only', '--heartbeat-only'])).toThrow(/exclude each other/);
  });

  it('rejects an unknown argument or a stray value with the usage, rather than running the full bench', () => {
    expect(() => parseBenchArgs(['--quik'])).toThrow(/'--quik'[\s\S]*usage: npm run bench/);
    expect(() => parseBenchArgs(['quick'])).toThrow(/usage: npm run bench/);
  });
});
