import { createHash } from 'node:crypto';
import { SipgateIONetworkError, SipgateIOValidationError } from '@sipgateio/core';
import { nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import {
  CLIENT,
  DISCOVERY_DOCUMENT,
  ISSUER,
  LOGIN_ORIGIN,
  REALM_PATH,
  REVOKE_PATH,
  TOKEN_PATH,
  tokenResponse,
} from './__fixtures__/discovery.js';
import {
  SipgateIOAuthorizationDeniedError,
  SipgateIOOAuthError,
  SipgateIOOAuthStateMismatchError,
  SipgateIOReauthorizationRequiredError,
} from './errors.js';
import { createOAuthClient } from './oauth-client.js';

setupNock();

const FORM = { 'content-type': /application\/x-www-form-urlencoded/ };

function discovery(times = 1) {
  return nock(LOGIN_ORIGIN)
    .get(`${REALM_PATH}/.well-known/openid-configuration`)
    .times(times)
    .reply(200, DISCOVERY_DOCUMENT);
}

function token() {
  return nock(LOGIN_ORIGIN, { reqheaders: FORM }).post(TOKEN_PATH);
}

function callback(query: Record<string, string>): string {
  return `${CLIENT.redirectUri}?${new URLSearchParams({ iss: ISSUER, ...query })}`;
}

describe('authorizationUrl', () => {
  it('builds a login URL with PKCE S256 and a fresh state, discovering the server once', async () => {
    discovery();
    const oauth = createOAuthClient(CLIENT);

    const first = await oauth.authorizationUrl();
    const second = await oauth.authorizationUrl({ scopes: ['numbers:read'], prompt: 'login' });

    const url = new URL(first.url);
    expect(`${url.origin}${url.pathname}`).toBe(DISCOVERY_DOCUMENT.authorization_endpoint);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'crm-connector',
      redirect_uri: CLIENT.redirectUri,
      response_type: 'code',
      scope: 'history:read sessions:sms:write',
      state: first.state,
      code_challenge: createHash('sha256').update(first.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    expect(first.state).not.toBe(second.state);
    expect(first.codeVerifier).not.toBe(second.codeVerifier);
    expect(new URL(second.url).searchParams.get('scope')).toBe('numbers:read');
    expect(new URL(second.url).searchParams.get('prompt')).toBe('login');
  });

  it('tries discovery again after a failed attempt', async () => {
    nock(LOGIN_ORIGIN).get(`${REALM_PATH}/.well-known/openid-configuration`).reply(503, 'down');
    discovery();
    const oauth = createOAuthClient(CLIENT);

    await expect(oauth.authorizationUrl()).rejects.toBeInstanceOf(SipgateIOOAuthError);
    await expect(oauth.authorizationUrl()).resolves.toHaveProperty('state');
  });

  it('rejects a discovery document of another issuer', async () => {
    nock(LOGIN_ORIGIN)
      .get(`${REALM_PATH}/.well-known/openid-configuration`)
      .reply(200, { ...DISCOVERY_DOCUMENT, issuer: 'https://evil.example.com' });

    const error = await createOAuthClient(CLIENT)
      .authorizationUrl()
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIOOAuthError);
    expect(error).toMatchObject({ error: 'invalid_response' });
  });
});

describe('exchangeCode', () => {
  const login = { state: 'state-4a1b', codeVerifier: 'verifier-9c3d-0123456789012345678901234567890123' };

  it('exchanges the code with its verifier and the client secret for a token set', async () => {
    discovery();
    token()
      .query({})
      .reply(function reply(_uri, body) {
        expect(Object.fromEntries(new URLSearchParams(body as string))).toEqual({
          grant_type: 'authorization_code',
          code: 'code-7e2f',
          redirect_uri: CLIENT.redirectUri,
          code_verifier: login.codeVerifier,
          client_id: 'crm-connector',
          client_secret: CLIENT.clientSecret,
        });
        return [200, tokenResponse('1', 120)];
      });
    const before = Date.now();

    const tokenSet = await createOAuthClient(CLIENT).exchangeCode(
      callback({ code: 'code-7e2f', state: login.state }),
      login,
    );

    expect(tokenSet).toEqual({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      expiresAt: expect.any(Number),
      scopes: ['history:read', 'sessions:sms:write'],
    });
    expect(tokenSet.expiresAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(tokenSet.expiresAt).toBeLessThanOrEqual(Date.now() + 120_000);
  });

  it.each([
    ['another state', { code: 'code-7e2f', state: 'state-other' }],
    ['no state', { code: 'code-7e2f' }],
    ['an error with another state', { error: 'access_denied', state: 'state-other' }],
  ])('rejects a callback with %s before sending the code anywhere', async (_name, query) => {
    discovery();

    const error = await createOAuthClient(CLIENT)
      .exchangeCode(callback(query), login)
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIOOAuthStateMismatchError);
    expect(error).toMatchObject({ error: 'state_mismatch' });
  });

  it('turns an error= callback into an authorization-denied error', async () => {
    discovery();

    const error = await createOAuthClient(CLIENT)
      .exchangeCode(
        callback({ error: 'access_denied', error_description: 'User declined', state: login.state }),
        login,
      )
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIOAuthorizationDeniedError);
    expect(error).toMatchObject({ error: 'access_denied', description: 'User declined' });
    expect(error.message).toContain('access_denied: User declined');
  });

  it('turns a reused code (invalid_grant) into a reauthorization error', async () => {
    discovery();
    token().reply(400, { error: 'invalid_grant', error_description: 'Code not valid' });

    const error = await createOAuthClient(CLIENT)
      .exchangeCode(callback({ code: 'code-7e2f', state: login.state }), login)
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIOReauthorizationRequiredError);
    expect(error).toMatchObject({ error: 'invalid_grant', status: 400, description: 'Code not valid' });
    expect(error.message).toContain('start the login again');
  });

  it('reports a token endpoint it cannot reach as a network error', async () => {
    discovery();
    token().replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });

    const error = await createOAuthClient(CLIENT)
      .exchangeCode(callback({ code: 'code-7e2f', state: login.state }), login)
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIONetworkError);
    expect(error).toMatchObject({ method: 'POST', path: TOKEN_PATH });
  });
});

