/**
 * The words the rules against false claims read, used in another sense, leave a claim standing:
 * an effort in vain before a call ("has done little…, so the law must change"), a word of
 * displacement that postpones or introduces ("verschoben", "más allá de"), a dateline in
 * capitals before a change word, a service named before a comma, kept-alive and kept-in-addiction
 * words said of the room itself or as adjectives, a negative subject before a dash, Italian "ne"
 * ("of it") where folding cannot tell it from "né".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/data/lexicon-schema';
import { claimsIn } from './support/claims-in';

const STILL_MADE: readonly (readonly [string, Lang, string])[] = [
  ['Decades of arrests have done little to curb drug use, so the law must change.', 'en', 'change-law'],
  ['Más allá del debate político, la sala ha reducido las jeringuillas en los portales.', 'es', 'reduce-public-harm'],
  ['Die Eröffnung wurde verschoben, doch seitdem ist die Zahl der Spritzen im Park gesunken.', 'de', 'reduce-public-harm'],
  ['NEW YORK — Fewer people have died of overdoses near the two supervised consumption sites, city officials said.', 'en', 'save-lives'],
  ['Since opening in 2021, ambulance call-outs for overdoses in the city centre have fallen by half.', 'en', 'save-lives'],
  ['Seit Monaten steht die Forderung nach einem Drogenkonsumraum im Raum, jetzt muss die Stadt ihn endlich genehmigen.', 'de', 'allow-facility'],
  ['No one says the room has solved everything — it has simply cut overdose deaths in the city by half.', 'en', 'save-lives'],
  // Italian "ne" ("of it"), which folding cannot tell from "né" (nor), denies nothing.
  ['Il proibizionismo è fallito, e le carceri piene di tossicodipendenti ne sono la prova, dice la garante dei detenuti.', 'it', 'current-approach-failing'],
  ['Prima dell’apertura della stanza i residenti contavano cento siringhe a settimana nel parco; oggi ne trovano cinque.', 'it', 'reduce-public-harm'],
];

const NOT_MADE: readonly (readonly [string, Lang, string])[] = [
  ['A Câmara mantém o apoio às pessoas que vivem na rua junto à sala de consumo.', 'pt', 'save-lives'],
  ['De gemeente houdt de gebruiksruimte met subsidie in leven.', 'nl', 'save-lives'],
  ['Ohne die Förderung wäre unser Konsumraum längst tot.', 'de', 'save-lives'],
  ['The Glasgow facility targets people with entrenched addiction who inject in public.', 'en', 'prevent-not-facilitate'],
  ['Der Konsumraum gibt Menschen Halt, die in ihrer Sucht gefangen sind.', 'de', 'prevent-not-facilitate'],
  ['Het rapport bevestigt dat de gebruiksruimte mensen in hun verslaving bereikt.', 'nl', 'prevent-not-facilitate'],
];

describe('the rules’ words in another sense', () => {
  it('leave the claim made', () => {
    for (const [text, lang, claim] of STILL_MADE) expect(claimsIn(text, lang), text).toContain(claim);
  });
  it('make no claim of their own', () => {
    for (const [text, lang, claim] of NOT_MADE) expect(claimsIn(text, lang), text).not.toContain(claim);
  });
});
