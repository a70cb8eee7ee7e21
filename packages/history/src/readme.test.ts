import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the README quotes examples/readme.ts (which tsc checks) verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('../examples/readme.ts', import.meta.url), 'utf8');
  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});
