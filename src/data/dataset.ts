/**
 * The dataset the extension ships: built from `seeds/` by `npm run build:dataset` (and by
 * every `npm run build`), checked against `Dataset` there, and bundled into each script that
 * imports this module, so nothing is fetched at run time.
 */
import generated from './dataset.generated.json';
import type { Dataset } from './dataset-schema';

// JSON imports type their strings as `string`; the build validated the file against `Dataset`
// and a unit test fails if the committed file no longer matches what the seeds build. (Via
// `unknown` because the claims' cue parts are inferred as a union of fixed shapes.)
export const dataset = generated as unknown as Dataset;
