import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { rankingCues } from '../../../src/data/claim-text';
import { rankEvidence } from '../../../src/engine/rank-evidence';

const stakeholders = new Map(dataset.stakeholders.map((s) => [s.id, s]));
const items = dataset.evidence.map((item) => ({
  ...item,
  claims: item.claims.map((link) => link.claimId),
  speakers: item.stakeholderIds.map((id) => stakeholders.get(id)!),
}));
const cues = rankingCues(dataset.claims);

function firstSpeakers(paragraph: string, n: number): string[] {
  return rankEvidence(paragraph, items, cues)
    .slice(0, n)
    .flatMap((item) => item.stakeholderIds);
}

describe('rankEvidence on the seed dataset', () => {
  it('brings Alison Thewliss and the Scottish Parliament first for a passage about Glasgow', () => {
    const glasgow = 'MSPs at Holyrood debated again whether Glasgow should be allowed to open its planned facility in the city centre.';
    const top = firstSpeakers(glasgow, 3);
    expect(top).toContain('alison-thewliss');
    expect(top).toContain('scottish-parliament-parties');
    const healthBoard =
      'Glasgow’s health board says a safer drug consumption facility in the city centre would reach people who use drugs in public, and has asked the UK Government again for a legal exemption.';
    expect(rankEvidence(healthBoard, items, cues)[0]!.stakeholderIds).toContain('alison-thewliss');
  });

  it('brings the commissioners’ letter first for a passage about police or a pilot site', () => {
    const police = 'Police commissioners say a pilot site would show what works locally.';
    expect(rankEvidence(police, items, cues)[0]!.medium).toBe('letter');
    const pilot = 'A pilot scheme, based on a local needs assessment, could open next year.';
    expect(rankEvidence(pilot, items, cues)[0]!.stakeholderIds).toEqual(['arfon-jones', 'ron-hogg', 'david-jamieson']);
  });

  it('brings the government’s reported opposition first for a passage about the government, then who is on record about changing the law', () => {
    const government = 'The government has again refused to change its policy.';
    const ranked = rankEvidence(government, items, cues);
    expect(ranked[0]!.stakeholderIds).toEqual(['uk-government']);
    expect(ranked.slice(1, 3).flatMap((item) => item.claims)).toContain('change-law');
  });

  it('a parenthetical is not a name: a paragraph about the Tories puts their item before that of the parties “(all bar the Tories)”', () => {
    const ids = rankEvidence('The Tories would not support a room for Glasgow.', items, cues).map((item) => item.id);
    expect(ids.indexOf('tories-did-not-back-glasgow-dcr')).toBeLessThan(ids.indexOf('scottish-parliament-backs-glasgow-dcr'));
  });

  it('names win: a paragraph quoting Thewliss puts her first', () => {
    expect(rankEvidence('Ms Thewliss spoke in the debate.', items, cues)[0]!.stakeholderIds).toContain('alison-thewliss');
  });

  it('keeps every item and, for a paragraph with no cues at all, prefers people’s own words in dataset order', () => {
    const ranked = rankEvidence('Lorem ipsum dolor sit amet.', items, cues);
    expect([...ranked].map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(ranked[0]!.kind).not.toBe('reported-position');
  });

  it('folds case and diacritics, so claim cues match in other languages', () => {
    const german = 'Ärzte in Zürich sagen, die Räume retten Leben: weniger Todesfälle durch Überdosis.';
    expect(rankEvidence(german, items, cues)[0]!.claims).toContain('save-lives');
    const french = 'À Paris, les riverains constatent moins de seringues abandonnées et moins d’insécurité.';
    expect(rankEvidence(french, items, cues)[0]!.claims).toContain('reduce-public-harm');
  });

  it('brings the item that makes the claim a paragraph argues first', () => {
    const exemption = 'Campaigners say ministers would have to amend the Misuse of Drugs Act before any room could open.';
    expect(
      rankEvidence(exemption, items, cues)
        .slice(0, 2)
        .flatMap((item) => item.claims),
    ).toContain('change-law');
    const failing = 'The war on drugs has failed, a cross-party group of MPs concluded.';
    expect(rankEvidence(failing, items, cues)[0]!.id).toBe('thewliss-status-quo-failing');
    const medical = 'Addiction is an illness for doctors to treat, and punishing it has never helped anyone recover.';
    expect(rankEvidence(medical, items, cues)[0]!.claims).toContain('health-not-crime');
  });
});
