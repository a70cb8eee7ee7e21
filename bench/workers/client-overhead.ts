/**
 * Worker: one client (`fetch`, `ky`, `ours` or `original`) in its own process, so that each client bears its own
 * allocation and GC costs. It warms up, prints `{ "ready": true }`, then for every line `<n>` on stdin runs n
 * sequential GETs of a small JSON body and prints `{ "ms": …, "cpuMs": … }` (wall time and
 * this process's CPU time); it exits when stdin closes. run.ts drives
 * the three workers in alternating batches, so they share the machine's load alike.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { AUTHORIZATION, CREDENTIALS, createOurClient, loadOriginal, report, workerInput } from './clients.js';

interface Input {
  mode: 'fetch' | 'ky' | 'ours' | 'original';
  baseUrl: string;
  warmup: number;
}

const { mode, baseUrl, warmup } = workerInput<Input>();
const url = `${baseUrl}/bench/small`;

async function makeGet(): Promise<() => Promise<unknown>> {
  if (mode === 'fetch') {
    return async () => {
      const response = await fetch(url, {
        headers: { authorization: AUTHORIZATION, accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    };
  }
  if (mode === 'ky') {
    // ky alone (core's copy), called the way our client calls it for such a GET: the same headers, timeout,
    // retry options and retry-counting hook, the body read as text and parsed. What ours costs beyond this
    // is ours; what this costs beyond raw fetch is ky's.
    type Ky = (url: string, options: Record<string, unknown>) => Promise<Response>;
    const core = createRequire(join(process.env.BENCH_ROOT ?? '', 'packages', 'core', 'package.json'));
    const ky = ((await import(pathToFileURL(core.resolve('ky')).href)) as { default: Ky }).default;
    const headers = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Sipgate-Client': JSON.stringify({ runtime: 'node', version: process.versions.node }),
      'X-Sipgate-Version': '0.0.0',
      Authorization: AUTHORIZATION,
    };
    const retry = {
      limit: 2,
      methods: ['get', 'put', 'delete', 'head'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      backoffLimit: 10_000,
      shouldRetry: () => undefined,
      retryOnTimeout: true,
    };
    const hooks = { beforeRetry: [() => undefined] };
    return async () => {
      const response = await ky(url, {
        method: 'GET',
        timeout: 30_000,
        throwHttpErrors: true,
        headers,
        retry,
        hooks,
        context: { state: {} },
      });
      return JSON.parse(await response.text());
    };
  }
  if (mode === 'ours') {
    const client = (await createOurClient(baseUrl)) as { get: (path: string) => Promise<unknown> };
    return () => client.get('/bench/small');
  }
  const client = loadOriginal(baseUrl).sipgateIO(CREDENTIALS) as { get: (path: string) => Promise<unknown> };
  return () => client.get('/bench/small');
}

const get = await makeGet();
for (let index = 0; index < warmup; index++) {
  const body = (await get()) as { id?: string };
  if (body.id !== 'e1')
    throw new Error(`unexpected body from ${mode}: ${JSON.stringify(body).slice(0, 100)}`);
}
report({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const count = Number(line);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < count; index++) await get();
  const cpu = process.cpuUsage(cpuBefore);
  report({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 });
}
