import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The one build configuration every published package uses (`tsup --config ../../tsup.config.ts`).
 * It runs with the package folder as working directory and emits ESM + CommonJS + declarations to dist/.
 */
const packageJson = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  tsup?: { entry?: string[]; platform?: 'node' | 'neutral'; browser?: boolean };
  dependencies?: Record<string, string>;
};

const shared: Options = {
  entry: packageJson.tsup?.entry ?? ['src/index.ts'],
  outDir: 'dist',
  target: 'es2022',
  platform: packageJson.tsup?.platform ?? 'neutral',
  sourcemap: false,
  splitting: false,
  treeshake: true,
  dts: true,
  clean: false,
  define: {
    __SIPGATEIO_VERSION__: JSON.stringify(packageJson.version),
  },
};

/**
 * Resolves `./x.js` to a sibling `x.browser.ts` where one exists: the browser build's variant of a module.
 * The variant itself importing `./x.js` gets the module it stands in for (a variant that loads it lazily).
 */
const preferBrowserVariants: Plugin = {
  name: 'prefer-browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const variant = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.browser.ts'));
      return existsSync(variant) && variant !== args.importer ? { path: variant } : undefined;
    });
  },
};

/**
 * The ESM-only dependencies that the CommonJS build carries (ky, oauth4webapi): the ones this package depends on.
 * Each is loaded with a dynamic `import()` on first use, so it is bundled into its own dist/vendor/<name>.cjs,
 * which the CommonJS build requires only then: `require()` of the package does not read and compile it.
 */
const vendored = ['ky', 'oauth4webapi'].filter((name) => packageJson.dependencies?.[name] !== undefined);

/**
 * Resolves `import('<vendored>')` in the CommonJS build to a module that re-exports `require('./vendor/<name>.cjs')`.
 * The stand-in is an ES module outside any package, so esbuild keeps the default export's CommonJS interop
 * (`exports.default`) that the vendored file was built with.
 */
const requireVendored: Plugin = {
  name: 'require-vendored',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${vendored.join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'vendored',
    }));
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendored' }, (args) => ({
      path: args.path,
      external: true,
    }));
    build.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => ({
      contents: `export * from './vendor/${args.path}.cjs'; export { default } from './vendor/${args.path}.cjs';`,
      loader: 'js',
    }));
  },
};

const resolveFromPackage = createRequire(resolve(process.cwd(), 'package.json')).resolve;

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  // ky and oauth4webapi ship ESM only: CommonJS consumers get them bundled (core is the only importer of ky, oauth
  // the only one of oauth4webapi), so `require()` works where ESM cannot be required (Jest). Each is its own file
  // (see `vendored`), required on first use.
  // Rollup's tree shaking (tsup's `treeshake`) would hoist the vendored `require` to the top: esbuild's alone keeps it
  // inside the lazy import.
  {
    ...shared,
    format: 'cjs',
    ...(vendored.length > 0
      ? { noExternal: vendored, esbuildPlugins: [requireVendored], treeshake: false }
      : {}),
  },
  ...(vendored.length > 0
    ? [
        {
          ...shared,
          entry: Object.fromEntries(vendored.map((name) => [`vendor/${name}`, resolveFromPackage(name)])),
          format: 'cjs' as const,
          dts: false,
          noExternal: vendored,
        },
      ]
    : []),
  // Packages with `"tsup": { "browser": true }` also get dist/index.browser.js for the `browser` export
  // condition, built with the *.browser.ts variants of their modules (types are those of index.d.ts). Code
  // split: what a variant loads with `import()` (features few programs use) becomes a chunk in dist/browser/
  // that an application's bundler keeps out of its main bundle and loads on first use.
  ...(packageJson.tsup?.browser
    ? [
        {
          ...shared,
          entry: { 'index.browser': 'src/index.ts' },
          format: 'esm' as const,
          platform: 'browser' as const,
          dts: false,
          splitting: true,
          esbuildPlugins: [preferBrowserVariants],
          esbuildOptions(options: { chunkNames?: string }) {
            options.chunkNames = 'browser/[name]-[hash]';
          },
        },
      ]
    : []),
]);
