import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * One vitest configuration for the whole workspace: every folder under packages/ (and bench/) is a project
 * named after the folder. Workspace imports resolve to sources, so unit tests need no build; tests that need
 * the built packages (consumer and packing tests) build them first themselves.
 */
const root = import.meta.dirname;
const packageDirs = readdirSync(resolve(root, 'packages')).filter((name) =>
  existsSync(resolve(root, 'packages', name, 'package.json')),
);
// Top-level private workspaces with tests of their own (end-to-end examples, benchmarks' sanity checks).
const topLevelDirs = ['examples', 'bench'].filter((name) => existsSync(resolve(root, name, 'package.json')));

// Every published entry point (`@sipgateio/webhook`, `@sipgateio/webhook/web`, …) maps exactly to its source file,
// derived from the package's exports map (./dist/<name>.js → src/<name>.ts).
const alias = packageDirs.flatMap((name) => {
  const dir = resolve(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const exportsMap: Record<string, unknown> = manifest.exports ?? {};
  return Object.entries(exportsMap).flatMap(([subpath, target]) => {
    // Node's conditions, not the `browser` one: tests run on Node.
    const { browser: _browser, ...nodeTarget } = (target ?? {}) as Record<string, unknown>;
    const entry = JSON.stringify(typeof target === 'string' ? target : nodeTarget).match(
      /\.\/dist\/([\w-]+)\.js/,
    )?.[1];
    // Private workspace packages (test-utils) export their sources directly.
    const source =
      typeof target === 'string' && target.endsWith('.ts')
        ? resolve(dir, target)
        : entry && resolve(dir, 'src', `${entry}.ts`);
    if (!source || !existsSync(source)) return [];
    const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    return [{ find: new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`), replacement: source }];
  });
});

// Projects whose tests spawn tsc, npm, attw, publint, tsx scripts or servers. Their limits hold on a busy 2-core
// machine (many times the quiet duration of a few seconds to a minute); a limit only counts when a test hangs, so
// the quiet run is no slower. One setting for the suite: the test files set no limits of their own.
const PROCESS_PROJECTS = new Set(['consumers', 'examples']);
const PROCESS_TEST_TIMEOUT = 300_000;
const PROCESS_HOOK_TIMEOUT = 900_000;

function versionOf(dir: string): string {
  return JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')).version;
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      ...packageDirs.map((name) => ({ name, dir: resolve(root, 'packages', name) })),
      ...topLevelDirs.map((name) => ({ name, dir: resolve(root, name) })),
    ].map(({ name, dir }) => {
      return {
        extends: true,
        // Only core reads it (X-Sipgate-Version): always core's own version, whichever project imports it.
        define: { __SIPGATEIO_VERSION__: JSON.stringify(versionOf(resolve(root, 'packages/core'))) },
        test: {
          name,
          root: dir,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          testTimeout: PROCESS_PROJECTS.has(name) ? PROCESS_TEST_TIMEOUT : 20_000,
          hookTimeout: PROCESS_PROJECTS.has(name) ? PROCESS_HOOK_TIMEOUT : 60_000,
        },
      };
    }),
  },
});
