import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { adaptClient } from './adapt-client.js';
import type { SipgateIOClient } from './client.types.js';
import { SipgateIONotFoundError, SipgateIOValidationError } from './errors.js';
import type { components } from './generated/sipgate-api.js';
import type { Route, RouteParams, RouteResponse } from './request-route.types.js';

setupNock();

type Schemas = components['schemas'];

describe('client.request: the wire', () => {
  it('fills the path template with encoded path parameters and resolves to the parsed answer', async () => {
    const answer = { forwardings: [{ destination: 'voicemail', timeout: 20, active: true }] };
    const scope = api().get('/v2/w0/phonelines/p%2F0%20x/forwardings').reply(200, answer);
    const result = await createTestClient().request('GET /{userId}/phonelines/{phonelineId}/forwardings', {
      userId: 'w0',
      phonelineId: 'p/0 x',
    });
    expect(result).toEqual(answer);
    expectTypeOf(result).toEqualTypeOf<Schemas['ForwardingsResponse']>();
    scope.done();
  });

  it('sends every parameter that is not in the path as the query, arrays as repeated keys', async () => {
    const scope = api()
      .get('/v2/history')
      .query((query) => {
        expect(query).toEqual({ types: ['SMS', 'FAX'], limit: '10', archived: 'false' });
        return true;
      })
      .reply(200, { items: [], totalCount: 0 });
    const page = await createTestClient().request('GET /history', {
      types: ['SMS', 'FAX'],
      limit: 10,
      archived: false,
    });
    expect(page).toEqual({ items: [], totalCount: 0 });
    scope.done();
  });

  it('sends `body` as the JSON body of a POST, and nothing of it in the query', async () => {
    const body = { smsId: 's0', recipient: '+4915790000000', message: 'Hello' };
    const scope = api().post('/v2/sessions/sms', body).reply(204);
    await expect(createTestClient().request('POST /sessions/sms', { body })).resolves.toBeUndefined();
    scope.done();
  });

  it('sends PUT, PATCH and DELETE with their method', async () => {
    const client = createTestClient();
    const scope = api()
      .put('/v2/w0/phonelines/p0/forwardings', { forwardings: [] })
      .reply(204)
      .delete('/v2/history/h1')
      .reply(204)
      .patch('/v2/contacts/c1', { name: 'Ada' })
      .reply(204);
    await client.request('PUT /{userId}/phonelines/{phonelineId}/forwardings', {
      userId: 'w0',
      phonelineId: 'p0',
      body: { forwardings: [] },
    });
    await client.request('DELETE /history/{entryId}', { entryId: 'h1' });
    // PATCH routes are rare in the description; the method is still sent as written.
    await client.request('PATCH /contacts/{id}' as Route, { id: 'c1', body: { name: 'Ada' } } as never);
    scope.done();
  });

  it('passes per-request options (headers) through and maps errors like the raw methods', async () => {
    const scope = api().matchHeader('x-trace', 'abc').get('/v2/history/h404').reply(404, { message: 'nope' });
    const failure = createTestClient().request(
      'GET /history/{entryId}',
      { entryId: 'h404' },
      {
        headers: { 'x-trace': 'abc' },
      },
    );
    await expect(failure).rejects.toBeInstanceOf(SipgateIONotFoundError);
    await expect(failure).rejects.toMatchObject({ status: 404, method: 'GET', path: '/history/h404' });
    scope.done();
  });
});

