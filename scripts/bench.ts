/**
 * `npm run bench`: times Claimlens's mention finding against the floor and two peers in
 * headless Chromium, prints a table and writes JSON + an HTML report under bench-results/.
 * A benchmark, not a test: it exits 0 whether or not the targets are met (1 only on a crash).
 */
import { relative, resolve } from 'node:path';
import { parseBenchArgs, USAGE } from './bench/args';
import { FULL_PLAN, QUICK_PLAN } from './bench/plan';
import { textReport } from './bench/report-text';
import { runBench } from './bench/run';
import { summarize } from './bench/summary';
import { writeResults } from './bench/write-results';

const root = resolve(import.meta.dirname, '..');
const args = parseBenchArgs(process.argv.slice(2));
if (args.help) {
  console.log(USAGE);
} else {
  const base = args.quick ? QUICK_PLAN : FULL_PLAN;
  const plan = args.allPeers ? { ...base, peerPageLimit: undefined } : base;
  const result = await runBench({ plan, generated: args.generated, log: (line) => console.log(line) });
  const summary = summarize(result);
  console.log(`\n${textReport(result, summary)}`);
  const written = writeResults(resolve(root, 'bench-results'), result, summary);
  console.log(`\nwrote ${relative(root, written.json)} and ${relative(root, written.html)}`);
}
