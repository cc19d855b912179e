/**
 * A question the next sentence answers with a reason ("… ? Because …", "… ? Omdat …") was asked to
 * be answered, as an explainer's heading is (src/engine/claims/questions.ts, `answersWhy`): it
 * asserts nothing, however rhetorically it is put, while the answer says what it says. Unanswered,
 * the same question still asserts.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, claimsIn, expectEach, type Said } from './support/claims-in';

const callsForRoom = claimOf('allow-facility');

const ANSWERED: readonly Said[] = [
  ['Warum darf Nürnberg nicht endlich einen Konsumraum eröffnen? Weil Bayern keine Verordnung dafür erlassen hat.', 'de'],
  ['Waarom kan Gent niet gewoon een gebruiksruimte openen? Omdat de drugswet van 1921 dat nog altijd verbiedt.', 'nl'],
  ['Porque é que Braga ainda não tem uma sala de consumo? Porque a câmara nunca pediu a licença ao Estado.', 'pt'],
];

describe('a question answered with a reason in the next sentence', () => {
  it('calls for nothing', () => expectEach(ANSWERED, callsForRoom, 'none'));
  it('leaves the answer’s own claim standing', () => {
    expect(claimsIn('Why has Italy no rooms? Because the drugs law must be changed first to allow a consumption room.', 'en')).toContain('change-law');
  });
  it('still asserts when nothing answers it', () =>
    expectEach(
      [
        ['Warum darf Nürnberg nicht endlich einen Konsumraum eröffnen? Die Zahl der Drogentoten steigt jedes Jahr.', 'de'],
        ['Waarom kan Gent niet gewoon een gebruiksruimte openen?', 'nl'],
        ['Porque é que Braga ainda não tem uma sala de consumo? A cidade espera há dez anos.', 'pt'],
      ],
      callsForRoom,
      'some',
    ));
  it('still asserts when the next sentence asks again, or the question does not ask why', () =>
    expectEach(
      [
        ['Quante persone devono ancora morire prima che il Comune apra una stanza del consumo? Perché il sindaco non si muove?', 'it'],
        ['How many more people have to die before Glasgow opens another consumption room? Because that is what this delay means.', 'en'],
      ],
      callsForRoom,
      'some',
    ));
});
