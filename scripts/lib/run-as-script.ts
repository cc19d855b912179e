/**
 * Whether the module of `meta` is the script Node was asked to run (`tsx scripts/build.ts`), not
 * one imported by another. Compares paths, not URLs: a URL of a path with a space or a non-ASCII
 * letter is percent-encoded, so `import.meta.url` would never equal `file://` + the raw path and
 * the script would exit at once, doing nothing and reporting nothing.
 */
import { resolve } from 'node:path';

export function runAsScript(meta: ImportMeta): boolean {
  const invoked = process.argv[1];
  return invoked !== undefined && resolve(invoked) === resolve(meta.filename);
}
