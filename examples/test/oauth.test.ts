import {
  createMemoryTokenStore,
  createOAuthClient,
  isReauthorizationRequired,
  type OAuthClient,
  type TokenSet,
} from '@sipgateio/oauth';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { SipgateIOAuthenticationError, sipgateIO } from 'sipgateio';
import { afterEach, describe, expect, it } from 'vitest';

const REDIRECT_URI = 'http://127.0.0.1:1/oauth/callback';
const running: Sandbox[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
});

async function start(accessTokenSeconds: number) {
  const sandbox = await createSandbox({ oauth: { accessTokenSeconds } });
  running.push(sandbox);
  const oauth = createOAuthClient({
    clientId: sandbox.oauth.clientId,
    clientSecret: sandbox.oauth.clientSecret,
    redirectUri: REDIRECT_URI,
    scopes: ['history:read'],
    issuer: sandbox.oauth.issuer,
  });
  return { sandbox, oauth };
}

/** Plays the browser: opens the login URL and hands the redirect back to the app. */
async function signIn(oauth: OAuthClient): Promise<TokenSet> {
  const login = await oauth.authorizationUrl();
  const response = await fetch(login.url, { redirect: 'manual' });
  return oauth.exchangeCode(response.headers.get('location') as string, login);
}

function refreshes(sandbox: Sandbox): number {
  return sandbox.oauth.events.filter((event) => event.grantType === 'refresh_token').length;
}

const sleepUntil = (time: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** Whether core asks a token function again with `{ rejectedToken }` after a 401 and repeats the request. */
async function coreRepeatsAfter401(): Promise<boolean> {
  const sandbox = await createSandbox();
  const contexts: unknown[] = [];
  const rejected = `e30.${Buffer.from('{"sub":"w0"}').toString('base64url')}.x`;
  const client = sipgateIO(
    {
      token: async (context?: unknown) => {
        contexts.push(context);
        return rejected;
      },
    },
    { baseUrl: sandbox.url, retry: 0 },
  );
  await client.get('authorization/userinfo').catch(() => undefined);
  await sandbox.stop();
  return contexts.some((context) => (context as { rejectedToken?: string })?.rejectedToken === rejected);
}
const CORE_REPEATS_AFTER_401 = await coreRepeatsAfter401();

describe('OAuth against the sandbox', () => {
  it('signs in, calls the API, refreshes once after expiry, and asks for a new login after revocation', async () => {
    const { sandbox, oauth } = await start(2);
    const first = await signIn(oauth);
    const store = createMemoryTokenStore(first);
    const client = sipgateIO(
      { token: oauth.tokenProvider({ store, skewSeconds: 1 }) },
      { baseUrl: sandbox.url, retry: 0 },
    );

    await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w0');
    await sleepUntil(first.expiresAt + 100);
    await expect(client.get('authorization/userinfo')).resolves.toMatchObject({ sub: 'w0' });

    const second = (await store.get()) as TokenSet;
    expect(refreshes(sandbox)).toBe(1);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);

    await oauth.revoke(second);
    // The revoked grant's access token is refused at once; once it is due, the refresh fails for good.
    await expect(client.get('authorization/userinfo')).rejects.toSatisfy(
      (error) => error instanceof SipgateIOAuthenticationError || isReauthorizationRequired(error),
    );
    await sleepUntil(second.expiresAt);
    const afterRevoke = await client.get('authorization/userinfo').catch((error) => error);
    const again = await client.get('authorization/userinfo').catch((error) => error);

    expect(isReauthorizationRequired(afterRevoke)).toBe(true);
    expect(isReauthorizationRequired(again)).toBe(true);
    // One refresh that got invalid_grant, and none after it: no retry loop.
    expect(sandbox.oauth.events.filter((event) => event.outcome === 'invalid_grant')).toHaveLength(1);
    await expect(store.get()).resolves.toEqual(second);
  });

  it('makes one refresh for 100 concurrent calls across an expiry, and all of them succeed', async () => {
    const { sandbox, oauth } = await start(2);
    const tokenSet = await signIn(oauth);
    const client = sipgateIO(
      { token: oauth.tokenProvider({ store: createMemoryTokenStore(tokenSet), skewSeconds: 1 }) },
      { baseUrl: sandbox.url, retry: 0 },
    );
    const refreshAt = tokenSet.expiresAt - 1000;
    await sleepUntil(refreshAt - 150);

    // Spread over 300 ms around the moment the provider starts refreshing.
    const calls = Array.from({ length: 100 }, (_, index) =>
      new Promise((resolve) => setTimeout(resolve, index * 3)).then(() =>
        client.get('authorization/userinfo'),
      ),
    );
    const results = await Promise.allSettled(calls);

    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(refreshes(sandbox)).toBe(1);
  });

  it.runIf(CORE_REPEATS_AFTER_401)(
    'after a revocation, the 401 makes core ask the provider again, which ends in a reauthorization error (needs core 401 refresh)',
    async () => {
      const { sandbox, oauth } = await start(300);
      const tokenSet = await signIn(oauth);
      const client = sipgateIO(
        { token: oauth.tokenProvider({ store: createMemoryTokenStore(tokenSet) }) },
        { baseUrl: sandbox.url, retry: 0 },
      );
      await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w0');

      await oauth.revoke(tokenSet);
      const error = await client.get('authorization/userinfo').catch((caught) => caught);

      expect(isReauthorizationRequired(error)).toBe(true);
      expect(refreshes(sandbox)).toBe(1);
    },
  );

  it.runIf(CORE_REPEATS_AFTER_401)(
    'an access token the sandbox expired early is refreshed once after the 401 (needs core 401 refresh)',
    async () => {
      const { sandbox, oauth } = await start(300);
      const client = sipgateIO(
        { token: oauth.tokenProvider({ store: createMemoryTokenStore(await signIn(oauth)) }) },
        { baseUrl: sandbox.url, retry: 0 },
      );

      sandbox.oauth.expireAccessTokens();

      await expect(client.get('authorization/userinfo')).resolves.toMatchObject({ sub: 'w0' });
      expect(refreshes(sandbox)).toBe(1);
    },
  );
});
