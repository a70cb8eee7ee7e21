import { createCallModule } from '@sipgateio/call';
import {
  SipgateIOAbortError,
  type SipgateIOClient,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
  sipgateIO,
} from '@sipgateio/core';
import { createFaxModule } from '@sipgateio/fax';
import { createHistoryModule } from '@sipgateio/history';
import { createRTCMModule } from '@sipgateio/rtcm';
import { createSandbox, type FaultRule, type Sandbox } from '@sipgateio/sandbox';
import { createSMSModule } from '@sipgateio/sms';
import { createSettingsModule } from '@sipgateio/webhook-settings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeResources, sleep, waitFor } from './helpers.js';

// Long enough for a loaded machine to answer normal requests; the hang faults outlast it.
const CLIENT_TIMEOUT = 1000;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<< /Type /Page >>endobj\ntrailer<<>>\n%%EOF\n');

let sandbox: Sandbox;
let client: SipgateIOClient;

beforeAll(async () => {
  sandbox = await createSandbox({ fax: { pendingMs: 60_000 } });
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, timeout: CLIENT_TIMEOUT, retry: 2 });
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(() => sandbox.reset());

function requestsTo(method: string, path: string | RegExp): number {
  return sandbox.state.requests.filter(
    (request) =>
      request.method === method &&
      (typeof path === 'string' ? request.path === path : path.test(request.path)),
  ).length;
}

async function startCall(): Promise<string> {
  const { sessionId } = await createCallModule(client).initiate({ from: 'e0', to: '+4915791234567' });
  return sessionId;
}

describe('idempotent requests (GET, PUT, DELETE) under transient faults', () => {
  const faults: [string, Omit<FaultRule, 'method' | 'path'>, number][] = [
    ['two 503s', { status: 503, times: 2 }, 3],
    ['a 502 and a 504', { status: 502, times: 1 }, 2],
    ['a connection reset', { dropAfterBody: true, times: 1 }, 2],
  ];

  it.each(faults)('GET /history survives %s', async (_label, fault, attempts) => {
    sandbox.fail({ method: 'GET', path: '/history', ...fault });
    const entries = await createHistoryModule(client).fetchAll({}, { limit: 5 });
    expect(entries).toHaveLength(5);
    expect(requestsTo('GET', '/history')).toBe(attempts);
  });

  it.each(faults)('PUT /settings/sipgateio survives %s', async (_label, fault, attempts) => {
    sandbox.fail({ method: 'PUT', path: '/settings/sipgateio', ...fault });
    await createSettingsModule(client).setIncomingUrl('https://example.com/incoming');
    expect(sandbox.state.settings.incomingUrl).toBe('https://example.com/incoming');
    expect(requestsTo('PUT', '/settings/sipgateio')).toBeGreaterThanOrEqual(attempts);
  });

  it.each(faults)('DELETE /history/{id} survives %s', async (_label, fault, attempts) => {
    const id = sandbox.state.history[0]?.id as string;
    sandbox.fail({ method: 'DELETE', path: `/history/${id}`, ...fault });
    await createHistoryModule(client).deleteById(id);
    expect(sandbox.state.history.some((entry) => entry.id === id)).toBe(false);
    expect(requestsTo('DELETE', `/history/${id}`)).toBe(attempts);
  });
});

describe('timeouts of idempotent requests', () => {
  it('a GET that times out once is retried and succeeds', async () => {
    sandbox.fail({ method: 'GET', path: '/history', hang: CLIENT_TIMEOUT * 2 });
    await expect(client.get('/history')).resolves.toMatchObject({ items: expect.any(Array) });
    expect(requestsTo('GET', '/history')).toBe(2);
  });

  it('a GET that keeps timing out fails with SipgateIOTimeoutError after every allowed attempt', async () => {
    sandbox.fail({ method: 'GET', path: '/history', hang: CLIENT_TIMEOUT * 2, times: 3 });
    const error = await client.get('/history').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(error).not.toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(requestsTo('GET', '/history')).toBe(3);
  });
});

describe('finding: a retried DELETE reported "not found" after its first attempt deleted the entry', () => {
  it('history.deleteById resolves when the connection dropped after the delete and the retry answers 404', async () => {
    const id = sandbox.state.history[1]?.id as string;
    sandbox.fail({ method: 'DELETE', path: `/history/${id}`, dropAfterBody: true });
    await expect(createHistoryModule(client).deleteById(id)).resolves.toBeUndefined();
    expect(requestsTo('DELETE', `/history/${id}`)).toBe(2);
    expect(sandbox.state.history.some((entry) => entry.id === id)).toBe(false);
  });

  it('a DELETE of an id that never existed still fails with 404 (503 first: that attempt was answered)', async () => {
    sandbox.fail({ method: 'DELETE', path: '/history/does-not-exist', status: 503 });
    const error = await createHistoryModule(client)
      .deleteById('does-not-exist')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(requestsTo('DELETE', '/history/does-not-exist')).toBe(2);
  });
});

