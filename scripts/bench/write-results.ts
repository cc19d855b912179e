/** Writes one run's JSON and HTML report under bench-results/ (git-ignored). */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlReport } from './report-html';
import type { Summary } from './summary';
import type { BenchResult } from './types';

export function writeResults(dir: string, result: BenchResult, summary: Summary): { json: string; html: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `${stamp}.json`);
  const html = join(dir, `${stamp}.html`);
  writeFileSync(json, JSON.stringify({ ...result, summary }, null, 2) + '\n');
  writeFileSync(html, htmlReport(result, summary));
  copyFileSync(json, join(dir, 'latest.json'));
  copyFileSync(html, join(dir, 'latest.html'));
  return { json, html };
}
