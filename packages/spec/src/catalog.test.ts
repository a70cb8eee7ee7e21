import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

interface Declaration {
  manifest: string;
  field: string;
  name: string;
  range: string;
}

function workspaceManifests(): string[] {
  const packages = readdirSync(resolve(root, 'packages')).map((name) => `packages/${name}/package.json`);
  return ['package.json', 'bench/package.json', 'examples/package.json', ...packages].filter((path) =>
    existsSync(resolve(root, path)),
  );
}

function declarations(): Declaration[] {
  return workspaceManifests().flatMap((manifest) => {
    const json = JSON.parse(readFileSync(resolve(root, manifest), 'utf8'));
    return DEPENDENCY_FIELDS.flatMap((field) =>
      Object.entries<string>(json[field] ?? {}).map(([name, range]) => ({ manifest, field, name, range })),
    );
  });
}

function catalog(): Record<string, string> {
  return parse(readFileSync(resolve(root, 'pnpm-workspace.yaml'), 'utf8')).catalog ?? {};
}

describe('workspace catalog (one version of each tool for every package)', () => {
  it('has every package.json declare a catalogued dependency as `catalog:`, not a literal range', () => {
    const catalogued = catalog();
    const literal = declarations()
      .filter(({ name, range }) => name in catalogued && range !== 'catalog:')
      .map(({ manifest, field, name, range }) => `${manifest} ${field} ${name}: ${range}`);
    expect(literal, 'write "catalog:" (the range lives in pnpm-workspace.yaml)').toEqual([]);
  });

  it('catalogues every external dependency that more than one package declares', () => {
    const catalogued = catalog();
    const manifestsByName = new Map<string, Set<string>>();
    for (const { manifest, name, range } of declarations()) {
      if (range.startsWith('workspace:') || range.startsWith('npm:')) continue;
      manifestsByName.set(name, (manifestsByName.get(name) ?? new Set()).add(manifest));
    }
    const shared = [...manifestsByName].filter(([, manifests]) => manifests.size > 1).map(([name]) => name);
    expect(
      shared.filter((name) => !(name in catalogued)),
      'add these to `catalog:` in pnpm-workspace.yaml',
    ).toEqual([]);
  });

  it('reads the catalog and finds `catalog:` declarations (so the checks above cannot pass on nothing)', () => {
    expect(catalog()).toHaveProperty('vitest');
    expect(declarations().some(({ name, range }) => name === 'vitest' && range === 'catalog:')).toBe(true);
  });
});
