/**
 * Browser bundle size, ours vs. the original's browser build, built the same way in the same run: esbuild,
 * browser platform, ESM, minified, gzip level 9. Two programs: "create a client and send one SMS", and "create
 * a client and every REST module" (the original's browser.js exports them all).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { formatBytes, formatRatio, judge, type Measure, type ReportRow } from '../harness.js';
import { ROOT, waitForBuild } from '../workers.js';

const BENCH_DIR = join(ROOT, 'bench');
const CLIENT = `const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });`;
const KB = 1024;

/** The REST feature packages and their factories, as in the original's browser.js. */
export const REST_MODULES = [
  ['sms', 'createSMSModule'],
  ['fax', 'createFaxModule'],
  ['call', 'createCallModule'],
  ['contacts', 'createContactsModule'],
  ['history', 'createHistoryModule'],
  ['rtcm', 'createRTCMModule'],
  ['numbers', 'createNumbersModule'],
  ['devices', 'createDevicesModule'],
  ['voicemails', 'createVoicemailsModule'],
  ['webhook-settings', 'createSettingsModule'],
] as const;

/** Node built-ins the original's dependencies reach for; left out of its browser build rather than failing it. */
const NODE_BUILTINS = [
  'http',
  'https',
  'url',
  'stream',
  'zlib',
  'assert',
  'util',
  'fs',
  'os',
  'path',
  'crypto',
];

export interface BundleFigure {
  minifiedBytes: number;
  gzipBytes: number;
  /** The inputs that contribute most minified bytes, largest first. */
  largestInputs: { path: string; bytes: number }[];
}

/** Bundles a program for the browser and returns its minified and gzip sizes. */
export async function measureBundle(
  source: string,
  alias: Record<string, string> = {},
): Promise<BundleFigure> {
  const result = await build({
    stdin: { contents: source, resolveDir: BENCH_DIR, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    alias,
    logLevel: 'silent',
    external: [...NODE_BUILTINS, 'tty', 'net', 'events'],
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const largestInputs = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path: shortPath(path), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
  return { minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, largestInputs };
}

/** `ky/distribution/core/Ky.js` rather than the whole pnpm store path. */
function shortPath(path: string): string {
  const afterStore = path.split('node_modules/').at(-1) ?? path;
  return afterStore.replace(/^(\.\.\/)+/, '');
}

function describeInputs(figure: BundleFigure): string {
  return figure.largestInputs.map(({ path, bytes }) => `${path} ${formatBytes(bytes)}`).join(', ');
}

/** The programs for ours: factories the built meta-package exports come from it, the rest from their packages. */
async function ourPrograms(): Promise<{
  sms: string;
  all: string;
  alias: Record<string, string>;
  included: string[];
}> {
  const metaDist = join(ROOT, 'packages', 'sipgateio', 'dist', 'index.js');
  if (!(await waitForBuild('sipgateio'))) throw new Error('packages/sipgateio is not built (run pnpm build)');
  // esbuild resolves the `browser` export condition where the package has one: ask that entry what it exports.
  const browserDist = join(ROOT, 'packages', 'sipgateio', 'dist', 'browser.js');
  const entry = existsSync(browserDist) ? browserDist : metaDist;
  const meta = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const alias: Record<string, string> = {};
  const imports = ['import { sipgateIO } from "sipgateio";'];
  const included: string[] = [];
  for (const [name, factory] of REST_MODULES) {
    if (factory in meta) {
      imports.push(`import { ${factory} } from "sipgateio";`);
    } else {
      const dist = join(ROOT, 'packages', name, 'dist', 'index.js');
      if (!existsSync(join(ROOT, 'packages', name, 'src', 'index.ts')) || !(await waitForBuild(name)))
        continue;
      alias[`@sipgateio/${name}`] = dist;
      imports.push(`import { ${factory} } from "@sipgateio/${name}";`);
    }
    included.push(name);
  }
  const factories = REST_MODULES.filter(([name]) => included.includes(name)).map(([, factory]) => factory);
  return {
    sms: smsProgram('sipgateio'),
    all: `${imports.join('\n')}\n${CLIENT}\nexport const modules = [${factories.map((factory) => `${factory}(client)`).join(', ')}];\n`,
    alias,
    included,
  };
}

function smsProgram(from: string): string {
  return `import { createSMSModule, sipgateIO } from '${from}';
${CLIENT}
createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
`;
}

function originalAllProgram(): string {
  const factories = REST_MODULES.map(([, factory]) => factory);
  return `import { sipgateIO, ${factories.join(', ')} } from 'sipgateio-original/dist/browser.js';
${CLIENT}
export const modules = [${factories.map((factory) => `${factory}(client)`).join(', ')}];
`;
}

function row(measure: string, ours: BundleFigure, original: BundleFigure, limitKb: number): ReportRow {
  return {
    measure,
    ours: `${formatBytes(ours.gzipBytes)} (${formatBytes(ours.minifiedBytes)} min)`,
    original: `${formatBytes(original.gzipBytes)} (${formatBytes(original.minifiedBytes)} min)`,
    ratio: `${formatRatio(ours.gzipBytes / original.gzipBytes)} original`,
    target: `≤ ${limitKb} KB gzip`,
    status: judge(ours.gzipBytes, '<=', limitKb * KB),
    rounds: '1 (deterministic)',
    spread: '— (same bytes every build)',
  };
}

export const bundleMeasure: Measure = {
  name: 'bundle',
  async run({ log }) {
    log('bundle: building browser bundles');
    const programs = await ourPrograms();
    const oursSms = await measureBundle(programs.sms);
    const oursAll = await measureBundle(programs.all, programs.alias);
    const originalSms = await measureBundle(smsProgram('sipgateio-original/dist/browser.js'));
    const originalAll = await measureBundle(originalAllProgram());
    const missing = REST_MODULES.map(([name]) => name).filter((name) => !programs.included.includes(name));
    const allLabel = `browser bundle, all REST modules (${programs.included.length} of ${REST_MODULES.length}), gzip`;
    return {
      rows: [
        row('browser bundle, SMS only, gzip', oursSms, originalSms, 10),
        row(allLabel, oursAll, originalAll, 45),
      ],
      notes: [
        'esbuild (browser platform, ESM, minified), gzip level 9; 1 KB = 1024 bytes. SMS only: `sipgateIO` + ' +
          '`createSMSModule(client).send(…)`. All REST modules: `sipgateIO` + every `create…Module(client)` ' +
          `(${REST_MODULES.map(([name]) => name).join(', ')}), kept alive through an export. Ours from the built ` +
          '`sipgateio` meta-package (its `browser` export condition where it has one) where it exports the ' +
          'factory, else from the built feature package; the original from `sipgateio-original/dist/browser.js` ' +
          '(its `browser` entry), Node built-ins its dependencies import left out rather than polyfilled (so its ' +
          'figure is a lower bound).',
        `Modules included in ours: ${programs.included.join(', ')}.` +
          (missing.length > 0 ? ` Not built/present, so not included: ${missing.join(', ')}.` : ''),
        `Largest inputs of ours (minified bytes before gzip), SMS only: ${describeInputs(oursSms)}. All REST ` +
          `modules: ${describeInputs(oursAll)}.`,
        `Largest inputs of the original, SMS only: ${describeInputs(originalSms)}.`,
      ],
    };
  },
};
