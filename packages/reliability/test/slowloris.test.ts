import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { createWebhookModule, WebhookResponse, type WebhookServer } from '@sipgateio/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, NEW_CALL_BODY, signBody, sleep, TEST_PUBLIC_KEY } from './helpers.js';

const HEADERS_TIMEOUT = 1000;
const REQUEST_TIMEOUT = 2000;
// Node checks these timeouts once per connectionsCheckingInterval (1 s in the built-in server); a loaded
// machine adds scheduling delay on top.
const CHECK_SLACK = 1000 + 1500;
const SLOW_CLIENTS = 20;

let server: WebhookServer;
let port: number;

beforeAll(async () => {
  server = await createWebhookModule().createServer({
    port: 0,
    hostname: '127.0.0.1',
    serverAddress: 'https://example.com/webhook',
    publicKey: TEST_PUBLIC_KEY,
    timeouts: { headersTimeout: HEADERS_TIMEOUT, requestTimeout: REQUEST_TIMEOUT, keepAliveTimeout: 1000 },
    onError: () => undefined,
  });
  server.onNewCall(() => WebhookResponse.hangUpCall());
  port = (server.getHttpServer().address() as AddressInfo).port;
});

afterAll(async () => {
  await server?.stop();
});

/** A client that dribbles `head` then one byte of `drip` every 100 ms until the server cuts it off (bounded). */
function slowClient(head: string, drip: string): Promise<{ cutOffAfterMs: number; status: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket: Socket = connect({ port, host: '127.0.0.1' });
    let status = 0;
    let index = 0;
    const interval = setInterval(() => {
      if (socket.destroyed || index >= drip.length) return;
      socket.write(drip[index++] as string);
    }, 100);
    // Hard bound: the test fails on the duration rather than hanging.
    const bound = setTimeout(() => socket.destroy(), REQUEST_TIMEOUT + 10_000);
    socket.on('data', (chunk: Buffer) => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'));
      if (match) status = Number(match[1]);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(interval);
      clearTimeout(bound);
      resolve({ cutOffAfterMs: performance.now() - started, status });
    });
    socket.write(head);
  });
}

async function normalTraffic(until: Promise<unknown>): Promise<{ statuses: number[]; maxLatencyMs: number }> {
  const statuses: number[] = [];
  let maxLatencyMs = 0;
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const signature = signBody(NEW_CALL_BODY);
  while (!done) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/webhook`, {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-sipgate-signature': signature },
      body: NEW_CALL_BODY,
      signal: AbortSignal.timeout(5000),
    });
    await response.text();
    statuses.push(response.status);
    maxLatencyMs = Math.max(maxLatencyMs, performance.now() - started);
    await sleep(50);
  }
  return { statuses, maxLatencyMs };
}

describe('slowloris', () => {
  it('cuts off slow-header and slow-body clients within the configured timeouts while serving normal requests', async () => {
    const slowHeaders = Array.from({ length: SLOW_CLIENTS }, () =>
      slowClient(
        'POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n',
        'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      ),
    );
    const slowBodies = Array.from({ length: SLOW_CLIENTS }, () =>
      slowClient(
        `POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nX-Sipgate-Signature: ${signBody(NEW_CALL_BODY)}\r\nContent-Length: ${NEW_CALL_BODY.length}\r\n\r\n`,
        NEW_CALL_BODY,
      ),
    );
    const all = Promise.all([Promise.all(slowHeaders), Promise.all(slowBodies)]);
    const [[headerResults, bodyResults], traffic] = await Promise.all([all, normalTraffic(all)]);

    console.log(
      `[reliability] slowloris: slow headers cut after max ${Math.round(Math.max(...headerResults.map((r) => r.cutOffAfterMs)))} ms, ` +
        `slow bodies after max ${Math.round(Math.max(...bodyResults.map((r) => r.cutOffAfterMs)))} ms; ` +
        `${traffic.statuses.length} normal requests meanwhile, max latency ${Math.round(traffic.maxLatencyMs)} ms`,
    );
    for (const result of headerResults) {
      expect(result.cutOffAfterMs).toBeLessThan(HEADERS_TIMEOUT + CHECK_SLACK);
      expect([0, 408]).toContain(result.status);
    }
    for (const result of bodyResults) {
      // The body would take 100 ms per byte (~15 s): only the request timeout ends it this early.
      expect(result.cutOffAfterMs).toBeLessThan(REQUEST_TIMEOUT + CHECK_SLACK);
      expect([0, 408]).toContain(result.status);
    }
    expect(traffic.statuses.length).toBeGreaterThan(5);
    expect(new Set(traffic.statuses)).toEqual(new Set([200]));
    expect(traffic.maxLatencyMs).toBeLessThan(1500);
  }, 30_000);
});
