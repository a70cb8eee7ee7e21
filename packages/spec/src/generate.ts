// `pnpm generate`: writes every file generated from the corrected description.
import { writeFileSync } from 'node:fs';
import { GENERATED_SCOPES_FILE, generateScopes } from './generate-scopes.js';
import { GENERATED_TYPES_FILE, generateTypes } from './generate-types.js';

writeFileSync(GENERATED_TYPES_FILE, await generateTypes());
console.log(`wrote ${GENERATED_TYPES_FILE}`);
writeFileSync(GENERATED_SCOPES_FILE, generateScopes());
console.log(`wrote ${GENERATED_SCOPES_FILE}`);
