import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * The one build configuration every published package uses (`tsup --config ../../tsup.config.ts`).
 * It runs with the package folder as working directory and emits ESM + CommonJS + declarations to dist/.
 */
const packageJson = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  tsup?: { entry?: string[]; platform?: 'node' | 'neutral' };
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

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  // ky ships ESM only: CommonJS consumers get it bundled into this output (core is the only importer).
  { ...shared, format: 'cjs', noExternal: ['ky'] },
]);
