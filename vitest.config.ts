import { defineConfig } from 'vitest/config';
import { cardDataModule, debateModule, lexiconModule, topicSieveModule } from './vite.config';

const e2e = (browser: 'chromium' | 'firefox') => ({
  test: {
    name: `e2e-${browser}`,
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    env: { E2E_BROWSER: browser },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the dwell and timing behaviour under test needs the CPU.
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/browser-count-reporter.ts'],
    projects: [
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        plugins: [cardDataModule(), lexiconModule(), debateModule(), topicSieveModule()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/fake-browser.ts'],
        },
      },
      e2e('chromium'),
      e2e('firefox'),
    ],
  },
});
