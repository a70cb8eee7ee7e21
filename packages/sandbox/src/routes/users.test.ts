import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('user endpoints', () => {
  it('GET /users/{userId} reads the user GET /users lists', async () => {
    const sandbox = await startSandbox();
    const list = await call(sandbox, 'GET', '/users');
    const one = await call(sandbox, 'GET', '/users/w1');
    expect(one.status).toBe(200);
    expect(one.json).toEqual(list.json.items[1]);
    expect(one.json).toMatchObject({ id: 'w1', firstname: 'Alan', defaultDevice: 'e1' });
  });

  it.each([
    ['GET', '/users/w9'],
    ['DELETE', '/users/w9'],
    ['PUT', '/users/w9/role'],
    ['PUT', '/users/w9/busyonbusy'],
  ])('%s %s answers 404 for an unknown user', async (method, path) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, method, path, method === 'PUT' ? { body: {} } : {});
    expect(response.status).toBe(404);
    expect(response.json.errors[0].detail).toBe('User w9 was not found');
  });

  it('PUT role, busy on busy, default device and location are read back', async () => {
    const sandbox = await startSandbox();
    const puts: [string, unknown][] = [
      ['/users/w1/role', { admin: true }],
      ['/users/w1/busyonbusy', { enabled: false }],
      ['/users/w0/defaultdevice', { deviceId: 'y0' }],
      ['/users/w0/location', { addressId: 42 }],
    ];
    for (const [path, body] of puts) expect((await call(sandbox, 'PUT', path, { body })).status).toBe(204);

    const { json } = await call(sandbox, 'GET', '/users');
    expect(json.items).toMatchObject([
      { id: 'w0', defaultDevice: 'y0', addressId: '42' },
      { id: 'w1', admin: true, busyOnBusy: false },
    ]);
  });

  it.each([
    ['/users/w0/role', { admin: 'yes' }, '/admin'],
    ['/users/w0/busyonbusy', { enabled: 1 }, '/enabled'],
    ['/users/w0/defaultdevice', {}, '/deviceId'],
    ['/users/w0/defaultdevice', { deviceId: 'e1' }, '/deviceId'],
    ['/users/w0/location', { addressId: '13' }, '/addressId'],
    ['/users/w0/location', {}, '/addressId'],
  ])('PUT %s with %o answers 400 naming %s and changes nothing', async (path, body, pointer) => {
    const sandbox = await startSandbox();
    const before = structuredClone(sandbox.state.users);
    const response = await call(sandbox, 'PUT', path, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
    expect(sandbox.state.users).toEqual(before);
  });

  it('DELETE /users/{userId} answers the user and removes it, its devices and memberships', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'DELETE', '/users/w1');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: 'w1', lastname: 'Turing' });

    expect((await call(sandbox, 'GET', '/users/w1')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/users')).json.items.map((user: { id: string }) => user.id)).toEqual([
      'w0',
    ]);
    expect((await call(sandbox, 'GET', '/w1/devices')).status).toBe(404);
    const members = await call(sandbox, 'GET', '/groups/g0/users');
    expect(members.json.items.map((user: { id: string }) => user.id)).toEqual(['w0']);
  });

  it('DELETE of the authenticated user answers 403 and keeps it', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'DELETE', '/users/w0');
    expect(response.status).toBe(403);
    expect((await call(sandbox, 'GET', '/users/w0')).status).toBe(200);
  });

  it('reset() brings deleted users back', async () => {
    const sandbox = await startSandbox();
    await call(sandbox, 'DELETE', '/users/w1');
    sandbox.reset();
    expect((await call(sandbox, 'GET', '/users/w1')).status).toBe(200);
  });
});
