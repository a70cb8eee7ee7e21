import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = resolve(import.meta.dirname, '../node_modules/.bin/tsc');

describe('a TypeScript consumer of the built sipgateio package', () => {
  it.each(['node16', 'bundler', 'node10'])('type-checks with moduleResolution %s', async (resolution) => {
    const project = resolve(import.meta.dirname, 'fixtures', resolution);
    const result = await run(tsc, ['-p', project], { cwd: project }).catch(
      (error: { stdout?: string }) => error,
    );
    expect((result as { stdout?: string }).stdout ?? '').toBe('');
  });
});
