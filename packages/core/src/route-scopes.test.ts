import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { SipgateIOPermissionError } from './errors.js';
import { scopesFor } from './route-scopes.js';

setupNock();

describe('scopesFor', () => {
  it.each([
    ['POST', '/sessions/sms', ['sessions:sms:write', 'sessions:write', 'all']],
    ['GET', 'w0/sms/s0/callerids', ['sms:callerid:read', 'sms:read', 'all']],
    ['GET', '/history?limit=5&offset=0', ['history:read', 'all']],
    ['GET', '/history/export', ['history:read', 'all']],
    ['PUT', '/history/h1/archive', ['history:write', 'all']],
    ['GET', '/w0/phonelines/p0/forwardings', ['phonelines:forwardings:read', 'phonelines:read', 'all']],
  ])('names the scopes of %s %s, narrowest first', (method, path, scopes) => {
    expect(scopesFor(method, path)).toEqual(scopes);
  });

  it.each([
    ['GET', '/authorization/userinfo'],
    ['GET', '/no/such/operation'],
    ['DELETE', '/sessions/sms'],
  ])('names none for %s %s (no scopes in the description, or no such operation)', (method, path) => {
    expect(scopesFor(method, path)).toEqual([]);
  });
});

describe('a 403 names the scopes that allow the operation', () => {
  it('through client.request', async () => {
    api().get('/v2/w0/phonelines/p0/forwardings').reply(403, { message: 'forbidden' });
    const failure = createTestClient().request('GET /{userId}/phonelines/{phonelineId}/forwardings', {
      userId: 'w0',
      phonelineId: 'p0',
    });
    await expect(failure).rejects.toBeInstanceOf(SipgateIOPermissionError);
    await expect(failure).rejects.toMatchObject({
      message:
        'Forbidden (GET /w0/phonelines/p0/forwardings). The token needs one of the scopes ' +
        'phonelines:forwardings:read, phonelines:read, all.',
      requiredScopes: ['phonelines:forwardings:read', 'phonelines:read', 'all'],
      status: 403,
      body: { message: 'forbidden' },
    });
  });

  it('keeps the message as it is when the description names no scope', async () => {
    api().get('/v2/authorization/userinfo').reply(403);
    await expect(createTestClient().getAuthenticatedWebuserId()).rejects.toMatchObject({
      message: 'Forbidden',
      requiredScopes: [],
    });
  });
});
