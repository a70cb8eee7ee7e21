import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's quick start must be the type-checked example file, word for word.
describe('the root README', () => {
  it('quotes examples/quick-start.ts exactly', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const example = readFileSync(resolve(import.meta.dirname, '../examples/quick-start.ts'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('quotes examples/any-operation.ts exactly', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const example = readFileSync(resolve(import.meta.dirname, '../examples/any-operation.ts'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
