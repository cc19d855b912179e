/**
 * Everything a card shows is text, since quotes are untrusted input: a dataset whose quote, name and role hold
 * markup goes through the real builder, the card data, the ranking and the components, and
 * the markup is shown literally — no element is made from it, no handler runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { buildDataset } from '../../../src/data/build-dataset';
import { cardData } from '../../../src/data/card-data';
import { buildCardModel } from '../../../src/background/build-card-model';
import { QuoteCard } from '../../../src/ui/card/QuoteCard';
import { Sources } from '../../../src/pages/Sources';
import { Stakeholders } from '../../../src/pages/Stakeholders';
import { seedsOnly } from '../data/support/seeds-only';

const root = resolve(import.meta.dirname, '../../..');
const file = (suffix: string) => `tests/fixtures/data/markup-quote${suffix}`;

async function markupDataset() {
  return buildDataset(
    seedsOnly([
      {
        article: { file: file('.txt'), bytes: new Uint8Array(readFileSync(resolve(root, file('.txt')))) },
        annotations: { file: file('.annotations.json'), content: readFileSync(resolve(root, file('.annotations.json')), 'utf8') },
      },
    ]),
  );
}

const MARKUP = `<img src=x onerror=document.title=/pwned/.source>`;

describe('untrusted text', () => {
  let container: HTMLElement;
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('is shown literally in the card', async () => {
    const dataset = await markupDataset();
    const model = buildCardModel(
      { text: 'drug consumption room', context: 'A drug consumption room opened.' },
      cardData(dataset),
      'chrome-extension://x/pages/sources.html',
    );
    container = document.body.appendChild(document.createElement('div'));
    render(<QuoteCard model={model} maxHeight={600} onClose={() => undefined} onOpenSource={() => undefined} onDisableSite={() => undefined} />, container);
    expect(container.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(container.textContent).toContain(`${MARKUP} is what the critics posted, and <b>bold</b> claims need evidence.`);
    expect(container.textContent).toContain('Jo <i>Bloggs</i>');
    expect(container.textContent).toContain('Mayor <script>alert(1)</script>');
    expect(document.title).not.toBe('pwned');
  });

  it('is shown literally on the sources and stakeholders pages', async () => {
    const dataset = await markupDataset();
    container = document.body.appendChild(document.createElement('div'));
    render(<Sources data={dataset} currentId="bloggs-markup" />, container);
    expect(container.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(container.querySelector('mark.current')?.textContent).toBe(`${MARKUP} is what the critics posted, and <b>bold</b> claims need evidence.`);
    render(<Stakeholders data={dataset} />, container);
    expect(container.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(container.textContent).toContain('Mayor <script>alert(1)</script>');
  });
});
