import { SipgateIONetworkError, SipgateIOValidationError } from '@sipgateio/core';
import { nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import {
  CLIENT,
  DISCOVERY_DOCUMENT,
  LOGIN_ORIGIN,
  REALM_PATH,
  TOKEN_PATH,
  tokenResponse,
} from './__fixtures__/discovery.js';
import { SipgateIOReauthorizationRequiredError } from './errors.js';
import { createMemoryTokenStore } from './memory-token-store.js';
import type { TokenSet } from './oauth.types.js';
import { createOAuthClient } from './oauth-client.js';

setupNock();

const HOUR = 3_600_000;

function discovery() {
  return nock(LOGIN_ORIGIN)
    .get(`${REALM_PATH}/.well-known/openid-configuration`)
    .reply(200, DISCOVERY_DOCUMENT);
}

function refreshWith(refreshToken: string) {
  return nock(LOGIN_ORIGIN).post(
    TOKEN_PATH,
    (body) => body.grant_type === 'refresh_token' && body.refresh_token === refreshToken,
  );
}

function tokenSet(suffix: string, expiresAt: number): TokenSet {
  return {
    accessToken: `access-${suffix}`,
    refreshToken: `refresh-${suffix}`,
    expiresAt,
    scopes: ['history:read'],
  };
}

describe('tokenProvider', () => {
  it('hands out the stored access token while it is valid, without any request', async () => {
    const store = createMemoryTokenStore(tokenSet('1', Date.now() + HOUR));
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    await expect(provider()).resolves.toBe('access-1');
    await expect(provider()).resolves.toBe('access-1');
  });

  it('refreshes ahead of expiry by the skew and saves the rotated token set', async () => {
    discovery();
    refreshWith('refresh-1').reply(200, tokenResponse('2'));
    const store = createMemoryTokenStore(tokenSet('1', Date.now() + 20_000));
    const provider = createOAuthClient(CLIENT).tokenProvider({ store, skewSeconds: 30 });

    await expect(provider()).resolves.toBe('access-2');
    await expect(store.get()).resolves.toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('makes exactly one refresh when 100 concurrent callers find the token expired', async () => {
    discovery();
    // One interceptor: a second refresh would find no interceptor and fail its caller.
    refreshWith('refresh-1').delay(50).reply(200, tokenResponse('2'));
    let writes = 0;
    const memory = createMemoryTokenStore(tokenSet('1', Date.now() - 1000));
    const store = {
      get: () => memory.get(),
      set: (value: TokenSet) => {
        writes += 1;
        return memory.set(value);
      },
    };
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    const tokens = await Promise.all(Array.from({ length: 100 }, () => provider()));

    expect(new Set(tokens)).toEqual(new Set(['access-2']));
    expect(writes).toBe(1);
  });

  it('refreshes when the API rejected the current token, even before its expiry', async () => {
    discovery();
    refreshWith('refresh-1').reply(200, tokenResponse('2'));
    const store = createMemoryTokenStore(tokenSet('1', Date.now() + HOUR));
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    await expect(provider({ rejectedToken: 'access-1' })).resolves.toBe('access-2');
  });

  it('hands out the newer token without a refresh when the rejected one was already replaced', async () => {
    const store = createMemoryTokenStore(tokenSet('2', Date.now() + HOUR));
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    await expect(provider({ rejectedToken: 'access-1' })).resolves.toBe('access-2');
  });

  it('throws the reauthorization error once per dead grant and never asks the server again', async () => {
    discovery();
    refreshWith('refresh-1').reply(400, { error: 'invalid_grant', error_description: 'Token is not active' });
    const stored = tokenSet('1', Date.now() - 1000);
    const store = createMemoryTokenStore(stored);
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    const concurrent = await Promise.allSettled(Array.from({ length: 10 }, () => provider()));
    // No interceptor is left: another refresh would be a network error instead.
    const later = await provider().catch((error) => error);

    for (const outcome of concurrent) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: expect.any(SipgateIOReauthorizationRequiredError),
      });
    }
    expect(later).toBeInstanceOf(SipgateIOReauthorizationRequiredError);
    await expect(store.get()).resolves.toEqual(stored);
  });

  it('works again once a new login is stored after a dead grant', async () => {
    discovery();
    refreshWith('refresh-1').reply(400, { error: 'invalid_grant' });
    const store = createMemoryTokenStore(tokenSet('1', Date.now() - 1000));
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });
    await expect(provider()).rejects.toBeInstanceOf(SipgateIOReauthorizationRequiredError);

    await store.set(tokenSet('9', Date.now() + HOUR));

    await expect(provider()).resolves.toBe('access-9');
  });

  it('keeps the stored token set intact when the refresh fails on the network, and retries on the next call', async () => {
    discovery();
    refreshWith('refresh-1').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    refreshWith('refresh-1').reply(200, tokenResponse('2'));
    const stored = tokenSet('1', Date.now() - 1000);
    const store = createMemoryTokenStore(stored);
    const provider = createOAuthClient(CLIENT).tokenProvider({ store });

    await expect(provider()).rejects.toBeInstanceOf(SipgateIONetworkError);
    await expect(store.get()).resolves.toEqual(stored);
    await expect(provider()).resolves.toBe('access-2');
  });

  it('asks for a login when the store is empty', async () => {
    const provider = createOAuthClient(CLIENT).tokenProvider();

    await expect(provider()).rejects.toMatchObject({
      name: 'SipgateIOReauthorizationRequiredError',
      error: 'login_required',
    });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects skewSeconds %s', (skewSeconds) => {
    expect(() => createOAuthClient(CLIENT).tokenProvider({ skewSeconds })).toThrow(SipgateIOValidationError);
  });
});
