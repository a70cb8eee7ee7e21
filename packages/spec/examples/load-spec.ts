// The README's example, type-checked with the package (`pnpm --filter @sipgateio/spec typecheck`).
import { loadSpec } from '@sipgateio/spec';

const spec = loadSpec(); // the corrected document; loadSpec({ corrected: false }) for the published one

console.log(Object.keys(spec.paths).length);
