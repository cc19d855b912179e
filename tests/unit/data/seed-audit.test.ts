// @vitest-environment node
/**
 * The seed article read sentence by sentence against the dataset, as a table: for every
 * evidence item, who holds it (and, through a framing, whose voice it is), the stance, the
 * words of the article that establish the stance (and whether that is an inference), and the
 * medium with the words that name it. An item added without a row here fails; a row that says
 * more than the article (a medium it does not name, "opposes" for a body that only did not
 * back) fails against the built data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../../src/data/build-dataset';
import { voicesOf } from '../../../src/data/card-data';
import type { Medium, Stance } from '../../../src/data/dataset-schema';
import { readDatasetInputs } from '../../../scripts/build-dataset';

const article = readFileSync(resolve(import.meta.dirname, '../../../seeds/000_a82303e51bffeff7.txt'), 'utf8');
const dataset = await buildDataset(readDatasetInputs());
const byId = new Map(dataset.stakeholders.map((s) => [s.id, s]));

const COMMISSIONERS = ['arfon-jones', 'ron-hogg', 'david-jamieson'];
const GLASGOW = ['alison-thewliss', 'glasgow-council', 'glasgow-health-board'];
const OWN = 'its own words';

interface Row {
  id: string;
  /** As the article names them. */
  stakeholders: string[];
  /** The distinct voices behind it (a framing resolved). */
  voices: string[];
  stance: Stance;
  /** The words the stance rests on: OWN when they are the item's own. */
  basis: string | string[];
  medium: Medium | null;
  /** The words that name the medium. */
  mediumBasis?: string;
}

const AUDIT: Row[] = [
  // ¶1 "THE campaign … has been backed by police chiefs in England and Wales." The reporter's framing of the commissioners.
  { id: 'police-chiefs-back-legalisation', stakeholders: ['police-chiefs'], voices: COMMISSIONERS, stance: 'supports', basis: OWN, medium: null },
  // ¶2 "Force bosses south of the border have called on the Minister … to drop the Home Office’s resistance …": one sentence, two positions.
  { id: 'force-bosses-call-on-minister', stakeholders: ['police-chiefs'], voices: COMMISSIONERS, stance: 'supports', basis: OWN, medium: null },
  { id: 'home-office-resistance', stakeholders: ['home-office'], voices: ['home-office'], stance: 'opposes', basis: OWN, medium: null },
  // ¶3 Thewliss, with the council and health board, "has long campaigned" — and "welcomed the police boss’s intervention": support read from the sentence.
  { id: 'glasgow-campaign-for-sdcf', stakeholders: GLASGOW, voices: GLASGOW, stance: 'supports', basis: OWN, medium: null },
  {
    id: 'thewliss-welcomes-intervention',
    stakeholders: ['alison-thewliss'],
    voices: ['alison-thewliss'],
    stance: 'supports',
    medium: null,
    basis:
      'Alison Thewliss, the MP for Glasgow Central, who, along with the council and health board, has long campaigned for the Home Office to allow the city to open a safer drugs consumption facility (SDCF), welcomed the police boss’s intervention.',
  },
  // ¶4 "In a letter to Atkins, … said they were “deeply concerned” by the government’s continued opposition …".
  {
    id: 'commissioners-deeply-concerned',
    stakeholders: COMMISSIONERS,
    voices: COMMISSIONERS,
    stance: 'supports',
    medium: 'letter',
    mediumBasis: 'In a letter to Atkins',
    basis: 'said they were “deeply concerned” by the government’s continued opposition to the introduction of drug consumption rooms.',
  },
  { id: 'government-continued-opposition', stakeholders: ['uk-government'], voices: ['uk-government'], stance: 'opposes', basis: OWN, medium: null },
  // ¶5 "They wrote: “If the government was to allow a pilot site …”".
  {
    id: 'commissioners-pilot-site',
    stakeholders: COMMISSIONERS,
    voices: COMMISSIONERS,
    stance: 'supports',
    basis: OWN,
    medium: 'letter',
    mediumBasis: 'They wrote',
  },
  // ¶6–8 "Thewliss told the National" / "She added": quotes, but the article names no medium.
  { id: 'thewliss-law-enforcement-save-lives', stakeholders: ['alison-thewliss'], voices: ['alison-thewliss'], stance: 'supports', basis: OWN, medium: null },
  { id: 'thewliss-legal-exemption', stakeholders: ['alison-thewliss'], voices: ['alison-thewliss'], stance: 'supports', basis: OWN, medium: null },
  { id: 'thewliss-status-quo-failing', stakeholders: ['alison-thewliss'], voices: ['alison-thewliss'], stance: 'supports', basis: OWN, medium: null },
  // ¶9 "all parties in the Scottish Parliament bar the Tories backed the proposal": the Tories did not back it, which is not opposing it.
  {
    id: 'scottish-parliament-backs-glasgow-dcr',
    stakeholders: ['scottish-parliament-parties'],
    voices: ['scottish-parliament-parties'],
    stance: 'supports',
    basis: OWN,
    medium: null,
  },
  { id: 'tories-did-not-back-glasgow-dcr', stakeholders: ['scottish-tories'], voices: ['scottish-tories'], stance: 'did-not-back', basis: OWN, medium: null },
  // ¶10 "A Home Office spokesman said": no statement is named; the words do not mention the rooms, so the stance comes from ¶2.
  {
    id: 'home-office-prevent-drug-use',
    stakeholders: ['home-office'],
    voices: ['home-office'],
    stance: 'opposes',
    medium: null,
    basis: 'the Home Office’s resistance to the so-called shooting galleries',
  },
];

