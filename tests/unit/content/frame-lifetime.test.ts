import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame, topHostFromAncestors } from '../../../src/content/frame-lifetime';
import { writeSettings } from '../../../src/platform/settings-store';

const list = (...origins: string[]): DOMStringList =>
  Object.assign([...origins], { contains: (s: string) => origins.includes(s), item: (i: number) => origins[i] ?? null });

describe('the top page’s host, from a subframe', () => {
  it('is the last ancestor origin’s host', () => {
    expect(topHostFromAncestors(list('https://ads.example.net', 'https://news.example.org'))).toBe('news.example.org');
  });

  it('is unknown (not an exception) under an opaque-origin top page, or where the browser does not say', () => {
    expect(topHostFromAncestors(list('null'))).toBeNull();
    expect(topHostFromAncestors(list())).toBeNull();
    expect(topHostFromAncestors(undefined)).toBeNull();
  });
});

describe('runFrame in a subframe under an opaque-origin top page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts its features once a site is disabled', async () => {
    await writeSettings({ disabledSites: ['elsewhere.example'] });
    vi.stubGlobal('top', {}); // a subframe: its top is another window
    Object.defineProperty(location, 'ancestorOrigins', { value: list('null'), configurable: true });
    const started: string[] = [];
    const feature: Feature = { name: 'probe', init: () => started.push('probe') };
    await expect(runFrame([feature])).resolves.toBeDefined();
    expect(started).toEqual(['probe']);
  });
});
