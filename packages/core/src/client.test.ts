import {
  AUTH_HEADER,
  api,
  BASE_URL,
  createTestClient,
  EXPECTED_HEADERS,
  nock,
  setupNock,
  TEST_CREDENTIALS,
} from '@sipgateio/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { sipgateIO } from './client.js';
import type { RequestEvent, ResponseEvent } from './client.types.js';

setupNock();

const ENV_KEY = 'SIPGATEIO_BASE_URL';
const savedEnv = process.env[ENV_KEY];
afterEach(() => {
  if (savedEnv === undefined) delete process.env[ENV_KEY];
  else process.env[ENV_KEY] = savedEnv;
});

describe('base URL', () => {
  it('defaults to https://api.sipgate.com/v2', async () => {
    delete process.env[ENV_KEY];
    api().get('/v2/users').reply(200, { items: [] });
    await sipgateIO(TEST_CREDENTIALS, { retry: 0 }).get('users');
  });

  it('falls back to the SIPGATEIO_BASE_URL environment variable', async () => {
    process.env[ENV_KEY] = 'http://sandbox.test:8080/api/v2/';
    nock('http://sandbox.test:8080', { reqheaders: EXPECTED_HEADERS }).get('/api/v2/users').reply(200, {});
    await sipgateIO(TEST_CREDENTIALS, { retry: 0 }).get('/users');
  });

  it('prefers the baseUrl option over the environment variable', async () => {
    process.env[ENV_KEY] = 'http://wrong.test';
    nock('https://right.test', { reqheaders: EXPECTED_HEADERS }).get('/base/users').reply(200, {});
    await sipgateIO(TEST_CREDENTIALS, { baseUrl: 'https://right.test/base', retry: 0 }).get('users');
  });

  it('uses the default when reading the environment is not permitted (Deno without --allow-env)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(process, 'env')!;
    let client: ReturnType<typeof sipgateIO>;
    Object.defineProperty(process, 'env', {
      configurable: true,
      get() {
        throw new Error('Requires env access to "SIPGATEIO_BASE_URL"');
      },
    });
    try {
      client = sipgateIO(TEST_CREDENTIALS, { retry: 0 });
    } finally {
      Object.defineProperty(process, 'env', descriptor);
    }
    api().get('/v2/users').reply(200, {});
    await client.get('users');
  });

  it('ignores an empty SIPGATEIO_BASE_URL', async () => {
    process.env[ENV_KEY] = '';
    api().get('/v2/users').reply(200, {});
    await sipgateIO(TEST_CREDENTIALS, { retry: 0 }).get('users');
  });

  it.each([
    ['contacts', '/v2/contacts'],
    ['/contacts', '/v2/contacts'],
    ['//contacts', '/v2/contacts'],
    ['settings/sipgateio', '/v2/settings/sipgateio'],
    ['/sessions', '/v2/sessions'],
    ['w0/sms/s0/callerids', '/v2/w0/sms/s0/callerids'],
  ])('joins %s under /v2 (%s)', async (path, expected) => {
    api().get(expected).reply(200, {});
    await createTestClient().get(path);
  });

  it('joins correctly when the base URL ends in a slash', async () => {
    api().get('/v2/contacts').reply(200, {});
    await createTestClient({ baseUrl: `${BASE_URL}/` }).get('/contacts');
  });

  it('sends absolute URLs as they are, still authenticated', async () => {
    nock('https://elsewhere.test', { reqheaders: { authorization: AUTH_HEADER } })
      .get('/download/file.pdf')
      .query({ a: '1', b: '2' })
      .reply(200, 'pdf', { 'content-type': 'application/pdf' });
    expect(
      await createTestClient().get('https://elsewhere.test/download/file.pdf?a=1', { params: { b: 2 } }),
    ).toBe('pdf');
  });
});

