import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';

const root = resolve(import.meta.dirname, '../../..');

interface WorkspacePackage {
  dir: string;
  exports: Record<string, unknown>;
}

/** Every package under packages/ by name, with its exports map. */
function workspacePackages(): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  for (const folder of readdirSync(resolve(root, 'packages'))) {
    const file = resolve(root, 'packages', folder, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    if (json.exports) packages.set(json.name, { dir: dirname(file), exports: json.exports });
  }
  return packages;
}

/** Node's rules: the first key of the object (in its own order) that is an active condition wins. */
function pickTarget(value: unknown, conditions: ReadonlySet<string>): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, nested] of Object.entries(value)) {
    if (key === 'default' || conditions.has(key)) {
      const target = pickTarget(nested, conditions);
      if (target !== undefined) return target;
    }
  }
  return undefined;
}

/**
 * Resolves `@sipgateio/*` and `sipgateio` imports through each package's real `exports` map (with the
 * bundle's conditions, e.g. `browser`), then swaps the `dist/<entry>.js` file for the `src/<entry>.ts` tsup
 * builds it from. So the export map is what is tested, and no build is needed first.
 */
function workspaceSources(conditions: readonly string[]): Plugin {
  const packages = workspacePackages();
  const active = new Set(['import', ...conditions]);
  return {
    name: 'sipgateio-workspace-sources',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^(@sipgateio\/[^/]+|sipgateio)(\/.*)?$/ }, (args) => {
        const [, name = '', subpath = ''] = /^(@sipgateio\/[^/]+|sipgateio)(\/.*)?$/.exec(args.path) ?? [];
        const workspacePackage = packages.get(name);
        if (!workspacePackage) return undefined;
        const key = `.${subpath}`;
        const target = pickTarget(workspacePackage.exports[key], active);
        if (!target) {
          return {
            errors: [
              { text: `"${args.path}" is not exported by ${name} under the conditions ${[...active]}` },
            ],
          };
        }
        // dist/<entry>.browser.js is tsup's browser build of src/<entry>.ts (see the root tsup.config.ts).
        const source = resolve(
          workspacePackage.dir,
          target.replace(/^\.\/dist\/(.+?)(\.browser)?\.c?js$/, 'src/$1.ts'),
        );
        if (!existsSync(source)) return { errors: [{ text: `${name}: no source ${source} for ${target}` }] };
        return { path: source };
      });
    },
  };
}

/** As the root tsup config does for browser builds: `./x.js` resolves to a sibling `x.browser.ts` if any. */
const browserVariants: Plugin = {
  name: 'sipgateio-browser-variants',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (!args.importer.startsWith(`${root}/packages/`)) return undefined;
      const variant = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.browser.ts'));
      // A variant importing `./x.js` (to load it lazily) gets the module it stands in for.
      return existsSync(variant) && variant !== args.importer ? { path: variant } : undefined;
    });
  },
};

const NODE_BUILTINS = new RegExp(
  `^(node:.*|${builtinModules.map((name) => name.replace('/', '\\/')).join('|')})$`,
);

/** Fails the bundle at the first Node built-in, naming the file that imports it. */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(esbuild) {
    esbuild.onResolve({ filter: NODE_BUILTINS }, (args) => ({
      errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer.replace(`${root}/`, '')}` }],
    }));
  },
};

export interface BundleResult {
  code: string;
  metafile: Metafile;
  /** With `splitting`: the other chunks by file name (the entry imports them as `./<name>`). */
  chunks: Record<string, string>;
}

/**
 * Bundles `entry` (a file, or `{ contents }` resolved from this folder) for a runtime without Node: the
 * workspace packages come from source through their export maps, and any Node built-in fails the build.
 */
export async function bundleForWeb(
  entry: string | { contents: string },
  options: {
    platform: 'browser' | 'neutral';
    conditions?: string[];
    format?: 'esm' | 'iife';
    globalName?: string;
    /** Code splitting, as applications' bundlers do: what is loaded with `import()` becomes chunks. */
    splitting?: boolean;
  },
): Promise<BundleResult> {
  const conditions = options.conditions ?? (options.platform === 'browser' ? ['browser'] : []);
  const shared: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    platform: options.platform,
    conditions,
    format: options.format ?? 'esm',
    target: 'es2022',
    define: { __SIPGATEIO_VERSION__: JSON.stringify('0.0.0-browser-test') },
    plugins: [
      workspaceSources(conditions),
      ...(conditions.includes('browser') ? [browserVariants] : []),
      noNodeBuiltins,
    ],
    ...(options.globalName ? { globalName: options.globalName } : {}),
  };
  const output = options.splitting ? { splitting: true, outdir: 'out' } : { outfile: 'out.js' };
  const result = await build(
    typeof entry === 'string'
      ? { ...shared, entryPoints: [entry], ...output }
      : {
          ...shared,
          stdin: {
            contents: entry.contents,
            resolveDir: import.meta.dirname,
            loader: 'ts',
            sourcefile: 'entry.ts',
          },
          ...output,
        },
  );
  const entryOutput = Object.entries(result.metafile?.outputs ?? {}).find(([, file]) => file.entryPoint);
  const files = result.outputFiles ?? [];
  const entryFile = files.find((file) => entryOutput && file.path === resolve(root, entryOutput[0]));
  if (!entryFile || !result.metafile) throw new Error('esbuild produced no output');
  const chunks = Object.fromEntries(
    files.filter((file) => file !== entryFile).map((file) => [basename(file.path), file.text]),
  );
  return { code: entryFile.text, metafile: result.metafile, chunks };
}

/** Input files of a bundle, relative to the repository root. */
export function bundledFiles(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs);
}

/** The names an entry exports (an ESM bundle for Node, resolved from source), sorted. */
export async function exportedNames(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    platform: 'node',
    format: 'esm',
    outfile: 'out.js',
    define: { __SIPGATEIO_VERSION__: JSON.stringify('0.0.0-browser-test') },
    plugins: [workspaceSources([])],
  });
  const [output] = Object.values(result.metafile.outputs);
  return [...(output?.exports ?? [])].sort();
}
