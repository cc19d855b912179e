/**
 * Builder inputs for articles written for the tests: the real topic and lexicon, the given
 * seeds instead of the real ones, and only the claims those seeds link to, since the builder
 * refuses a claim no evidence speaks to.
 */
import type { DatasetInputs, SeedInput } from '../../../../src/data/build-dataset';
import { readDatasetInputs } from '../../../../scripts/build-dataset';

export function seedsOnly(seeds: readonly SeedInput[], inputs: DatasetInputs = readDatasetInputs()): DatasetInputs {
  const linked = new Set(
    seeds.flatMap((seed) => {
      const annotations = JSON.parse(seed.annotations.content) as { evidence?: { claims?: { claim: string }[] }[] };
      return (annotations.evidence ?? []).flatMap((item) => (item.claims ?? []).map((link) => link.claim));
    }),
  );
  const model = JSON.parse(inputs.claims.content) as { claims: { id: string }[] };
  model.claims = model.claims.filter((claim) => linked.has(claim.id));
  return { ...inputs, seeds, claims: { ...inputs.claims, content: JSON.stringify(model) } };
}
