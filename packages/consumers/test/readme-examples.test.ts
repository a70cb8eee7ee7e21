import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './packed.js';
import { PACKAGES_DIR } from './published-packages.js';

const TSC = resolve(import.meta.dirname, '../node_modules/.bin/tsc');
// Inside packages/consumers, so `@sipgateio/*` and `sipgateio` resolve to the workspace packages (built); the
// files are git-ignored (test/fixtures/*/*.ts) and removed afterwards.
const CHECK_DIR = resolve(import.meta.dirname, 'fixtures/readme');

interface Block {
  readme: string;
  index: number;
  code: string;
  /** The type-checked example file that holds the block word for word, if any. */
  quotedFrom?: string;
  /** Where the test writes a block no example file holds, to type-check it. */
  file?: string;
}

/** Whether a package's tsconfig includes its examples/ folder, so `pnpm typecheck` checks the files there. */
function examplesAreTypeChecked(packageDir: string): boolean {
  const tsconfig = JSON.parse(readFileSync(join(packageDir, 'tsconfig.json'), 'utf8'));
  return (tsconfig.include ?? []).some((entry: string) => /^(\.\/)?examples(\/|$)/.test(entry));
}

function readmeBlocks(): Block[] {
  return readdirSync(PACKAGES_DIR)
    .filter((folder) => existsSync(join(PACKAGES_DIR, folder, 'README.md')))
    .sort()
    .flatMap((folder) => {
      const dir = join(PACKAGES_DIR, folder);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const examplesDir = join(dir, 'examples');
      const examples =
        existsSync(examplesDir) && examplesAreTypeChecked(dir)
          ? readdirSync(examplesDir)
              .filter((file) => file.endsWith('.ts'))
              .map((file) => ({
                file: join(examplesDir, file),
                text: readFileSync(join(examplesDir, file), 'utf8'),
              }))
          : [];
      return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code], index) => {
        const quoted = examples.find(({ text }) => text.includes(code!));
        return {
          readme: `packages/${folder}/README.md`,
          index: index + 1,
          code: code!,
          ...(quoted
            ? { quotedFrom: relative(PACKAGES_DIR, quoted.file) }
            : { file: join(CHECK_DIR, `${folder}-${index + 1}.ts`) }),
        };
      });
    });
}

/**
 * READMEs whose examples are known not to type-check yet, with the reason; their owners fix them. The test
 * fails when one of these starts to pass, so the entry is removed and the README stays checked from then on.
 */
const KNOWN_FAILING: Record<string, string> = {};

const blocks = readmeBlocks();
const readmes = [...new Set(blocks.map(({ readme }) => readme))];

describe('TypeScript examples in the package READMEs', () => {
  const errors = new Map<string, string[]>();

  beforeAll(async () => {
    const unquoted = blocks.filter((block) => block.file);
    if (unquoted.length === 0) return;
    await mkdir(CHECK_DIR, { recursive: true });
    for (const block of unquoted) {
      // Each block is its own module (top-level await, no clashes between blocks).
      await writeFile(block.file!, `${block.code}\nexport {};\n`);
    }
    await writeFile(
      join(CHECK_DIR, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../../../tsconfig.base.json', include: ['*.ts'] }),
    );
    const result = await run(TSC, ['-p', CHECK_DIR, '--pretty', 'false'], { cwd: CHECK_DIR }).catch(
      (error: { stdout?: string }) => error,
    );
    for (const line of ((result as { stdout?: string }).stdout ?? '').split('\n')) {
      const match = /^([\w.-]+\.ts)\(\d+,\d+\): error/.exec(line);
      if (!match) continue;
      const file = join(CHECK_DIR, match[1]!);
      errors.set(file, [...(errors.get(file) ?? []), line]);
    }
  });
  afterAll(() => rm(CHECK_DIR, { recursive: true, force: true }));

  it('finds the examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(readmes.length);
  });

  it.each(readmes)('%s: every ts block is quoted from a type-checked example or type-checks', (readme) => {
    const problems = blocks
      .filter((block) => block.readme === readme && block.file && errors.has(block.file))
      .map((block) => `block ${block.index}:\n${errors.get(block.file!)!.join('\n')}`);
    if (KNOWN_FAILING[readme]) {
      expect(problems, `${readme} passes now: remove it from KNOWN_FAILING`).not.toEqual([]);
    } else {
      expect(problems).toEqual([]);
    }
  });
});
