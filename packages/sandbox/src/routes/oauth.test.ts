import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../__fixtures__/harness.js';
import type { Sandbox } from '../sandbox.types.js';

const REDIRECT_URI = 'http://127.0.0.1:1/callback';
const VERIFIER = 'sandbox-test-verifier-0123456789-0123456789-0123456789';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

function authorizeUrl(sandbox: Sandbox, overrides: Record<string, string> = {}): string {
  const parameters = new URLSearchParams({
    client_id: sandbox.oauth.clientId,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'history:read',
    state: 'state-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  });
  return `${sandbox.oauth.issuer}/protocol/openid-connect/auth?${parameters}`;
}

async function redirectOf(url: string, init: RequestInit = {}): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') as string);
}

async function postForm(sandbox: Sandbox, endpoint: string, form: Record<string, string>) {
  const response = await fetch(`${sandbox.oauth.issuer}/protocol/openid-connect/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: sandbox.oauth.clientId,
      client_secret: sandbox.oauth.clientSecret,
      ...form,
    }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

async function signIn(sandbox: Sandbox) {
  const code = (await redirectOf(authorizeUrl(sandbox))).searchParams.get('code') as string;
  return postForm(sandbox, 'token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: VERIFIER,
  });
}

function userinfo(sandbox: Sandbox, accessToken: string): Promise<number> {
  return fetch(`${sandbox.url}/authorization/userinfo`, {
    headers: { authorization: `Bearer ${accessToken}` },
  }).then((response) => response.status);
}

describe('the sandbox login', () => {
  it('publishes a discovery document for its issuer', async () => {
    const sandbox = await startSandbox();

    const response = await fetch(`${sandbox.oauth.issuer}/.well-known/openid-configuration`);

    expect(sandbox.oauth.issuer).toBe(`${new URL(sandbox.url).origin}/auth/realms/third-party`);
    await expect(response.json()).resolves.toMatchObject({
      issuer: sandbox.oauth.issuer,
      authorization_endpoint: `${sandbox.oauth.issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${sandbox.oauth.issuer}/protocol/openid-connect/token`,
      revocation_endpoint: `${sandbox.oauth.issuer}/protocol/openid-connect/revoke`,
      code_challenge_methods_supported: ['S256'],
    });
  });

  it('signs the test user in and redirects back with a code, the state and the issuer', async () => {
    const sandbox = await startSandbox();

    const callback = await redirectOf(authorizeUrl(sandbox));

    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('code')).toMatch(/^sac_/);
    expect(callback.searchParams.get('state')).toBe('state-1');
    expect(callback.searchParams.get('iss')).toBe(sandbox.oauth.issuer);
  });

  it('shows a consent page to browsers, whose Deny redirects with access_denied', async () => {
    const sandbox = await startSandbox();
    const url = authorizeUrl(sandbox);

    const pageResponse = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await pageResponse.text();
    const form = new URLSearchParams([...new URL(url).searchParams, ['decision', 'deny']]);
    const callback = await redirectOf(`${sandbox.oauth.issuer}/protocol/openid-connect/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });

    expect(pageResponse.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<button type="submit" name="decision" value="approve">');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe('state-1');
  });

  it.each([
    ['an unknown client', { client_id: 'someone-else' }],
    ['an unregistered redirect URI', { redirect_uri: 'javascript:alert(1)' }],
  ])('refuses %s without redirecting', async (_name, overrides) => {
    const sandbox = await startSandbox();

    const response = await fetch(authorizeUrl(sandbox, overrides), { redirect: 'manual' });

    expect(response.status).toBe(400);
  });

  it('redirects with invalid_request when PKCE S256 is missing', async () => {
    const sandbox = await startSandbox();

    const callback = await redirectOf(authorizeUrl(sandbox, { code_challenge_method: 'plain' }));

    expect(callback.searchParams.get('error')).toBe('invalid_request');
  });

  it('issues tokens for a code with the right verifier, which the API accepts', async () => {
    const sandbox = await startSandbox();

    const { status, json } = await signIn(sandbox);

    expect(status).toBe(200);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'history:read' });
    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(200);
    expect(json.access_token.split('.')).toHaveLength(3);
    await expect(userinfo(sandbox, `${json.access_token.slice(0, -4)}AAAA`)).resolves.toBe(401);
  });

  it.each([
    ['a wrong verifier', { code_verifier: 'another-verifier-0123456789-0123456789-0123456789' }],
    ['another redirect URI', { redirect_uri: 'http://127.0.0.1:2/callback' }],
  ])('answers invalid_grant for %s', async (_name, overrides) => {
    const sandbox = await startSandbox();
    const code = (await redirectOf(authorizeUrl(sandbox))).searchParams.get('code') as string;

    const result = await postForm(sandbox, 'token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: VERIFIER,
      ...overrides,
    });

    expect(result).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('refuses a reused code and revokes what the first exchange issued', async () => {
    const sandbox = await startSandbox();
    const code = (await redirectOf(authorizeUrl(sandbox))).searchParams.get('code') as string;
    const exchange = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: VERIFIER,
    };

    const first = await postForm(sandbox, 'token', exchange);
    const second = await postForm(sandbox, 'token', exchange);

    expect(first.status).toBe(200);
    expect(second).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    await expect(userinfo(sandbox, first.json.access_token)).resolves.toBe(401);
  });

  it('refuses a wrong client secret', async () => {
    const sandbox = await startSandbox();

    const result = await postForm(sandbox, 'token', {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_secret: 'wrong',
    });

    expect(result).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
  });

  it('rotates the refresh token on every refresh and refuses the old one', async () => {
    const sandbox = await startSandbox();
    const { json: first } = await signIn(sandbox);

    const second = await postForm(sandbox, 'token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    const reused = await postForm(sandbox, 'token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });

    expect(second.status).toBe(200);
    expect(second.json.refresh_token).not.toBe(first.refresh_token);
    expect(reused).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    expect(sandbox.oauth.events.map((event) => `${event.grantType} ${event.outcome}`)).toEqual([
      'authorization_code ok',
      'refresh_token ok',
      'refresh_token invalid_grant',
    ]);
  });

  it('answers 401 for access tokens once they expire', async () => {
    const sandbox = await startSandbox({ oauth: { accessTokenSeconds: 1 } });
    const { json } = await signIn(sandbox);
    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 1100));

    expect(json.expires_in).toBe(1);
    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(401);
  });

  it('expires every access token on demand', async () => {
    const sandbox = await startSandbox();
    const { json } = await signIn(sandbox);

    sandbox.oauth.expireAccessTokens();

    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(401);
  });

  it('revokes the grant: its access token and refresh token stop working', async () => {
    const sandbox = await startSandbox();
    const { json } = await signIn(sandbox);

    const revoked = await postForm(sandbox, 'revoke', {
      token: json.refresh_token,
      token_type_hint: 'refresh_token',
    });
    const refresh = await postForm(sandbox, 'token', {
      grant_type: 'refresh_token',
      refresh_token: json.refresh_token,
    });

    expect(revoked.status).toBe(200);
    expect(refresh).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(401);
  });

  it('does not record login requests, whose bodies carry secrets', async () => {
    const sandbox = await startSandbox();

    await signIn(sandbox);

    expect(sandbox.state.requests).toEqual([]);
  });

  it('forgets every grant on reset()', async () => {
    const sandbox = await startSandbox();
    const { json } = await signIn(sandbox);

    sandbox.reset();

    expect(sandbox.oauth.events).toEqual([]);
    await expect(userinfo(sandbox, json.access_token)).resolves.toBe(401);
  });
});
