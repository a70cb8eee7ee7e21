/**
 * How a worker gets each client under test, pointed at the local fake. Workers are compiled to plain
 * JavaScript and run with plain `node` (no loader in the measured process), see workers.ts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

export const CREDENTIALS = { tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' };
export const AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.tokenId}:${CREDENTIALS.token}`).toString('base64')}`;

/** The monorepo root, handed over by run.ts. */
function root(): string {
  const value = process.env.BENCH_ROOT;
  if (!value) throw new Error('BENCH_ROOT is not set');
  return value;
}

/** A built workspace package's ESM entry (packages/<name>/dist/index.js). */
export async function importOurs<T>(name: string): Promise<T> {
  const file = join(root(), 'packages', name, 'dist', 'index.js');
  // Other work in the repository may be rebuilding the package this moment (tsup empties dist first).
  for (let waited = 0; !existsSync(file) && waited < 20_000; waited += 500) await sleep(500);
  return (await import(pathToFileURL(file).href)) as T;
}

/** Our client (built @sipgateio/core), with the library's defaults except the base URL. */
export async function createOurClient(baseUrl: string): Promise<unknown> {
  const core = await importOurs<{ sipgateIO: (credentials: unknown, options: unknown) => unknown }>('core');
  return core.sipgateIO(CREDENTIALS, { baseUrl });
}

/**
 * The original sipgateio 2.15.1 (CommonJS), with its axios instance pointed at the local fake: the original
 * has no base URL option, so `axios.create` gets the fake's URL as `baseURL` and everything else unchanged
 * (same adapter, same follow-redirects transport, same limits).
 */
// biome-ignore lint/suspicious/noExplicitAny: the original's CommonJS exports are untyped here
export function loadOriginal(baseUrl: string): any {
  const require = createRequire(join(root(), 'bench', 'package.json'));
  const entry = require.resolve('sipgateio-original');
  const axios = require(require.resolve('axios', { paths: [dirname(entry)] }));
  const create = axios.create;
  axios.create = (config: Record<string, unknown>) => create.call(axios, { ...config, baseURL: baseUrl });
  return require('sipgateio-original');
}

/**
 * One untimed GET through a client's raw `get`, so that lazily loaded transport code (undici behind `fetch`,
 * axios' adapter) is loaded before the clock starts, for ours and the original alike.
 */
export async function warmUp(client: unknown, path = '/bench/small'): Promise<void> {
  await (client as { get: (path: string) => Promise<unknown> }).get(path);
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** `global.gc` (workers run with --expose-gc). */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  collect();
}

/** The worker's single JSON argument. */
export function workerInput<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error('missing JSON argument');
  return JSON.parse(raw) as T;
}

/** Prints the result as the last stdout line (run.ts parses it). */
export function report(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
