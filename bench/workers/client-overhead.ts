/**
 * Worker: one client (`fetch`, `ours` or `original`) in its own process, so that each client bears its own
 * allocation and GC costs. It warms up, prints `{ "ready": true }`, then for every line `<n>` on stdin runs n
 * sequential GETs of a small JSON body and prints `{ "ms": … }`; it exits when stdin closes. run.ts drives
 * the three workers in alternating batches, so they share the machine's load alike.
 */
import { createInterface } from 'node:readline';
import { AUTHORIZATION, CREDENTIALS, createOurClient, loadOriginal, report, workerInput } from './clients.js';

interface Input {
  mode: 'fetch' | 'ours' | 'original';
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
  for (let index = 0; index < count; index++) await get();
  report({ ms: performance.now() - started });
}