describe('query strings', () => {
  it('repeats keys for arrays, drops undefined, keeps insertion order', async () => {
    api()
      .get('/v2/history')
      .query((query) => {
        expect(query).toEqual({ types: ['CALL', 'SMS'], offset: '0', limit: '10' });
        return true;
      })
      .reply(200, {});
    await createTestClient().get('/history', {
      params: { types: ['CALL', 'SMS'], skipped: undefined, offset: 0, limit: 10 },
    });
  });

  it('serialises Dates as ISO, booleans as words, null as an empty value, RFC 3986 encoded', async () => {
    const path =
      '/v2/history?from=2024-01-02T03%3A04%3A05.000Z&archived=true&starred=false&empty=&phonenumber=%2B49%20211&' +
      'odd=%21%27%28%29%2A&list=a&list=2024-01-02T03%3A04%3A05.000Z';
    api().get(path).reply(200, {});
    const date = new Date('2024-01-02T03:04:05Z');
    await createTestClient().get('history', {
      params: {
        from: date,
        archived: true,
        starred: false,
        empty: null,
        phonenumber: '+49 211',
        odd: "!'()*",
        list: ['a', undefined, date],
      },
    });
  });

  it('accepts searchParams as another name for params', async () => {
    api().get('/v2/numbers').query({ limit: '5' }).reply(200, {});
    await createTestClient().get('numbers', { searchParams: { limit: 5 } });
  });

  it('sends no question mark without parameters', async () => {
    api()
      .get((uri) => uri === '/v2/plain')
      .reply(200, {});
    await createTestClient().get('plain', { params: {} });
  });
});

describe('request bodies', () => {
  it('sends JSON: undefined properties dropped, Dates as ISO strings', async () => {
    api()
      .post('/v2/sessions/sms', (body) => {
        expect(body).toEqual({ smsId: 's0', message: 'hi', sendAt: '2024-01-02T03:04:05.000Z' });
        return true;
      })
      .reply(200);
    await createTestClient().post('/sessions/sms', {
      smsId: 's0',
      message: 'hi',
      skipped: undefined,
      sendAt: new Date('2024-01-02T03:04:05Z'),
    });
  });

  it('sends a top-level array', async () => {
    api()
      .put('/v2/history', [{ id: '1', starred: 'STARRED' }])
      .reply(204);
    await createTestClient().put('history', [{ id: '1', starred: 'STARRED' }]);
  });

  it('sends PATCH and DELETE', async () => {
    api().patch('/v2/contacts/1', { name: 'A' }).reply(200, { ok: true });
    api().delete('/v2/calls/abc').reply(204);
    const client = createTestClient();
    expect(await client.patch('contacts/1', { name: 'A' })).toEqual({ ok: true });
    expect(await client.delete('/calls/abc')).toBeUndefined();
  });

  it('sends a string body as it is', async () => {
    api()
      .post('/v2/raw', (body) => body === 'plain text')
      .reply(200);
    await createTestClient().post('raw', 'plain text');
  });

  it('sends bytes as they are, not as a JSON object', async () => {
    api()
      .post('/v2/raw', (body) => body === 'abc')
      .reply(200);
    await createTestClient().post('raw', new TextEncoder().encode('abc'));
  });

  it('lets per-call headers add to the defaults but not replace authentication', async () => {
    api().matchHeader('x-extra', 'yes').get('/v2/extra').reply(200, {});
    await createTestClient().get('extra', { headers: { 'X-Extra': 'yes', Authorization: 'Bearer forged' } });
  });
});

describe('responses', () => {
  it('parses JSON and revives zoned ISO date-times into Dates', async () => {
    api()
      .get('/v2/history')
      .reply(200, {
        items: [
          { created: '2020-09-14T10:03:20Z', note: '2020-09-14T10:03:20Z', id: 'x', nested: { at: null } },
        ],
      });
    const body = await createTestClient().get<{ items: Record<string, unknown>[] }>('/history');
    expect(body.items[0]!.created).toEqual(new Date('2020-09-14T10:03:20Z'));
    expect(body.items[0]!.note).toBe('2020-09-14T10:03:20Z');
    expect(body.items[0]!.nested).toEqual({ at: null });
  });

  it('returns CSV as text', async () => {
    const csv = '"id","name"\n"1","Ada"';
    api().get('/v2/history/export').reply(200, csv, { 'content-type': 'text/csv' });
    expect(await createTestClient().get('/history/export')).toBe(csv);
  });

  it('returns text that merely starts like JSON as text when it does not parse', async () => {
    api().get('/v2/text').reply(200, '{not json');
    expect(await createTestClient().get('text')).toBe('{not json');
  });

  it('resolves undefined for an empty 204', async () => {
    api().delete('/v2/calls/1').reply(204);
    expect(await createTestClient().delete('/calls/1')).toBeUndefined();
  });

  it('resolves the body of a 201', async () => {
    api().post('/v2/contacts', { name: 'A' }).reply(201, { id: 'c1' });
    expect(await createTestClient().post('contacts', { name: 'A' })).toEqual({ id: 'c1' });
  });

  it('resolves undefined for an empty 200', async () => {
    api().put('/v2/settings/sipgateio', {}).reply(200, '');
    expect(await createTestClient().put('settings/sipgateio', {})).toBeUndefined();
  });
});

