/**
 * Chromium's sheet keeps every rule of highlight-styles.css, each limited to the elements that
 * hold what is painted: the same highlights, properties and forced-colours block, no rule left
 * matching every element; the paths name those elements, and the root stands in when they are
 * too many to name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pathTo, scopeHighlightRules, scopesFor, ScopedHighlightSheet } from '../../../src/content/highlight-sheet';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/highlight-styles.css'), 'utf8');
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '');
/** Every selector of every style rule, and each rule's declarations. */
const rules = (text: string): { selectors: string[]; body: string }[] =>
  [...withoutComments(text).matchAll(/([^{}@]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({
    selectors: selectors!.split(',').map((s) => s.trim()),
    body: body!.trim(),
  }));

describe('scopeHighlightRules', () => {
  const scoped = scopeHighlightRules(css, [':root']);

  it('repeats each rule for every scope, and writes nothing with no scope', () => {
    const two = rules(scopeHighlightRules(css, [':root > body:nth-child(2)', ':root > head:nth-child(1)']));
    expect(two.flatMap((rule) => rule.selectors).length).toBe(2 * rules(css).flatMap((rule) => rule.selectors).length);
    expect(scopeHighlightRules(css, [])).toBe('');
  });

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

const rangeIn = (text: Node, end: Node = text): StaticRange => ({ startContainer: text, startOffset: 0, endContainer: end, endOffset: 1, collapsed: false });

describe('scopesFor', () => {
  it('names the element holding each range by its place, so the selector finds that element alone', () => {
    document.body.innerHTML = '<div><p>one</p><p>two <b>bold</b> end</p></div><p>three</p>';
    const [first, second] = [...document.querySelectorAll('div > p')] as HTMLElement[];
    const bold = second!.querySelector('b')!;
    const scopes = scopesFor([[rangeIn(first!.firstChild!), rangeIn(second!.firstChild!, bold.firstChild!)]]);
    expect(scopes.map((scope) => [...document.querySelectorAll(scope)])).toEqual([[first], [second]]);
  });

  it('names a shadow tree’s host, since the document’s rules reach its text through it', () => {
    document.body.innerHTML = '<p>before</p><section></section>';
    const host = document.querySelector('section')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside</p>';
    const [scope] = scopesFor([[rangeIn(root.querySelector('p')!.firstChild!)]]);
    expect([...document.querySelectorAll(scope!)]).toEqual([host]);
    // Text right under a shadow root, and in a root nested in another, is held by the outer host too.
    const bare = host.parentElement!.appendChild(document.createElement('aside'));
    const bareRoot = bare.attachShadow({ mode: 'open' });
    bareRoot.append('bare text', document.createElement('div'));
    const nested = bareRoot.querySelector('div')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<span>nested</span>';
    for (const text of [bareRoot.firstChild!, nested.querySelector('span')!.firstChild!]) {
      const [found] = scopesFor([[rangeIn(text)]]);
      expect([...document.querySelectorAll(found!)]).toEqual([bare]);
    }
  });

  it('leaves out ranges in removed content, and puts the rules on the root past a few dozen elements', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>${i}</p>`).join('');
    const paragraphs = [...document.querySelectorAll('p')];
    const gone = document.createElement('p');
    gone.textContent = 'gone';
    expect(scopesFor([[rangeIn(gone.firstChild!)]])).toEqual([]);
    expect(scopesFor([paragraphs.slice(0, 5).map((p) => rangeIn(p.firstChild!))])).toHaveLength(5);
    expect(scopesFor([paragraphs.map((p) => rangeIn(p.firstChild!))])).toEqual([':root']);
  });

  it('styles the ancestor at a bounded depth for text nested deeper', () => {
    document.body.innerHTML = '<div id="deep"></div>';
    let at: Element = document.getElementById('deep')!;
    for (let i = 0; i < 200; i++) at = at.appendChild(document.createElement('span'));
    at.textContent = 'bottom';
    const path = pathTo(at)!;
    const [styled] = [...document.querySelectorAll(path)];
    expect(styled).toBeDefined();
    expect(styled!.contains(at)).toBe(true);
    expect(styled).not.toBe(at);
  });
});

describe('ScopedHighlightSheet', () => {
  it('writes its rules once for painters covering their ranges together, naming the elements of both', () => {
    document.body.innerHTML = '<p>a claim</p><p>a name</p>';
    const [claim, name] = [...document.querySelectorAll('p')].map((p) => rangeIn(p.firstChild!));
    const scoped = new ScopedHighlightSheet(css);
    const claims = {};
    const names = {};
    const rewrite = vi.spyOn(scoped.sheet, 'replaceSync');
    scoped.batch(() => {
      scoped.cover(claims, [claim!]);
      scoped.cover(names, [name!]);
      expect(rewrite).not.toHaveBeenCalled();
    });
    expect(rewrite).toHaveBeenCalledTimes(1);
    const selectors = rules(rewrite.mock.calls[0]![0]).flatMap((rule) => rule.selectors);
    for (const p of document.querySelectorAll('p'))
      expect(selectors.some((selector) => document.querySelector(selector.replace(/::highlight\(.*\)$/, '')) === p)).toBe(true);
    // Outside a batch each change writes at once.
    scoped.cover(names, []);
    expect(rewrite).toHaveBeenCalledTimes(2);
  });
});
