import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = resolve(import.meta.dirname, '../../');
const example = readFileSync(resolve(import.meta.dirname, '../examples/quick-start.ts'), 'utf8');

// The READMEs' quick start must be the type-checked example file, word for word.
describe('the root README', () => {
  it('quotes examples/quick-start.ts exactly', () => {
    const readme = readFileSync(resolve(PACKAGES, '../README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('quotes examples/any-operation.ts exactly', () => {
    const readme = readFileSync(resolve(PACKAGES, '../README.md'), 'utf8');
    const anyOperation = readFileSync(resolve(import.meta.dirname, '../examples/any-operation.ts'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${anyOperation}\`\`\``);
  });
});

describe('the package README (its npm page)', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

  it('quotes examples/quick-start.ts exactly', () => {
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('lists every published package of the workspace', () => {
    const published = readdirSync(PACKAGES)
      .map((folder) => resolve(PACKAGES, folder, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; private?: boolean })
      .filter((manifest) => !manifest.private && manifest.name !== 'sipgateio');
    expect(published.length).toBeGreaterThan(10);
    for (const { name } of published)
      expect(readme, name).toContain(`https://www.npmjs.com/package/${name})`);
  });
});

// npm renders a README without the repository around it and publishes only dist/: a relative link (out of the
// package folder, or to its examples/ that the tarball leaves out) breaks there. Anchors within the page work.
it.each(readdirSync(PACKAGES).filter((folder) => existsSync(resolve(PACKAGES, folder, 'README.md'))))(
  'packages/%s/README.md links only with absolute URLs or in-page anchors',
  (folder) => {
    const readme = readFileSync(resolve(PACKAGES, folder, 'README.md'), 'utf8');
    expect(readme.match(/\]\((?!https?:|#|mailto:)[^)]*\)/g) ?? []).toEqual([]);
  },
);
