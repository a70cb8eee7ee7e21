import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './published-packages.js';

const run = promisify(execFile);
const packages = publishedPackages();

// Each package imports itself by name from its own folder (Node's package self-reference), which resolves
// through its exports map to the built dist/ files exactly as in a user's node_modules.
describe.each(packages)('$name (built)', ({ name, dir }) => {
  it('has been built', () => {
    expect(existsSync(resolve(dir, 'dist/index.js')), `run the build first: ${name}`).toBe(true);
    expect(existsSync(resolve(dir, 'dist/index.cjs'))).toBe(true);
  });

  it('loads with import', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).length);`,
      ],
      { cwd: dir },
    );
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  });

  it('loads with require()', async () => {
    const { stdout } = await run(
      process.execPath,
      ['-e', `const m = require(${JSON.stringify(name)}); console.log(Object.keys(m).length);`],
      { cwd: dir },
    );
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  });

  it('passes publint', async () => {
    const bin = resolve(import.meta.dirname, '../node_modules/.bin/publint');
    const { stdout } = await run(bin, ['--strict', '--level', 'warning', dir], { cwd: dir });
    expect(stdout).not.toMatch(/Errors:|Warnings:/);
  });

  it('passes @arethetypeswrong/cli', async () => {
    const bin = resolve(import.meta.dirname, '../node_modules/.bin/attw');
    // attw exits non-zero on any problem; the table is printed for the failure message.
    const result = await run(bin, ['--pack', dir, '--format', 'ascii'], { cwd: dir }).catch(
      (error: { stdout?: string; code?: number }) => error,
    );
    expect((result as { stdout?: string }).stdout).toContain('No problems found');
  });
});
