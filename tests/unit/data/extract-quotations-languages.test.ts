// @vitest-environment node
/**
 * The quotation extractor in the seven languages, on passages of our own writing in the
 * style of news reports on the drug-consumption-room debate (tests/fixtures/data/quotations):
 * each language's marks, reporting verbs before and after the quotation, "according to",
 * pronouns, and the hard cases — a scare quote around a word, a quotation inside a quotation,
 * a quotation nobody is named for, an attribution set between two halves of one statement.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractQuotations, type Quotation } from '../../../src/data/extract-quotations';
import { guessQuotationLanguage } from '../../../src/data/quotation-languages';
import { LANGS, type Lang } from '../../../src/data/lexicon-schema';

const passage = (lang: Lang): string => readFileSync(resolve(import.meta.dirname, '../../fixtures/data/quotations', `${lang}.txt`), 'utf8');

/** What a reader checks: the quoted words (their start), the kind, who said them and the pronoun that stood for them. */
const summary = (q: Quotation): [string, 'direct' | 'partial', string | null, string | null] => [
  q.text.slice(0, 24),
  q.kind === 'direct-quote' ? 'direct' : 'partial',
  q.speaker?.text ?? null,
  q.pronoun,
];

const EXPECTED: Record<Lang, ReturnType<typeof summary>[]> = {
  en: [
    ['A nurse told me: ‘We los', 'direct', 'the charity’s director, Ruth Adeyemi', null],
    ['shooting gallery', 'partial', null, null],
    ['We will keep the doors o', 'direct', 'the charity’s director, Ruth Adeyemi', 'she'],
    ['for as long as we are fu', 'direct', 'the charity’s director, Ruth Adeyemi', 'she'],
    ['No one should die alone.', 'direct', null, null],
  ],
  de: [
    ['Jeder Raum, den wir öffn', 'direct', 'Gesundheitsdezernentin Lea Brandt', null],
    ['Wir reden hier nicht übe', 'direct', 'Gesundheitsdezernentin Lea Brandt', 'sie'],
    ['Wir reden über Menschen,', 'direct', 'Gesundheitsdezernentin Lea Brandt', 'sie'],
    ['Magneten', 'partial', null, null],
    ['Seit Monaten liegen Spri', 'direct', 'Klaus Weber von der Bürgerinitiative Bahnhofsviertel', null],
    ['Ein Kollege sagte mir: ‚', 'direct', 'Polizeipräsident Jan Roth', null],
    ['deutlich ruhiger', 'partial', 'Roth', null],
    ['Die Zahlen sprechen für ', 'direct', 'Brandt', null],
    ['und sie werden jedes Jah', 'direct', 'Brandt', null],
    ['Niemand sollte allein st', 'direct', null, null],
  ],
  fr: [
    ['Nous avons évité des diz', 'direct', 'sa directrice, Claire Martin', null],
    ['Rien n’est acquis.', 'direct', 'sa directrice, Claire Martin', 'Elle'],
    ['Au début, les riverains ', 'direct', 'sa directrice, Claire Martin', 'elle'],
    ['salle de shoot', 'partial', null, null],
    ['fait ses preuves', 'partial', 'Le préfet Marc Duval', null],
    ['C’est une question de sa', 'direct', 'Le préfet Marc Duval', 'il'],
    ['pas une affaire de polic', 'direct', 'Le préfet Marc Duval', 'il'],
    ['Il faut en ouvrir d’autr', 'direct', 'l’association Gaïa', null],
    ['Personne ne devrait mour', 'direct', null, null],
  ],
  nl: [
    ['We zien dat mensen minde', 'direct', 'wethouder Sanne de Wit', null],
    ['Het is geen luxe,', 'direct', 'wethouder Sanne de Wit', 'ze'],
    ['Het is gewoon zorg.', 'direct', 'wethouder Sanne de Wit', 'ze'],
    ['eerder toegenomen', 'partial', 'buurtbewoner Kees Bakker', null],
    ['Een agent zei tegen mij:', 'direct', 'Bakker', null],
    ['spuithok', 'partial', null, null],
    ['Niemand hoort alleen te ', 'direct', null, null],
  ],
  es: [
    ['Cada noche abierta es un', 'direct', 'la coordinadora del servicio, Marta Puig', null],
    ['No es un problema de ord', 'direct', 'la coordinadora del servicio, Marta Puig', null],
    ['Es un problema de salud', 'direct', 'la coordinadora del servicio, Marta Puig', null],
    ['los vecinos necesitan ga', 'direct', 'el concejal Jordi Vidal', null],
    ['narcosala', 'partial', null, null],
    ['Un vecino me dijo: "Al m', 'direct', 'Vidal', null],
    ['Hay que invertir más', 'direct', 'Vidal', 'él'],
    ['no menos', 'direct', 'Vidal', 'él'],
    ['Nadie debería morir solo', 'direct', null, null],
  ],
  pt: [
    ['Evitámos dezenas de over', 'direct', 'a coordenadora, Ana Ferreira', null],
    ['Não é um favor a ninguém', 'direct', 'a coordenadora, Ana Ferreira', 'ela'],
    ['É saúde pública.', 'direct', 'a coordenadora, Ana Ferreira', 'ela'],
    ['mais de mil pessoas', 'partial', 'a Câmara Municipal', null],
    ['sala de chuto', 'partial', null, null],
    ['Um morador disse-me: “Ag', 'direct', 'O vereador Rui Costa', null],
    ['Precisamos de mais salas', 'direct', 'O vereador Rui Costa', null],
    ['e não de menos.', 'direct', 'O vereador Rui Costa', null],
    ['Ninguém deve morrer sozi', 'direct', null, null],
  ],
  it: [
    ['Ogni giorno senza una st', 'direct', 'l’assessora Giulia Rossi', null],
    ['Non chiediamo miracoli', 'direct', 'l’assessora Giulia Rossi', 'lei'],
    ['Chiediamo un servizio.', 'direct', 'l’assessora Giulia Rossi', 'lei'],
    ['Un medico mi ha detto: “', 'direct', 'Rossi', null],
    ['il quartiere non è pront', 'direct', 'Paolo Bianchi', null],
    ['narcosala', 'partial', null, null],
    ['È una scelta di salute', 'direct', 'Bianchi', null],
    ['non di ordine pubblico.', 'direct', 'Bianchi', null],
    ['Nessuno dovrebbe morire ', 'direct', null, null],
  ],
};

