/**
 * What the shipped code could do, read from the build itself: no network API, no remote
 * address, no code from strings. (The e2e suite also watches real browsers for requests.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOf(path) : [path];
  });
}

/** XML namespaces are names, not addresses anything is fetched from. */
const NAMESPACES = new Set([
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
]);

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const files = filesOf(resolve(dist, browser)).filter((f) => /\.(js|html|css|json)$/.test(f));

  it('exists (run `npm run build` first)', () => {
    expect(files.some((f) => f.endsWith('content.js'))).toBe(true);
  });

  it('uses no network API', () => {
    const found = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const hits = code.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection|\bWebTransport\b/g) ?? [];
      return hits.map((hit) => `${file.slice(dist.length + 1)}: ${hit}`);
    });
    expect(found).toEqual([]);
  });

  it('names no remote address', () => {
    const found = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      // A concrete host: match patterns (http://*/*) and URL-parsing templates are not addresses.
      const urls = code.match(/\b(?:https?|wss?|ftp):\/\/[a-z0-9][^\s"'`)<>]*/gi) ?? [];
      return urls.filter((url) => !NAMESPACES.has(url)).map((url) => `${file.slice(dist.length + 1)}: ${url}`);
    });
    expect(found).toEqual([]);
  });

  it('builds no code from strings', () => {
    const found = files
      .filter((f) => f.endsWith('.js'))
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8');
        return (code.match(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]|setInterval\s*\(\s*["'`]/g) ?? []).map(
          (hit) => `${file}: ${hit}`,
        );
      });
    expect(found).toEqual([]);
  });

  it('keeps the default extension CSP (no remote script, no unsafe-eval)', () => {
    const manifest = JSON.parse(readFileSync(resolve(dist, browser, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
