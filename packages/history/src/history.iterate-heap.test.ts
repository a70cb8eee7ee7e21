import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createTestClient, setupNock } from '@sipgateio/test-utils';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHistoryModule } from './index.js';

// Real sockets on 127.0.0.1 only (setupNock keeps loopback open and everything else closed).
setupNock();

const TOTAL = 100_000;
// Keeping every entry costs about 100 MB here, so both bounds catch a client that accumulates entries.
const MAX_HEAP_GROWTH = 50 * 1024 * 1024;
const MAX_RETAINED_GROWTH = 20 * 1024 * 1024;
let server: Server;
let baseUrl: string;
let requests = 0;

const COMMON =
  '"source":"+4921100000000","target":"+4921100000001","sourceAlias":"","targetAlias":"",' +
  '"direction":"OUTGOING","incoming":false,"status":"PICKUP","connectionIds":["p0"],"read":true,' +
  '"archived":false,"note":"","endpoints":[{"type":"ROUTED","endpoint":{"extension":"p0","type":"PHONELINE"}}],' +
  '"starred":false,"labels":[]';
const START = Date.UTC(2024, 0, 1);

/**
 * One generated entry (about 500 bytes, like a real one); every tenth is a fax, so the faxStatus rename
 * runs too. A string template: the fake shares the test's thread, and JSON.stringify would dominate it.
 */
function entryJson(index: number): string {
  const created = new Date(START + index * 60_000).toISOString();
  const specific =
    index % 10 === 0
      ? '"type":"FAX","faxStatusType":"SENT","scheduled":null,"documentUrl":"","reportUrl":"","previewUrl":"","pageCount":1'
      : `"type":"CALL","callId":"call-${index}","recordings":[],"duration":${index % 300},"callStatus":"SUCCESS"`;
  return `{"id":"e${index}",${COMMON},"created":"${created}","lastModified":"${created}",${specific}}`;
}

/** `global.gc` when the process runs with --expose-gc, else one obtained through V8's flags; undefined if neither works. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  // Pages are generated per request from offset and limit: the fake holds at most the page it is sending,
  // never the whole history.
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/v2/history' || !request.headers.authorization) {
      response.writeHead(404).end();
      return;
    }
    requests++;
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    const end = Math.min(offset + limit, TOTAL);
    const items: string[] = [];
    for (let index = offset; index < end; index++) items.push(entryJson(index));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(`{"items":[${items.join(',')}],"totalCount":${TOTAL}}`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

it('iterates 100,000 entries in pages of 1000 while the heap stays bounded', async () => {
  const history = createHistoryModule(createTestClient({ baseUrl }));
  const gc = exposeGc();
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let retained = baseline;
  let count = 0;
  let faxes = 0;
  let outOfOrder = 0;
  const started = performance.now();

  for await (const entry of history.iterateAll({ connectionIds: ['p0'] })) {
    // Ids arrive in order, each exactly once; nothing is kept. (Plain checks: 100,000 expect calls would
    // dominate the time measured.)
    if (entry.id !== `e${count}`) outOfOrder++;
    if (entry.type === 'FAX' && entry.faxStatus === 'SENT') faxes++;
    count++;
    if (count % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    // A full collection every 10 pages shows what the iteration really keeps alive.
    if (gc && count % 10_000 === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  }

  const durationMs = performance.now() - started;
  const growth = peak - baseline;
  const retainedGrowth = retained - baseline;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `[bench] history.iterateAll entries=${count} pages=${requests} durationMs=${durationMs.toFixed(0)} ` +
      `entriesPerSecond=${Math.round(count / (durationMs / 1000))} heapBaselineMB=${mb(baseline)} ` +
      `heapPeakMB=${mb(peak)} heapGrowthMB=${mb(growth)} retainedGrowthMB=${gc ? mb(retainedGrowth) : 'n/a'} gcExposed=${gc !== undefined}`,
  );

  expect(count).toBe(TOTAL);
  expect(outOfOrder).toBe(0);
  expect(faxes).toBe(TOTAL / 10);
  // 100 full pages and no extra request for an empty page: paging stops at totalCount.
  expect(requests).toBe(100);
  expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
  if (gc) expect(retainedGrowth).toBeLessThan(MAX_RETAINED_GROWTH);
}, 60_000);