describe.each(LANGS)('extractQuotations in %s', (lang) => {
  const text = passage(lang);
  const scan = extractQuotations(text);

  it('tells the language from the text and pairs every mark', () => {
    expect(scan.language).toBe(lang);
    expect(scan.problems).toEqual([]);
  });

  it('finds every quotation, in order, with its kind and speaker as the passage names them', () => {
    expect(scan.quotations.map(summary)).toEqual(EXPECTED[lang]);
  });

  it('keeps each quotation verbatim, its offsets exact, without its marks', () => {
    for (const q of scan.quotations) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      // The marks are outside: an opening mark right before the words (a no-break space may stand between).
      expect(text.slice(0, q.start).trimEnd()).toMatch(/[“"„«»‘]$/u);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (q.attribution) expect(text.slice(q.attribution.start, q.attribution.end)).toBe(q.attribution.text);
    }
  });

  it('reads the same with the language given as with it guessed', () => {
    expect(extractQuotations(text, { language: lang }).quotations).toEqual(scan.quotations);
  });
});

describe('the hard cases, language by language', () => {
  const quotation = (lang: Lang, opens: string): Quotation => {
    const found = extractQuotations(passage(lang)).quotations.find((q) => q.text.startsWith(opens));
    if (!found) throw new Error(`${lang}: no quotation opens with ${opens}`);
    return found;
  };

  it('a scare quote around a word is a fragment nobody is quoted for', () => {
    for (const [lang, word] of [
      ['en', 'shooting gallery'],
      ['de', 'Magneten'],
      ['fr', 'salle de shoot'],
      ['nl', 'spuithok'],
      ['es', 'narcosala'],
      ['pt', 'sala de chuto'],
      ['it', 'narcosala'],
    ] as const) {
      expect(quotation(lang, word), lang).toMatchObject({ text: word, kind: 'partial-quote', speaker: null });
    }
  });

  it('a quotation inside a quotation stays inside it, and the outer speaker is the speaker', () => {
    expect(quotation('de', 'Ein Kollege').text).toContain('‚Ohne den Raum hätten wir doppelt so viele Notrufe.‘ Das deckt sich');
    expect(quotation('fr', 'Au début').text).toContain('“Pas chez nous”');
    expect(quotation('es', 'Un vecino').text).toContain('"Al menos ya no veo jeringuillas en el parque"');
    expect(quotation('nl', 'Een agent').text).toContain('‘Dit scheelt ons elke week ritten.’');
    expect(quotation('en', 'A nurse').speaker?.text).toBe('the charity’s director, Ruth Adeyemi');
  });

  it('an attribution between two halves of a statement speaks for both', () => {
    for (const [lang, first, second] of [
      ['en', 'We will keep', 'for as long as'],
      ['de', 'Die Zahlen', 'und sie werden'],
      ['fr', 'C’est une question', 'pas une affaire'],
      ['es', 'Hay que invertir', 'no menos'],
      ['pt', 'Precisamos de mais', 'e não de menos'],
      ['it', 'È una scelta', 'non di ordine'],
    ] as const) {
      const [a, b] = [quotation(lang, first), quotation(lang, second)];
      expect(b.speaker, lang).toEqual(a.speaker);
      expect(b.attribution, lang).toEqual(a.attribution);
      expect(b.kind, lang).toBe('direct-quote');
    }
  });

  it('a quotation standing alone in its paragraph has no speaker', () => {
    for (const lang of LANGS) expect(extractQuotations(passage(lang)).quotations.at(-1)!.speaker, lang).toBeNull();
  });

  it('resolves a pronoun, or a verb without its subject, to the last speaker named', () => {
    expect(quotation('fr', 'Au début')).toMatchObject({ pronoun: 'elle', attribution: { text: 'explique-t-elle' } });
    expect(quotation('it', 'Non chiediamo')).toMatchObject({ pronoun: 'lei', speaker: { text: 'l’assessora Giulia Rossi' } });
    expect(quotation('es', 'No es un problema')).toMatchObject({
      pronoun: null,
      attribution: { text: 'añadió' },
      speaker: { text: 'la coordinadora del servicio, Marta Puig' },
    });
  });

  it('reads German "so X", Dutch "aldus X", a verb-second sentence and "according to" before and after', () => {
    expect(quotation('de', 'Seit Monaten').attribution?.text).toBe('so Klaus Weber von der Bürgerinitiative Bahnhofsviertel');
    expect(quotation('nl', 'Een agent').attribution?.text).toBe('aldus Bakker');
    expect(quotation('de', 'Ein Kollege').attribution?.text).toBe('sagte Polizeipräsident Jan Roth');
    expect(quotation('de', 'deutlich ruhiger').attribution?.text).toBe('Laut Roth');
    expect(quotation('fr', 'Il faut en ouvrir').attribution?.text).toBe('selon l’association Gaïa');
    expect(quotation('it', 'il quartiere').attribution?.text).toBe('Secondo Paolo Bianchi');
  });
});

describe('quotation marks of every style', () => {
  it('tells a Dutch apostrophe from a closing single mark', () => {
    const { quotations, problems } = extractQuotations('‘De auto’s blijven ’s nachts staan,’ zei hij.', { language: 'nl' });
    expect(problems).toEqual([]);
    expect(quotations.map((q) => q.text)).toEqual(['De auto’s blijven ’s nachts staan,']);
  });

  it('leaves single marks alone in English that quotes with double ones, as the seed article does', () => {
    const text = 'The councillor’s “pilot” won support.\n\nThe police boss’s ‘intervention’ was welcomed.';
    expect(extractQuotations(text, { language: 'en' }).quotations.map((q) => q.text)).toEqual(['pilot']);
  });

  it('reads British single marks, with double ones inside, and tells a plural’s apostrophe from a closing mark', () => {
    const text = [
      '‘The nurses’ rota is ready, and the “quiet room” is too,’ said Ada Byrne, the council’s health lead.',
      'She added that the room was ‘a lifeline’ for users’ families.',
      '‘Parents’ groups asked for it,’ she said. ‘We listened.’',
    ].join('\n\n');
    const { quotations, problems } = extractQuotations(text, { language: 'en' });
    expect(problems).toEqual([]);
    expect(quotations.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.text ?? null }))).toEqual([
      { text: 'The nurses’ rota is ready, and the “quiet room” is too,', kind: 'direct-quote', speaker: 'Ada Byrne' },
      { text: 'a lifeline', kind: 'partial-quote', speaker: 'Ada Byrne' },
      { text: 'Parents’ groups asked for it,', kind: 'direct-quote', speaker: 'Ada Byrne' },
      { text: 'We listened.', kind: 'direct-quote', speaker: 'Ada Byrne' },
    ]);
  });

  it('reads British single marks past apostrophes that end a word: elisions, a plural before a stop', () => {
    const read = (text: string) => extractQuotations(text, { language: 'en' }).quotations.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null }));
    expect(read('‘We played rock ’n’ roll in the ’90s and nobody cared,’ said Dr Amy Patel, a nurse.')).toEqual([
      { text: 'We played rock ’n’ roll in the ’90s and nobody cared,', speaker: 'Dr Amy Patel' },
    ]);
    expect(read('‘This is thanks to the nurses’,’ said Dr Amy Patel.')).toEqual([{ text: 'This is thanks to the nurses’,', speaker: 'Dr Amy Patel' }]);
  });

  it('keeps double marks leading when a single one is a slip (‘90s) or a word’s sense (so-called ‘…’)', () => {
    const read = (text: string) => extractQuotations(text, { language: 'en' }).quotations.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null }));
    const quote = [{ text: 'It saves lives,', speaker: 'Dr Amy Patel' }];
    expect(read('In the ‘90s the city opened a room. “It saves lives,” said Dr Amy Patel. The nurses’ rota was long.')).toEqual(quote);
    expect(read('The so-called ‘fixing room’ opened in May.\n\n“It saves lives,” said Dr Amy Patel.')).toEqual(quote);
  });

  it('tells every plural’s apostrophe in a long British paragraph from the one closing mark', () => {
    const text = `‘${'the nurses’ rota '.repeat(3_000)}ends,’ said Dr Amy Patel.`;
    const [quotation, ...rest] = extractQuotations(text, { language: 'en' }).quotations;
    expect(rest).toEqual([]);
    expect(quotation!.text.endsWith('rota ends,')).toBe(true);
    expect(quotation!.speaker?.text).toBe('Dr Amy Patel');
  });

  it('reports a French quotation that is never closed, and a German one closed twice', () => {
    const open = 'Elle a déclaré : « Ça marche.\n\nPersonne n’a rien ajouté.';
    expect(extractQuotations(open, { language: 'fr' }).problems).toEqual([
      { offset: open.indexOf('«'), reason: 'this quotation mark opens a quotation that is never closed' },
    ]);
    const nested = 'Er sagte: „Wir „müssen“ handeln“.';
    expect(extractQuotations(nested, { language: 'de' }).problems).toEqual([
      { offset: nested.indexOf('„', 12), reason: 'an opening quotation mark inside a quotation that is still open (nested quotations take single marks)' },
      { offset: nested.lastIndexOf('“'), reason: 'this quotation mark opens a quotation that is never closed' },
    ]);
  });

  it('reads German »…« as well as „…“', () => {
    const [only] = extractQuotations('»Wir brauchen den Raum«, sagte die Ärztin Eva Lang.', { language: 'de' }).quotations;
    expect(only).toMatchObject({ text: 'Wir brauchen den Raum', kind: 'direct-quote', speaker: { text: 'die Ärztin Eva Lang' } });
  });

  it('carries an open quotation into the next paragraph that opens with the same mark', () => {
    const text = 'La ministra ha detto: «Apriremo la sala a gennaio.\n\n«Poi valuteremo i risultati.»';
    const quotations = extractQuotations(text, { language: 'it' }).quotations;
    expect(quotations.map((q) => [q.continued, q.speaker?.text])).toEqual([
      [false, 'La ministra'],
      [true, 'La ministra'],
    ]);
  });
});

describe('guessQuotationLanguage', () => {
  it('names English for a text too short to tell', () => {
    expect(guessQuotationLanguage('“Yes.”')).toBe('en');
  });

  it('tells the languages apart by their frequent words', () => {
    expect(guessQuotationLanguage('Die Stadt sagte, dass der Raum nicht mit der Polizei arbeitet.')).toBe('de');
    expect(guessQuotationLanguage('O espaço não é para os vizinhos, disse a coordenadora da associação.')).toBe('pt');
    expect(guessQuotationLanguage('Il sindaco ha detto che la struttura non è pronta per il quartiere.')).toBe('it');
  });
});