describe('client.request: bad input fails before any request', () => {
  // No interceptor is registered: a request would fail with a network error, not a validation error.
  const client = createTestClient();

  it.each([
    ['missing', {}],
    ['empty', { entryId: '' }],
    ['blank', { entryId: '  ' }],
    ['null', { entryId: null }],
    ['an object', { entryId: { id: 1 } }],
    ['a dot segment', { entryId: '..' }],
  ])('a path parameter that is %s is a SipgateIOValidationError naming it', async (_case, params) => {
    const failure = client.request('GET /history/{entryId}', params as never);
    await expect(failure).rejects.toBeInstanceOf(SipgateIOValidationError);
    await expect(failure).rejects.toMatchObject({ field: 'params.entryId' });
    await expect(failure).rejects.toThrow(/entryId.*GET \/history\/\{entryId\}/);
  });

  it.each(['GET history', 'FETCH /history', 'GET /history?x=1', ''])(
    'a malformed route (%j) is a SipgateIOValidationError naming `route`',
    async (route) => {
      await expect(client.request(route as Route)).rejects.toMatchObject({
        name: 'SipgateIOValidationError',
        field: 'route',
      });
    },
  );

  it('accepts a finite number as a path parameter', async () => {
    const scope = api().get('/v2/history/42').reply(200, { id: '42' });
    await client.request('GET /history/{entryId}', { entryId: 42 as unknown as string });
    scope.done();
  });
});

describe('client.request on a client that is not ours', () => {
  it('calls its methods with the route path and the query as `{ params }`', async () => {
    const calls: unknown[][] = [];
    const mock = {
      get: async (...args: unknown[]) => {
        calls.push(['get', ...args]);
        return { items: [] };
      },
      post: async (...args: unknown[]) => {
        calls.push(['post', ...args]);
      },
      put: async () => undefined,
      patch: async () => undefined,
      delete: async () => undefined,
      getAuthenticatedWebuserId: async () => 'w0',
      getWebUsers: async () => [],
    } as unknown as SipgateIOClient;
    const client = adaptClient(mock);
    await client.request('GET /history', { limit: 5 });
    await client.request('POST /sessions/sms', {
      body: { smsId: 's0', recipient: '+4915790000000', message: 'x' },
    });
    expect(calls).toEqual([
      ['get', '/history', { params: { limit: 5 } }],
      ['post', '/sessions/sms', { smsId: 's0', recipient: '+4915790000000', message: 'x' }],
    ]);
  });
});

describe('client.request: types', () => {
  it('knows every route of the description and types params and answers', () => {
    expectTypeOf<'GET /history'>().toMatchTypeOf<Route>();
    expectTypeOf<'PUT /{userId}/phonelines/{phonelineId}/forwardings'>().toMatchTypeOf<Route>();
    expectTypeOf<'GET /nowhere'>().not.toMatchTypeOf<Route>();
    expectTypeOf<'POST /history'>().not.toMatchTypeOf<Route>();
    expectTypeOf<RouteParams<'GET /history/{entryId}'>>().toEqualTypeOf<{ entryId: string }>();
    expectTypeOf<RouteResponse<'GET /history'>>().toEqualTypeOf<Schemas['HistoryResponse']>();
    expectTypeOf<RouteResponse<'DELETE /history/{entryId}'>>().toEqualTypeOf<undefined>();
    expectTypeOf<RouteResponse<'POST /sessions/sms'>>().toEqualTypeOf<undefined>();
  });

  it('refuses wrong input at compile time', () => {
    const client = createTestClient();
    // Each call is only type-checked: the functions are never run.
    const wrong = [
      // @ts-expect-error an unknown route
      () => client.request('GET /nowhere'),
      // @ts-expect-error a missing path parameter
      () => client.request('GET /history/{entryId}', {}),
      // @ts-expect-error the params of a route with a path parameter are required
      () => client.request('GET /history/{entryId}'),
      // @ts-expect-error a query parameter of the wrong type
      () => client.request('GET /history', { limit: 'ten' }),
      // @ts-expect-error a query value outside its enum
      () => client.request('GET /history', { types: ['LETTER'] }),
      // @ts-expect-error a body of the wrong shape
      () => client.request('POST /sessions/sms', { body: { smsId: 1 } }),
    ];
    expect(wrong).toHaveLength(6);
  });
});
