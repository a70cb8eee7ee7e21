import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createWebhookHandler,
  createWebhookModule,
  toNodeListener,
  WebhookResponse,
  type WebhookServer,
} from '@sipgateio/webhook';
import autocannon from 'autocannon';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage, FORM, NEW_CALL_BODY, SOAK, signBody, TEST_PUBLIC_KEY, waitFor } from './helpers.js';

const SERVER_ADDRESS = 'https://example.com/webhook';
const SIGNATURE = signBody(NEW_CALL_BODY);
// Heap growth after load that still counts as "back at baseline": buffers, JIT code and caches of the run.
const HEAP_SLACK_BYTES = 8 * 1024 * 1024;

let builtIn: WebhookServer;
let builtInUrl: string;
let expressServer: Server;
let expressUrl: string;
const handlerErrors: unknown[] = [];

beforeAll(async () => {
  builtIn = await createWebhookModule().createServer({
    port: 0,
    hostname: '127.0.0.1',
    serverAddress: SERVER_ADDRESS,
    publicKey: TEST_PUBLIC_KEY,
    onError: (error) => handlerErrors.push(error),
  });
  builtIn.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4921100000000'] }));
  builtInUrl = `http://127.0.0.1:${(builtIn.getHttpServer().address() as AddressInfo).port}/webhook`;

  const handler = createWebhookHandler({
    serverAddress: SERVER_ADDRESS,
    publicKey: TEST_PUBLIC_KEY,
    onError: (error) => handlerErrors.push(error),
  });
  handler.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4921100000000'] }));
  const app = express();
  app.post('/webhook', toNodeListener(handler));
  expressServer = createServer(app);
  await new Promise<void>((resolve) => expressServer.listen(0, '127.0.0.1', resolve));
  expressUrl = `http://127.0.0.1:${(expressServer.address() as AddressInfo).port}/webhook`;
});

afterAll(async () => {
  await builtIn?.stop();
  expressServer?.closeAllConnections();
  await new Promise((resolve) => expressServer?.close(resolve));
});

function load(url: string, duration: number) {
  return autocannon({
    url,
    connections: 50,
    duration,
    method: 'POST',
    headers: { 'content-type': FORM, 'x-sipgate-signature': SIGNATURE },
    body: NEW_CALL_BODY,
    timeout: 10,
  });
}

async function loadAndMeasure(label: string, url: string, duration: number) {
  await load(url, 1); // warm-up: JIT, key import, connection pools
  await collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const result = await load(url, duration);
  await collectGarbage();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `[reliability] load ${label} ${duration}s x50: ${result.requests.total} requests (${Math.round(result.requests.average)}/s), ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, p99 ${result.latency.p99} ms; ` +
      `heap ${(baseline / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB`,
  );
  return { result, baseline, after };
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );
}

const variants = () =>
  [
    ['built-in server', () => builtInUrl, () => builtIn.getHttpServer()],
    ['Express with toNodeListener', () => expressUrl, () => expressServer],
  ] as const;

describe('webhook load (50 connections)', () => {
  it.each(variants())(
    '%s: no errors or timeouts, memory back near baseline',
    async (label, url, server) => {
      const { result, baseline, after } = await loadAndMeasure(label, url(), 3);
      // Every connection autocannon opened is closed again: nothing is held after the load.
      let connections = -1;
      const poll = setInterval(async () => {
        connections = await openConnections(server());
      }, 50);
      const closed = await waitFor(() => connections === 0, 3000);
      clearInterval(poll);
      expect(closed).toBe(true);
      expect(result.requests.total).toBeGreaterThan(100);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(after - baseline).toBeLessThan(HEAP_SLACK_BYTES);
      expect(handlerErrors).toEqual([]);
    },
    60_000,
  );
});

describe.runIf(SOAK)('webhook load soak (SIPGATEIO_SOAK=1)', () => {
  it.each(variants())(
    '%s for 10 s: no errors or timeouts, memory back near baseline',
    async (label, url) => {
      const { result, baseline, after } = await loadAndMeasure(label, url(), 10);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(after - baseline).toBeLessThan(HEAP_SLACK_BYTES);
      expect(handlerErrors).toEqual([]);
    },
    120_000,
  );
});
