import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('account endpoints', () => {
  it('GET /authorization/userinfo names the webuser', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'GET', '/authorization/userinfo');
    expect(response.json).toEqual({
      sub: 'w0',
      domain: 'sipgate.de',
      masterSipId: '1234567',
      locale: 'de_DE',
    });
  });

  it('GET /users lists users with boolean busyOnBusy and admin', async () => {
    const sandbox = await startSandbox();
    const { json } = await call(sandbox, 'GET', '/users');
    expect(json.items.map((user: { id: string }) => user.id)).toEqual(['w0', 'w1']);
    expect(json.items[0]).toMatchObject({
      defaultDevice: 'e0',
      busyOnBusy: false,
      admin: true,
      directDialIds: ['101'],
    });
  });

  it('GET /numbers pages with offset and limit', async () => {
    const sandbox = await startSandbox();
    const all = await call(sandbox, 'GET', '/numbers');
    expect(all.json.items).toHaveLength(4);
    expect(all.json.items[0]).toMatchObject({ number: '+4921100000000', type: 'LANDLINE', endpointId: 'p0' });
    const page = await call(sandbox, 'GET', '/numbers', { query: { offset: 1, limit: 2 } });
    expect(page.json.items.map((number: { id: string }) => number.id)).toEqual(['1002', '1003']);
  });

  it.each([
    [{ limit: 'ten' }, '?limit'],
    [{ offset: -1 }, '?offset'],
  ])('GET /numbers rejects %o with 400', async (query, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'GET', '/numbers', { query });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
  });

  it.each([
    ['/w0/devices', 'e0'],
    ['/w0/faxlines', 'f0'],
    ['/w0/sms', 's0'],
    ['/voicemails', 'v0'],
  ])('GET %s lists items', async (path, firstId) => {
    const sandbox = await startSandbox();
    const { status, json } = await call(sandbox, 'GET', path);
    expect(status).toBe(200);
    expect(json.items[0].id).toBe(firstId);
  });

  it.each(['/w9/devices', '/w9/faxlines', '/w9/sms', '/w0/sms/s9/callerids'])(
    'GET %s answers 404',
    async (path) => {
      const sandbox = await startSandbox();
      expect((await call(sandbox, 'GET', path)).status).toBe(404);
    },
  );

  it('GET caller ids shows exactly one default', async () => {
    const sandbox = await startSandbox();
    const { json } = await call(sandbox, 'GET', '/w0/sms/s0/callerids');
    expect(json.items.filter((item: { defaultNumber: boolean }) => item.defaultNumber)).toHaveLength(1);
    expect(json.items[0]).toEqual({
      id: 0,
      phonenumber: '+4915799912345',
      verified: true,
      defaultNumber: true,
    });
  });

  it.each([true, 'true'])(
    'PUT a caller id with defaultNumber %o makes it the only default',
    async (value) => {
      const sandbox = await startSandbox();
      const response = await call(sandbox, 'PUT', '/w0/sms/s0/callerids/1', {
        body: { defaultNumber: value },
      });
      expect(response.status).toBe(204);
      const { json } = await call(sandbox, 'GET', '/w0/sms/s0/callerids');
      expect(
        json.items
          .filter((item: { defaultNumber: boolean }) => item.defaultNumber)
          .map((item: { id: number }) => item.id),
      ).toEqual([1]);
      await call(sandbox, 'POST', '/sessions/sms', {
        body: { smsId: 's0', recipient: '+4915799912345', message: 'Hi' },
      });
      expect(sandbox.state.sms[0]?.sender).toBe('+4921100000000');
    },
  );

  it('PUT defaultNumber false leaves no default, so SMS show "sipgate"', async () => {
    const sandbox = await startSandbox();
    expect(
      (await call(sandbox, 'PUT', '/w0/sms/s0/callerids/0', { body: { defaultNumber: false } })).status,
    ).toBe(204);
    await call(sandbox, 'POST', '/sessions/sms', {
      body: { smsId: 's0', recipient: '+4915799912345', message: 'Hi' },
    });
    expect(sandbox.state.sms[0]?.sender).toBe('sipgate');
  });

  it.each([
    ['an unknown caller id', '/w0/sms/s0/callerids/77', { defaultNumber: true }, 404],
    ['an unverified caller id', '/w0/sms/s0/callerids/2', { defaultNumber: true }, 403],
    ['a missing defaultNumber', '/w0/sms/s0/callerids/1', {}, 400],
    ['a non-boolean defaultNumber', '/w0/sms/s0/callerids/1', { defaultNumber: 1 }, 400],
  ])('PUT a caller id rejects %s', async (_, path, body, status) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', path, { body });
    expect(response.status).toBe(status);
    expect(sandbox.state.callerIds.s0?.filter((item) => item.defaultNumber).map((item) => item.id)).toEqual([
      0,
    ]);
  });
});
