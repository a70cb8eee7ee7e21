import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api, createTestClient, setupNock, TEST_CREDENTIALS } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { sipgateIO } from './client.js';
import {
  SipgateIOAbortError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIOOutcomeUnknownError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
} from './errors.js';

setupNock();

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (caught: unknown) => caught as Error,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Retry-After: 0 makes ky retry at once instead of after its 300 ms backoff, keeping the suite fast.
const NOW = { 'Retry-After': '0' };

describe('retries', () => {
  it('retries a GET after two 503s (three calls in all)', async () => {
    let calls = 0;
    api()
      .get('/v2/history')
      .times(3)
      .reply(() => {
        calls++;
        return calls < 3 ? [503, '', NOW] : [200, { items: [] }];
      });
    expect(await createTestClient({ retry: 2 }).get('/history')).toEqual({ items: [] });
    expect(calls).toBe(3);
  });

  it('retries with ky’s backoff when no Retry-After is sent', async () => {
    api().get('/v2/backoff').reply(502).get('/v2/backoff').reply(200, { ok: true });
    const started = Date.now();
    expect(await createTestClient({ retry: 1 }).get('backoff')).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it.each([408, 429, 500, 502, 503, 504])('retries a GET on %i', async (status) => {
    api().get('/v2/status').reply(status, '', NOW).get('/v2/status').reply(200, {});
    await createTestClient({ retry: 1 }).get('status');
  });

  it.each([400, 401, 403, 404, 409])('does not retry a GET on %i', async (status) => {
    api().get('/v2/status').once().reply(status, '', NOW);
    await expect(createTestClient({ retry: 2 }).get('status')).rejects.toMatchObject({ status });
  });

  it('retries PUT and DELETE', async () => {
    api()
      .put('/v2/settings/sipgateio', { a: 1 })
      .times(2)
      .reply(503, '', NOW)
      .put('/v2/settings/sipgateio', { a: 1 })
      .reply(200, {})
      .delete('/v2/calls/1')
      .reply(500, '', NOW)
      .delete('/v2/calls/1')
      .reply(204);
    const client = createTestClient({ retry: 2 });
    await client.put('settings/sipgateio', { a: 1 });
    await client.delete('/calls/1');
  });

  it('gives up after the retry limit with the last error', async () => {
    api().get('/v2/down').times(3).reply(503, { down: true }, NOW);
    const error = await rejection(createTestClient({ retry: 2 }).get('down'));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 503, body: { down: true } });
  });

  it('honours Retry-After on 429', async () => {
    const times: number[] = [];
    api()
      .get('/v2/limited')
      .times(2)
      .reply(() => {
        times.push(Date.now());
        return times.length === 1 ? [429, '', { 'Retry-After': '1' }] : [200, { ok: true }];
      });
    expect(await createTestClient({ retry: 1 }).get('limited')).toEqual({ ok: true });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990);
  });

  it('rejects with the rate-limit error when retries are off', async () => {
    api().get('/v2/limited').reply(429, '', { 'Retry-After': '3' });
    const error = await rejection(createTestClient().get('limited'));
    expect(error).toBeInstanceOf(SipgateIORateLimitError);
    expect((error as SipgateIORateLimitError).retryAfter).toBe(3);
  });

  it.each([
    ['POST', 'post'],
    ['PATCH', 'patch'],
  ] as const)('sends a %s exactly once after a 503', async (method, call) => {
    let calls = 0;
    api()
      .intercept('/v2/sessions/sms', method, { a: 1 })
      .reply(() => {
        calls++;
        return [503, '', NOW];
      });
    const error = await rejection(createTestClient({ retry: 2 })[call]('/sessions/sms', { a: 1 }));
    expect(error).toMatchObject({ status: 503, method });
    await sleep(50);
    expect(calls).toBe(1);
  });
});

