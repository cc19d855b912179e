/**
 * Stakeholders' names in prose of our own writing: full names anywhere in a story about the
 * topic, a form of address only after the full name in the same story (and not once someone
 * else of that surname has been named), never a surname or a role alone.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { FORMS_OF_ADDRESS, stakeholderNames } from '../../../src/data/stakeholder-names';
import { compileNames, findStakeholders } from '../../../src/engine/find-stakeholders';

const compiled = compileNames(stakeholderNames(dataset), FORMS_OF_ADDRESS);

/** Each text is one prose context; all in one story unless a story is given. */
function namesIn(...texts: (string | [string, number])[]): [string, string][] {
  const prose = texts.map((t, owner) => (typeof t === 'string' ? { text: t, owner, story: 0 } : { text: t[0], owner, story: t[1] }));
  return findStakeholders(prose, compiled).map((f) => [f.text, f.stakeholderId]);
}

describe('stakeholder names from the dataset', () => {
  it('derives people and proper-named offices, and no description, single word or framing', () => {
    const names = stakeholderNames(dataset);
    expect(names).toContainEqual({ id: 'arfon-jones', name: 'Arfon Jones', surname: 'Jones' });
    expect(names).toContainEqual({ id: 'alison-thewliss', name: 'Alison Thewliss', surname: 'Thewliss' });
    expect(names).toContainEqual({ id: 'home-office', name: 'Home Office', surname: null });
    const ids = names.map((n) => n.id);
    for (const id of ['uk-government', 'glasgow-council', 'glasgow-health-board', 'scottish-tories', 'police-chiefs', 'scottish-parliament-parties'])
      expect(ids).not.toContain(id);
  });
});

describe('findStakeholders', () => {
  it('finds full names and the Home Office, with offsets', () => {
    const text = 'Alison Thewliss wrote to the Home Office on Tuesday.';
    const [first, second] = findStakeholders([{ text, owner: 0, story: 0 }], compiled);
    expect(first).toMatchObject({ stakeholderId: 'alison-thewliss', form: 'name', text: 'Alison Thewliss' });
    expect(text.slice(second!.start, second!.end)).toBe('Home Office');
  });

  it('takes a form of address only after the full name, in the same story, in every language', () => {
    expect(namesIn('Ms Thewliss spoke first.', 'Alison Thewliss then answered.')).toEqual([['Alison Thewliss', 'alison-thewliss']]);
    expect(namesIn('Arfon Jones signed the letter.', 'Mr Jones said more would follow.')).toEqual([
      ['Arfon Jones', 'arfon-jones'],
      ['Mr Jones', 'arfon-jones'],
    ]);
    expect(namesIn('Alison Thewliss sprach.', 'Frau Thewliss forderte eine Ausnahme.')).toContainEqual(['Frau Thewliss', 'alison-thewliss']);
    expect(namesIn('Alison Thewliss a parlé.', 'Mme Thewliss demande une exemption.')).toContainEqual(['Mme Thewliss', 'alison-thewliss']);
    expect(namesIn('Arfon Jones schreef.', 'Volgens de heer Jones werkt het.')).toContainEqual(['de heer Jones', 'arfon-jones']);
    expect(namesIn('Alison Thewliss habló.', 'La señora Thewliss pidió una exención.')).toContainEqual(['señora Thewliss', 'alison-thewliss']);
    expect(namesIn('Alison Thewliss falou.', 'A senhora Thewliss pediu uma isenção.')).toContainEqual(['senhora Thewliss', 'alison-thewliss']);
    expect(namesIn('Alison Thewliss ha parlato.', 'La signora Thewliss chiede una deroga.')).toContainEqual(['signora Thewliss', 'alison-thewliss']);
    // Another story named her; this one did not.
    expect(namesIn(['Alison Thewliss spoke.', 0], ['Ms Thewliss answered.', 1])).toEqual([['Alison Thewliss', 'alison-thewliss']]);
  });

  it('never takes a surname or a role alone, nor another Jones', () => {
    expect(namesIn('Jones said the rooms work.')).toEqual([]);
    expect(namesIn('The police and crime commissioner for North Wales backed the rooms.')).toEqual([]);
    expect(namesIn('Mr Jones, a local shopkeeper, objected.')).toEqual([]);
    // Arfon Jones, then another Jones: "Mr Jones" is the last one named.
    expect(namesIn('Arfon Jones backed it.', 'Carwyn Jones did not.', 'Mr Jones called it a distraction.')).toEqual([['Arfon Jones', 'arfon-jones']]);
    // Lower case is no name: "a home office" is a room at home.
    expect(namesIn('She works from a home office.')).toEqual([]);
  });

  it('takes an office named after a preposition without its article for a way of working, not the office', () => {
    expect(namesIn('Die Sozialarbeiter des Konsumraums sind seit Montag im Home Office.')).toEqual([]);
    expect(namesIn('Wer kann, geht ins Home Office.')).toEqual([]);
    expect(namesIn('A equipe da sala de consumo ficou em Home Office durante a greve.')).toEqual([]);
    expect(namesIn('El personal de la sala trabaja en Home Office los viernes.')).toEqual([]);
    expect(namesIn('De medewerkers werken vanuit Home Office.')).toEqual([]);
    // With its article, or in English after any word, it is the department.
    expect(namesIn('Ein Sprecher des Home Office lehnte ab.')).toEqual([['Home Office', 'home-office']]);
    expect(namesIn('O Home Office britânico recusou a isenção.')).toEqual([['Home Office', 'home-office']]);
    expect(namesIn('El Home Office rechazó la exención.')).toEqual([['Home Office', 'home-office']]);
    expect(namesIn('The figures come from Home Office data.')).toEqual([['Home Office', 'home-office']]);
    // A person is never a way of working.
    expect(namesIn('Arfon Jones en Alison Thewliss schreven.')).toEqual([
      ['Arfon Jones', 'arfon-jones'],
      ['Alison Thewliss', 'alison-thewliss'],
    ]);
  });
});
