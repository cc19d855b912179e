/** The incremental scanner: rescans only what changed and keeps its mentions right. */
import { describe, expect, it } from 'vitest';
import { MentionScanner } from '../../../src/engine';
import { COMPILED, mount, rangeText } from './support/dom';

function scannerOn(html: string): { root: HTMLElement; scanner: MentionScanner; texts: () => string[] } {
  const root = mount(html);
  const scanner = new MentionScanner(root, COMPILED);
  scanner.work(() => false);
  return { root, scanner, texts: () => scanner.mentions().map((m) => rangeText(m.range)) };
}

/** Feeds a MutationObserver-like record by hand, as the content script's watcher does. */
function settle(scanner: MentionScanner): void {
  expect(scanner.work(() => false)).toBe(true);
}

describe('MentionScanner', () => {
  it('re-reads edited text', () => {
    const { root, scanner, texts } = scannerOn('<main><article><p>First story: a drug consumption room opens.</p></article></main>');
    expect(texts()).toEqual(['drug consumption room']);
    const text = root.querySelector('p')!.firstChild as Text;
    text.data = 'First story, updated: a safe consumption site opens.';
    scanner.textChanged(text);
    settle(scanner);
    expect(texts()).toEqual(['safe consumption site']);
  });

  it('annotates appended blocks and drops removed ones', () => {
    const { root, scanner, texts } = scannerOn('<main id="feed"><article><p>A drug consumption room.</p></article></main>');
    const feed = root.querySelector('main')!;
    const article = document.createElement('article');
    article.innerHTML = '<p>An overdose prevention centre.</p>';
    feed.append(article);
    scanner.childrenChanged(feed, [article], false);
    settle(scanner);
    expect(texts()).toEqual(['drug consumption room', 'overdose prevention centre']);
    feed.firstElementChild!.remove();
    scanner.childrenChanged(feed, [], true);
    expect(texts()).toEqual(['overdose prevention centre']);
  });

  it('re-reads a paragraph whose inline markup changed', () => {
    const { root, scanner, texts } = scannerOn('<p>Second story: an overdose prevention centre.</p>');
    const p = root.querySelector('p')!;
    p.innerHTML = 'Second story: an <em>overdose</em> prevention centre.';
    scanner.childrenChanged(p, [...p.childNodes], true);
    settle(scanner);
    expect(texts()).toEqual(['overdose prevention centre']);
  });
});
