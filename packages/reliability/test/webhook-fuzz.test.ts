import type { AddressInfo } from 'node:net';
import {
  createWebhookModule,
  type WebhookErrorContext,
  WebhookResponse,
  type WebhookServer,
} from '@sipgateio/webhook';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange, runPool, SOAK, TEST_PUBLIC_KEY, watchProcess } from './helpers.js';
import { type FuzzRequest, requestArbitrary, type SignatureMode } from './webhook-fuzz-requests.js';

/**
 * The statuses a webhook request may be answered with (see README.md). The webhook pipeline answers 200, 400,
 * 403, 405, 413, 415 and 500; Node's HTTP parser answers 400 (malformed request line or headers), 408 (request
 * or headers timeout), 417 (an `Expect` other than 100-continue) and 431 (headers too large) before the
 * pipeline sees the request.
 */
export const DOCUMENTED_STATUSES: ReadonlySet<number> = new Set([
  200, 400, 403, 405, 408, 413, 415, 417, 431, 500,
]);

const MAX_BODY_BYTES = 4096;
const BATCH = 25;
const CONCURRENCY = 25;

interface Tally {
  requests: number;
  answered: number;
  aborted: number;
  unanswered: string[];
  undocumented: string[];
  statuses: Record<number, number>;
  handlerCalls: number;
  handlerErrors: number;
}

let server: WebhookServer;
let port: number;
let handlerCalls = 0;
const errorStages: Record<string, number> = {};

beforeAll(async () => {
  server = await createWebhookModule().createServer({
    port: 0,
    hostname: '127.0.0.1',
    serverAddress: 'https://example.com/webhook?tenant=a&b=<c>',
    publicKey: TEST_PUBLIC_KEY,
    maxBodyBytes: MAX_BODY_BYTES,
    handlerTimeout: 2000,
    timeouts: { headersTimeout: 2000, requestTimeout: 3000, keepAliveTimeout: 1000 },
    onError: (_error: unknown, context: WebhookErrorContext) => {
      errorStages[context.stage] = (errorStages[context.stage] ?? 0) + 1;
    },
  });
  port = (server.getHttpServer().address() as AddressInfo).port;
  server.onNewCall(() => {
    handlerCalls++;
    return WebhookResponse.redirectCall({ numbers: ['+4921100000000'], callerId: '<&">' });
  });
  server.onAnswer(() => {
    handlerCalls++;
  });
  server.onHangUp(() => {
    handlerCalls++;
  });
  server.onData(() => {
    handlerCalls++;
    return WebhookResponse.hangUpCall();
  });
});

afterAll(async () => {
  await server?.stop();
});

function newTally(): Tally {
  return {
    requests: 0,
    answered: 0,
    aborted: 0,
    unanswered: [],
    undocumented: [],
    statuses: {},
    handlerCalls: 0,
    handlerErrors: 0,
  };
}

/** Sends one batch concurrently and checks every answer; returns how many handler calls it caused. */
async function sendBatch(batch: readonly FuzzRequest[], tally: Tally): Promise<number> {
  const before = handlerCalls;
  const results = await runPool(
    batch.map(
      (request) => () =>
        rawExchange(port, request.bytes, { timeoutMs: 8000, abortAfterWrite: request.abortAfterWrite }),
    ),
    CONCURRENCY,
  );
  results.forEach((result, index) => {
    const request = batch[index] as FuzzRequest;
    tally.requests++;
    if (result.status) {
      tally.answered++;
      tally.statuses[result.status] = (tally.statuses[result.status] ?? 0) + 1;
      if (!DOCUMENTED_STATUSES.has(result.status))
        tally.undocumented.push(`${result.status} ${request.describe}`);
    } else if (request.abortAfterWrite) {
      tally.aborted++;
    } else {
      tally.unanswered.push(`${result.outcome} ${request.describe}`);
    }
  });
  return handlerCalls - before;
}

