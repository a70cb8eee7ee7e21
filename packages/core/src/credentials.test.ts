import { readFileSync } from 'node:fs';
import { BASE_URL, fakeJwt, nock, ORIGIN, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sipgateIO } from './client.js';
import type { AuthCredentials } from './credentials.js';
import { SipgateIOValidationError } from './errors.js';

setupNock();

afterEach(() => {
  vi.restoreAllMocks();
});

const corePackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const jwt = fakeJwt;

const TOKEN_ID = 'token-FQ1V12';
const PAT = 'e68ead46-a7db-46cd-8a1a-44aed1e4e372';
// `???>>>` encodes to `Pz8_Pj4-` in base64url: the payload uses both URL-safe characters.
const OAUTH_TOKEN = jwt({ sub: 'w0', note: '???>>>' });
const basic = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;

const NODE_CLIENT_HEADER = JSON.stringify({
  version: process.versions.node,
  type: 'node',
  name: 'node',
  os: process.platform,
});

function expectHeaders(authorization: string) {
  return nock(ORIGIN, {
    reqheaders: {
      authorization,
      accept: 'application/json',
      'content-type': 'application/json',
      'x-sipgate-client': NODE_CLIENT_HEADER,
      'x-sipgate-version': corePackage.version,
    },
  });
}

