/** Writes one run's JSON under bench-results/ (git-ignored); the printed tables are the report. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from './summary';
import type { BenchResult } from './types';

export function writeResults(dir: string, result: BenchResult, summary: Summary): { json: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `${stamp}.json`);
  writeFileSync(json, JSON.stringify({ ...result, summary }, null, 2) + '\n');
  copyFileSync(json, join(dir, 'latest.json'));
  return { json };
}
