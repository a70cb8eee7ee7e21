import {
  type RouteResponse,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import type nock from 'nock';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  groupFaxline,
  groupNumber,
  groupVoicemail,
  member,
  support,
  supportDetails,
} from './__fixtures__/groups.js';
import { createGroupsModule } from './groups.js';
import type {
  Group,
  GroupDetails,
  GroupFaxline,
  GroupNumber,
  GroupsModule,
  GroupUser,
  GroupVoicemail,
} from './groups.types.js';

setupNock();

const groups = createGroupsModule(createTestClient());

describe('groups', () => {
  it('getGroups sends GET /groups without a query and resolves the items', async () => {
    api()
      .get('/v2/groups')
      .query({})
      .reply(200, { items: [support] });

    await expect(groups.getGroups()).resolves.toEqual([support]);
  });

  it('getGroups sends the userId of the filter as query', async () => {
    api()
      .get('/v2/groups')
      .query({ userId: 'w1' })
      .reply(200, { items: [support] });

    await expect(groups.getGroups({ userId: 'w1' })).resolves.toEqual([support]);
  });

  it('getGroup sends GET /groups/{groupId} and resolves the group', async () => {
    api().get('/v2/groups/g0').query({}).reply(200, supportDetails);

    await expect(groups.getGroup('g0')).resolves.toEqual(supportDetails);
  });

  it.each<[string, (module: GroupsModule) => Promise<unknown>, string, unknown]>([
    ['getUsers', (module) => module.getUsers('g0'), '/v2/groups/g0/users', member],
    ['getNumbers', (module) => module.getNumbers('g0'), '/v2/groups/g0/numbers', groupNumber],
    ['getVoicemails', (module) => module.getVoicemails('g0'), '/v2/groups/g0/voicemail', groupVoicemail],
    ['getFaxlines', (module) => module.getFaxlines('g0'), '/v2/groups/g0/faxlines', groupFaxline],
    [
      'getFaxlineNumbers',
      (module) => module.getFaxlineNumbers('f10'),
      '/v2/groupfaxlines/f10/numbers',
      groupNumber,
    ],
  ])('%s sends GET %s and resolves the items', async (_name, send, path, item) => {
    api()
      .get(path)
      .query({})
      .reply(200, { items: [item] });

    await expect(send(groups)).resolves.toEqual([item]);
  });

  it('getAllFaxlines sends GET /groupfaxlines, with the userId of the filter as query', async () => {
    api()
      .get('/v2/groupfaxlines')
      .query({})
      .reply(200, { items: [groupFaxline] });
    api().get('/v2/groupfaxlines').query({ userId: 'w0' }).reply(200, { items: [] });

    await expect(groups.getAllFaxlines()).resolves.toEqual([groupFaxline]);
    await expect(groups.getAllFaxlines({ userId: 'w0' })).resolves.toEqual([]);
  });

  it('getFaxlineCallerId sends GET /groupfaxlines/{faxlineId}/callerid and resolves the number', async () => {
    api().get('/v2/groupfaxlines/f10/callerid').query({}).reply(200, { value: '+4921100000000' });

    await expect(groups.getFaxlineCallerId('f10')).resolves.toBe('+4921100000000');
  });

  it('addDevice sends POST /groups/{groupId}/devices with the device id', async () => {
    api().post('/v2/groups/g0/devices', { deviceId: 'x0' }).query({}).reply(204);

    await expect(groups.addDevice('g0', 'x0')).resolves.toBeUndefined();
  });

  it('addDevice is not repeated when the connection drops after sending', async () => {
    api()
      .post('/v2/groups/g0/devices', { deviceId: 'x0' })
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });

    const error = await createGroupsModule(createTestClient({ retry: 2 }))
      .addDevice('g0', 'x0')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
  });

  it('removeDevice sends DELETE /groups/{groupId}/devices/{deviceId}', async () => {
    api().delete('/v2/groups/g0/devices/x0').query({}).reply(204);

    await expect(groups.removeDevice('g0', 'x0')).resolves.toBeUndefined();
  });

  it('types the results like the API description, with every field present', () => {
    type Item<R> = R extends { items?: (infer T)[] } ? T : never;
    expectTypeOf<Group>().toEqualTypeOf<Required<Item<RouteResponse<'GET /groups'>>>>();
    expectTypeOf<GroupUser>().toEqualTypeOf<Required<Item<RouteResponse<'GET /groups/{groupId}/users'>>>>();
    expectTypeOf<GroupNumber>().toEqualTypeOf<
      Required<Item<RouteResponse<'GET /groups/{groupId}/numbers'>>>
    >();
    expectTypeOf<GroupFaxline>().toEqualTypeOf<Required<Item<RouteResponse<'GET /groupfaxlines'>>>>();
    expectTypeOf<GroupVoicemail>().toEqualTypeOf<
      Required<Item<RouteResponse<'GET /groups/{groupId}/voicemail'>>>
    >();
    expectTypeOf<keyof GroupDetails>().toEqualTypeOf<
      keyof NonNullable<RouteResponse<'GET /groups/{groupId}'>>
    >();
    expectTypeOf(groups.getFaxlineCallerId).returns.resolves.toEqualTypeOf<string>();
  });
});

