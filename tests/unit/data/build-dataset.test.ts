// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, type DatasetInputs, type SeedInput } from '../../../src/data/build-dataset';
import { DatasetError, type Problem } from '../../../src/data/dataset-error';
import type { Dataset } from '../../../src/data/dataset-schema';
import { readDatasetInputs } from '../../../scripts/build-dataset';
import { seedsOnly } from './support/seeds-only';

const root = resolve(import.meta.dirname, '../../..');
const SEED_ANNOTATIONS = 'seeds/000_a82303e51bffeff7.annotations.json';
const SEED_ARTICLE = 'seeds/000_a82303e51bffeff7.txt';

function fixtureSeed(name: string): SeedInput {
  const file = (suffix: string) => `tests/fixtures/data/${name}${suffix}`;
  return {
    article: { file: file('.txt'), bytes: new Uint8Array(readFileSync(resolve(root, file('.txt')))) },
    annotations: { file: file('.annotations.json'), content: readFileSync(resolve(root, file('.annotations.json')), 'utf8') },
  };
}

type Entry = Record<string, unknown>;
type Json = { stakeholders: Entry[]; evidence: Entry[]; source: Entry; notQuotations: Entry[] };

/** The real seed inputs, with its annotations (and optionally its article) changed. */
function seedWith(change: (annotations: Json) => void, article?: string): DatasetInputs {
  const inputs = readDatasetInputs();
  const seeds = inputs.seeds.map((seed) => {
    if (seed.annotations.file !== SEED_ANNOTATIONS) return seed;
    const json = JSON.parse(seed.annotations.content) as Json;
    change(json);
    return {
      article: article === undefined ? seed.article : { ...seed.article, bytes: new TextEncoder().encode(article) },
      annotations: { ...seed.annotations, content: JSON.stringify(json) },
    };
  });
  return { ...inputs, seeds };
}

const evidenceItem = (json: Json, id: string) => json.evidence.find((item) => item.id === id)!;

