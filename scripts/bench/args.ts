/** The command line of `npm run bench`, read with node:util's parseArgs. */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  quick: boolean;
  /** Generated pages even when ../shared/corpus/pages exists. */
  generated: boolean;
  /** mark.js and advanced-mark.js on every page, not a sample (about half an hour). */
  allPeers: boolean;
  /** Which parts run: the engine against its floor and peers, the extension on hostile pages, what the extension costs a page. */
  engine: boolean;
  hostile: boolean;
  /** Of the hostile part, only the many-mentions page's heartbeat against the browser's floor (Chromium). */
  heartbeatOnly: boolean;
  pageCost: boolean;
  /** An unpacked Chromium build to measure this one against, interleaved, instead of the floors (`--against <dir>`). */
  against: string | undefined;
  help: boolean;
}

export const USAGE = `usage: npm run bench [-- --quick] [--generated] [--all-peers] [--engine-only | --hostile-only | --heartbeat-only | --page-cost-only]
                     [--against <dir>]

  --quick      12 pages spread over the size range, the peers on 6 of them up to 300 KB,
               fewer runs (a minute or two for the engine half); page cost: one round, no trace
  --generated  run on generated pages even when ../shared/corpus/pages is there
  --all-peers  run mark.js and advanced-mark.js on every page, not 16 spread over the
               size range (with the bundled lexicon that takes about half an hour)
  --engine-only     only the engine against its floor and peers (no extension build)
  --hostile-only    only the built extension on the heavy hostile pages, in Chromium and
                    Firefox (builds it first; 3 s storms with --quick)
  --heartbeat-only  only the 50,000-mention page's heartbeat in Chromium: Claimlens, the
                    browser's floor styled and unstyled, and the page alone, in 7 interleaved
                    rounds (5 with --quick), medians and ranges (builds it first)
  --page-cost-only  only what the built extension adds to the largest corpus pages'
                    main-thread time, beside the floor any extension with the same
                    content-script declarations pays, with its traced breakdown (builds it first)
  --against <dir>   the page cost of this build against another unpacked Chromium build
                    (say a copy of dist/chrome from before a change), interleaved in the same
                    rounds with no extension, instead of the floors and the trace; only the page
                    cost runs (about 15 minutes, 5 with --quick)
  --help       this text

Prints tables and writes bench-results/<time>.json and latest.json, bench-results/hostile-<time>.json
(also hostile-latest.json) and bench-results/page-cost-<time>.json (also page-cost-latest.json).`;

const ONLY = ['engine-only', 'hostile-only', 'heartbeat-only', 'page-cost-only'] as const;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean', default: false },
        generated: { type: 'boolean', default: false },
        'all-peers': { type: 'boolean', default: false },
        'engine-only': { type: 'boolean', default: false },
        'hostile-only': { type: 'boolean', default: false },
        'heartbeat-only': { type: 'boolean', default: false },
        'page-cost-only': { type: 'boolean', default: false },
        against: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`);
  }
  const only = ONLY.filter((flag) => values[flag]);
  if (only.length > 1) throw new Error(`${only.map((flag) => `--${flag}`).join(' and ')} exclude each other\n\n${USAGE}`);
  if (values.against !== undefined && only.some((flag) => flag !== 'page-cost-only'))
    throw new Error(`--against measures the page cost only: not with --${only[0]}\n\n${USAGE}`);
  const all = only.length === 0 && values.against === undefined;
  return {
    quick: values.quick,
    generated: values.generated,
    allPeers: values['all-peers'],
    engine: all || values['engine-only'],
    hostile: all || values['hostile-only'] || values['heartbeat-only'],
    heartbeatOnly: values['heartbeat-only'],
    pageCost: all || values['page-cost-only'] || values.against !== undefined,
    against: values.against,
    help: values.help,
  };
}
