import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it, vi } from 'vitest';
import * as browserAdapter from './adapt-client.browser.js';
import * as adapter from './adapt-client.js';
import { sipgateIO } from './client.js';
import type { SipgateIOClient } from './client.types.js';
import * as browserDownload from './download.browser.js';
import { SipgateIOError, SipgateIONotFoundError, SipgateIOValidationError } from './errors.js';
import { withChunk } from './load-chunk.browser.js';
import { createRequestRoute } from './request-route.browser.js';

// The browser build swaps these variants in (see the root tsup.config.ts); they load the module they stand in
// for on first use. Here, in Node, that `import()` is the module itself, so these tests check what the variant
// adds: that every call reaches the loaded module with the same arguments and comes back the same way.

setupNock();

// A user's mock client written for the original SDK, so vi.fn is the subject here.
function mockClient(): SipgateIOClient {
  return {
    get: vi.fn().mockResolvedValue({ items: [] }),
    post: vi.fn().mockResolvedValue(undefined),
    put: vi.fn().mockResolvedValue(undefined),
    patch: vi.fn().mockResolvedValue(undefined),
    delete: vi.fn().mockResolvedValue(undefined),
    getAuthenticatedWebuserId: vi.fn().mockResolvedValue('w7'),
    getWebUsers: vi.fn().mockResolvedValue([{ id: 'w7' }]),
  } as unknown as SipgateIOClient;
}

describe('adapt-client.browser.ts', () => {
  it('returns our own client unchanged, and recognises the clients adapt-client.ts marks (and back)', () => {
    const own = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
    expect(browserAdapter.adaptClient(own)).toBe(own);
    expect(browserAdapter.isOwnClient(own)).toBe(true);
    expect(browserAdapter.isOwnClient({ ...own })).toBe(false);
    expect(browserAdapter.isOwnClient(null)).toBe(false);
    const marked = browserAdapter.markOwnClient({ get: () => undefined });
    expect(adapter.isOwnClient(marked)).toBe(true);
    expect(Object.keys(marked)).toEqual(['get']);
  });

  it("passes a foreign client's calls on as adapt-client.ts does", async () => {
    const mock = mockClient();
    const client = browserAdapter.adaptClient(mock);
    await expect(client.get('w0/sms', { params: { limit: 2 } })).resolves.toEqual({ items: [] });
    await client.post('/sessions/sms', { smsId: 's0', sendAt: { toJSON: () => 17 } });
    await client.put('history/3', { note: 'n' }, { errorMessages: { 404: 'x' } });
    await client.patch('history/4', { read: true });
    await client.delete('history/5');
    await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w7');
    await expect(client.getWebUsers()).resolves.toEqual([{ id: 'w7' }]);
    await client.request('GET /{userId}/sms', { userId: 'w0' });

    expect((mock.get as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['w0/sms', { params: { limit: 2 } }],
      ['/w0/sms'],
    ]);
    expect((mock.post as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['/sessions/sms', { smsId: 's0', sendAt: 17 }],
    ]);
    expect((mock.put as ReturnType<typeof vi.fn>).mock.calls).toEqual([['history/3', { note: 'n' }]]);
    expect((mock.patch as ReturnType<typeof vi.fn>).mock.calls).toEqual([['history/4', { read: true }]]);
    expect((mock.delete as ReturnType<typeof vi.fn>).mock.calls).toEqual([['history/5']]);
  });

  it("maps a foreign client's rejection with the module's original message", async () => {
    const mock = mockClient();
    (mock.get as ReturnType<typeof vi.fn>).mockRejectedValueOnce({ response: { status: 404, data: 'gone' } });

    const error = await browserAdapter
      .adaptClient(mock, { 404: 'Fax was not found' })
      .get('faxes/3')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Fax was not found', status: 404, path: 'faxes/3', body: 'gone' });
  });

  it('looks the foreign methods up on every call and downloads only through their own method', async () => {
    const mock = {} as SipgateIOClient;
    const client = browserAdapter.adaptClient(mock);
    mock.get = vi.fn().mockResolvedValue(7) as SipgateIOClient['get'];
    await expect(client.get('numbers')).resolves.toBe(7);
    await expect(client.download('https://example.com/fax.pdf')).rejects.toThrow(
      new SipgateIOError('download() needs a client made by sipgateIO()'),
    );
  });
});

describe('request-route.browser.ts', () => {
  it('sends the filled route through the client, as request-route.ts does', async () => {
    const scope = api()
      .get('/v2/w0/phonelines/p%2F0/forwardings')
      .query({ limit: '2' })
      .reply(200, { ok: 1 });

    const result = await createRequestRoute(createTestClient())(
      'GET /{userId}/phonelines/{phonelineId}/forwardings' as never,
      { userId: 'w0', phonelineId: 'p/0', limit: 2 } as never,
    );

    expect(result).toEqual({ ok: 1 });
    scope.done();
  });

  it('rejects a malformed route or an empty path parameter before any request', async () => {
    const request = createRequestRoute(createTestClient()) as unknown as (
      route: string,
      params?: object,
    ) => Promise<unknown>;
    const route = await request('GET history').catch((caught: unknown) => caught);
    const param = await request('GET /{userId}/sms', { userId: ' ' }).catch((caught: unknown) => caught);

    expect(route).toBeInstanceOf(SipgateIOValidationError);
    expect(route).toMatchObject({ field: 'route' });
    expect(param).toBeInstanceOf(SipgateIOValidationError);
    expect(param).toMatchObject({ field: 'params.userId' });
  });
});

describe('withChunk', () => {
  it('hands the loaded module to the caller', async () => {
    await expect(
      withChunk(
        async () => ({ answer: 42 }),
        (loaded) => loaded.answer,
      ),
    ).resolves.toBe(42);
  });

  it('says that a part of the SDK could not be loaded, with the cause, and runs nothing', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const use = vi.fn();

    const error = await withChunk(() => Promise.reject(cause), use).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).toMatchObject({
      message:
        'Loading a part of the sipgate.io SDK failed: TypeError: Failed to fetch dynamically imported module',
      cause,
    });
    expect(use).not.toHaveBeenCalled();
  });
});

describe('download.browser.ts', () => {
  it("wraps the answer as download.ts's toDownload does", async () => {
    const response = new Response('%PDF', {
      headers: { 'content-type': 'application/pdf', 'content-length': '4' },
    });

    const download = await browserDownload.toDownload(response, (error) => error as Error);

    expect(download).toMatchObject({ contentType: 'application/pdf', contentLength: 4 });
    expect(new TextDecoder().decode(await download.bytes())).toBe('%PDF');
    await expect(download.bytes()).rejects.toThrow('The download was already read');
  });

  it('keeps the URL check synchronous', () => {
    expect(() => browserDownload.validateDownloadUrl('ftp://example.com/x')).toThrow(
      SipgateIOValidationError,
    );
    expect(browserDownload.validateDownloadUrl('/faxes/3/pdf')).toBe('/faxes/3/pdf');
  });
});

describe('fresh-body-fetch.browser.ts', () => {
  it('hands the attempt to the given fetch as it is', async () => {
    const { freshBodyFetch } = await import('./fresh-body-fetch.browser.js');
    const baseFetch = (async () => new Response('ok')) as typeof fetch;
    const makeBody = () => 'unused';

    expect(freshBodyFetch(makeBody, baseFetch)).toBe(baseFetch);
  });
});
