/**
 * Runs one feature's or listener's code so that a throw is reported and goes no further: a
 * bug in one feature must not stop the others, nor the scan that calls them. Each failure is
 * reported once (as refined-github does): a listener that fails on every change of mentions
 * would otherwise fill the console.
 */
const reported = new Set<string>();

export function isolated(what: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    const key = `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    if (reported.has(key)) return;
    reported.add(key);
    console.debug(`[claimlens] ${what}`, error);
  }
}