describe('gateway errors on sends', () => {
  it.each([
    [502, 'POST', 'post'],
    [504, 'POST', 'post'],
    [502, 'PATCH', 'patch'],
    [504, 'PATCH', 'patch'],
  ] as const)('reports a %i to a %s as outcome unknown, sent once', async (status, method, call) => {
    let calls = 0;
    api()
      .intercept('/v2/sessions/sms', method, { a: 1 })
      .reply(() => {
        calls++;
        return [status, '', NOW];
      });
    const error = await rejection(
      createTestClient({ retry: 2 })[call]('/sessions/sms', { a: 1 }, { outcomeSubject: 'the SMS' }),
    );
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error).toMatchObject({ reason: 'gateway', status, method, path: '/sessions/sms' });
    expect(error.message).toContain(`a gateway answered ${status}`);
    expect(error.message).toContain('the SMS may or may not have been sent');
    await sleep(50);
    expect(calls).toBe(1);
  });

  it('keeps a 502 to a GET an HTTP error (after its retries)', async () => {
    api().get('/v2/history').times(2).reply(502, '', NOW);
    const error = await rejection(createTestClient({ retry: 1 }).get('/history'));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 502 });
  });
});

describe('timeouts', () => {
  it('retries a GET that timed out, and succeeds', async () => {
    api().get('/v2/slow').delay(300).reply(200, { late: true });
    api().get('/v2/slow').reply(200, { ok: true });
    expect(await createTestClient({ retry: 1, timeout: 80 }).get('slow')).toEqual({ ok: true });
  });

  it.each([
    ['POST', 'post'],
    ['PATCH', 'patch'],
  ] as const)(
    'sends a %s exactly once after a timeout and says the outcome is unknown',
    async (method, call) => {
      let calls = 0;
      api()
        .intercept('/v2/sessions/sms', method, {})
        .delay(300)
        .reply(() => {
          calls++;
          return [200, {}];
        });
      const error = await rejection(
        createTestClient({ retry: 2, timeout: 80 })[call]('/sessions/sms', {}, { outcomeSubject: 'the SMS' }),
      );
      expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
      expect(error).toBeInstanceOf(SipgateIONetworkError);
      expect(error).toMatchObject({
        name: 'SipgateIOOutcomeUnknownError',
        method,
        path: '/sessions/sms',
        reason: 'timeout',
      });
      expect(error.message).toBe(
        `${method} /sessions/sms: no answer within 80 ms after sending, so the SMS may or may not have been sent. ` +
          'Check (for example in the history) before trying again.',
      );
      await sleep(300);
      expect(calls).toBe(1);
    },
  );

  it('names the request when no subject is given', async () => {
    api().post('/v2/contacts', {}).delay(300).reply(200);
    const error = await rejection(createTestClient({ timeout: 50 }).post('contacts', {}));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error.message).toContain('the request may or may not have been carried out');
  });

  it('times out a GET with a timeout error', async () => {
    api().get('/v2/slow').delay(300).reply(200, {});
    const error = await rejection(createTestClient({ timeout: 50 }).get('slow'));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(error).not.toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error).toMatchObject({
      method: 'GET',
      path: '/slow',
      message: 'GET /slow: no answer within 50 ms',
    });
  });

  it('lets a call shorten the client’s timeout', async () => {
    api().get('/v2/slow').delay(300).reply(200, {});
    const started = Date.now();
    const error = await rejection(createTestClient({ timeout: 10_000 }).get('slow', { timeout: 50 }));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(error.message).toContain('50 ms');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('lets a call lengthen the client’s timeout', async () => {
    api().get('/v2/slow').delay(150).reply(200, { ok: true });
    expect(await createTestClient({ timeout: 50 }).get('slow', { timeout: 2000 })).toEqual({ ok: true });
  });
});

