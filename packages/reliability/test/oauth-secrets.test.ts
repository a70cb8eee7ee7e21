import { format } from 'node:util';
import { type ClientHooks, sipgateIO } from '@sipgateio/core';
import {
  createMemoryTokenStore,
  createOAuthClient,
  type OAuthClient,
  type OAuthClientOptions,
  type TokenSet,
} from '@sipgateio/oauth';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { leaksIn, renderings } from './leak-search.js';

const REDIRECT_URI = 'http://127.0.0.1:1/oauth/callback';
const CLIENT_SECRET = 'oauth-client-secret-Zq81xT';

let sandbox: Sandbox;
/** Every code, verifier and token the runs below saw: none of them may show up anywhere. */
const secrets = new Set<string>([CLIENT_SECRET]);
const logs: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ oauth: { clientSecret: CLIENT_SECRET, accessTokenSeconds: 300 } });
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logs.push(format(...args));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await sandbox?.stop();
});
afterEach(() => {
  sandbox.reset();
});

function oauthClient(overrides: Partial<OAuthClientOptions> = {}): OAuthClient {
  return createOAuthClient({
    clientId: sandbox.oauth.clientId,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    scopes: ['history:read'],
    issuer: sandbox.oauth.issuer,
    ...overrides,
  });
}

/** Plays the browser up to the callback (Deny on the consent page with `deny`), remembering the secrets. */
async function login(oauth: OAuthClient, deny = false) {
  const request = await oauth.authorizationUrl();
  secrets.add(request.codeVerifier);
  const url = new URL(request.url);
  const response = deny
    ? await fetch(`${url.origin}${url.pathname}`, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams([...url.searchParams, ['decision', 'deny']]),
      })
    : await fetch(url, { redirect: 'manual' });
  const callbackUrl = response.headers.get('location') as string;
  const code = new URL(callbackUrl).searchParams.get('code');
  if (code) secrets.add(code);
  return { request, callbackUrl };
}

function remember(tokenSet: TokenSet): TokenSet {
  secrets.add(tokenSet.accessToken);
  if (tokenSet.refreshToken) secrets.add(tokenSet.refreshToken);
  return tokenSet;
}

async function failure(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail');
}

describe('no OAuth secret in errors, hook payloads or logs', () => {
  it('covers every OAuth failure: state, denial, reused code, verifier, client, grant, network', async () => {
    const oauth = oauthClient();
    const errors: unknown[] = [];
    const hookEvents: unknown[] = [];
    const hooks: ClientHooks = {
      beforeRequest: (event) => {
        hookEvents.push(event);
      },
      afterResponse: (event) => {
        hookEvents.push(event);
      },
    };

    const mixedUp = await login(oauth);
    errors.push(
      await failure(() =>
        oauth.exchangeCode(mixedUp.callbackUrl, { ...mixedUp.request, state: 'another-state' }),
      ),
    );
    const denied = await login(oauth, true);
    errors.push(await failure(() => oauth.exchangeCode(denied.callbackUrl, denied.request)));
    const wrongVerifier = await login(oauth);
    errors.push(
      await failure(() =>
        oauth.exchangeCode(wrongVerifier.callbackUrl, {
          ...wrongVerifier.request,
          codeVerifier: 'a-different-verifier-0123456789-0123456789-012345',
        }),
      ),
    );
    const wrongSecret = await login(oauth);
    errors.push(
      await failure(() =>
        oauthClient({ clientSecret: 'another-secret' }).exchangeCode(
          wrongSecret.callbackUrl,
          wrongSecret.request,
        ),
      ),
    );
    const good = await login(oauth);
    const tokenSet = remember(await oauth.exchangeCode(good.callbackUrl, good.request));
    errors.push(await failure(() => oauth.exchangeCode(good.callbackUrl, good.request))); // reused code

    const next = await login(oauth);
    const live = remember(await oauth.exchangeCode(next.callbackUrl, next.request));
    const failingFetch: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/token')) {
        throw new TypeError('fetch failed');
      }
      return fetch(input, init);
    };
    errors.push(await failure(() => oauthClient({ fetch: failingFetch }).refresh(live))); // network
    errors.push(
      await failure(() => oauthClient({ issuer: 'http://127.0.0.1:9/auth/realms/x' }).authorizationUrl()),
    );

    const store = createMemoryTokenStore({ ...live, expiresAt: Date.now() + 300_000 });
    const client = sipgateIO(
      { token: oauth.tokenProvider({ store }) },
      { baseUrl: sandbox.url, retry: 0, hooks },
    );
    await client.getAuthenticatedWebuserId();
    await oauth.revoke(live);
    errors.push(await failure(() => client.get('authorization/userinfo'))); // 401 (or reauthorization)
    await store.set({ ...live, expiresAt: 0 });
    errors.push(await failure(() => client.get('authorization/userinfo'))); // invalid_grant, wrapped
    errors.push(await failure(() => oauth.tokenProvider({ store })())); // invalid_grant
    errors.push(await failure(() => oauth.refresh(tokenSet))); // reused code revoked this grant

    const names = new Set(errors.map((error) => (error as Error).name));
    expect([...names].sort()).toEqual(
      expect.arrayContaining([
        'SipgateIOAuthorizationDeniedError',
        'SipgateIONetworkError',
        'SipgateIOOAuthError',
        'SipgateIOOAuthStateMismatchError',
        'SipgateIOReauthorizationRequiredError',
      ]),
    );
    expect(secrets.size).toBeGreaterThanOrEqual(10);
    const all = [...secrets];
    const leaks = [
      ...errors.flatMap((error) => leaksIn(`error ${(error as Error).name}`, renderings(error), all)),
      ...hookEvents.flatMap((event) => leaksIn('hook payload', renderings(event), all)),
      ...leaksIn('OAuth client', renderings(oauth), all),
      ...leaksIn('API client', renderings(client), all),
      ...leaksIn('sandbox events', renderings(sandbox.oauth.events), all),
      ...leaksIn('console output', logs, all),
    ];
    expect(leaks).toEqual([]);
  }, 60_000);
});
