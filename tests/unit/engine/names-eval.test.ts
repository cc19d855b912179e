/**
 * Evaluation of the stakeholder name finder on passages of our own writing in all seven
 * languages (tests/fixtures/eval/claims/names.json), hard negatives included. Only stories
 * about the rooms are given to it, as the page gives it only stories holding a mention (the
 * browser evaluation, `npm run eval`, covers that scoping). Gates precision.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../../../src/data/dataset';
import { FORMS_OF_ADDRESS, stakeholderNames } from '../../../src/data/stakeholder-names';
import { compileNames, findStakeholders } from '../../../src/engine/find-stakeholders';

const MIN_PRECISION = 0.98;

interface Passage {
  lang: string;
  story: 'rooms' | 'other';
  html: string;
}

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/eval/claims/names.json'), 'utf8')) as { passages: Passage[] };
const compiled = compileNames(stakeholderNames(dataset), FORMS_OF_ADDRESS);

/** A passage's paragraphs as text, with each labelled name's offsets and stakeholder. */
function paragraphs(html: string): { text: string; labels: { start: number; end: number; id: string }[] }[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/gs)].map(([, inner]) => {
    let text = '';
    const labels: { start: number; end: number; id: string }[] = [];
    for (const [, id, named, plain] of inner!.matchAll(/<span data-name="([^"]+)">([^<]*)<\/span>|([^<]+)/g)) {
      if (id) {
        labels.push({ start: text.length, end: text.length + named!.length, id });
        text += named!;
      } else text += plain!;
    }
    return { text, labels };
  });
}

describe('names evaluation', () => {
  it('has passages in all seven languages, with stories that are not about the rooms', () => {
    expect(new Set(fixture.passages.map((p) => p.lang)).size).toBe(7);
    expect(fixture.passages.filter((p) => p.story === 'other').length).toBeGreaterThanOrEqual(7);
  });

  it(`finds stakeholders' names with precision ≥ ${MIN_PRECISION}`, () => {
    let found = 0;
    let falseAlarms = 0;
    let missed = 0;
    const errors: string[] = [];
    for (const [story, passage] of fixture.passages.entries()) {
      if (passage.story !== 'rooms') continue;
      const paras = paragraphs(passage.html);
      const findings = findStakeholders(
        paras.map((p, owner) => ({ text: p.text, owner, story })),
        compiled,
      );
      for (const [owner, para] of paras.entries()) {
        const here = findings.filter((f) => f.owner === owner);
        for (const label of para.labels) {
          if (here.some((f) => f.start === label.start && f.end === label.end && f.stakeholderId === label.id)) found++;
          else {
            missed++;
            errors.push(`missed ${label.id}: ${para.text}`);
          }
        }
        for (const f of here) {
          if (para.labels.some((l) => l.start === f.start && l.end === f.end && l.id === f.stakeholderId)) continue;
          falseAlarms++;
          errors.push(`false ${f.stakeholderId} "${f.text}": ${para.text}`);
        }
      }
    }
    const precision = found / (found + falseAlarms);
    console.log(
      `names: precision ${precision.toFixed(3)}, recall ${(found / (found + missed)).toFixed(3)} (${found} found, ${falseAlarms} false, ${missed} missed)\n${errors.join('\n')}`,
    );
    expect(found).toBeGreaterThan(20);
    expect(precision, errors.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
