import { describe, expect, it } from 'vitest';
import { basicAuth, call, startSandbox } from './__fixtures__/harness.js';

describe('createSandbox', () => {
  it('listens on 127.0.0.1 with a /v2 base URL and valid personal-access-token credentials', async () => {
    const sandbox = await startSandbox();
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(sandbox.credentials.tokenId).toMatch(/^token-[a-zA-Z\d]{6}$/);
    expect(sandbox.credentials.token).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(sandbox.publicKey).toContain('-----BEGIN PUBLIC KEY-----');
  });

  it('accepts configured credentials and an OAuth bearer token', async () => {
    const credentials = { tokenId: 'token-ABC123', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' };
    const sandbox = await startSandbox({ credentials, accessToken: 'oauth-token' });
    expect(sandbox.credentials).toEqual(credentials);
    expect((await call(sandbox, 'GET', '/users')).status).toBe(200);
    const bearer = await call(sandbox, 'GET', '/users', {
      auth: false,
      headers: { Authorization: 'Bearer oauth-token' },
    });
    expect(bearer.status).toBe(200);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', `Basic ${Buffer.from('token-ABC123:wrong').toString('base64')}`],
    ['an unknown bearer token', 'Bearer nope'],
  ])('answers 401 with a JSON error body for %s', async (_, header) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'GET', '/authorization/userinfo', {
      auth: false,
      ...(header ? { headers: { Authorization: header } } : {}),
    });
    expect(response.status).toBe(401);
    expect(response.json.errors[0]).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('answers CORS preflights without credentials and sets CORS headers on responses', async () => {
    const sandbox = await startSandbox();
    const preflight = await fetch(`${sandbox.url}/sessions/sms`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-sipgate-client,x-sipgate-version',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = preflight.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const header of ['authorization', 'content-type', 'x-sipgate-client', 'x-sipgate-version']) {
      expect(allowed).toContain(header);
    }
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const response = await call(sandbox, 'GET', '/users', { headers: { Origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(sandbox.state.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it.each([
    ['GET', '/nothing-here', 404],
    ['DELETE', '/users', 405],
    ['PATCH', '/contacts', 405],
  ])('answers %s %s with %i and a JSON error', async (method, path, status) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, method, path);
    expect(response.status).toBe(status);
    expect(response.json.errors[0].status).toBe(status);
  });

  it('answers 404 outside /v2', async () => {
    const sandbox = await startSandbox();
    const response = await fetch(sandbox.url.replace('/v2', '/v1/users'), {
      headers: { Authorization: basicAuth(sandbox) },
    });
    expect(response.status).toBe(404);
  });

  it.each([
    ['no Content-Type', undefined],
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
  ])('answers 415 to a body with %s', async (_, contentType) => {
    const sandbox = await startSandbox();
    const response = await fetch(`${sandbox.url}/sessions/sms`, {
      method: 'POST',
      headers: { Authorization: basicAuth(sandbox), ...(contentType ? { 'Content-Type': contentType } : {}) },
      body: JSON.stringify({ smsId: 's0', recipient: '+4915799912345', message: 'Hi' }),
    });
    expect(response.status).toBe(415);
    expect((await response.json()).errors[0].status).toBe(415);
    expect(sandbox.state.sms).toHaveLength(0);
  });

  it('answers 400 to malformed JSON', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/sms', {
      body: '{"smsId":',
      contentType: 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].source.pointer).toBe('/');
  });

  it('records requests without the Authorization header', async () => {
    const sandbox = await startSandbox();
    await call(sandbox, 'GET', '/history', {
      query: { types: ['CALL', 'SMS'], limit: 2 },
      headers: { 'X-Sipgate-Client': '{}' },
    });
    const [request] = sandbox.state.requests;
    expect(request).toMatchObject({
      method: 'GET',
      path: '/history',
      query: { types: ['CALL', 'SMS'], limit: '2' },
      status: 200,
    });
    expect(request?.headers['x-sipgate-client']).toBe('{}');
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(sandbox.state.requests)).not.toContain(sandbox.credentials.token);
    expect(JSON.stringify(sandbox.state.requests)).not.toContain(basicAuth(sandbox).slice(6));
  });

  it('reset() restores the initial state and keeps the same state object', async () => {
    const sandbox = await startSandbox();
    const state = sandbox.state;
    const initialHistory = structuredClone(sandbox.state.history);
    await call(sandbox, 'POST', '/sessions/sms', {
      body: { smsId: 's0', recipient: '+4915799912345', message: 'Hi' },
    });
    await call(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: 'https://example.com/in', outgoingUrl: '' },
    });
    await call(sandbox, 'DELETE', `/history/${initialHistory[1]?.id}`);
    sandbox.fail({ path: '/users', status: 503 });
    expect(sandbox.state.sms).toHaveLength(1);
    sandbox.reset();
    expect(sandbox.state).toBe(state);
    expect(sandbox.state.sms).toEqual([]);
    expect(sandbox.state.requests).toEqual([]);
    expect(sandbox.state.settings.incomingUrl).toBe('');
    expect(sandbox.state.history).toEqual(initialHistory);
    expect((await call(sandbox, 'GET', '/users')).status).toBe(200);
  });

  it('stop() closes the server so that requests fail', async () => {
    const sandbox = await startSandbox();
    await sandbox.stop();
    await expect(fetch(`${sandbox.url}/users`)).rejects.toThrow();
  });
});