async function problemsOf(inputs: DatasetInputs): Promise<Problem[]> {
  try {
    await buildDataset(inputs);
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  throw new Error('the dataset built, but it should not have');
}

const seedArticle = readFileSync(resolve(root, SEED_ARTICLE), 'utf8');

describe('buildDataset on the seed article', async () => {
  const dataset: Dataset = await buildDataset(readDatasetInputs());
  const source = dataset.sources[0]!;
  const item = (id: string) => dataset.evidence.find((e) => e.id === id)!;
  const textOf = (span: { start: number; end: number }) => source.text.slice(span.start, span.end);

  it('embeds the article verbatim with its sha256, and leaves date and address unknown', () => {
    expect(dataset.sources).toHaveLength(1);
    expect(source).toMatchObject({
      id: '000_a82303e51bffeff7',
      fileName: '000_a82303e51bffeff7.txt',
      sha256: '3d1c3b967025c337d6993aac1edb6fda32d5ae6abfd30ba9b729e42648360892',
      outlet: 'the National',
      date: null,
      url: null,
    });
    expect(source.text).toBe(seedArticle);
    expect(source.outletNote).toContain('told the National');
  });

  it('slices the article to exactly each item’s text, attribution and context', () => {
    expect(dataset.evidence.length).toBeGreaterThan(0);
    for (const evidence of dataset.evidence) {
      expect(textOf(evidence), evidence.id).toBe(evidence.text);
      expect(evidence.context.start, evidence.id).toBeLessThanOrEqual(evidence.start);
      expect(evidence.context.end, evidence.id).toBeGreaterThanOrEqual(evidence.end);
      if (evidence.attribution) expect(textOf(evidence.attribution), evidence.id).toBe(evidence.attribution.text);
    }
    for (const stakeholder of dataset.stakeholders) expect(textOf(stakeholder.introducedAt)).toBe(stakeholder.introducedAt.text);
  });

  it('holds every quotation of the article, attributed as the article does', () => {
    const quotes = dataset.evidence.filter((e) => e.kind !== 'reported-position').map((e) => [e.text.slice(0, 20), e.kind, e.stakeholderIds, e.medium]);
    const commissioners = ['arfon-jones', 'ron-hogg', 'david-jamieson'];
    expect(quotes).toEqual([
      ['deeply concerned', 'partial-quote', commissioners, 'letter'],
      ['If the government wa', 'direct-quote', commissioners, 'letter'],
      // "told the National" names no medium, and a spokesman who "said" made no stated statement.
      ['The fact that senior', 'direct-quote', ['alison-thewliss'], null],
      ['For plans to progres', 'direct-quote', ['alison-thewliss'], null],
      ['An increasing number', 'direct-quote', ['alison-thewliss'], null],
      ['We must prevent drug', 'direct-quote', ['home-office'], null],
    ]);
  });

  it('shows a partial quote in its sentence, and a continued quote with the words that introduced it', () => {
    expect(textOf(item('commissioners-deeply-concerned').context)).toBe(
      'In a letter to Atkins, North Wales Police and Crime Commissioner Arfon Jones, Durham Commissioner Ron Hogg and West Midlands Commissioner David Jamieson said they were “deeply concerned” by the government’s continued opposition to the introduction of drug consumption rooms.',
    );
    expect(item('thewliss-status-quo-failing').attribution?.text).toBe('She added');
    expect(item('thewliss-legal-exemption').text).toContain('the scheme cannot be proceed.');
  });

  it('keeps reported positions as the article reports them, never as quotes', () => {
    const reported = (id: string) => expect(item(id)).toMatchObject({ kind: 'reported-position', attribution: null });
    reported('scottish-parliament-backs-glasgow-dcr');
    reported('tories-did-not-back-glasgow-dcr');
    reported('glasgow-campaign-for-sdcf');
    reported('police-chiefs-back-legalisation');
    expect(item('glasgow-campaign-for-sdcf').stakeholderIds).toEqual(['alison-thewliss', 'glasgow-council', 'glasgow-health-board']);
    expect(item('tories-did-not-back-glasgow-dcr').stance).toBe('did-not-back');
    expect(item('thewliss-welcomes-intervention').text).toBe('welcomed the police boss’s intervention');
  });

  it('names every stakeholder the article quotes or reports, and gives Victoria Atkins no stance', () => {
    expect(dataset.stakeholders.map((s) => s.id)).toEqual([
      'arfon-jones',
      'ron-hogg',
      'david-jamieson',
      'alison-thewliss',
      'victoria-atkins',
      'home-office',
      'uk-government',
      'glasgow-council',
      'glasgow-health-board',
      'scottish-parliament-parties',
      'scottish-tories',
      'police-chiefs',
    ]);
    expect(dataset.stakeholders.find((s) => s.id === 'victoria-atkins')).toMatchObject({
      role: 'Minister for Crime, Safeguarding and Vulnerability',
      label: 'VA',
    });
    expect(dataset.evidence.filter((e) => e.stakeholderIds.includes('victoria-atkins'))).toEqual([]);
    const used = new Set(dataset.evidence.flatMap((e) => e.stakeholderIds));
    for (const id of used)
      expect(
        dataset.stakeholders.some((s) => s.id === id),
        id,
      ).toBe(true);
  });

  it('embeds the topic and the lexicon', () => {
    expect(dataset.topic).toMatchObject({ id: 'drug-consumption-rooms', name: 'Drug consumption rooms' });
    expect(dataset.lexicon).toEqual(JSON.parse(readFileSync(resolve(root, 'src/data/lexicon.json'), 'utf8')));
  });
});

describe('buildDataset on a second article written for the tests', () => {
  it('builds it through the same builder, unknown outlet and all', async () => {
    const dataset = await buildDataset(seedsOnly([fixtureSeed('harbour-street')]));
    const [source] = dataset.sources;
    expect(source).toMatchObject({ id: 'harbour-street', outlet: null, outletNote: null, date: null, url: null });
    expect(dataset.evidence.map((e) => [e.id, e.stakeholderIds])).toEqual([
      ['health-board-confirms-site', ['city-health-board']],
      ['patel-lifeline', ['maya-patel']],
      ['patel-overdoses', ['maya-patel']],
      ['patel-died-alone', ['maya-patel']],
      ['reilly-nobody-asked', ['tom-reilly']],
      ['reilly-primary-school', ['tom-reilly']],
      ['reilly-another-street', ['tom-reilly']],
      ['okafor-will-not-target', ['sam-okafor']],
    ]);
    for (const evidence of dataset.evidence) expect(source!.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('builds both articles into one dataset, each item pointing into its own source', async () => {
    const inputs = readDatasetInputs();
    const dataset = await buildDataset({ ...inputs, seeds: [...inputs.seeds, fixtureSeed('harbour-street')] });
    expect(dataset.sources.map((s) => s.id)).toEqual(['000_a82303e51bffeff7', 'harbour-street']);
    for (const evidence of dataset.evidence) {
      const source = dataset.sources.find((s) => s.id === evidence.sourceId)!;
      expect(source.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });
});

describe('buildDataset refuses bad input, naming file, entry and reason', () => {
  it('a quote that is not in the article (even a "fixed" slip)', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'thewliss-legal-exemption').text = 'Without this, the scheme cannot proceed.';
      }),
    );
    expect(problems).toEqual([
      { file: SEED_ANNOTATIONS, entry: 'evidence "thewliss-legal-exemption"', reason: '"Without this, the scheme cannot proceed." is not in the article' },
      // And so the quotation it was meant to cover is uncovered.
      {
        file: SEED_ANNOTATIONS,
        entry: 'quotation at line 13 "For plans to progress, the UK Governmen…"',
        reason: 'the article quotes "She" → "Thewliss" ("She added"), but no evidence item covers these words',
      },
    ]);
  });

  it('a quote typed with straight marks where the article has curly ones, with a hint', async () => {
    const [problem] = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'thewliss-welcomes-intervention').text = "welcomed the police boss's intervention";
      }),
    );
    expect(problem).toMatchObject({ entry: 'evidence "thewliss-welcomes-intervention"' });
    expect(problem!.reason).toContain('differs only in quotation marks or apostrophes');
  });

  it('a text that appears twice without a prefix or suffix, and the prefix that fixes it', async () => {
    const addItem = (extra: Entry) => (json: Json) =>
      json.evidence.push({
        id: 'campaign-for-rooms',
        stakeholderIds: ['police-chiefs'],
        kind: 'reported-position',
        medium: null,
        stance: 'supports',
        text: 'drug consumption rooms',
        stanceBasis: [{ text: 'THE campaign for drug consumption rooms to be legalised' }],
        ...extra,
      });
    expect(await problemsOf(seedWith(addItem({})))).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "campaign-for-rooms"',
        reason: '"drug consumption rooms" appears 2 times in the article (lines 1, 7): add a prefix or suffix that picks one',
      },
    ]);
    const dataset = await buildDataset(seedWith(addItem({ prefix: 'introduction of ' })));
    const added = dataset.evidence.find((e) => e.id === 'campaign-for-rooms')!;
    expect(added.start).toBe(seedArticle.lastIndexOf('drug consumption rooms'));
  });

  it('an unknown stakeholder id', async () => {
    const [problem] = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'home-office-resistance').stakeholderIds = ['home-office', 'home-secretary'];
      }),
    );
    expect(problem).toMatchObject({ file: SEED_ANNOTATIONS, entry: 'evidence "home-office-resistance"' });
    expect(problem!.reason).toMatch(/^unknown stakeholder id "home-secretary" \(declared ids: arfon-jones, /);
  });

  it('a duplicate evidence id and a duplicate stakeholder id', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'tories-did-not-back-glasgow-dcr').id = 'scottish-parliament-backs-glasgow-dcr';
        json.stakeholders.push({ ...json.stakeholders[0]!, name: 'Someone Else' });
      }),
    );
    expect(problems).toEqual([
      { file: SEED_ANNOTATIONS, entry: 'stakeholders "arfon-jones"', reason: 'duplicate id: "arfon-jones" is already declared above' },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "scottish-parliament-backs-glasgow-dcr"',
        reason: 'duplicate id: "scottish-parliament-backs-glasgow-dcr" is already declared above',
      },
    ]);
  });

  it('a stakeholder id declared again in another article’s annotations', async () => {
    const inputs = readDatasetInputs();
    const fixture = fixtureSeed('harbour-street');
    const json = JSON.parse(fixture.annotations.content) as Json;
    json.stakeholders[0]!.id = 'alison-thewliss';
    for (const e of json.evidence) e.stakeholderIds = (e.stakeholderIds as string[]).map((id) => (id === 'maya-patel' ? 'alison-thewliss' : id));
    const problems = await problemsOf({
      ...inputs,
      seeds: [...inputs.seeds, { ...fixture, annotations: { ...fixture.annotations, content: JSON.stringify(json) } }],
    });
    expect(problems).toContainEqual({
      file: 'tests/fixtures/data/harbour-street.annotations.json',
      entry: 'stakeholders "alison-thewliss"',
      reason: `duplicate id: "alison-thewliss" is already declared in ${SEED_ANNOTATIONS}`,
    });
  });

  it('a missing field, an unknown field and a value outside the closed lists', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        delete evidenceItem(json, 'home-office-resistance').stance;
        evidenceItem(json, 'thewliss-legal-exemption').speaker = 'Thewliss';
        (evidenceItem(json, 'commissioners-pilot-site').claims as Entry[])[0]!.position = 'welcomes';
        delete json.stakeholders[3]!.role;
      }),
    );
    expect(problems).toEqual([
      { file: SEED_ANNOTATIONS, entry: 'stakeholders "alison-thewliss"', reason: 'missing field "role"' },
      { file: SEED_ANNOTATIONS, entry: 'evidence "home-office-resistance"', reason: 'missing field "stance"' },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "commissioners-pilot-site".claims[0]',
        reason: '"position" should be ("supports" | "opposes" | "did-not-back"), not "welcomes"',
      },
      { file: SEED_ANNOTATIONS, entry: 'evidence "thewliss-legal-exemption"', reason: 'unknown field "speaker"' },
    ]);
  });

  it('a claim link to no claim, twice to one claim, without a basis, or with a basis not in the article', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        const links = evidenceItem(json, 'thewliss-law-enforcement-save-lives').claims as Entry[];
        links.push({ claim: 'saves-money', position: 'supports', basis: [{ text: 'these facilities can save lives' }] });
        links.push({ claim: 'save-lives', position: 'supports', basis: [{ text: 'these facilities can save lives' }] });
        delete (evidenceItem(json, 'thewliss-status-quo-failing').claims as Entry[])[0]!.basis;
        (evidenceItem(json, 'home-office-resistance').claims as Entry[])[0]!.basis = [{ text: 'the Home Office’s resistance to consumption rooms' }];
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "home-office-resistance" claims[0] basis[0]',
        reason: '"the Home Office’s resistance to consumption rooms" is not in the article',
      },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "thewliss-law-enforcement-save-lives" claims[2]',
        reason: expect.stringMatching(/^unknown claim "saves-money" \(claims in src\/data\/claims\.json: allow-facility, change-law, /) as string,
      },
      { file: SEED_ANNOTATIONS, entry: 'evidence "thewliss-law-enforcement-save-lives" claims[3]', reason: 'links claim "save-lives" twice' },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "thewliss-status-quo-failing" claims[0]',
        reason: 'has no basis: name the sentence(s) of the article that show it supports "current-approach-failing" (e.g. "basis": [{ "text": "…" }])',
      },
    ]);
  });

  it('a claim no evidence speaks to, and a claim of another topic', async () => {
    const inputs = readDatasetInputs();
    const model = JSON.parse(inputs.claims.content) as { claims: Entry[] };
    model.claims.push({ ...model.claims[0]!, id: 'rooms-cost-less' }, { ...model.claims[1]!, id: 'tax-relief', topic: 'tax-policy' });
    const problems = await problemsOf({ ...inputs, claims: { ...inputs.claims, content: JSON.stringify(model) } });
    expect(problems).toEqual([
      { file: 'src/data/claims.json', entry: 'claims "tax-relief"', reason: 'topic "tax-policy" is not the dataset\'s topic "drug-consumption-rooms"' },
      {
        file: 'src/data/claims.json',
        entry: 'claims "rooms-cost-less"',
        reason: 'has no evidence: link at least one evidence item to it ("claims" in an annotations file), or remove it',
      },
      {
        file: 'src/data/claims.json',
        entry: 'claims "tax-relief"',
        reason: 'has no evidence: link at least one evidence item to it ("claims" in an annotations file), or remove it',
      },
    ]);
  });

  it('claims cues that leave out a part of the proposition in one language', async () => {
    const inputs = readDatasetInputs();
    const model = JSON.parse(inputs.claims.content) as { claims: { id: string; cues: Record<string, { parts: Record<string, unknown> }> }[] };
    delete model.claims.find((c) => c.id === 'save-lives')!.cues.fr!.parts.harm;
    const problems = await problemsOf({ ...inputs, claims: { ...inputs.claims, content: JSON.stringify(model) } });
    expect(problems).toEqual([
      { file: 'src/data/claims.json', entry: 'claims', reason: 'item 2 claim "save-lives": the fr cues must give exactly the parts harm, reduced' },
    ]);
  });

  it('a file that is not JSON, and an article that is not UTF-8', async () => {
    const inputs = readDatasetInputs();
    const [seed] = inputs.seeds;
    const problems = await problemsOf({
      ...inputs,
      topic: { ...inputs.topic, content: '{ "id": "drug-consumption-rooms", }' },
      seeds: [{ ...seed!, article: { ...seed!.article, bytes: new Uint8Array([0x48, 0x69, 0xff]) } }],
    });
    expect(problems).toEqual([
      { file: 'seeds/topic.json', entry: '(whole file)', reason: expect.stringMatching(/^not valid JSON: /) as string },
      { file: SEED_ARTICLE, entry: '(whole file)', reason: 'is not valid UTF-8' },
    ]);
  });

  it('an outlet the article does not name', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        json.source.outlet = 'The Herald';
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'source.outlet',
        reason: '"The Herald" does not appear in the article: the outlet is known only if the article names it',
      },
    ]);
  });
});

