/**
 * Chromium's sheet keeps every rule of highlight-styles.css, each limited to the root element:
 * the same highlights, properties and forced-colours block, no rule left matching every element.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopeHighlightRules } from '../../../src/content/highlight-sheet';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/highlight-styles.css'), 'utf8');
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '');
/** Every selector of every style rule, and each rule's declarations. */
const rules = (text: string): { selectors: string[]; body: string }[] =>
  [...withoutComments(text).matchAll(/([^{}@]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({
    selectors: selectors!.split(',').map((s) => s.trim()),
    body: body!.trim(),
  }));

describe('scopeHighlightRules', () => {
  const scoped = scopeHighlightRules(css, ':root');

  it('puts every highlight rule on the root element and on nothing else', () => {
    const selectors = rules(scoped).flatMap((rule) => rule.selectors);
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) expect(selector).toMatch(/^:root::highlight\(claimlens-[a-z-]+\)$/);
  });

  it('keeps the same highlights with the same declarations, forced colours included', () => {
    const original = rules(css).map(({ selectors, body }) => ({ selectors: selectors.map((s) => `:root${s}`), body }));
    expect(rules(scoped)).toEqual(original);
    expect(scoped).toContain('@media (forced-colors: active)');
    expect(scoped).not.toContain('/*');
  });
});
