/** Store zips, written with fflate: reproducible (fixed timestamps, sorted entries). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

function listFiles(dir: string): string[] {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop()!;
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else files.push(path);
    }
  }
  return files.sort();
}

export function zipDirectory(dir: string, zipFile: string): void {
  const entries: Zippable = {};
  for (const file of listFiles(dir)) {
    entries[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: FIXED_TIME }];
  }
  writeFileSync(zipFile, zipSync(entries, { level: 9 }));
}
