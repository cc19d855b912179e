/** Prints how many tests ran, passed and failed in each Vitest project (unit, each browser). */
import type { Reporter, TestModule } from 'vitest/node';

export default class BrowserCountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of modules) {
      const entry = counts.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') entry.passed++;
        else if (state === 'failed') entry.failed++;
        else entry.skipped++;
      }
      counts.set(module.project.name, entry);
    }
    const lines = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `  ${name.padEnd(14)} ${c.passed + c.failed + c.skipped} ran: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`,
      );
    if (lines.length) process.stdout.write(`\nTests per project:\n${lines.join('\n')}\n`);
  }
}
