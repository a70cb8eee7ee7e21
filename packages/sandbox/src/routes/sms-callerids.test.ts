import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('SMS caller ids', () => {
  it('adds a number unverified, verifies it with the sandbox code and deletes it', async () => {
    const sandbox = await startSandbox();
    const added = await call(sandbox, 'POST', '/w0/sms/s0/callerids', {
      body: { phonenumber: '+4915711111111' },
    });
    expect(added.status).toBe(204);
    const listed = (await call(sandbox, 'GET', '/w0/sms/s0/callerids')).json.items;
    expect(listed.at(-1)).toEqual({
      id: 3,
      phonenumber: '+4915711111111',
      verified: false,
      defaultNumber: false,
    });

    const wrong = await call(sandbox, 'POST', '/w0/sms/s0/callerids/3/verification', {
      body: { verificationCode: '000000' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).not.toContain('000000');
    const right = await call(sandbox, 'POST', '/w0/sms/s0/callerids/3/verification', {
      body: { verificationCode: '123456' },
    });
    expect(right.status).toBe(204);
    expect(sandbox.state.callerIds.s0?.at(-1)).toMatchObject({ id: 3, verified: true });

    expect((await call(sandbox, 'DELETE', '/w0/sms/s0/callerids/3')).status).toBe(204);
    expect(sandbox.state.callerIds.s0?.map((callerId) => callerId.id)).toEqual([0, 1, 2]);
    expect((await call(sandbox, 'DELETE', '/w0/sms/s0/callerids/3')).status).toBe(404);
  });

  it('the seeded unverified caller id waits for the sandbox code', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/w0/sms/s0/callerids/2/verification', {
      body: { verificationCode: '123456' },
    });
    expect(response.status).toBe(204);
  });

  it.each([
    [{ phonenumber: 'mobile' }, '/phonenumber'],
    [{}, '/phonenumber'],
  ])('POST callerids refuses %o with 400', async (body, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/w0/sms/s0/callerids', { body });
    expect(pointers(response.json)).toEqual([pointer]);
  });

  it('refuses a number twice, a second verification and deleting the default sender with 409', async () => {
    const sandbox = await startSandbox();
    const twice = await call(sandbox, 'POST', '/w0/sms/s0/callerids', {
      body: { phonenumber: '+4915799912345' },
    });
    expect(twice.status).toBe(409);
    const again = await call(sandbox, 'POST', '/w0/sms/s0/callerids/1/verification', {
      body: { verificationCode: '123456' },
    });
    expect(again.status).toBe(409);
    expect((await call(sandbox, 'DELETE', '/w0/sms/s0/callerids/0')).status).toBe(409);
  });

  it('renames an SMS extension, and 404s an unknown one', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'PUT', '/w0/sms/s0', { body: { alias: 'Shop' } })).status).toBe(204);
    expect((await call(sandbox, 'GET', '/w0/sms')).json.items[0]).toMatchObject({ id: 's0', alias: 'Shop' });
    expect((await call(sandbox, 'PUT', '/w0/sms/s9', { body: { alias: 'Shop' } })).status).toBe(404);
    expect(pointers((await call(sandbox, 'PUT', '/w0/sms/s0', { body: { alias: ' ' } })).json)).toEqual([
      '/alias',
    ]);
  });
});
