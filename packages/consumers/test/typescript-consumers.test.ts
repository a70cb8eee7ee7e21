import { execFile } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = resolve(import.meta.dirname, '../node_modules/.bin/tsc');
const fixtures = resolve(import.meta.dirname, 'fixtures');
const source = resolve(fixtures, 'consumer.ts');

// One consumer source, checked as the file kinds each resolution mode sees: .mts/.cts under node16 (ESM and
// CommonJS importers), .ts under bundler and node10.
const cases = [
  { resolution: 'node16', files: ['esm.mts', 'cjs.cts'] },
  { resolution: 'bundler', files: ['consumer.ts'] },
  { resolution: 'node10', files: ['consumer.ts'] },
];
const copies = cases.flatMap(({ resolution, files }) =>
  files.map((file) => resolve(fixtures, resolution, file)),
);

describe('a TypeScript consumer of the built sipgateio package', () => {
  afterAll(async () => {
    await Promise.all(copies.map((copy) => rm(copy, { force: true })));
  });

  it.each(cases)('type-checks with moduleResolution $resolution', async ({ resolution, files }) => {
    const project = resolve(fixtures, resolution);
    await Promise.all(files.map((file) => copyFile(source, resolve(project, file))));
    const result = await run(tsc, ['-p', project], { cwd: project }).catch(
      (error: { stdout?: string }) => error,
    );
    expect((result as { stdout?: string }).stdout ?? '').toBe('');
  });
});
