import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args';

describe('parseBenchArgs', () => {
  it('reads each flag', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, generated: false, allPeers: false, engine: true, hostile: true, help: false });
    expect(parseBenchArgs(['--quick', '--generated', '--all-peers'])).toEqual({ quick: true, generated: true, allPeers: true, engine: true, hostile: true, help: false });
    expect(parseBenchArgs(['--engine-only'])).toMatchObject({ engine: true, hostile: false });
    expect(parseBenchArgs(['--hostile-only'])).toMatchObject({ engine: false, hostile: true });
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('refuses to run nothing', () => {
    expect(() => parseBenchArgs(['--engine-only', '--hostile-only'])).toThrow(/exclude each other/);
  });

  it('rejects an unknown argument with the usage, rather than running the full bench', () => {
    expect(() => parseBenchArgs(['--quik'])).toThrow(/unknown argument "--quik"[\s\S]*usage: npm run bench/);
  });
});