describe('buildDataset refuses a stance, medium, framing or elision the article does not support', () => {
  it('an item without the sentence(s) its stance rests on', async () => {
    expect(
      await problemsOf(
        seedWith((json) => {
          delete evidenceItem(json, 'home-office-prevent-drug-use').stanceBasis;
        }),
      ),
    ).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "home-office-prevent-drug-use"',
        reason:
          'has no stanceBasis: name the sentence(s) of the article that establish "opposes" (e.g. "stanceBasis": [{ "text": "…" }]); the item\'s own words count when they say it',
      },
    ]);
    const [empty] = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'thewliss-legal-exemption').stanceBasis = [];
      }),
    );
    expect(empty).toMatchObject({ entry: 'evidence "thewliss-legal-exemption"', reason: expect.stringMatching(/^has no stanceBasis/) as string });
  });

  it('a stance basis that is not in the article', async () => {
    expect(
      await problemsOf(
        seedWith((json) => {
          evidenceItem(json, 'home-office-prevent-drug-use').stanceBasis = [{ text: 'the Home Office opposes the rooms' }];
        }),
      ),
    ).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "home-office-prevent-drug-use" stanceBasis[0]',
        reason: '"the Home Office opposes the rooms" is not in the article',
      },
    ]);
  });

  it('a medium the article does not name: "told the National" is no interview', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        Object.assign(evidenceItem(json, 'thewliss-legal-exemption'), { medium: 'interview', mediumBasis: { text: 'Thewliss told the National' } });
        evidenceItem(json, 'home-office-prevent-drug-use').medium = 'statement';
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "thewliss-legal-exemption"',
        reason: 'says medium "interview", but its mediumBasis "Thewliss told the National" does not say so',
      },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "home-office-prevent-drug-use"',
        reason: 'says medium "statement" without a mediumBasis: a medium is given only where the article names it',
      },
    ]);
  });

  it('an elision that is not a reporter’s aside inside a reported position', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'force-bosses-call-on-minister').elide = [{ text: 'to drop the Home Office’s resistance' }];
        evidenceItem(json, 'thewliss-legal-exemption').elide = [{ text: 'Without this,' }];
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "force-bosses-call-on-minister" elide[0]',
        reason: '"to drop the Home Office’s resistance" is not a parenthetical aside: only "(…)" may be elided',
      },
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "thewliss-legal-exemption" elide[0]',
        reason: 'only a reported position may be shortened on the card: quotes are shown whole',
      },
    ]);
  });

  it('a framing of someone undeclared, or of another framing', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        const framing = json.stakeholders.find((s) => s.id === 'police-chiefs')!.framingOf as { stakeholderIds: string[] };
        framing.stakeholderIds = ['arfon-jones', 'chief-constable', 'police-chiefs'];
      }),
    );
    expect(problems).toEqual([
      { file: SEED_ANNOTATIONS, entry: 'stakeholders "police-chiefs" framingOf', reason: 'unknown stakeholder id "chief-constable"' },
      {
        file: SEED_ANNOTATIONS,
        entry: 'stakeholders "police-chiefs" framingOf',
        reason: '"police-chiefs" is itself a framing of others: name the stakeholders it stands for',
      },
    ]);
  });

  it('the Tories as opposing, where the article says only that they did not back the proposal', async () => {
    expect(
      await problemsOf(
        seedWith((json) => {
          evidenceItem(json, 'tories-did-not-back-glasgow-dcr').stance = 'opposes';
        }),
      ),
    ).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "tories-did-not-back-glasgow-dcr"',
        reason: 'says "opposes", but the article\'s words ("the Tories" … "backed") say only "did-not-back"',
      },
    ]);
  });

  it('the government’s continued opposition, as the letter reports it, left out', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        json.evidence = json.evidence.filter((e) => e.id !== 'government-continued-opposition');
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'reported position at line 7 "the government … opposition to"',
        reason: 'the article reports a position of "the government" ("opposition to"), but no evidence item covers these words',
      },
    ]);
  });
});