/** One request of every function, the interceptor that expects exactly it, and its 404 message. */
const operations: [
  string,
  (module: GroupsModule) => Promise<unknown>,
  (scope: nock.Scope) => nock.Interceptor,
  string | undefined,
][] = [
  ['getGroups', (module) => module.getGroups(), (scope) => scope.get('/v2/groups'), undefined],
  [
    'getGroup',
    (module) => module.getGroup('g1'),
    (scope) => scope.get('/v2/groups/g1'),
    'Group g1 was not found',
  ],
  [
    'getUsers',
    (module) => module.getUsers('g1'),
    (scope) => scope.get('/v2/groups/g1/users'),
    'Group g1 was not found',
  ],
  [
    'getNumbers',
    (module) => module.getNumbers('g1'),
    (scope) => scope.get('/v2/groups/g1/numbers'),
    'Group g1 was not found',
  ],
  [
    'addDevice',
    (module) => module.addDevice('g1', 'e1'),
    (scope) => scope.post('/v2/groups/g1/devices', { deviceId: 'e1' }),
    'Group g1 was not found',
  ],
  [
    'removeDevice',
    (module) => module.removeDevice('g1', 'e1'),
    (scope) => scope.delete('/v2/groups/g1/devices/e1'),
    'Device e1 was not found in group g1',
  ],
  [
    'getVoicemails',
    (module) => module.getVoicemails('g1'),
    (scope) => scope.get('/v2/groups/g1/voicemail'),
    'Group g1 was not found',
  ],
  [
    'getFaxlines',
    (module) => module.getFaxlines('g1'),
    (scope) => scope.get('/v2/groups/g1/faxlines'),
    'Group g1 was not found',
  ],
  [
    'getAllFaxlines',
    (module) => module.getAllFaxlines(),
    (scope) => scope.get('/v2/groupfaxlines'),
    undefined,
  ],
  [
    'getFaxlineCallerId',
    (module) => module.getFaxlineCallerId('f1'),
    (scope) => scope.get('/v2/groupfaxlines/f1/callerid'),
    'Group fax line f1 was not found',
  ],
  [
    'getFaxlineNumbers',
    (module) => module.getFaxlineNumbers('f1'),
    (scope) => scope.get('/v2/groupfaxlines/f1/numbers'),
    'Group fax line f1 was not found',
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

    const error = await testCase.send(groups).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(testCase.errorClass);
    expect((error as Error).message).toMatch(testCase.message);
    expect(error).toMatchObject({ status: testCase.status, body: { errors: [{ status: testCase.status }] } });
  });

  it.each(operations)('%s: 404 rejects with a not-found error', async (_name, send, intercept, message) => {
    intercept(api()).query({}).reply(404);

    const error = await send(groups).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect((error as Error).message).toEqual(
      message ?? expect.stringMatching(/^Request failed with status 404/),
    );
    expect(error).toMatchObject({ status: 404 });
  });
});

describe('input is checked before any request', () => {
  it.each<[string, (module: GroupsModule) => Promise<unknown>, string]>([
    ['a filter that is not an object', (module) => module.getGroups('w0' as never), 'filter'],
    ['a device as the filter user', (module) => module.getGroups({ userId: 'e0' }), 'filter.userId'],
    ['an empty filter user', (module) => module.getAllFaxlines({ userId: '' }), 'filter.userId'],
    ['a missing group id', (module) => module.getGroup(undefined as unknown as string), 'groupId'],
    ['a user as group id', (module) => module.getUsers('w0'), 'groupId'],
    ['a path in the group id', (module) => module.getNumbers('g0/../g1'), 'groupId'],
    ['a phoneline as device', (module) => module.addDevice('g0', 'p0'), 'deviceId'],
    ['a group id that is no group', (module) => module.addDevice('x0', 'e0'), 'groupId'],
    ['an empty device id', (module) => module.removeDevice('g0', ''), 'deviceId'],
    ['a blank group id', (module) => module.removeDevice(' ', 'e0'), 'groupId'],
    ['a number as group id', (module) => module.getVoicemails(0 as unknown as string), 'groupId'],
    ['a phoneline as group', (module) => module.getFaxlines('p0'), 'groupId'],
    ['a group as fax line', (module) => module.getFaxlineCallerId('g0'), 'faxlineId'],
    ['an empty fax line id', (module) => module.getFaxlineNumbers(''), 'faxlineId'],
  ])('rejects %s, naming the field', async (_case, send, field) => {
    const error = await send(groups).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });
});
