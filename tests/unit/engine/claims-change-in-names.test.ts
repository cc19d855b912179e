/**
 * A change word inside a name says no change (src/engine/claims/sentence.ts, `changeInNamesBlanked`):
 * "the Lower East Side" lowers nothing, "Reggio Calabria" calms nothing. The same word outside a
 * name, opening the sentence, in a title-case headline or in German (which capitalises every noun)
 * still counts.
 */
import { describe, expect, it } from 'vitest';
import { measuredIn } from './support/claims-in';

describe('a change word inside a name', () => {
  it('is no change: a place or a body whose name holds it makes no measured claim', () => {
    for (const [text, lang] of [
      ['Tenants from the Lower East Side walked the streets around the consumption room on Saturday morning.', 'en'],
      ['The Clear Water Trust met in a church hall across the street from the supervised injection site.', 'en'],
      ['Residents near Lower Falls Road say the streets around the injecting room are their main worry.', 'en'],
      ['A Reggio Calabria i residenti chiedono più sicurezza nelle strade attorno alla stanza del consumo.', 'it'],
      ['Os moradores da Cidade Baixa querem saber o que muda nas ruas à volta da sala de consumo.', 'pt'],
    ] as const)
      expect(measuredIn(text, lang), text).toEqual([]);
  });

  it('still counts outside a name, opening the sentence, or in a title-case headline', () => {
    for (const [text, lang] of [
      ['Since the consumption room opened, the Lower East Side has seen fewer needles in its streets.', 'en'],
      ['Fewer needles lie in the streets of the East Village since the supervised injection site opened.', 'en'],
      ['Fewer Needles On The Streets Since The Injection Room Opened, Residents Say', 'en'],
      ['Desde que abrió la sala de consumo hay menos jeringuillas en las calles del Raval, dice la Guardia Urbana.', 'es'],
    ] as const)
      expect(measuredIn(text, lang), text).toContain('reduce-public-harm');
  });

  it('still counts in German, where every noun is capitalised', () => {
    const text = 'Seit der Konsumraum offen ist, meldet die Polizei am Bahnhof einen Rückgang Offener Drogenszenen und weniger Spritzen auf den Straßen.';
    expect(measuredIn(text, 'de'), text).toContain('reduce-public-harm');
  });
});
