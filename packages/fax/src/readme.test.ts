import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('README quotes the type-checked example verbatim', () => {
  const root = resolve(import.meta.dirname, '..');
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const example = readFileSync(resolve(root, 'examples/readme.ts'), 'utf8');
  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});
