/**
 * `npm run bench`: times Claimlens's mention finding against the floor and two peers in
 * headless Chromium, then runs the built extension on the heavy hostile pages in Chromium and
 * Firefox, and measures what the extension adds to the largest corpus pages' main-thread time;
 * prints tables and writes JSON under bench-results/.
 * A benchmark, not a test: it exits 0 whether or not the targets are met (1 only on a crash).
 */
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseBenchArgs, USAGE } from './bench/args';
import { runHostileBench } from './bench/hostile';
import { pageCostReport, runPageCost } from './bench/page-cost';
import { abReport, runBuildComparison } from './bench/page-cost-ab';
import { FULL_PLAN, QUICK_PLAN } from './bench/plan';
import { textReport } from './bench/report-text';
import { runBench } from './bench/run';
import { summarize } from './bench/summary';
import { writeResults } from './bench/write-results';
import { buildAll } from './build';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'bench-results');
const log = (line: string): void => console.log(line);
const args = parseBenchArgs(process.argv.slice(2));
if (args.help) {
  console.log(USAGE);
} else {
  if (args.engine) {
    const base = args.quick ? QUICK_PLAN : FULL_PLAN;
    const plan = args.allPeers ? { ...base, peerPageLimit: undefined } : base;
    const result = await runBench({ plan, generated: args.generated, log });
    const summary = summarize(result);
    console.log(`\n${textReport(result, summary)}`);
    const written = writeResults(results, result, summary);
    console.log(`\nwrote ${relative(root, written.json)}\n`);
  }
  if (args.hostile || args.pageCost) {
    log('building the extension…');
    await buildAll();
  }
  if (args.hostile) {
    const hostile = await runHostileBench({ quick: args.quick, heartbeatOnly: args.heartbeatOnly, log });
    console.log(`\nhostile pages:\n${hostile.targets.map((t) => `${t.met ? 'MET   ' : 'MISSED'} ${t.label}: ${t.detail}`).join('\n')}`);
    mkdirSync(results, { recursive: true });
    const file = join(results, `hostile-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(hostile, null, 2) + '\n');
    copyFileSync(file, join(results, 'hostile-latest.json'));
    console.log(`\nwrote ${relative(root, file)}`);
  }
  if (args.against !== undefined) {
    const compared = await runBuildComparison({ againstDir: args.against, rounds: args.quick ? 1 : 3, log });
    if (compared) {
      console.log(`\n${abReport(compared)}`);
      mkdirSync(results, { recursive: true });
      const file = join(results, `page-cost-ab-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(compared, null, 2) + '\n');
      console.log(`\nwrote ${relative(root, file)}`);
    }
  } else if (args.pageCost) {
    const cost = await runPageCost({ rounds: args.quick ? 1 : 3, trace: !args.quick, log });
    if (cost) {
      console.log(`\nwhat Claimlens costs a page:\n${pageCostReport(cost)}`);
      mkdirSync(results, { recursive: true });
      const file = join(results, `page-cost-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(cost, null, 2) + '\n');
      copyFileSync(file, join(results, 'page-cost-latest.json'));
      console.log(`\nwrote ${relative(root, file)}`);
    }
  }
}
