import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('quotes the type-checked example file in the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('../examples/readme.ts', import.meta.url), 'utf8');

  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});
