import {
  AUTH_HEADER,
  BASE_URL,
  createTestClient,
  EXPECTED_HEADERS,
  nock,
  ORIGIN,
  setupNock,
  TEST_CREDENTIALS,
} from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { adaptClient } from './adapt-client.js';
import { sipgateIO } from './client.js';
import type { SipgateIOClient } from './client.types.js';
import {
  SipgateIOAuthenticationError,
  SipgateIOError,
  SipgateIONotFoundError,
  SipgateIOValidationError,
} from './errors.js';

setupNock();

const AUDIO = Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0x00, 0x80]);
const FILES = 'https://files.example';
// What the API's own origin must see on a download: credentials and telemetry as always, any type accepted.
const API_DOWNLOAD_HEADERS = { ...EXPECTED_HEADERS, accept: '*/*' };
const SDK_HEADERS = ['authorization', 'content-type', 'x-sipgate-client', 'x-sipgate-version'];

function audioReply(headers: Record<string, string> = {}) {
  return [200, Buffer.from(AUDIO), { 'content-type': 'audio/mpeg', ...headers }] as const;
}

describe('client.download', () => {
  it('GETs a path below the base URL with the credentials and hands over the bytes, type and length', async () => {
    const scope = nock(ORIGIN, { reqheaders: API_DOWNLOAD_HEADERS })
      .get('/v2/recordings/r1')
      .reply(...audioReply({ 'content-length': String(AUDIO.length) }));
    const download = await createTestClient().download('recordings/r1');
    expect(download.contentType).toBe('audio/mpeg');
    expect(download.contentLength).toBe(AUDIO.length);
    expect(await download.bytes()).toEqual(AUDIO);
    scope.done();
  });

  it('streams the body when asked for the stream', async () => {
    const scope = nock(ORIGIN, { reqheaders: { authorization: AUTH_HEADER } })
      .get('/v2/faxes/f1/document')
      .reply(...audioReply());
    const download = await createTestClient().download(`${BASE_URL}/faxes/f1/document`);
    expect(new Uint8Array(await new Response(download.stream()).arrayBuffer())).toEqual(AUDIO);
    expect(download.contentLength).toBeUndefined();
    scope.done();
  });

  it('sends the credentials to the API origin only, never to another host', async () => {
    const own = nock(ORIGIN, { reqheaders: { authorization: AUTH_HEADER } })
      .get('/v2/recordings/r1')
      .reply(...audioReply());
    const foreign = nock(FILES, { badheaders: SDK_HEADERS, reqheaders: { accept: '*/*' } })
      .get('/voicemails/v1.mp3')
      .query({ signature: 'abc' })
      .reply(...audioReply());
    const client = createTestClient();
    expect(await (await client.download(`${ORIGIN}/v2/recordings/r1`)).bytes()).toEqual(AUDIO);
    expect(await (await client.download(`${FILES}/voicemails/v1.mp3?signature=abc`)).bytes()).toEqual(AUDIO);
    own.done();
    foreign.done();
  });

  it('does not carry the credentials along when the API redirects to another host', async () => {
    const own = nock(ORIGIN, { reqheaders: { authorization: AUTH_HEADER } })
      .get('/v2/recordings/r1')
      .reply(302, '', { location: `${FILES}/v1.mp3` });
    const foreign = nock(FILES, { badheaders: ['authorization'] })
      .get('/v1.mp3')
      .reply(...audioReply());
    expect(await (await createTestClient().download('recordings/r1')).bytes()).toEqual(AUDIO);
    own.done();
    foreign.done();
  });

  it('never asks a token function for a download from another host, even after a 401 there', async () => {
    let asked = 0;
    const client = sipgateIO(
      {
        token: () => {
          asked++;
          return 'never.used.token';
        },
      },
      { baseUrl: BASE_URL, retry: 0 },
    );
    const foreign = nock(FILES, { badheaders: SDK_HEADERS }).get('/v1.mp3').reply(401, 'no');
    await expect(client.download(`${FILES}/v1.mp3`)).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
    expect(asked).toBe(0);
    foreign.done();
  });

  it('maps an error status like every request, with the path and never the query of another host', async () => {
    nock(ORIGIN).get('/v2/recordings/gone').reply(404, { message: 'no such recording' });
    nock(FILES).get('/v1.mp3').query(true).reply(403, 'expired');
    const client = createTestClient();
    await expect(client.download('/recordings/gone')).rejects.toMatchObject({
      name: 'SipgateIONotFoundError',
      status: 404,
      method: 'GET',
      path: '/recordings/gone',
      body: { message: 'no such recording' },
    });
    const failure = client.download(`${FILES}/v1.mp3?signature=secret-signature`);
    await expect(failure).rejects.toMatchObject({ name: 'SipgateIOPermissionError', path: '/v1.mp3' });
    await expect(failure).rejects.not.toThrow(/secret-signature/);
  });

  it('uses the caller’s messages for error statuses', async () => {
    nock(ORIGIN).get('/v2/recordings/gone').reply(404);
    const failure = createTestClient().download('recordings/gone', {
      errorMessages: { 404: 'Recording was not found' },
    });
    await expect(failure).rejects.toBeInstanceOf(SipgateIONotFoundError);
    await expect(failure).rejects.toThrow('Recording was not found');
  });

  it('retries like every GET', async () => {
    const scope = nock(ORIGIN)
      .get('/v2/recordings/r1')
      .reply(503, 'busy', { 'Retry-After': '0' })
      .get('/v2/recordings/r1')
      .reply(...audioReply());
    const client = sipgateIO(TEST_CREDENTIALS, { baseUrl: BASE_URL, retry: 1 });
    expect(await (await client.download('recordings/r1')).bytes()).toEqual(AUDIO);
    scope.done();
  });

  it('hands the body over once: a second read is a SipgateIOError', async () => {
    nock(ORIGIN)
      .get('/v2/recordings/r1')
      .reply(...audioReply());
    const download = await createTestClient().download('recordings/r1');
    await download.bytes();
    expect(() => download.stream()).toThrow(SipgateIOError);
    await expect(download.bytes()).rejects.toThrow(/already read/);
  });

  it.each([
    ['empty', ''],
    ['not a string', 42],
    ['another scheme', 'ftp://files.example/v1.mp3'],
    ['a scheme without a host', 'https:/v1.mp3'],
    ['blank', '  '],
  ])('rejects a URL that is %s before any request', async (_case, url) => {
    // No interceptor: a request would fail with a network error instead.
    const failure = createTestClient().download(url as string);
    await expect(failure).rejects.toBeInstanceOf(SipgateIOValidationError);
    await expect(failure).rejects.toMatchObject({ field: 'url' });
  });
});

describe('client.download on a client that is not ours', () => {
  const mock = {
    get: async () => ({}),
    post: async () => undefined,
    put: async () => undefined,
    patch: async () => undefined,
    delete: async () => undefined,
    getAuthenticatedWebuserId: async () => 'w0',
    getWebUsers: async () => [],
  } as SipgateIOClient;

  it('rejects with a SipgateIOError saying which client can download', async () => {
    await expect(adaptClient(mock).download('recordings/r1')).rejects.toThrow(
      /download\(\) needs a client made by sipgateIO\(\)/,
    );
  });

  it('uses the client’s own download method where it has one', async () => {
    nock(ORIGIN)
      .get('/v2/recordings/r1')
      .reply(...audioReply());
    const own = createTestClient();
    const wrapped = adaptClient({ ...mock, download: own.download } as SipgateIOClient);
    expect(await (await wrapped.download('recordings/r1')).bytes()).toEqual(AUDIO);
  });
});