interface Send {
  name: string;
  path: string | RegExp;
  /** Prepares (e.g. starts a call) and returns the send. */
  arrange: () => Promise<() => Promise<unknown>>;
  /** How many times the send took effect in the sandbox. */
  effects: () => number;
}

const sends: Send[] = [
  {
    name: 'SMS',
    path: '/sessions/sms',
    arrange: async () => () =>
      createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' }),
    effects: () => sandbox.state.sms.length,
  },
  {
    name: 'fax',
    path: '/sessions/fax',
    arrange: async () => () =>
      createFaxModule(client).send({
        faxlineId: 'f0',
        to: '+4921100000099',
        fileContent: PDF,
        filename: 'a.pdf',
      }),
    effects: () => sandbox.state.faxes.length,
  },
  {
    name: 'call',
    path: '/sessions/calls',
    arrange: async () => () => createCallModule(client).initiate({ from: 'e0', to: '+4915791234567' }),
    effects: () => sandbox.state.calls.filter((call) => call.origin === 'session').length,
  },
  {
    name: 'RTCM announcement',
    path: /^\/calls\/[^/]+\/announcements$/,
    arrange: async () => {
      const callId = await startCall();
      return () => createRTCMModule(client).announce({ callId }, 'https://example.com/announcement.wav');
    },
    effects: () => sandbox.state.calls.reduce((sum, call) => sum + call.announcements.length, 0),
  },
  {
    name: 'RTCM DTMF',
    path: /^\/calls\/[^/]+\/dtmf$/,
    arrange: async () => {
      const callId = await startCall();
      return () => createRTCMModule(client).sendDTMF({ callId }, '123');
    },
    effects: () => sandbox.state.calls.reduce((sum, call) => sum + call.dtmf.length, 0),
  },
  {
    name: 'RTCM transfer',
    path: /^\/calls\/[^/]+\/transfer$/,
    arrange: async () => {
      const callId = await startCall();
      return () =>
        createRTCMModule(client).transfer({ callId }, { attended: false, phoneNumber: '+4921100000000' });
    },
    effects: () => sandbox.state.calls.reduce((sum, call) => sum + call.transfers.length, 0),
  },
];

describe('POST sends reach the API at most once', () => {
  const cases = sends.flatMap((send) =>
    [500, 502, 503, 504].map((status) => [send.name, status, send] as const),
  );

  it.each(cases)(
    '%s under HTTP %i: one request, no retry, the status reported',
    async (_name, status, send) => {
      const run = await send.arrange();
      const before = send.effects();
      sandbox.fail({ method: 'POST', path: send.path, status });
      const error = await run().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      // A gateway error (502/504) may hide a request the API carried out: the caller is told it cannot know.
      if (status === 502 || status === 504) {
        expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
        expect(error).toMatchObject({ reason: 'gateway', status });
      } else {
        expect(error).toBeInstanceOf(SipgateIOHttpError);
        expect((error as SipgateIOHttpError).status).toBe(status);
      }
      expect(requestsTo('POST', send.path)).toBe(1);
      expect(send.effects()).toBe(before);
    },
  );

  it('every send timing out (all at once): outcome unknown, sent once, took effect once', async () => {
    const runs = await Promise.all(sends.map((send) => send.arrange()));
    const before = sends.map((send) => send.effects());
    // Arranging the RTCM sends starts calls (POST /sessions/calls): count from here.
    const sentBefore = sends.map((send) => requestsTo('POST', send.path));
    for (const send of sends) sandbox.fail({ method: 'POST', path: send.path, hang: CLIENT_TIMEOUT * 1.5 });
    const errors = await Promise.all(
      runs.map((run) =>
        run().then(
          () => undefined,
          (caught: unknown) => caught,
        ),
      ),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
      expect((error as SipgateIOOutcomeUnknownError).reason).toBe('timeout');
    }
    // The sandbox applies a delayed request once its hang is over, whether or not the client still waits.
    const applied = () => sends.every((send, index) => send.effects() === (before[index] as number) + 1);
    expect(await waitFor(applied, 5000)).toBe(true);
    await sleep(100);
    sends.forEach((send, index) => {
      expect(requestsTo('POST', send.path) - (sentBefore[index] as number), send.name).toBe(1);
      expect(send.effects(), send.name).toBe((before[index] as number) + 1);
    });
  });

  it.each(sends.map((send) => [send.name, send] as const))(
    '%s with the connection dropped after the body: outcome unknown, sent once, took effect once',
    async (_name, send) => {
      const run = await send.arrange();
      const before = send.effects();
      sandbox.fail({ method: 'POST', path: send.path, dropAfterBody: true });
      const error = await run().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
      expect((error as SipgateIOOutcomeUnknownError).reason).toBe('network');
      await sleep(100);
      expect(requestsTo('POST', send.path)).toBe(1);
      expect(send.effects()).toBe(before + 1);
    },
  );
});