describe('the cross-check fails the build when annotations and article disagree', () => {
  it('a quotation the annotations miss', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        json.evidence = json.evidence.filter((item) => item.id !== 'home-office-prevent-drug-use');
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'quotation at line 19 "We must prevent drug use in our communi…"',
        reason: 'the article quotes "A Home Office spokesman" ("A Home Office spokesman said"), but no evidence item covers these words',
      },
      {
        // It was the only item on record for this claim.
        file: 'src/data/claims.json',
        entry: 'claims "prevent-not-facilitate"',
        reason: 'has no evidence: link at least one evidence item to it ("claims" in an annotations file), or remove it',
      },
    ]);
  });

  it('a quotation attributed to someone else than "She" stands for', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'thewliss-legal-exemption').stakeholderIds = ['ron-hogg'];
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "thewliss-legal-exemption"',
        reason: 'the article attributes it to "She" → "Thewliss" ("She added") (alison-thewliss), but the annotation says ron-hogg',
      },
    ]);
  });

  it('the letter attributed to one commissioner instead of the three "They" stands for', async () => {
    const [problem] = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'commissioners-pilot-site').stakeholderIds = ['arfon-jones'];
      }),
    );
    expect(problem!.reason).toContain('(arfon-jones, david-jamieson, ron-hogg), but the annotation says arfon-jones');
  });

  it('a partial quote marked as a direct quote', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'commissioners-deeply-concerned').kind = 'direct-quote';
      }),
    );
    expect(problems).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'evidence "commissioners-deeply-concerned"',
        reason: 'is marked direct-quote, but the article has it as a partial-quote',
      },
    ]);
  });

  it('a reported position dressed as a quote, and a quote passed off as reported', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        evidenceItem(json, 'scottish-parliament-backs-glasgow-dcr').kind = 'direct-quote';
        evidenceItem(json, 'home-office-prevent-drug-use').kind = 'reported-position';
      }),
    );
    expect(problems.map((p) => `${p.entry}: ${p.reason}`)).toEqual([
      'quotation at line 19 "We must prevent drug use in our communi…": the article quotes "A Home Office spokesman" ("A Home Office spokesman said"), but no evidence item covers these words',
      'evidence "scottish-parliament-backs-glasgow-dcr": is marked direct-quote, but the article has no quotation marks around exactly these words',
      'evidence "home-office-prevent-drug-use": is marked reported-position, but the words are inside quotation marks: make it a quote',
    ]);
  });

  it('a quotation the annotations call "not a quotation" though the article attributes it', async () => {
    const problems = await problemsOf(
      seedWith((json) => {
        json.evidence = json.evidence.filter((item) => item.id !== 'home-office-prevent-drug-use');
        json.notQuotations.push({ text: 'We must prevent drug use in our communities.', reason: 'a slogan' });
      }),
    );
    // Besides: the claim that item alone was on record for now has no evidence.
    expect(problems.filter((problem) => problem.file === SEED_ANNOTATIONS)).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'quotation at line 19 "We must prevent drug use in our communi…"',
        reason: 'is listed in notQuotations, but the article attributes it to "A Home Office spokesman" ("A Home Office spokesman said")',
      },
    ]);
  });

  it('a new quotation in the article that nobody annotated, and unbalanced marks', async () => {
    const article = `${seedArticle}\n\nA council spokeswoman said: “We welcome it.”\n\nThe minister said she was “surprised.`;
    const problems = await problemsOf(seedWith(() => undefined, article));
    expect(problems).toEqual([{ file: SEED_ARTICLE, entry: 'line 23', reason: 'this quotation mark opens a quotation that is never closed' }]);
    const balanced = await problemsOf(seedWith(() => undefined, `${seedArticle}\n\nA council spokeswoman said: “We welcome it.”`));
    expect(balanced).toEqual([
      {
        file: SEED_ANNOTATIONS,
        entry: 'quotation at line 21 "We welcome it."',
        reason: 'the article quotes "A council spokeswoman" ("A council spokeswoman said"), but no evidence item covers these words',
      },
    ]);
  });

  it('an unattributed quotation that is neither evidence nor declared not a quotation', async () => {
    const fixture = fixtureSeed('harbour-street');
    const json = JSON.parse(fixture.annotations.content) as Json;
    json.notQuotations = [];
    const problems = await problemsOf(seedsOnly([{ ...fixture, annotations: { ...fixture.annotations, content: JSON.stringify(json) } }]));
    expect(problems).toEqual([
      {
        file: 'tests/fixtures/data/harbour-street.annotations.json',
        entry: 'quotation at line 13 "shooting gallery"',
        reason: 'the article has these words in quotation marks and names no speaker: add an evidence item, or list it in notQuotations with a reason',
      },
    ]);
  });

  it('says every problem at once, one line each, file › entry: reason', async () => {
    const error = await buildDataset(
      seedWith((json) => {
        evidenceItem(json, 'thewliss-legal-exemption').stakeholderIds = ['ron-hogg'];
        evidenceItem(json, 'commissioners-deeply-concerned').kind = 'direct-quote';
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message.split('\n')).toEqual([
      'the dataset cannot be built (2 problems):',
      `  ${SEED_ANNOTATIONS} › evidence "commissioners-deeply-concerned": is marked direct-quote, but the article has it as a partial-quote`,
      `  ${SEED_ANNOTATIONS} › evidence "thewliss-legal-exemption": the article attributes it to "She" → "Thewliss" ("She added") (alison-thewliss), but the annotation says ron-hogg`,
    ]);
  });
});