async function fuzz(options: { requests: number; signature: fc.Arbitrary<SignatureMode>; seed?: number }) {
  const tally = newTally();
  const arbitrary = fc.array(
    requestArbitrary({ maxBodyBytes: MAX_BODY_BYTES, signature: options.signature }),
    {
      minLength: BATCH,
      maxLength: BATCH,
    },
  );
  const watched = await watchProcess(() =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (batch) => {
        const undocumentedBefore = tally.undocumented.length;
        const unansweredBefore = tally.unanswered.length;
        const calls = await sendBatch(batch, tally);
        tally.handlerCalls += calls;
        const validlySigned = batch.filter((request) => request.signature === 'valid').length;
        // Handler calls never exceed validly signed requests (exact attribution is the unsigned property's job).
        expect(calls).toBeLessThanOrEqual(validlySigned);
        expect(tally.undocumented.slice(undocumentedBefore)).toEqual([]);
        expect(tally.unanswered.slice(unansweredBefore)).toEqual([]);
      }),
      {
        numRuns: Math.ceil(options.requests / BATCH),
        seed: options.seed,
        endOnFailure: true,
        interruptAfterTimeLimit: SOAK ? 1_800_000 : 120_000,
        markInterruptAsFailure: true,
      },
    ),
  );
  return { tally, ...watched };
}

function report(label: string, outcome: Awaited<ReturnType<typeof fuzz>>): void {
  const { tally } = outcome;
  console.log(
    `[reliability] ${label}: ${tally.requests} requests, ${tally.answered} answered, ${tally.aborted} client-aborted, ` +
      `${tally.unanswered.length} unanswered, ${tally.undocumented.length} undocumented statuses, ` +
      `${tally.handlerCalls} handler calls, ${outcome.unhandledRejections.length} unhandled rejections, ` +
      `${outcome.uncaughtExceptions.length} uncaught exceptions; statuses ${JSON.stringify(tally.statuses)}; ` +
      `onError stages ${JSON.stringify(errorStages)}`,
  );
}

const UNSIGNED = fc.constantFrom<SignatureMode>('untrusted-key', 'other-body', 'garbage', 'missing');
const MIXED = fc.constantFrom<SignatureMode>(
  'valid',
  'valid',
  'valid',
  'untrusted-key',
  'other-body',
  'garbage',
  'missing',
);

describe('webhook fuzzing over real sockets', () => {
  it('never calls a handler for unsigned or wrongly signed requests, and answers each with a documented status', async () => {
    const outcome = await fuzz({ requests: 1000, signature: UNSIGNED });
    report('fuzz unsigned', outcome);
    expect(outcome.tally.handlerCalls).toBe(0);
    expect(outcome.tally.requests).toBe(1000);
    expect(outcome.unhandledRejections).toEqual([]);
    expect(outcome.uncaughtExceptions).toEqual([]);
    // Nothing unsigned got past the signature check: no 200 unless the method/type check answered first.
    expect(outcome.tally.statuses[200] ?? 0).toBe(0);
  }, 180_000);

  it('answers randomly shaped, mostly signed requests with documented statuses and stays up', async () => {
    const outcome = await fuzz({ requests: 1000, signature: MIXED });
    report('fuzz mixed', outcome);
    expect(outcome.tally.requests).toBe(1000);
    expect(outcome.tally.statuses[200] ?? 0).toBeGreaterThan(0);
    expect(outcome.tally.handlerCalls).toBeGreaterThan(0);
    expect(outcome.unhandledRejections).toEqual([]);
    expect(outcome.uncaughtExceptions).toEqual([]);
    // The server still serves a normal request after the storm.
    expect(server.getHttpServer().listening).toBe(true);
  }, 180_000);
});

describe.runIf(SOAK)('webhook fuzzing soak (SIPGATEIO_SOAK=1)', () => {
  it('100,000 requests: zero crashes, documented statuses only, no handler call for unsigned requests', async () => {
    const unsigned = await fuzz({ requests: 50_000, signature: UNSIGNED });
    report('soak fuzz unsigned', unsigned);
    const mixed = await fuzz({ requests: 50_000, signature: MIXED });
    report('soak fuzz mixed', mixed);
    expect(unsigned.tally.handlerCalls).toBe(0);
    expect(unsigned.tally.requests + mixed.tally.requests).toBe(100_000);
    for (const outcome of [unsigned, mixed]) {
      expect(outcome.unhandledRejections).toEqual([]);
      expect(outcome.uncaughtExceptions).toEqual([]);
    }
  }, 2_400_000);
});