describe('account helpers', () => {
  it('getAuthenticatedWebuserId reads sub from GET /authorization/userinfo', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0', domain: 'sipgate.de', locale: 'de_DE' });
    expect(await createTestClient().getAuthenticatedWebuserId()).toBe('w0');
  });

  it('getWebUsers reads items from GET /users', async () => {
    const users = [
      {
        id: 'w0',
        firstname: 'Ada',
        lastname: 'Lovelace',
        email: 'ada@example.com',
        defaultDevice: 'e0',
        busyOnBusy: false,
        addressId: '1',
        directDialIds: [],
        timezone: 'Europe/Berlin',
        admin: true,
      },
    ];
    api().get('/v2/users').reply(200, { items: users });
    expect(await createTestClient().getWebUsers()).toEqual(users);
  });

  it.each([
    [401, 'Unauthorized', 'SipgateIOAuthenticationError'],
    [403, 'Forbidden', 'SipgateIOPermissionError'],
  ])('getAuthenticatedWebuserId maps %i to %s', async (status, message, name) => {
    api().get('/v2/authorization/userinfo').reply(status);
    await expect(createTestClient().getAuthenticatedWebuserId()).rejects.toMatchObject({
      name,
      message,
      status,
      method: 'GET',
      path: '/authorization/userinfo',
    });
  });
});

describe('hooks', () => {
  it('reports every attempt before sending and every response, with retry counts and durations', async () => {
    api()
      .get('/v2/flaky')
      .query({ a: '1' })
      .reply(503)
      .get('/v2/flaky')
      .query({ a: '1' })
      .delay(30)
      .reply(200, {});
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const client = createTestClient({
      retry: 1,
      hooks: {
        beforeRequest: (event) => {
          requests.push(event);
        },
        afterResponse: (event) => {
          responses.push(event);
        },
      },
    });
    await client.get('flaky', { params: { a: 1 } });
    expect(requests.map(({ method, path, url, retryCount }) => ({ method, path, url, retryCount }))).toEqual([
      { method: 'GET', path: '/flaky?a=1', url: `${BASE_URL}/flaky?a=1`, retryCount: 0 },
      { method: 'GET', path: '/flaky?a=1', url: `${BASE_URL}/flaky?a=1`, retryCount: 1 },
    ]);
    expect(requests[0]!.headers.authorization).toBe('[redacted]');
    expect(requests[0]!.headers['x-sipgate-version']).toBe(EXPECTED_HEADERS['x-sipgate-version']);
    expect(responses.map(({ status, retryCount }) => ({ status, retryCount }))).toEqual([
      { status: 503, retryCount: 0 },
      { status: 200, retryCount: 1 },
    ]);
    expect(responses[1]!.durationMs).toBeGreaterThanOrEqual(25);
    expect(responses[1]).toMatchObject({ method: 'GET', path: '/flaky?a=1', url: `${BASE_URL}/flaky?a=1` });
  });

  it('waits for async hooks before sending', async () => {
    const order: string[] = [];
    api()
      .get('/v2/ordered')
      .reply(200, () => {
        order.push('sent');
        return {};
      });
    const client = createTestClient({
      hooks: {
        beforeRequest: async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          order.push('hook');
        },
      },
    });
    await client.get('ordered');
    expect(order).toEqual(['hook', 'sent']);
  });
});
