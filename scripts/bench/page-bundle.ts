/**
 * Builds the page-side bundle (page/entry.ts with the engine) with Vite into a temporary
 * folder, the same way the content script is built: one self-contained IIFE.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { topicSieveModule } from '../../vite.config';

const ENTRY = resolve(import.meta.dirname, 'page/entry.ts');

export async function buildPageBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  try {
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      plugins: [topicSieveModule()],
      // What the content script's build defines, in case engine code reads it.
      define: { __BROWSER__: JSON.stringify('chrome'), __VERSION__: JSON.stringify('bench') },
      build: {
        outDir,
        emptyOutDir: false,
        target: ['chrome121'],
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'claimlensBenchBundle', fileName: () => 'bench.js' },
      },
    });
    return readFileSync(join(outDir, 'bench.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A peer's browser build, wrapped so it defines a CommonJS export instead of `window.Mark`. */
export function peerScript(peer: 'markjs' | 'advancedMark'): string {
  const file = peer === 'markjs' ? 'mark.js/dist/mark.min.js' : 'advanced-mark.js/dist/mark.min.js';
  const source = readFileSync(resolve(import.meta.dirname, '../../node_modules', file), 'utf8');
  return `(function () { var module = { exports: {} }; var exports = module.exports;\n${source}\n;window.claimlensPeers = Object.assign(window.claimlensPeers || {}, { ${peer}: module.exports }); })();`;
}
