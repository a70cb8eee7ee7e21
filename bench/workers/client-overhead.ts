/**
 * Worker: `count` sequential GETs of a small JSON body through one client, after `warmup` untimed ones.
 * Prints `{ ms }`.
 */
import { AUTHORIZATION, createOurClient, loadOriginal, report, workerInput } from './clients.js';

interface Input {
  mode: 'fetch' | 'ours' | 'original';
  baseUrl: string;
  count: number;
  warmup: number;
}

const { mode, baseUrl, count, warmup } = workerInput<Input>();
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
  const original = loadOriginal(baseUrl);
  const client = original.sipgateIO({
    tokenId: 'token-FQ1V12',
    token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372',
  });
  return () => client.get('/bench/small');
}

const get = await makeGet();
let checked = 0;
for (let index = 0; index < warmup; index++) {
  const body = (await get()) as { id?: string };
  if (body.id === 'e1') checked++;
}
if (checked !== warmup) throw new Error(`unexpected body from ${mode}`);
const started = performance.now();
for (let index = 0; index < count; index++) await get();
report({ mode, ms: performance.now() - started });
