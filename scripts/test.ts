/**
 * `npm test`: everything CI checks, in order, stopping at the first failure.
 * Type-check, lint, format check, build, web-ext lint, unit tests, the precision/recall evaluation
 * of the built extension (scripts/eval.ts), then end-to-end tests in real Chromium and real Firefox
 * ESR (one browser at a time, so timing-sensitive behaviour gets the CPU).
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const STEPS: Step[] = [
  { name: 'type-check (extension)', command: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'type-check (scripts, tests)', command: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'format check', command: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'build', command: 'npx', args: ['tsx', 'scripts/build.ts'] },
  {
    name: 'web-ext lint (dist/firefox)',
    command: 'npx',
    args: ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--no-config-discovery'],
  },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run', '--project', 'unit'] },
  { name: 'evaluation (Chromium, Firefox ESR)', command: 'npx', args: ['tsx', 'scripts/eval.ts'] },
  {
    name: 'e2e tests (Chromium, Firefox ESR)',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'e2e-chromium', '--project', 'e2e-firefox', '--maxWorkers', '1'],
  },
];

const only = process.argv.slice(2);
const results: string[] = [];
for (const step of STEPS) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`  ${run.status === 0 ? '✔' : '✘'} ${step.name.padEnd(36)} ${seconds.padStart(6)} s`);
  if (run.status !== 0) {
    console.error(`\n${results.join('\n')}\n\n✘ ${step.name} failed (exit ${String(run.status ?? run.signal)}).`);
    process.exit(1);
  }
}
console.log(`\n${results.join('\n')}\n\n✔ all checks passed`);