describe('429 with Retry-After', () => {
  it('a GET waits Retry-After seconds, then succeeds', async () => {
    sandbox.fail({ method: 'GET', path: '/history', status: 429, headers: { 'Retry-After': '1' } });
    const started = performance.now();
    const entries = await createHistoryModule(client).fetchAll({}, { limit: 3 });
    const elapsed = performance.now() - started;
    expect(entries).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    const times = sandbox.state.requests
      .filter((request) => request.path === '/history')
      .map((request) => Date.parse(request.receivedAt));
    expect(times).toHaveLength(2);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
  });

  it('a GET honours Retry-After as an HTTP date', async () => {
    const at = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000).toUTCString();
    sandbox.fail({ method: 'GET', path: '/history', status: 429, headers: { 'Retry-After': at } });
    const started = performance.now();
    await createHistoryModule(client).fetchAll({}, { limit: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(requestsTo('GET', '/history')).toBe(2);
  });

  it('a POST is not repeated on 429: the caller gets retryAfter', async () => {
    sandbox.fail({ method: 'POST', path: '/sessions/sms', status: 429, headers: { 'Retry-After': '7' } });
    const error = await createSMSModule(client)
      .send({ smsId: 's0', to: '+4915799912345', message: 'Hello' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIORateLimitError);
    expect((error as SipgateIORateLimitError).retryAfter).toBe(7);
    expect(requestsTo('POST', '/sessions/sms')).toBe(1);
    expect(sandbox.state.sms).toHaveLength(0);
  });
});

describe('AbortSignal', () => {
  /** Timers and sockets of this process, waited for until they are back to `baseline` (bounded). */
  async function settlesTo(baseline: Record<string, number>): Promise<Record<string, number>> {
    let now = activeResources();
    await waitFor(() => {
      now = activeResources();
      return (
        (now.Timeout ?? 0) <= (baseline.Timeout ?? 0) &&
        (now.TCPSocketWrap ?? 0) <= (baseline.TCPSocketWrap ?? 0)
      );
    }, 3000);
    return now;
  }

  async function baseline(): Promise<Record<string, number>> {
    // Warm the connection pool first, so a kept-alive socket is part of the baseline.
    await createHistoryModule(client).fetchAll({}, { limit: 1 });
    await sleep(50);
    return activeResources();
  }

  it('aborting a hanging GET stops it promptly and leaks no timer or socket', async () => {
    const before = await baseline();
    sandbox.fail({ method: 'GET', path: '/history', hang: true });
    const controller = new AbortController();
    const slowClient = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, timeout: 30_000, retry: 2 });
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const error = await slowClient
      .get('/history', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(requestsTo('GET', '/history')).toBe(2); // the warm-up and the aborted one: no retry after abort
    const after = await settlesTo(before);
    expect(after.Timeout ?? 0).toBeLessThanOrEqual(before.Timeout ?? 0);
    expect(after.TCPSocketWrap ?? 0).toBeLessThanOrEqual(before.TCPSocketWrap ?? 0);
  });

  it('aborting a hanging SMS send: outcome unknown, nothing sent, nothing leaked', async () => {
    const before = await baseline();
    sandbox.fail({ method: 'POST', path: '/sessions/sms', hang: true });
    const controller = new AbortController();
    const clientWithSignal = sipgateIO(sandbox.credentials, {
      baseUrl: sandbox.url,
      timeout: 30_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    const error = await createSMSModule(clientWithSignal)
      .send({ smsId: 's0', to: '+4915799912345', message: 'Hello' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as SipgateIOOutcomeUnknownError).reason).toBe('abort');
    expect(sandbox.state.sms).toHaveLength(0);
    const after = await settlesTo(before);
    expect(after.Timeout ?? 0).toBeLessThanOrEqual(before.Timeout ?? 0);
    expect(after.TCPSocketWrap ?? 0).toBeLessThanOrEqual(before.TCPSocketWrap ?? 0);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await client
      .get('/history', { signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(sandbox.state.requests).toHaveLength(0);
  });

  it('aborting history.iterateAll between pages stops the iteration', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const entry of createHistoryModule(client).iterateAll(
        {},
        { pageSize: 5, signal: controller.signal },
      )) {
        seen.push(entry.id);
        if (seen.length === 7) controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(seen.length).toBeLessThanOrEqual(10);
    expect(requestsTo('GET', '/history')).toBeLessThanOrEqual(2);
  });
});
