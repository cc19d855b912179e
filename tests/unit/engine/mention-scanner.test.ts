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

/** Runs `change` and feeds the scanner its mutation records, as the content script's watcher does. */
function mutate(root: Node, scanner: MentionScanner, change: () => void): void {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  change();
  for (const record of observer.takeRecords()) {
    if (record.type === 'characterData') scanner.textChanged(record.target);
    else scanner.childrenChanged(record);
  }
  observer.disconnect();
}

function settle(scanner: MentionScanner): void {
  expect(scanner.work(() => false)).toBe(true);
}

describe('MentionScanner', () => {
  it('re-reads edited text', () => {
    const { root, scanner, texts } = scannerOn('<main><article><p>First story: a drug consumption room opens.</p></article></main>');
    expect(texts()).toEqual(['drug consumption room']);
    const text = root.querySelector('p')!.firstChild as Text;
    mutate(root, scanner, () => (text.data = 'First story, updated: a safe consumption site opens.'));
    settle(scanner);
    expect(texts()).toEqual(['safe consumption site']);
  });

  it('annotates appended blocks and drops removed ones', () => {
    const { root, scanner, texts } = scannerOn('<main id="feed"><article><p>A drug consumption room.</p></article></main>');
    const feed = root.querySelector('main')!;
    const article = document.createElement('article');
    article.innerHTML = '<p>An overdose prevention centre.</p>';
    mutate(root, scanner, () => feed.append(article));
    settle(scanner);
    expect(texts()).toEqual(['drug consumption room', 'overdose prevention centre']);
    mutate(root, scanner, () => feed.firstElementChild!.remove());
    expect(texts()).toEqual(['overdose prevention centre']);
  });

  it('re-reads a paragraph whose inline markup changed', () => {
    const { root, scanner, texts } = scannerOn('<p>Second story: an overdose prevention centre.</p>');
    const p = root.querySelector('p')!;
    mutate(root, scanner, () => (p.innerHTML = 'Second story: an <em>overdose</em> prevention centre.'));
    settle(scanner);
    expect(texts()).toEqual(['overdose prevention centre']);
  });

  it('re-reads the prose around a block inserted into it, and merged when the block goes', () => {
    const { root, scanner, texts } = scannerOn('<div>drug consumption <span>room</span> and more</div>');
    const div = root.querySelector('div')!;
    const block = document.createElement('p');
    block.textContent = 'a block';
    mutate(root, scanner, () => div.insertBefore(block, div.querySelector('span')));
    settle(scanner);
    expect(texts()).toEqual([]);
    mutate(root, scanner, () => block.remove());
    settle(scanner);
    expect(texts()).toEqual(['drug consumption room']);
  });

  it('keeps one mention for a block moved into new content, wherever it lands', () => {
    const { root, scanner, texts } = scannerOn('<main><section><p>A drug consumption room.</p></section><section><p>Garden news.</p></section></main>');
    const [first, second] = root.querySelectorAll('section');
    const wrapper = document.createElement('div');
    mutate(root, scanner, () => {
      wrapper.append(first!.querySelector('p')!);
      second!.append(wrapper);
    });
    settle(scanner);
    expect(texts()).toEqual(['drug consumption room']);
    // Appended again later, with nothing removed: the new block is read, the moved one kept once.
    const next = document.createElement('p');
    next.textContent = 'An overdose prevention centre.';
    mutate(root, scanner, () => second!.append(next));
    settle(scanner);
    expect(texts()).toEqual(['drug consumption room', 'overdose prevention centre']);
    mutate(root, scanner, () => root.querySelector('main')!.append(wrapper));
    settle(scanner);
    expect(texts()).toEqual(['overdose prevention centre', 'drug consumption room']);
  });
});
