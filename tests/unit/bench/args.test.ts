import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args';

describe('parseBenchArgs', () => {
  it('reads each flag', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, generated: false, allPeers: false, help: false });
    expect(parseBenchArgs(['--quick', '--generated', '--all-peers'])).toEqual({ quick: true, generated: true, allPeers: true, help: false });
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('rejects an unknown argument with the usage, rather than running the full bench', () => {
    expect(() => parseBenchArgs(['--quik'])).toThrow(/unknown argument "--quik"[\s\S]*usage: npm run bench/);
  });
});
