/** The command line of `npm run bench`. */

export interface BenchArgs {
  quick: boolean;
  /** Generated pages even when ../shared/corpus/pages exists. */
  generated: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench [-- --quick] [--generated]

  --quick      16 pages spread over the size range and fewer runs (about a minute or two)
  --generated  run on generated pages even when ../shared/corpus/pages is there
  --help       this text

Prints a table and writes bench-results/<time>.json and .html (also latest.json, latest.html).`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, generated: false, help: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--generated') args.generated = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n\n${USAGE}`);
  }
  return args;
}
