import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOperationsSource, OPERATIONS_FILE } from '../../scripts/generate-operations.js';
import { OPERATIONS } from './operations.js';

describe('generated operation table', () => {
  it('is what the generator makes of the current description and overlay (run `pnpm --filter @sipgateio/sandbox generate`)', () => {
    expect(readFileSync(OPERATIONS_FILE, 'utf8')).toBe(generateOperationsSource());
  });

  it('has every operation once', () => {
    expect(OPERATIONS).toHaveLength(179);
    expect(new Set(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`)).size).toBe(179);
    expect(new Set(OPERATIONS.map((operation) => operation.operationId)).size).toBe(179);
  });
});