describe('the seed article, item by item', () => {
  it('has a row for every item and an item for every row', () => {
    expect(dataset.evidence.map((e) => e.id).sort()).toEqual(AUDIT.map((row) => row.id).sort());
  });

  it.each(AUDIT)('$id', (row) => {
    const item = dataset.evidence.find((e) => e.id === row.id)!;
    expect(item.stakeholderIds).toEqual(row.stakeholders);
    expect(voicesOf(item, byId)).toEqual(row.voices);
    expect(item.stance).toBe(row.stance);
    const basis = row.basis === OWN ? [item.text] : [row.basis].flat();
    expect(item.stanceBasis.map((p) => p.text)).toEqual(basis);
    expect(item.stanceInferred).toBe(row.basis !== OWN);
    for (const passage of item.stanceBasis) expect(article.slice(passage.start, passage.end)).toBe(passage.text);
    expect(item.medium).toBe(row.medium);
    expect(item.mediumBasis?.text ?? null).toBe(row.mediumBasis ?? null);
    if (item.mediumBasis) expect(article.slice(item.mediumBasis.start, item.mediumBasis.end)).toBe(item.mediumBasis.text);
  });

  it('has one framing — the reporter’s “police chiefs” — shown as the three commissioners, with the passages that show it', () => {
    const framings = dataset.stakeholders.filter((s) => s.framingOf);
    expect(framings.map((s) => [s.id, s.framingOf!.stakeholderIds])).toEqual([['police-chiefs', COMMISSIONERS]]);
    expect(framings[0]!.framingOf!.basis.map((p) => p.text)).toEqual([
      'Force bosses south of the border have called on the Minister for Crime, Safeguarding and Vulnerability, Victoria Atkins',
      'In a letter to Atkins, North Wales Police and Crime Commissioner Arfon Jones, Durham Commissioner Ron Hogg and West Midlands Commissioner David Jamieson said',
      'welcomed the police boss’s intervention',
    ]);
  });

  it('elides only the reporter’s “(pictured, right)”, and only in the reported call on the Minister', () => {
    const elided = dataset.evidence.filter((e) => e.elisions.length).map((e) => [e.id, e.elisions.map((span) => article.slice(span.start, span.end))]);
    expect(elided).toEqual([['force-bosses-call-on-minister', ['(pictured, right)']]]);
  });
});
