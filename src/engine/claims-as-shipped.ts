/**
 * The claims as the extension ships them: the cues of claims.json with the learned recall aid
 * of claims-model.generated.json under them. The background compiles them so, and the
 * evaluation (tests/unit/engine/claims-eval.test.ts, scripts/eval.ts) through this one function,
 * so what is measured is what ships.
 */
import type { Claims } from '../data/claims-schema';
import type { ClaimsModelFile } from '../data/claims-model-file';
import { compileClaimsModel, recallAid } from './claims-model';
import { compileClaims, type CompiledClaims } from './find-claims';

export function compileShippedClaims(claims: Claims, model: ClaimsModelFile): CompiledClaims {
  return compileClaims(claims, recallAid(compileClaimsModel(model), model.needsCue));
}
