/**
 * The page's balance: whom it quotes, whom it only names, whom on record it leaves out. The
 * voices and paragraphs are ours; the rules are the panel's (src/panel/page-balance.ts).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { pageBalance, voicesOnRecord, type FoundName, type Voice } from '../../../src/panel/page-balance';

const VOICES: Voice[] = [
  { id: 'ada', name: 'Ada Brennan', kind: 'person', side: 'for' },
  { id: 'rui', name: 'Rui Okafor', kind: 'person', side: 'for' },
  { id: 'ministry', name: 'Ministry of Care', kind: 'office', side: 'against' },
  { id: 'greens', name: 'Greens', kind: 'group', side: 'other' },
];
const names = (voices: Voice[]) => voices.map((v) => v.name);

describe('pageBalance', () => {
  it('tells whom a page quotes from whom it only names, and lists the voices on record it leaves out', () => {
    const balance = pageBalance(
      [
        'Ada Brennan runs the clinic beside the proposed drug consumption room. “It would keep people alive,” Brennan said.',
        'The council member Rui Okafor was at the meeting about the drug consumption room.',
      ],
      VOICES,
      [
        { id: 'ada', text: 'Ada Brennan' },
        { id: 'rui', text: 'Rui Okafor' },
      ],
    );
    expect(names(balance.quoted)).toEqual(['Ada Brennan']);
    expect(names(balance.named)).toEqual(['Rui Okafor']);
    expect(names(balance.missing)).toEqual(['Ministry of Care', 'Greens']);
  });

  it('finds the speaker before the quotation, after it, through a pronoun and in an office’s spokesperson', () => {
    const balance = pageBalance(
      [
        'Rui Okafor told reporters: “We have waited long enough for a consumption room.” She added: “Every month costs lives.”',
        '“The law has not changed,” a Ministry of Care spokeswoman said of the drug consumption room.',
      ],
      VOICES,
      [
        { id: 'rui', text: 'Rui Okafor' },
        { id: 'ministry', text: 'Ministry of Care' },
      ],
    );
    expect(names(balance.quoted)).toEqual(['Rui Okafor', 'Ministry of Care']);
  });

  it('does not take a surname for a person the page never names', () => {
    const balance = pageBalance(['“A drug consumption room is overdue,” Brennan said, a neighbour of the site.'], VOICES, []);
    expect(balance.quoted).toEqual([]);
    expect(balance.named).toEqual([]);
  });

  it('does not look for a one-word group name, which says too little about whose it is', () => {
    const balance = pageBalance(['“We back the drug consumption room,” the Greens said.'], VOICES, []);
    expect(names(balance.missing)).toContain('Greens');
  });

  it('takes the names the page’s finder found as named, in any form of address it accepted, and quotes by those forms', () => {
    const found: FoundName[] = [
      { id: 'ada', text: 'Ada Brennan' },
      { id: 'ada', text: 'Dr Brennan' },
      { id: 'greens', text: 'the Greens' },
    ];
    const balance = pageBalance(
      [
        'Ada Brennan runs the clinic beside the proposed drug consumption room.',
        'Dr Brennan told the meeting: “Open it this winter.” The Greens have backed the drug consumption room too.',
      ],
      VOICES,
      found,
    );
    expect(names(balance.quoted)).toEqual(['Ada Brennan']);
    // A one-word group the finder found is named, though the page's words alone would say too little.
    expect(names(balance.named)).toEqual(['Greens']);
    expect(names(balance.missing)).toEqual(['Rui Okafor', 'Ministry of Care']);
  });

  it('names no one the finder did not find, even by their full name in the paragraphs', () => {
    const balance = pageBalance(['Rui Okafor, a florist of the same name, sells tulips near the drug consumption room.'], VOICES, []);
    expect(balance.named).toEqual([]);
    expect(names(balance.missing)).toContain('Rui Okafor');
  });

  it('quotes a voice by a form the finder found, where the page’s words alone would say too little', () => {
    const balance = pageBalance(['“We back the drug consumption room,” the Greens said.'], VOICES, [{ id: 'greens', text: 'the Greens' }]);
    expect(names(balance.quoted)).toEqual(['Greens']);
  });

  it('reads each paragraph once, however many items share it', () => {
    const paragraph = 'Ada Brennan said: “Open the drug consumption room.” She added: “And the second drug consumption room.”';
    expect(names(pageBalance([paragraph, paragraph], VOICES, [{ id: 'ada', text: 'Ada Brennan' }]).quoted)).toEqual(['Ada Brennan']);
  });
});

describe('voicesOnRecord', () => {
  it('takes the dataset’s stakeholders with items, framings resolved, each on the side its items take', () => {
    const voices = voicesOnRecord(dataset);
    const side = (id: string) => voices.find((v) => v.id === id)?.side;
    expect(side('alison-thewliss')).toBe('for');
    expect(side('home-office')).toBe('against');
    expect(side('scottish-tories')).toBe('other');
    // A framing ("police chiefs") is the commissioners' voice, not one of its own.
    expect(voices.map((v) => v.id)).not.toContain('police-chiefs');
    // A stakeholder with no item of its own is not on record.
    expect(voices.map((v) => v.id)).not.toContain('victoria-atkins');
  });
});
