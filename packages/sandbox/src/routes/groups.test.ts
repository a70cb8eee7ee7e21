import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

const ids = (json: { items: { id: string }[] }) => json.items.map((item) => item.id);

describe('group endpoints', () => {
  it('GET /groups lists the seeded group, also for a member, not for others', async () => {
    const sandbox = await startSandbox();
    const all = await call(sandbox, 'GET', '/groups');
    expect(all.json.items).toEqual([
      {
        id: 'g0',
        alias: 'Support',
        departmentId: 0,
        groupNumbersUrl: '/groups/g0/numbers',
        groupUsersUrl: '/groups/g0/users',
      },
    ]);
    expect(ids((await call(sandbox, 'GET', '/groups', { query: { userId: 'w1' } })).json)).toEqual(['g0']);
    expect((await call(sandbox, 'GET', '/groups', { query: { userId: 'w9' } })).status).toBe(404);
  });

  it('GET /groups/{groupId} answers the group with its voicemail settings', async () => {
    const sandbox = await startSandbox();
    const { status, json } = await call(sandbox, 'GET', '/groups/g0');
    expect(status).toBe(200);
    expect(json).toEqual({
      id: 'g0',
      alias: 'Support',
      departmentId: 0,
      voicemails: [{ id: 'v10', timeout: 20, active: true }],
    });
  });

  it('GET members, voicemail boxes and fax lines of a group', async () => {
    const sandbox = await startSandbox();
    const users = await call(sandbox, 'GET', '/groups/g0/users');
    expect(users.json.items[0]).toEqual({
      id: 'w0',
      firstname: 'Ada',
      lastname: 'Lovelace',
      userUrl: '/users/w0',
    });
    expect(ids(users.json)).toEqual(['w0', 'w1']);
    expect((await call(sandbox, 'GET', '/groups/g0/voicemail')).json.items[0]).toMatchObject({
      id: 'v10',
      alias: 'Voicemail of Support',
      greetingsUrl: '/groups/g0/voicemail/v10/greetings',
    });
    const faxlines = await call(sandbox, 'GET', '/groups/g0/faxlines');
    expect(faxlines.json.items).toEqual([
      {
        id: 'f10',
        alias: 'Fax of Support',
        tagline: 'Support',
        canSend: true,
        canReceive: true,
        groupId: 'g0',
      },
    ]);
    expect((await call(sandbox, 'GET', '/groupfaxlines')).json).toEqual(faxlines.json);
    expect((await call(sandbox, 'GET', '/groupfaxlines', { query: { userId: 'w0' } })).json).toEqual(
      faxlines.json,
    );
    expect((await call(sandbox, 'GET', '/groupfaxlines/f10/callerid')).json).toEqual({
      value: '+4921100000000',
    });
  });

  it('numbers of a group and of a group fax line are the account numbers routed to them', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/groups/g0/numbers')).json).toEqual({ items: [] });
    sandbox.state.numbers.push({ id: '1009', number: '+4921100000200', type: 'LANDLINE', endpointId: 'g0' });
    sandbox.state.numbers.push({ id: '1010', number: '+4921100000299', type: 'LANDLINE', endpointId: 'f10' });
    expect((await call(sandbox, 'GET', '/groups/g0/numbers')).json).toEqual({
      items: [{ number: '+4921100000200', type: ['LANDLINE'] }],
    });
    expect((await call(sandbox, 'GET', '/groupfaxlines/f10/numbers')).json).toEqual({
      items: [{ number: '+4921100000299', type: ['LANDLINE'] }],
    });
  });

  it('a removed device leaves the group in the device list, an added one joins it', async () => {
    const sandbox = await startSandbox();
    const groupsOf = async (deviceId: string) => {
      const { json } = await call(sandbox, 'GET', '/w0/devices');
      const device = json.items.find((item: { id: string }) => item.id === deviceId);
      return device.activeGroups.map((group: { id: string }) => group.id);
    };
    expect((await call(sandbox, 'DELETE', '/groups/g0/devices/x0')).status).toBe(204);
    expect(await groupsOf('x0')).toEqual([]);
    expect((await call(sandbox, 'DELETE', '/groups/g0/devices/x0')).status).toBe(404);
    expect((await call(sandbox, 'POST', '/groups/g0/devices', { body: { deviceId: 'x0' } })).status).toBe(
      204,
    );
    expect((await call(sandbox, 'POST', '/groups/g0/devices', { body: { deviceId: 'x0' } })).status).toBe(
      204,
    );
    expect(await groupsOf('x0')).toEqual(['g0']);
  });

  it.each([
    [{}, '/deviceId'],
    [{ deviceId: 7 }, '/deviceId'],
    [{ deviceId: 'e9' }, '/deviceId'],
  ])('POST /groups/g0/devices with %o answers 400', async (body, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/groups/g0/devices', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
  });

  it.each([
    ['GET', '/groups/g9'],
    ['GET', '/groups/g9/users'],
    ['GET', '/groups/g9/numbers'],
    ['GET', '/groups/g9/voicemail'],
    ['GET', '/groups/g9/faxlines'],
    ['DELETE', '/groups/g9/devices/e0'],
    ['GET', '/groupfaxlines/f9/callerid'],
    ['GET', '/groupfaxlines/f9/numbers'],
  ])('%s %s answers 404', async (method, path) => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, method, path)).status).toBe(404);
  });
});
