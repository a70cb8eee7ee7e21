import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const CHANGESET_BIN = resolve(ROOT, 'node_modules/@changesets/cli/bin.js');

async function versions(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const folder of await readdir(join(dir, 'packages'))) {
    const manifest = await readFile(join(dir, 'packages', folder, 'package.json'), 'utf8').catch(
      () => undefined,
    );
    if (manifest === undefined) continue;
    const { name, version, private: isPrivate } = JSON.parse(manifest);
    if (!isPrivate) result[name] = version;
  }
  return result;
}

function bump(version: string, part: 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

describe('independent releases', () => {
  let copy = '';
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('a changeset for @sipgateio/sms bumps sms and patches only the packages that depend on it', async () => {
    copy = await mkdtemp(join(tmpdir(), 'sipgateio-release-'));
    await run('git', ['clone', '--quiet', '--no-hardlinks', ROOT, copy]);
    for (const file of await readdir(join(copy, '.changeset'))) {
      if (file.endsWith('.md') && file !== 'README.md') await rm(join(copy, '.changeset', file));
    }
    await writeFile(
      join(copy, '.changeset', 'sms-only.md'),
      '---\n"@sipgateio/sms": minor\n---\n\nA change to SMS only.\n',
    );
    const before = await versions(copy);
    await run(process.execPath, [CHANGESET_BIN, 'version'], { cwd: copy });
    const after = await versions(copy);

    const dependents = Object.keys(before).filter((name) => name !== '@sipgateio/sms');
    const expected: Record<string, string> = {
      ...before,
      '@sipgateio/sms': bump(before['@sipgateio/sms']!, 'minor'),
    };
    for (const name of dependents) {
      const manifest = JSON.parse(
        await readFile(join(copy, 'packages', name.replace('@sipgateio/', ''), 'package.json'), 'utf8'),
      );
      if (manifest.dependencies?.['@sipgateio/sms']) expected[name] = bump(before[name]!, 'patch');
    }
    expect(after).toEqual(expected);
    expect(after.sipgateio).toBe(bump(before.sipgateio!, 'patch'));
    expect(after['@sipgateio/core']).toBe(before['@sipgateio/core']);
    const changelog = await readFile(join(copy, 'packages/sms/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('A change to SMS only.');
  });
});
