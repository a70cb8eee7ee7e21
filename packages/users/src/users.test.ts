import {
  type RouteResponse,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import type nock from 'nock';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ada, alan } from './__fixtures__/users.js';
import { createUsersModule } from './users.js';
import type { User, UsersModule } from './users.types.js';

setupNock();

const users = createUsersModule(createTestClient());

describe('reading users', () => {
  it('getUsers sends GET /users without a query and resolves the items', async () => {
    api()
      .get('/v2/users')
      .query({})
      .reply(200, { items: [ada, alan] });

    await expect(users.getUsers()).resolves.toEqual([ada, alan]);
  });

  it('getUser sends GET /users/{userId} and resolves the user', async () => {
    api().get('/v2/users/w1').query({}).reply(200, alan);

    await expect(users.getUser('w1')).resolves.toEqual(alan);
  });

  it('types the results', () => {
    expectTypeOf(users.getUsers).returns.resolves.toEqualTypeOf<User[]>();
    expectTypeOf(users.getUser).returns.resolves.toEqualTypeOf<User>();
    // Every field of the API description's user is one of ours (the description marks them all optional).
    expectTypeOf<keyof NonNullable<RouteResponse<'GET /users/{userId}'>>>().toEqualTypeOf<keyof User>();
  });
});

describe('changing users', () => {
  it('deleteUser sends DELETE /users/{userId} and resolves nothing', async () => {
    api().delete('/v2/users/w1').query({}).reply(200, alan);

    await expect(users.deleteUser('w1')).resolves.toBeUndefined();
  });

  it.each([true, false])('setRole sends PUT /users/{userId}/role with { admin: %s }', async (admin) => {
    api().put('/v2/users/w1/role', { admin }).query({}).reply(204);

    await expect(users.setRole('w1', { admin })).resolves.toBeUndefined();
  });

  it('setDefaultDevice sends PUT /users/{userId}/defaultdevice with the device id', async () => {
    api().put('/v2/users/w0/defaultdevice', { deviceId: 'y0' }).query({}).reply(204);

    await expect(users.setDefaultDevice('w0', 'y0')).resolves.toBeUndefined();
  });

  it.each([true, false])(
    'setBusyOnBusy sends PUT /users/{userId}/busyonbusy with { enabled: %s }',
    async (enabled) => {
      api().put('/v2/users/w0/busyonbusy', { enabled }).query({}).reply(204);

      await expect(users.setBusyOnBusy('w0', enabled)).resolves.toBeUndefined();
    },
  );

  it.each([13, '13'])(
    'setLocation sends PUT /users/{userId}/location with addressId 13 for %o',
    async (addressId) => {
      api().put('/v2/users/w0/location', { addressId: 13 }).query({}).reply(204);

      await expect(users.setLocation('w0', addressId)).resolves.toBeUndefined();
    },
  );
});

/** One request of every function for user w1, and the interceptor that expects exactly it. */
const operations: [
  string,
  (module: UsersModule) => Promise<unknown>,
  (scope: nock.Scope) => nock.Interceptor,
][] = [
  ['getUsers', (module) => module.getUsers(), (scope) => scope.get('/v2/users')],
  ['getUser', (module) => module.getUser('w1'), (scope) => scope.get('/v2/users/w1')],
  ['deleteUser', (module) => module.deleteUser('w1'), (scope) => scope.delete('/v2/users/w1')],
  [
    'setRole',
    (module) => module.setRole('w1', { admin: false }),
    (scope) => scope.put('/v2/users/w1/role', { admin: false }),
  ],
  [
    'setDefaultDevice',
    (module) => module.setDefaultDevice('w1', 'e1'),
    (scope) => scope.put('/v2/users/w1/defaultdevice', { deviceId: 'e1' }),
  ],
  [
    'setBusyOnBusy',
    (module) => module.setBusyOnBusy('w1', true),
    (scope) => scope.put('/v2/users/w1/busyonbusy', { enabled: true }),
  ],
  [
    'setLocation',
    (module) => module.setLocation('w1', 7),
    (scope) => scope.put('/v2/users/w1/location', { addressId: 7 }),
  ],
];

const statuses: [number, typeof SipgateIOHttpError, string | RegExp][] = [
  [401, SipgateIOAuthenticationError, 'Unauthorized'],
  [403, SipgateIOPermissionError, 'Forbidden'],
  [429, SipgateIORateLimitError, /^Request failed with status 429/],
  [500, SipgateIOHttpError, /^Request failed with status 500/],
];

describe('errors are typed by status', () => {
  const cases = operations.flatMap(([name, send, intercept]) =>
    statuses.map(([status, errorClass, message]) => ({ name, send, intercept, status, errorClass, message })),
  );

  it.each(cases)('$name: $status rejects with $errorClass.name', async (testCase) => {
    testCase
      .intercept(api())
      .query({})
      .reply(testCase.status, { errors: [{ status: testCase.status }] });

    const error = await testCase.send(users).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(testCase.errorClass);
    expect((error as Error).message).toMatch(testCase.message);
    expect(error).toMatchObject({ status: testCase.status, body: { errors: [{ status: testCase.status }] } });
  });

  it.each(operations.filter(([name]) => name !== 'getUsers'))(
    '%s: 404 rejects with a not-found error that names the user',
    async (_name, send, intercept) => {
      intercept(api()).query({}).reply(404);

      const error = await send(users).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(SipgateIONotFoundError);
      expect(error).toMatchObject({ message: 'User w1 was not found', status: 404 });
    },
  );

  it('getUsers: 404 rejects with a not-found error naming the request', async () => {
    api().get('/v2/users').reply(404);

    const error = await users.getUsers().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ status: 404, method: 'GET', path: '/users' });
  });
});

describe('input is checked before any request', () => {
  it.each<[string, (module: UsersModule) => Promise<unknown>, string]>([
    ['a missing user id', (module) => module.getUser(undefined as unknown as string), 'userId'],
    ['a device id as user id', (module) => module.getUser('e0'), 'userId'],
    ['a blank user id', (module) => module.deleteUser(' '), 'userId'],
    ['a path in the user id', (module) => module.setBusyOnBusy('w0/../w1', true), 'userId'],
    [
      'a role that is not an object',
      (module) => module.setRole('w0', null as unknown as { admin: boolean }),
      'role',
    ],
    [
      'a role given as a string',
      (module) => module.setRole('w0', { admin: 'true' as unknown as boolean }),
      'role.admin',
    ],
    ['a role without admin', (module) => module.setRole('w0', {} as { admin: boolean }), 'role.admin'],
    ['a phoneline as device', (module) => module.setDefaultDevice('w0', 'p0'), 'deviceId'],
    ['an empty device id', (module) => module.setDefaultDevice('w0', ''), 'deviceId'],
    ['busy on busy as 1', (module) => module.setBusyOnBusy('w0', 1 as unknown as boolean), 'enabled'],
    ['a negative address id', (module) => module.setLocation('w0', -1), 'addressId'],
    ['a fractional address id', (module) => module.setLocation('w0', 1.5), 'addressId'],
    ['an address id beyond int32', (module) => module.setLocation('w0', 2_147_483_648), 'addressId'],
    ['an address id that is not digits', (module) => module.setLocation('w0', '13a'), 'addressId'],
  ])('rejects %s, naming the field', async (_case, send, field) => {
    const error = await send(users).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });
});
