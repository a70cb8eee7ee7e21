import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it.each(['readme.ts', 'faxlines.ts', 'download.ts'])(
  'README quotes the type-checked example %s verbatim',
  (file) => {
    const root = resolve(import.meta.dirname, '..');
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const example = readFileSync(resolve(root, 'examples', file), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  },
);
