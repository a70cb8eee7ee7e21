import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it.each(['readme.ts', 'phoneline.ts'])('quotes the type-checked example file %s in the README', (file) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8');

  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});
