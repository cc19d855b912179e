/** Headless Chromium for timing runs: no extension, precise timers, no outside network. */
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserExecutable, CHROMIUM_ARGS } from '../lib/launch-browser';

export function launchBenchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: browserExecutable('chromium'),
    headless: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
    // A peer on a large page can run for minutes inside one evaluate().
    protocolTimeout: 900_000,
    args: [
      ...CHROMIUM_ARGS,
      // gc() between runs, so one run's garbage is not collected inside the next.
      '--js-flags=--expose-gc',
      // The corpus pages point at remote assets; fail those at once instead of waiting on DNS.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}
