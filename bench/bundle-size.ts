/**
 * Browser bundle size of "create a client and send one SMS", ours against the original sipgateio 2.15.1,
 * built the same way in the same run: esbuild, browser platform, minified, gzip level 9.
 * Usage: tsx bundle-size.ts [--json]. Needs the packages built (pnpm build).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SMS_ONLY = `
  import { createSMSModule, sipgateIO } from 'sipgateio';
  const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
  createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
`;

export interface BundleFigure {
  name: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export async function measureBundle(name: string, source: string, alias: Record<string, string> = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    alias,
    logLevel: 'silent',
    // The original pulls Node built-ins into its browser build via its dependencies; leave them out rather than fail.
    external: [
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
      'tty',
      'net',
      'events',
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  return {
    name,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  } satisfies BundleFigure;
}

export async function bundleFigures(): Promise<BundleFigure[]> {
  const ours = await measureBundle('sipgateio (ours): sipgateIO + createSMSModule + send', SMS_ONLY);
  const original = await measureBundle(
    'sipgateio 2.15.1: sipgateIO + createSMSModule + send',
    SMS_ONLY.replace("'sipgateio'", "'sipgateio-original/dist/browser.js'"),
  );
  return [ours, original];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [ours, original] = await bundleFigures();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const figure of [ours!, original!]) {
    console.log(`${figure.name}: ${kb(figure.minifiedBytes)} minified, ${kb(figure.gzipBytes)} gzip`);
  }
  console.log(`ratio (ours / original, gzip): ${(ours!.gzipBytes / original!.gzipBytes).toFixed(3)}`);
  console.log(`target ≤ 10 KB gzip: ${ours!.gzipBytes <= 10 * 1024 ? 'met' : 'MISSED'}`);
}
