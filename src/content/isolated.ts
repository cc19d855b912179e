/**
 * Runs one feature's or listener's code so that a throw is reported and goes no further: a
 * bug in one feature must not stop the others, nor the scan that calls them.
 */
export function isolated(what: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    console.debug(`[claimlens] ${what}`, error);
  }
}
