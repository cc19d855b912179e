/** The command line of `npm run bench`. */

export interface BenchArgs {
  quick: boolean;
  /** Generated pages even when ../shared/corpus/pages exists. */
  generated: boolean;
  /** mark.js and advanced-mark.js on every page, not a sample (about half an hour). */
  allPeers: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench [-- --quick] [--generated] [--all-peers]

  --quick      12 pages spread over the size range, the peers on 6 of them up to 300 KB,
               fewer runs (a minute or two)
  --generated  run on generated pages even when ../shared/corpus/pages is there
  --all-peers  run mark.js and advanced-mark.js on every page, not 16 spread over the
               size range (with the bundled lexicon that takes about half an hour)
  --help       this text

Prints a table and writes bench-results/<time>.json and .html (also latest.json, latest.html).`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, generated: false, allPeers: false, help: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--generated') args.generated = true;
    else if (arg === '--all-peers') args.allPeers = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n\n${USAGE}`);
  }
  return args;
}
