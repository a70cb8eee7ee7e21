import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it.each(['readme.ts', 'callerids.ts'])('README quotes the type-checked example %s verbatim', (file) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8');

  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});