describe('refresh and revoke', () => {
  const tokenSet = {
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: 0,
    scopes: ['history:read'],
  };

  it('refreshes with the refresh token and keeps the rotated one', async () => {
    discovery();
    token().reply(function reply(_uri, body) {
      expect(Object.fromEntries(new URLSearchParams(body as string))).toEqual({
        grant_type: 'refresh_token',
        refresh_token: 'refresh-1',
        client_id: 'crm-connector',
        client_secret: CLIENT.clientSecret,
      });
      return [200, tokenResponse('2')];
    });

    await expect(createOAuthClient(CLIENT).refresh(tokenSet)).resolves.toMatchObject({
      accessToken: 'access-2',
      refreshToken: 'refresh-2',
    });
  });

  it('keeps the old refresh token and scopes when the server does not rotate', async () => {
    discovery();
    token().reply(200, { access_token: 'access-2', token_type: 'Bearer', expires_in: 60 });

    await expect(createOAuthClient(CLIENT).refresh(tokenSet)).resolves.toMatchObject({
      accessToken: 'access-2',
      refreshToken: 'refresh-1',
      scopes: ['history:read'],
    });
  });

  it('fails without a request when the token set has no refresh token', async () => {
    await expect(
      createOAuthClient(CLIENT).refresh({ ...tokenSet, refreshToken: undefined }),
    ).rejects.toBeInstanceOf(SipgateIOReauthorizationRequiredError);
  });

  it('revokes the refresh token', async () => {
    discovery();
    nock(LOGIN_ORIGIN, { reqheaders: FORM })
      .post(REVOKE_PATH, {
        token: 'refresh-1',
        token_type_hint: 'refresh_token',
        client_id: 'crm-connector',
        client_secret: CLIENT.clientSecret,
      })
      .reply(200);

    await expect(createOAuthClient(CLIENT).revoke(tokenSet)).resolves.toBeUndefined();
  });

  it('says so when the server has no revocation endpoint', async () => {
    const { revocation_endpoint: _, ...withoutRevocation } = DISCOVERY_DOCUMENT;
    nock(LOGIN_ORIGIN).get(`${REALM_PATH}/.well-known/openid-configuration`).reply(200, withoutRevocation);

    await expect(createOAuthClient(CLIENT).revoke(tokenSet)).rejects.toMatchObject({
      name: 'SipgateIOOAuthError',
      error: 'unsupported_operation',
    });
  });
});

describe('createOAuthClient', () => {
  it.each([
    ['clientId', { clientId: '' }],
    ['clientSecret', { clientSecret: '' }],
    ['redirectUri', { redirectUri: 'not a url' }],
    ['redirectUri', { redirectUri: 'ftp://app.example.com/callback' }],
    ['scopes', { scopes: [] }],
    ['scopes', { scopes: ['history:read sessions:sms:write'] }],
    ['issuer', { issuer: 'http://login.example.com/realm' }],
  ])('rejects a bad %s before any request', (field, override) => {
    expect(() => createOAuthClient({ ...CLIENT, ...override })).toThrow(
      expect.objectContaining({ constructor: SipgateIOValidationError, field }),
    );
  });

  it('accepts a plain-http issuer on the loopback interface (the sandbox)', () => {
    expect(() =>
      createOAuthClient({ ...CLIENT, issuer: 'http://127.0.0.1:4010/auth/realms/third-party' }),
    ).not.toThrow();
  });
});
