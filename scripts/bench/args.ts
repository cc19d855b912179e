/** The command line of `npm run bench`. */

export interface BenchArgs {
  quick: boolean;
  /** Generated pages even when ../shared/corpus/pages exists. */
  generated: boolean;
  /** mark.js and advanced-mark.js on every page, not a sample (about half an hour). */
  allPeers: boolean;
  /** Which halves run: the engine against its floor and peers, the extension on hostile pages. */
  engine: boolean;
  hostile: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench [-- --quick] [--generated] [--all-peers] [--engine-only | --hostile-only]

  --quick      12 pages spread over the size range, the peers on 6 of them up to 300 KB,
               fewer runs (a minute or two for the engine half)
  --generated  run on generated pages even when ../shared/corpus/pages is there
  --all-peers  run mark.js and advanced-mark.js on every page, not 16 spread over the
               size range (with the bundled lexicon that takes about half an hour)
  --engine-only   only the engine against its floor and peers (no extension build)
  --hostile-only  only the built extension on the heavy hostile pages, in Chromium and
               Firefox (builds it first; 3 s storms with --quick)
  --help       this text

Prints tables and writes bench-results/<time>.json and .html (also latest.json, latest.html)
and bench-results/hostile-<time>.json (also hostile-latest.json).`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, generated: false, allPeers: false, engine: true, hostile: true, help: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--generated') args.generated = true;
    else if (arg === '--all-peers') args.allPeers = true;
    else if (arg === '--engine-only') args.hostile = false;
    else if (arg === '--hostile-only') args.engine = false;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n\n${USAGE}`);
  }
  if (!args.engine && !args.hostile) throw new Error(`--engine-only and --hostile-only exclude each other\n\n${USAGE}`);
  return args;
}
