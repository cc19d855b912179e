import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_SOURCE } from '../../../scripts/bench/page/engine-adapter';

const ENGINE = resolve(import.meta.dirname, '../../../src/engine/index.ts');

describe('the engine the bench measures', () => {
  it('is src/engine as soon as it exists, never the stand-in', () => {
    if (existsSync(ENGINE)) {
      // Fix: in scripts/bench/page/engine-adapter.ts import `../../../src/engine` instead of
      // `./stand-in-engine` (and delete stand-in-engine.ts).
      expect(ENGINE_SOURCE).toBe('src/engine');
    } else {
      expect(ENGINE_SOURCE).toMatch(/stand-in/);
    }
  });
});