describe('aborting', () => {
  it.each(['client', 'call'] as const)(
    'aborts a GET through a %s signal and sends nothing more',
    async (level) => {
      let calls = 0;
      api()
        .get('/v2/slow')
        .delay(200)
        .reply(() => {
          calls++;
          return [503, '', NOW];
        });
      const controller = new AbortController();
      const client = createTestClient({
        retry: 2,
        ...(level === 'client' ? { signal: controller.signal } : {}),
      });
      const pending = rejection(client.get('slow', level === 'call' ? { signal: controller.signal } : {}));
      setTimeout(() => controller.abort(), 30);
      const error = await pending;
      expect(error).toBeInstanceOf(SipgateIOAbortError);
      expect(error).toMatchObject({
        method: 'GET',
        path: '/slow',
        message: 'GET /slow: the request was aborted',
      });
      await sleep(300);
      expect(calls).toBe(1);
    },
  );

  it('stops waiting for a retry when aborted in between', async () => {
    let calls = 0;
    api()
      .get('/v2/limited')
      .reply(() => {
        calls++;
        return [429, '', { 'Retry-After': '1' }];
      });
    const controller = new AbortController();
    const pending = rejection(createTestClient({ retry: 2 }).get('limited', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await pending;
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(Date.now() - started).toBeLessThan(900);
    expect(calls).toBe(1);
  });

  it('sends nothing for an already aborted signal, and a POST then is not "outcome unknown"', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      createTestClient().post('/sessions/sms', {}, { signal: controller.signal, outcomeSubject: 'the SMS' }),
    );
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(error).not.toBeInstanceOf(SipgateIOOutcomeUnknownError);
  });

  it('reports an aborted POST in flight as outcome unknown', async () => {
    api().post('/v2/sessions/sms', {}).delay(300).reply(200);
    const controller = new AbortController();
    const pending = rejection(
      createTestClient().post('/sessions/sms', {}, { signal: controller.signal, outcomeSubject: 'the SMS' }),
    );
    setTimeout(() => controller.abort(), 30);
    const error = await pending;
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error).toMatchObject({ reason: 'abort' });
    expect(error.message).toContain('the SMS may or may not have been sent');
  });
});

describe('connection failures (real sockets on 127.0.0.1)', () => {
  let server: Server | undefined;
  let received = 0;

  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
    received = 0;
  });

  /** A server that reads the whole request and then drops the connection without answering. */
  async function resettingServer(): Promise<string> {
    server = createServer((request) => {
      received++;
      request.resume();
      request.on('end', () => request.socket.destroy());
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
  }

  async function closedPort(): Promise<string> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return `http://127.0.0.1:${port}/v2`;
  }

  it('reports a POST whose connection drops after sending as outcome unknown, sent once', async () => {
    const baseUrl = await resettingServer();
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 2, timeout: 2000 });
    const error = await rejection(client.post('/sessions/fax', { a: 1 }, { outcomeSubject: 'the fax' }));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error).toMatchObject({ reason: 'network', method: 'POST', path: '/sessions/fax' });
    expect(error.message).toContain('the fax may or may not have been sent');
    expect(received).toBe(1);
  });

  it('retries a GET whose connection drops, then gives a network error', async () => {
    const baseUrl = await resettingServer();
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 1, timeout: 2000 });
    const error = await rejection(client.get('history'));
    expect(error).toBeInstanceOf(SipgateIONetworkError);
    expect(error).not.toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error.message).toMatch(/^GET \/history: the connection failed/);
    expect(received).toBe(2);
  });

  it('turns a body cut off after a 200 into a network error, not a raw TypeError', async () => {
    server = createServer((request, response) => {
      received++;
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      response.write('{"items": [');
      setTimeout(() => request.socket.destroy(), 20);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 0, timeout: 2000 });
    const error = await rejection(client.get('history'));
    expect(error).toBeInstanceOf(SipgateIONetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/history' });
    expect(error.message).toMatch(/^GET \/history: /);
    expect(received).toBe(1);
  });

  it('turns an abort while the body is still arriving into an abort error', async () => {
    server = createServer((_request, response) => {
      received++;
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      response.write('{"items": [');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 0, timeout: 2000 });
    const error = await rejection(client.get('history', { signal: AbortSignal.timeout(100) }));
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(error.message).toBe('GET /history: the request was aborted while reading the answer (status 200)');
    server.closeAllConnections();
  });

  it('bounds a body that stalls after the headers with the timeout', async () => {
    server = createServer((_request, response) => {
      received++;
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': '100' });
      response.write('"id","name"\n');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 0, timeout: 150 });
    const started = Date.now();
    const error = await rejection(client.get('history/export'));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(error.message).toBe(
      'GET /history/export: the answer (status 200) did not arrive completely within 150 ms',
    );
    expect(Date.now() - started).toBeLessThan(1500);
    server.closeAllConnections();
  });

  it('reports a refused connection of a POST as a plain network error: nothing was sent', async () => {
    const baseUrl = await closedPort();
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl, retry: 0, timeout: 2000 });
    const error = await rejection(client.post('/sessions/sms', {}, { outcomeSubject: 'the SMS' }));
    expect(error).toBeInstanceOf(SipgateIONetworkError);
    expect(error).not.toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error.name).toBe('SipgateIONetworkError');
    expect(error.message).toContain('ECONNREFUSED');
    expect((error.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });
});
