/**
 * What the card and the pages say about the seed article, rendered from the real dataset:
 * voices before items, "did not back" apart from "opposed", inferred stances with their basis,
 * the reporter's "police chiefs" as the commissioners' voice, roles and positions as reported,
 * "undated", and the reporter's aside elided on the card but whole on the sources page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import cardData from 'virtual:claimlens/card-data';
import { dataset } from '../../../src/data/dataset';
import { buildCardModel } from '../../../src/background/build-card-model';
import { QuoteCard } from '../../../src/ui/card/QuoteCard';
import { Sources } from '../../../src/pages/Sources';
import { Stakeholders } from '../../../src/pages/Stakeholders';

const SOURCES = 'chrome-extension://x/pages/sources.html';
let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

function showCard(context: string): HTMLElement {
  const model = buildCardModel({ text: 'drug consumption room', context }, cardData, SOURCES);
  container = document.body.appendChild(document.createElement('div'));
  render(
    <QuoteCard
      model={{ ...model, initiallyShown: model.items.length }}
      maxHeight={4000}
      onClose={() => undefined}
      onOpenSource={() => undefined}
      onDisableSite={() => undefined}
    />,
    container,
  );
  return container;
}

const entryWith = (root: HTMLElement, words: string) => [...root.querySelectorAll('.entry')].find((e) => e.textContent.includes(words))!;

describe('the card', () => {
  it('counts voices first and items second, each stance apart, in words', () => {
    const card = showCard('Glasgow wants a drug consumption room.');
    const legend = [...card.querySelectorAll('.legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['✓ 7 voices supported (10 items)', '✕ 2 voices opposed (3 items)', '⊘ 1 voice did not back (1 item)']);
    expect(card.querySelector('.legend')?.getAttribute('aria-label')).toContain('voices are distinct stakeholders');
  });

  it('says the Tories did not back the proposal, not that they opposed it', () => {
    const card = showCard('The Tories in the Scottish Parliament.');
    const tories = [...card.querySelectorAll('.entry')].find((e) => e.querySelector('.name')?.textContent === 'Tories')!;
    expect(tories.textContent).toContain('bar the Tories');
    expect(tories.querySelector('.stance')?.textContent).toBe('⊘ Did not back');
    expect(tories.textContent).not.toMatch(/oppose/i);
  });

  it('marks the Home Office quote’s stance as inferred and shows the words it comes from', () => {
    const quote = entryWith(showCard('The Home Office.'), 'We must prevent drug use');
    expect(quote.querySelector('.stance')?.textContent).toBe('✕ Opposed · inferred from context');
    expect(quote.querySelector('.basis')?.textContent).toBe('Stance from the article: ‘…the Home Office’s resistance to the so-called shooting galleries…’');
    expect(quote.querySelector('.meta')?.textContent).not.toMatch(/statement/);
  });

  it('gives the Home Office no role the article does not give it: its spokesman is on the quote, not on its resistance', () => {
    const card = showCard('The Home Office resisted the shooting galleries.');
    const resistance = entryWith(card, 'resistance to the so-called shooting galleries');
    expect(resistance.textContent).not.toMatch(/spokesman/i);
    expect(resistance.querySelector('.role')).toBeNull();
    expect(entryWith(card, 'We must prevent drug use').textContent).toContain('A Home Office spokesman said');
  });

  it('shows the reporter’s “police chiefs” as the article’s description of the three commissioners, with its basis', () => {
    const chiefs = entryWith(showCard('Police chiefs back it.'), 'backed by police chiefs in England and Wales');
    expect(chiefs.querySelector('.name')?.textContent).toBe('Police chiefs in England and Wales');
    expect(chiefs.querySelector('.framing')?.textContent).toMatch(
      /^The article’s description of Arfon Jones, Ron Hogg, David Jamieson — an identity inferred from: ‘Force bosses south of the border have called on/,
    );
    expect(chiefs.querySelector('.framing')?.textContent).toContain('‘welcomed the police boss’s intervention’');
  });

  it('says roles and positions are as reported, in the past tense, and “undated” where the article gives no date', () => {
    const card = showCard('Glasgow wants a drug consumption room.');
    expect(card.querySelector('.as-reported')?.textContent).toBe('From 1 article. Roles and positions as the article reported them; it gives no date.');
    const thewliss = entryWith(card, 'cannot be proceed');
    expect(thewliss.querySelector('.role')?.textContent).toBe('MP for Glasgow Central, as reported');
    expect(thewliss.querySelector('.stance')?.textContent).toBe('✓ Supported');
    // "told the National" names no medium: no "interview".
    expect(thewliss.querySelector('.meta')?.textContent).toMatch(/^Quote“She added”the National \(outlet inferred\)undated/);
    expect(card.textContent).not.toMatch(/date unknown|interview/);
  });

  it('elides the reporter’s “(pictured, right)” as […], telling screen readers why', () => {
    const call = entryWith(showCard('Force bosses called on the Minister.'), 'Force bosses south of the border');
    expect(call.querySelector('.reported')?.textContent).toContain(
      'Victoria Atkins […] (a reporter’s aside, left out here; the sources page has the full text), to drop',
    );
    expect(call.textContent).not.toContain('pictured');
  });
});

describe('the stakeholders page', () => {
  it('lists voices, not the reporter’s description, and gives the commissioners the items the description was given', () => {
    container = document.body.appendChild(document.createElement('div'));
    render(<Stakeholders data={dataset} />, container);
    const names = [...container.querySelectorAll('.people > li h2')].map((h) => h.textContent.trim());
    expect(names).not.toContain('Police chiefs in England and Wales');
    const jones = container.querySelector('li#arfon-jones')!;
    expect(jones.querySelector('.positions')?.textContent).toBe('✓ Supported (4 items)');
    expect(jones.textContent).toContain('Here as “Police chiefs in England and Wales”.');
    expect(jones.textContent).toContain(
      'The article also describes them as “Police chiefs in England and Wales” — an identity inferred from: ‘Force bosses south of the border',
    );
    expect(jones.textContent).toContain('(as reported in the article)');
  });

  it('shows “did not back”, “no position stated” and every item’s note', () => {
    container = document.body.appendChild(document.createElement('div'));
    render(<Stakeholders data={dataset} />, container);
    expect(container.querySelector('li#scottish-tories .positions')?.textContent).toBe('⊘ Did not back (1 item)');
    expect(container.querySelector('li#scottish-tories')?.textContent).toContain('The article says only that they were not among the parties that backed it');
    expect(container.querySelector('li#victoria-atkins .positions')?.textContent).toBe('○ No position stated');
    expect(container.querySelector('li#home-office')?.textContent).toContain(
      'Stance from the article: ‘…the Home Office’s resistance to the so-called shooting galleries…’',
    );
  });
});

describe('the sources page', () => {
  it('shows the full text, the stance’s basis, the medium’s words and copy buttons for each item', () => {
    container = document.body.appendChild(document.createElement('div'));
    render(<Sources data={dataset} currentId="force-bosses-call-on-minister" />, container);
    const call = container.querySelector('li#force-bosses-call-on-minister')!;
    expect(call.querySelector('.quote')?.textContent).toContain('Victoria Atkins (pictured, right), to drop');
    const letter = container.querySelector('li#commissioners-deeply-concerned')!;
    expect(letter.textContent).toContain('letter — the article says: “In a letter to Atkins”');
    expect(letter.querySelector('.basis')?.textContent).toMatch(/^Stance from the article: /);
    expect([...call.querySelectorAll('.cite button')].map((b) => b.textContent)).toEqual(['Plain text', 'Markdown', 'CSL-JSON']);
    expect(container.querySelector('.facts')?.textContent).toContain('undated');
  });

  it('shows the claims each item speaks to, and the words a position rests on when they are not the item’s own', () => {
    container = document.body.appendChild(document.createElement('div'));
    render(<Sources data={dataset} currentId={null} />, container);
    const claimsOf = (id: string) => [...container.querySelectorAll(`li#${id} .claims li`)].map((li) => li.textContent);
    expect(claimsOf('thewliss-law-enforcement-save-lives')).toEqual([
      '✓ Supported Drug consumption rooms save lives and reduce drug deaths.',
      '✓ Supported Addiction is a medical matter, not a criminal one.',
    ]);
    expect(claimsOf('tories-did-not-back-glasgow-dcr')).toEqual([
      '⊘ Did not back A drug consumption room should be allowed to open, as a pilot (as in Glasgow).',
    ]);
    const [prevent] = claimsOf('home-office-prevent-drug-use');
    expect(prevent).toBe(
      '✓ Supported · inferred from context Drug use should be prevented rather than made safer. On this claim, from the article: ‘…We must prevent drug use in our communities.…’ ‘…the Home Office’s resistance to the so-called shooting galleries…’',
    );
  });
});