describe('headers on every request', () => {
  it('uses a base64url payload in the test token', () => {
    expect(OAUTH_TOKEN.split('.')[1]).toMatch(/[-_]/);
  });

  it.each<[string, AuthCredentials, string]>([
    ['a personal access token as Basic', { tokenId: TOKEN_ID, token: PAT }, basic(`${TOKEN_ID}:${PAT}`)],
    ['an OAuth token as Bearer', { token: OAUTH_TOKEN }, `Bearer ${OAUTH_TOKEN}`],
    ['an OAuth token function as Bearer', { token: () => OAUTH_TOKEN }, `Bearer ${OAUTH_TOKEN}`],
    ['an async OAuth token function', { token: async () => OAUTH_TOKEN }, `Bearer ${OAUTH_TOKEN}`],
    [
      'deprecated username/password as Basic',
      { username: 'user@example.com', password: 'secret!' },
      basic('user@example.com:secret!'),
    ],
  ])('sends %s with Accept, Content-Type and telemetry headers', async (_kind, credentials, header) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      expectHeaders(header).intercept('/v2/headers', method.toUpperCase()).reply(200, {});
    }
    const client = sipgateIO(credentials, { baseUrl: BASE_URL, retry: 0 });
    await client.get('headers');
    await client.post('headers', {});
    await client.put('headers', {});
    await client.patch('headers', {});
    await client.delete('headers');
  });

  it('sends X-Sipgate-Version equal to the version in core’s package.json', async () => {
    expectHeaders(basic(`${TOKEN_ID}:${PAT}`))
      .get('/v2/version')
      .reply(200, {});
    await sipgateIO({ tokenId: TOKEN_ID, token: PAT }, { baseUrl: BASE_URL }).get('version');
    expect(corePackage.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('encodes credentials as UTF-8 (€, umlauts and emoji do not throw)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const password = 'pässwörd€😀';
    expectHeaders(basic(`user@example.com:${password}`))
      .get('/v2/utf8')
      .reply(200, {});
    await sipgateIO({ username: 'user@example.com', password }, { baseUrl: BASE_URL }).get('utf8');
  });

  it('calls a token function for every request and sends its current value', async () => {
    const tokens = [jwt({ n: 1 }), jwt({ n: 2 })];
    const provider = vi.fn(async () => tokens.shift()!);
    expectHeaders(`Bearer ${jwt({ n: 1 })}`)
      .get('/v2/one')
      .reply(200, {});
    expectHeaders(`Bearer ${jwt({ n: 2 })}`)
      .get('/v2/two')
      .reply(200, {});
    const client = sipgateIO({ token: provider }, { baseUrl: BASE_URL, retry: 0 });
    expect(provider).not.toHaveBeenCalled();
    await client.get('one');
    await client.get('two');
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('calls a token function once per attempt, also when the request fails', async () => {
    const provider = vi.fn(() => OAUTH_TOKEN);
    expectHeaders(`Bearer ${OAUTH_TOKEN}`).get('/v2/fails').reply(500, {});
    expectHeaders(`Bearer ${OAUTH_TOKEN}`)
      .get('/v2/drops')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const client = sipgateIO({ token: provider }, { baseUrl: BASE_URL, retry: 0 });
    await expect(client.get('fails')).rejects.toMatchObject({ status: 500 });
    await expect(client.get('drops')).rejects.toMatchObject({ name: 'SipgateIONetworkError' });
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('does not retry a GET whose token function returns a malformed token', async () => {
    let calls = 0;
    const client = sipgateIO(
      {
        token: () => {
          calls++;
          return 'not-a-jwt';
        },
      },
      { baseUrl: BASE_URL, retry: 2 },
    );
    const started = Date.now();
    await expect(client.get('users')).rejects.toBeInstanceOf(SipgateIOValidationError);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(250);
  });

  it('validates what a token function returns when it is called, before sending', async () => {
    const client = sipgateIO({ token: () => 'not-a-jwt' }, { baseUrl: BASE_URL });
    const error = await client.post('sessions/sms', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      message: 'The provided OAuth token is invalid',
      field: 'credentials.token',
    });
  });
});

describe('deprecated username/password', () => {
  it('warns exactly once per process, without the password', async () => {
    vi.resetModules();
    const { sipgateIO: freshSipgateIO } = await import('./client.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    freshSipgateIO({ username: 'user@example.com', password: 'secret!' });
    freshSipgateIO({ username: 'other@example.com', password: 'secret2' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('deprecated');
    expect(String(warn.mock.calls[0])).not.toContain('secret');
  });

  it('does not warn for tokens', async () => {
    vi.resetModules();
    const { sipgateIO: freshSipgateIO } = await import('./client.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    freshSipgateIO({ tokenId: TOKEN_ID, token: PAT });
    freshSipgateIO({ token: OAUTH_TOKEN });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('credential validation (synchronous, original order and messages)', () => {
  it.each<[string, unknown, string, string]>([
    // Personal access token: token id first, then the token.
    [
      'a 7-character token id',
      { tokenId: 'token-1234567', token: PAT },
      'Invalid token id: token-1234567',
      'credentials.tokenId',
    ],
    [
      'an 8-digit token id',
      { tokenId: 'token-93426892', token: PAT },
      'Invalid token id: token-93426892',
      'credentials.tokenId',
    ],
    ['an empty token id', { tokenId: '', token: PAT }, 'Invalid token id: <empty>', 'credentials.tokenId'],
    [
      'an invalid token id before an invalid token',
      { tokenId: 'nope', token: 'nope' },
      'Invalid token id: nope',
      'credentials.tokenId',
    ],
    [
      'tokenId: undefined (a validation error, not a TypeError)',
      { tokenId: undefined },
      'Invalid token id: <empty>',
      'credentials.tokenId',
    ],
    [
      'tokenId: undefined with a token',
      { tokenId: undefined, token: PAT },
      'Invalid token id: <empty>',
      'credentials.tokenId',
    ],
    [
      'a 4-group UUID',
      { tokenId: TOKEN_ID, token: 'e68ead46-a7db-46cd-8a1a44aed1e4e372' },
      'Invalid personal access token',
      'credentials.token',
    ],
    [
      'a non-v4 UUID',
      { tokenId: TOKEN_ID, token: 'e68ead46-a7db-36cd-8a1a-44aed1e4e372' },
      'Invalid personal access token',
      'credentials.token',
    ],
    [
      'a UUID with a wrong variant',
      { tokenId: TOKEN_ID, token: 'e68ead46-a7db-46cd-7a1a-44aed1e4e372' },
      'Invalid personal access token',
      'credentials.token',
    ],
    ['a missing token', { tokenId: TOKEN_ID }, 'Invalid personal access token: <empty>', 'credentials.token'],
    [
      'an empty token',
      { tokenId: TOKEN_ID, token: '' },
      'Invalid personal access token: <empty>',
      'credentials.token',
    ],
    // OAuth.
    [
      'an OAuth token whose payload is not JSON',
      { token: `a.${Buffer.from('nope').toString('base64url')}.c` },
      'The provided OAuth token is invalid',
      'credentials.token',
    ],
    [
      'an OAuth token without dots',
      { token: 'abcdef' },
      'The provided OAuth token is invalid',
      'credentials.token',
    ],
    ['an empty OAuth token', { token: '' }, 'The provided OAuth token is invalid', 'credentials.token'],
    ['token: undefined', { token: undefined }, 'The provided OAuth token is invalid', 'credentials.token'],
    [
      'an OAuth payload with characters outside base64',
      { token: 'a.e30*.c' },
      'The provided OAuth token is invalid',
      'credentials.token',
    ],
    // Username and password: e-mail first, then password.
    [
      'a username that is not an e-mail',
      { username: 'testUsername', password: 'x' },
      'Invalid email: testUsername',
      'credentials.username',
    ],
    [
      'an invalid e-mail before an invalid password',
      { username: '@test.de', password: '' },
      'Invalid email: @test.de',
      'credentials.username',
    ],
    ['an empty username', { username: '', password: 'x' }, 'Invalid email: <empty>', 'credentials.username'],
    ['an empty object', {}, 'Invalid email: <empty>', 'credentials.username'],
    [
      'an empty password',
      { username: 'testUsername@test.d', password: '' },
      'Invalid password',
      'credentials.password',
    ],
    [
      'a password with an inner space',
      { username: 'testUsername@test.d', password: 'pass word' },
      'Invalid password',
      'credentials.password',
    ],
    // Not an object at all.
    ['null', null, 'Credentials are required', 'credentials'],
    ['a string', 'token', 'Credentials are required', 'credentials'],
  ])('rejects %s', (_case, credentials, message, field) => {
    let thrown: unknown;
    try {
      sipgateIO(credentials as AuthCredentials);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    const error = thrown as SipgateIOValidationError;
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.field).toBe(field);
    expect(error.name).toBe('SipgateIOValidationError');
  });

  it('never echoes a rejected personal access token', () => {
    const secret = 'e68ead46-a7db-46cd-8a1a-44aed1e4e37Z';
    expect(() => sipgateIO({ tokenId: TOKEN_ID, token: secret })).toThrow(SipgateIOValidationError);
    try {
      sipgateIO({ tokenId: TOKEN_ID, token: secret });
    } catch (error) {
      expect(JSON.stringify(error) + String(error)).not.toContain(secret);
    }
  });

  it.each<[string, AuthCredentials]>([
    ['token-123456 with a lower-case UUID', { tokenId: 'token-123456', token: PAT }],
    ['token-6HEF5K with an upper-case UUID', { tokenId: 'token-6HEF5K', token: PAT.toUpperCase() }],
    ['a base64url JWT', { token: OAUTH_TOKEN }],
    ['a padded base64 JWT payload', { token: `a.${Buffer.from('{"a":1}').toString('base64')}.c` }],
    ['a JWT with an empty signature', { token: `${OAUTH_TOKEN.split('.').slice(0, 2).join('.')}.` }],
    ['a one-letter top-level domain', { username: 'testUsername@test.d', password: 'x' }],
    ['a UTF-8 password', { username: 'a@b.de', password: 'pässwörd€😀' }],
    ['a token function (validated later)', { token: () => 'not validated yet' }],
  ])('accepts %s', (_case, credentials) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => sipgateIO(credentials)).not.toThrow();
  });

  it('sends nothing at construction', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    sipgateIO({ tokenId: TOKEN_ID, token: PAT });
    sipgateIO({ token: () => OAUTH_TOKEN });
    expect(nock.pendingMocks()).toEqual([]);
  });
});
