import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { EMPTY_SCRIPT, floorFiles, floorManifest, parsedNotRun, writeFloorExtension } from '../../../scripts/bench/floor-extension';
import { deriveManifest, type RootManifest } from '../../../scripts/manifest';

const root = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as RootManifest;
/** Our Chrome manifest as the build writes it. */
const ours = deriveManifest(root, 'chrome', '1.2.3') as { content_scripts: Record<string, unknown>[] };

/** What a script leaves in a fresh global scope when run there. */
function globalsAfter(script: string): string[] {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(script, sandbox);
  return Object.keys(sandbox);
}

describe('floor extension', () => {
  it('declares its content scripts exactly as our built manifest does, with only the script swapped', () => {
    for (const kind of ['empty', 'sized'] as const) {
      const floor = floorManifest(ours, kind) as { manifest_version: number; content_scripts: Record<string, unknown>[] };
      expect(floor.manifest_version).toBe(3);
      expect(floor.content_scripts).toHaveLength(ours.content_scripts.length);
      floor.content_scripts.forEach((entry, index) => {
        const declarations = Object.fromEntries(Object.entries(ours.content_scripts[index]!).filter(([key]) => key !== 'js'));
        const { js, ...floorDeclarations } = entry;
        expect(floorDeclarations).toEqual(declarations);
        expect(js).toEqual(kind === 'empty' ? ['floor.js'] : ours.content_scripts[index]!.js);
      });
    }
    // What makes it a floor of ours: every frame of every page, about:blank ones and fallbacks included, at idle.
    expect(floorManifest(ours, 'empty').content_scripts).toEqual([
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
        js: ['floor.js'],
      },
    ]);
  });

  it('keeps the world and globs, drops stylesheets, asks for no permissions', () => {
    const manifest = {
      content_scripts: [{ matches: ['<all_urls>'], exclude_globs: ['*admin*'], world: 'MAIN', js: ['a.js', 'b.js'], css: ['a.css'] }],
      permissions: ['storage'],
      host_permissions: ['<all_urls>'],
    };
    const floor = floorManifest(manifest, 'sized');
    expect(floor.content_scripts).toEqual([{ matches: ['<all_urls>'], exclude_globs: ['*admin*'], world: 'MAIN', js: ['a.js', 'b.js'] }]);
    expect(floor).not.toHaveProperty('permissions');
    expect(floor).not.toHaveProperty('host_permissions');
  });

  it('names the manifest and the entry when there is nothing to build a floor from', () => {
    expect(() => floorManifest({ name: 'x' }, 'empty', 'dist/chrome/manifest.json')).toThrow('dist/chrome/manifest.json: no content_scripts');
    expect(() => floorManifest({ content_scripts: [{ matches: ['<all_urls>'] }] }, 'empty', 'm.json')).toThrow('m.json: content_scripts[0] has no js files');
  });

  it('runs nothing: the empty script is one statement, the sized one parses our code but never calls it', () => {
    expect(EMPTY_SCRIPT.trim().split(';').filter(Boolean)).toHaveLength(1);
    expect(globalsAfter(EMPTY_SCRIPT)).toEqual([]);
    const source = '(function(){globalThis.ran = true})(); var declared = 1; // a last line comment';
    expect(globalsAfter(source)).toContain('ran');
    const wrapped = parsedNotRun(source);
    expect(globalsAfter(wrapped)).toEqual([]);
    expect(wrapped).toContain(source);
    expect(wrapped.length - source.length).toBeLessThan(24);
    // Still parsed: a syntax error in it is one (the sandbox's SyntaxError, another realm's class).
    expect(() => globalsAfter(parsedNotRun('let = ;'))).toThrow(/Unexpected token/);
  });

  it('carries each of our content scripts under its own name, wrapped, and a service worker the launcher can find', () => {
    const read = (file: string): string => `/* ${file} */ globalThis.ran = true;`;
    const sized = floorFiles(ours, 'sized', read);
    expect([...sized.keys()].sort()).toEqual(['background.js', 'content.js', 'manifest.json']);
    expect(sized.get('content.js')).toBe(parsedNotRun(read('content.js')));
    expect(globalsAfter(sized.get('content.js')!)).toEqual([]);
    const empty = floorFiles(ours, 'empty', () => {
      throw new Error('the empty floor reads none of our files');
    });
    expect([...empty.keys()].sort()).toEqual(['background.js', 'floor.js', 'manifest.json']);
    const manifest = JSON.parse(empty.get('manifest.json')!) as { background: unknown };
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('writes a loadable unpacked extension to a temp directory, outside the build', () => {
    const built = mkdtempSync(join(tmpdir(), 'floor-test-built-'));
    try {
      writeFileSync(join(built, 'manifest.json'), JSON.stringify(ours));
      writeFileSync(join(built, 'content.js'), 'globalThis.ran = true;');
      const dir = writeFloorExtension(built, 'sized');
      try {
        expect(dir.startsWith(tmpdir())).toBe(true);
        expect(readFileSync(join(dir, 'content.js'), 'utf8')).toBe(parsedNotRun('globalThis.ran = true;'));
        expect(existsSync(join(dir, 'background.js'))).toBe(true);
        expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(floorManifest(ours, 'sized'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect(() => writeFloorExtension(join(built, 'missing'), 'empty')).toThrow(/missing[/\\]manifest\.json/);
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });
});
