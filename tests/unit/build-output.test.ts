/** Checks the output of `npm run build` (npm test builds before the unit tests run). */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
const dist = (...parts: string[]) => resolve(root, 'dist', ...parts);

describe.each(['chrome', 'firefox'] as const)('dist/%s', (browser) => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(dist(browser, 'manifest.json'))).toBe(true);
  });

  it.each(['content.js', 'content-main.js', 'content-card.js'])('has %s as one classic script with no import at run time', (file) => {
    const code = readFileSync(dist(browser, file), 'utf8');
    expect(code).not.toMatch(/(^|[;}\s])import\s*[\s{*"'`(]/);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).not.toMatch(/^export\s/m);
  });

  it('leaves the card’s view (its stylesheet, Preact) out of the main script, in the card script', () => {
    const cardStyles = /\.root\{all:initial/;
    expect(readFileSync(dist(browser, 'content-card.js'), 'utf8')).toMatch(cardStyles);
    expect(readFileSync(dist(browser, 'content-main.js'), 'utf8')).not.toMatch(cardStyles);
    expect(readFileSync(dist(browser, 'content-main.js'), 'utf8')).not.toContain('claimlens-card');
  });

  it('names only files that exist in its manifest', () => {
    const manifest = JSON.parse(readFileSync(dist(browser, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; css?: string[] }[];
      action: { default_popup: string };
      options_ui: { page: string };
      icons: Record<string, string>;
    };
    const files = [
      ...manifest.content_scripts.flatMap((s) => [...s.js, ...(s.css ?? [])]),
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons),
    ];
    for (const file of files) expect(existsSync(dist(browser, file)), file).toBe(true);
  });

  it('ships a store zip with the same manifest', () => {
    const zip = unzipSync(readFileSync(dist(`claimlens-${version}-${browser}.zip`)));
    expect(new TextDecoder().decode(zip['manifest.json'])).toBe(readFileSync(dist(browser, 'manifest.json'), 'utf8'));
    expect(Object.keys(zip)).toContain('content.js');
  });
});
