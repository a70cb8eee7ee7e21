import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_FILE, generateTypes } from './generate-types.js';

describe('generated API types', () => {
  it('match a fresh generation from the corrected description (run pnpm generate after changing it)', async () => {
    const committed = readFileSync(GENERATED_TYPES_FILE, 'utf8');
    expect(committed === (await generateTypes()), 'packages/core/src/generated/sipgate-api.ts is stale').toBe(
      true,
    );
  });

  it('compile to no JavaScript at all, so nothing of them reaches a bundle', () => {
    const { outputText } = ts.transpileModule(readFileSync(GENERATED_TYPES_FILE, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    expect(outputText.trim()).toBe('export {};');
  });

  it('leave out the description prose', () => {
    const committed = readFileSync(GENERATED_TYPES_FILE, 'utf8');
    expect(committed).not.toContain('/**');
    expect(committed).not.toContain('Dennis Ritchie');
  });

  it('carry the overlay corrections, e.g. the type-specific history entry fields', () => {
    const committed = readFileSync(GENERATED_TYPES_FILE, 'utf8');
    expect(committed).toMatch(/faxStatusType\?: "PENDING"/);
    expect(committed).toMatch(/scheduled\?: Date \| null;/);
  });
});
