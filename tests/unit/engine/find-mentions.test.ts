import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileLexicon, findMentions } from '../../../src/engine';
import { checkLexicon } from '../../../src/data/lexicon-schema';
import { contextAround } from '../../../src/engine/match-context';
import { COMPILED, LEXICON, mentionsIn, mount, rangeText } from './support/dom';

describe('findMentions', () => {
  it('reports each mention with its term, language and paragraph', () => {
    const root = mount('<p>In Frankfurt gibt es <b>Drogen</b>konsumräume.</p>');
    const [mention] = findMentions(root, compileLexicon(LEXICON));
    expect(mention).toMatchObject({ text: 'Drogenkonsumräume', term: 'Drogenkonsumraum', lang: 'de', context: 'In Frankfurt gibt es Drogenkonsumräume.' });
    root.remove();
  });

  it('prefers the longest term at the leftmost position', () => {
    expect(mentionsIn('<p>A medically supervised injecting centre and a consumption room for drugs.</p>')).toEqual([
      'medically supervised injecting centre',
      'consumption room',
    ]);
  });

  it('reads a term whose words are separated by bidi marks as one mention, marks and all', () => {
    expect(mentionsIn('<p dir="rtl">סימנים: drug\u200e consumption\u200e room\u200e ליד התחנה.</p>')).toEqual(['drug\u200e consumption\u200e room']);
  });

  it('leaves editable content out, and finds what is around it', () => {
    expect(
      mentionsIn(
        '<div contenteditable="true"><p>My draft on a drug consumption room.</p></div>' +
          '<p>A drug consumption room <span contenteditable="">typed safe injection site</span> opened.</p>' +
          '<p contenteditable="false">A supervised injection site, read only.</p>',
      ),
    ).toEqual(['drug consumption room', 'supervised injection site']);
    const root = mount('<div contenteditable="true"><div id="host"></div></div><p>Beside it a supervised injection site.</p>');
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>A drug consumption room in an editor.</p>';
    expect(findMentions(root, compileLexicon(LEXICON)).map((m) => m.text)).toEqual(['supervised injection site']);
    root.remove();
  });

  it('matches only whole words', () => {
    expect(mentionsIn('<p>DCRx and xDCR and narcosalas2, but a DCR for heroin users.</p>')).toEqual(['DCR']);
  });

  it('counts short forms only in capitals', () => {
    expect(mentionsIn('<p>A drug consumption room. My sis said the dcr was OK; the DCR was open.</p>')).toEqual(['drug consumption room', 'DCR']);
    expect(mentionsIn("<p>Two DCRs, one OPS, OPSs, the OPS’s nurses and the OPS's staff reverse overdoses.</p>")).toEqual([
      'DCRs',
      'OPS',
      'OPSs',
      'OPS',
      'OPS',
    ]);
    expect(mentionsIn('<p>Dcrs and ops and Ops reverse overdoses.</p>')).toEqual([]);
  });

  it('counts an ambiguous form with a strong cue nearby, or an unambiguous mention in its story', () => {
    expect(mentionsIn('<p>The injection site was sore after the flu jab.</p>')).toEqual([]);
    expect(mentionsIn('<p>The injection site serves people who inject drugs.</p>')).toEqual(['injection site']);
    // Generic words alone ("drug", "police", "heroin") say too little.
    expect(mentionsIn('<p>The injection site is near the police station, where heroin was seized.</p>')).toEqual([]);
    expect(mentionsIn('<p>The injection site opened.</p><p>Later: drug consumption rooms elsewhere.</p>')).toEqual([
      'injection site',
      'drug consumption rooms',
    ]);
  });

  it('learns short forms a page defines in parentheses, for the whole document', () => {
    expect(mentionsIn('<p>Die DKR sind offen.</p><p>Drogenkonsumräume (DKR) helfen.</p><p>Zwei DKRs mehr.</p>')).toEqual([
      'DKR',
      'Drogenkonsumräume',
      'DKR',
      'DKRs',
    ]);
    // A parenthesis that does not abbreviate the mention defines nothing.
    expect(mentionsIn('<p>Drug consumption rooms (UK) work. The UK agrees.</p>')).toEqual(['Drug consumption rooms']);
    // Any white space may stand before the parenthesis (a line break, NBSP, an ideographic space); nothing else may.
    const reasons = (html: string) => {
      const root = mount(html);
      const found = findMentions(root, COMPILED).map((m) => [m.text, m.reason.kind]);
      root.remove();
      return found;
    };
    for (const space of ['', '\n ', '\u00a0', '\u3000']) {
      expect(reasons(`<p>Drug consumption rooms${space}(DCRs) opened.</p>`)).toEqual([
        ['Drug consumption rooms', 'unambiguous'],
        ['DCRs', 'defined'],
      ]);
    }
    expect(reasons('<p>Drug consumption rooms, (DCRs) opened.</p>')).toEqual([
      ['Drug consumption rooms', 'unambiguous'],
      ['DCRs', 'clear-mention'],
    ]);
  });

  it('learns short forms a lead word brings in, in any of the languages, held to the same letters', () => {
    const reasons = (html: string) => {
      const root = mount(html);
      const found = findMentions(root, COMPILED).map((m) => [m.text, m.reason.kind]);
      root.remove();
      return found;
    };
    // The short form right after its definition reads "defined"; one merely beside a clear mention reads "clear-mention".
    const shortForm = (html: string): string | undefined => reasons(html).at(-1)?.[1];
    expect(shortForm('<p>Drug consumption rooms, or DCRs, are planned.</p>')).toBe('defined');
    expect(shortForm('<p lang="nl">De Engelse term is drug consumption room, of kortweg DCR.</p>')).toBe('defined');
    expect(shortForm('<p lang="de">Drogenkonsumräume (kurz: DKR) gibt es in Berlin.</p>')).toBe('defined');
    expect(shortForm('<p lang="de">Drogenkonsumräume, abgekürzt DKR, gibt es in Berlin.</p>')).toBe('defined');
    expect(shortForm('<p>Supervised injection sites, also known as SIS, opened.</p>')).toBe('defined');
    expect(shortForm('<p lang="fr">Les salles de consommation à moindre risque, dites SCMR, ouvrent.</p>')).toBe('defined');
    // Without a lead word, or with letters that are not the long form's, nothing is defined.
    expect(shortForm('<p>Drug consumption rooms, DCRs, are planned.</p>')).toBe('clear-mention');
    expect(shortForm('<p>Drug consumption rooms, or OPCs, are planned.</p>')).toBe('clear-mention');
  });

  it('keeps the prose around a finding with every run of white space folded to one space', () => {
    const reference = (raw: string, from: number, to: number): string => raw.slice(from, to).replace(/\s+/g, ' ').trim();
    const unit = fc.constantFrom('a', 'b', '.', ' ', ' ', '\n', '\t', '\r', '\u000b', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 2500 }), fc.nat(), fc.nat(), (units, a, b) => {
        const raw = units.join('');
        const start = a % (raw.length + 1);
        const end = start + (b % (raw.length - start + 1));
        const from = Math.max(0, Math.min(start - 500, raw.length - 1000));
        expect(contextAround(raw, start, end)).toBe(reference(raw, from, Math.max(end, from + 1000)));
      }),
      { numRuns: 500 },
    );
  });

  it('detects only the languages it is asked for', () => {
    const english = compileLexicon(LEXICON, { languages: ['en'] });
    expect(mentionsIn('<p>Drogenkonsumräume and drug consumption rooms.</p>', english)).toEqual(['drug consumption rooms']);
  });

  it('rejects a bad lexicon with an error that says what is wrong, and ignores unknown languages', () => {
    const bad = { ...LEXICON, terms: [{ form: '', lang: 'xx', family: 'f', ambiguous: false }] };
    expect(() => checkLexicon(bad)).toThrow(/Invalid lexicon: .*terms/s);
    expect(compileLexicon(LEXICON, { languages: ['klingon', 'en'] } as never).languages).toEqual(['en']);
  });

  it('finds a term however it is split across inline elements, spaced and cased, and its range reads exactly as the page', () => {
    const lexicon = compileLexicon(LEXICON, { languages: ['en'] });
    const term = 'supervised injection facility';
    const space = fc.constantFrom(' ', '\u00a0', '\n', ' \t ', '-');
    const inline = fc.constantFrom('em', 'a', 'span', 'b', 'i');
    fc.assert(
      fc.property(
        fc.tuple(space, space),
        fc.array(fc.boolean(), { minLength: term.length, maxLength: term.length }),
        fc.array(fc.nat({ max: term.length }), { maxLength: 4 }),
        inline,
        fc.constantFrom('', 'x ', 'The '),
        (spaces, upper, cuts, tag, before) => {
          let written = term.replace(' ', spaces[0]).replace(' ', spaces[1]);
          written = Array.from(written, (c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
          const points = [...new Set(cuts)].sort((a, b) => a - b).filter((p) => p > 0 && p < written.length);
          const pieces = [0, ...points, written.length].slice(1).map((end, i, ends) => written.slice(i ? ends[i - 1] : 0, end));
          const root = mount('');
          const p = root.appendChild(document.createElement('p'));
          p.append(before);
          pieces.forEach((piece, i) => (i % 2 ? p.appendChild(document.createElement(tag)).append(piece) : p.append(piece)));
          p.append(' opened.');
          const found = findMentions(root, lexicon).map((m) => rangeText(m.range));
          root.remove();
          expect(found).toEqual([written]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
