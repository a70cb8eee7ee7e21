import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('/blacklist/incoming', () => {
  it('adds an entry, lists it, refuses a duplicate and removes it by number', async () => {
    const sandbox = await startSandbox();
    const entry = { phoneNumber: '+4915799912345', isBlock: false };
    const added = await call(sandbox, 'POST', '/blacklist/incoming', {
      body: { phoneNumber: entry.phoneNumber },
    });
    expect(added).toMatchObject({ status: 201, json: entry });
    expect((await call(sandbox, 'GET', '/blacklist/incoming')).json.items).toContainEqual(entry);
    expect((await call(sandbox, 'POST', '/blacklist/incoming', { body: entry })).status).toBe(409);
    expect((await call(sandbox, 'DELETE', '/blacklist/incoming/%2B4915799912345')).status).toBe(204);
    expect((await call(sandbox, 'DELETE', '/blacklist/incoming/%2B4915799912345')).status).toBe(404);
    expect(sandbox.state.accountSettings.blacklist).not.toContainEqual(entry);
  });

  it.each([
    [{ phoneNumber: '0157 999' }, ['/phoneNumber']],
    [{ phoneNumber: '+49900', isBlock: 'yes' }, ['/isBlock']],
    [{}, ['/phoneNumber']],
  ])('answers 400 for %o', async (body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/blacklist/incoming', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });
});

describe('call restrictions', () => {
  it('reads the authenticated user’s restrictions, sets one and reads it back for that user', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/callrestrictions')).json).toMatchObject({
      userId: 'w0',
      roaming: false,
    });
    const set = await call(sandbox, 'POST', '/w1/callrestrictions/roaming', { body: { enabled: true } });
    expect(set).toMatchObject({ status: 200, json: { userId: 'w1', roaming: true } });
    const read = await call(sandbox, 'GET', '/callrestrictions', { query: { userIds: ['w1'] } });
    expect(read.json).toMatchObject({ userId: 'w1', roaming: true });
    expect((await call(sandbox, 'GET', '/callrestrictions')).json.roaming).toBe(false);
  });

  it.each([
    ['/w0/callrestrictions/international', { enabled: true }, 404],
    ['/w9/callrestrictions/roaming', { enabled: true }, 404],
    ['/w0/callrestrictions/roaming', { enabled: 'yes' }, 400],
  ])('POST %s answers %i', async (path, body, status) => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', path, { body })).status).toBe(status);
  });
});

describe('/autorecordings', () => {
  it('switches a device’s recording on and reads it back; unknown devices are 404', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/autorecordings/e0/settings')).json).toEqual({ active: false });
    const set = await call(sandbox, 'PUT', '/autorecordings/e0/settings', { body: { active: true } });
    expect(set).toMatchObject({ status: 200, json: { active: true } });
    expect((await call(sandbox, 'GET', '/autorecordings/e0/settings')).json).toEqual({ active: true });
    expect((await call(sandbox, 'GET', '/autorecordings/e9/settings')).status).toBe(404);
  });

  it('uploads a greeting, answers it, deletes it and falls back to the built-in one', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/autorecordings/greetings')).json).toMatchObject({ id: '0' });
    const body = { filename: 'notice.mp3', base64Content: 'SUQzBAAAAAAA' };
    expect((await call(sandbox, 'POST', '/autorecordings/greetings', { body })).status).toBe(204);
    const current = await call(sandbox, 'GET', '/autorecordings/greetings');
    expect(current.json).toMatchObject({ id: '1', alias: 'notice.mp3', active: true });
    expect(current.json).not.toHaveProperty('base64Content');
    expect(sandbox.state.accountSettings.greeting?.base64Content).toBe(body.base64Content);
    expect((await call(sandbox, 'DELETE', '/autorecordings/greetings/0')).status).toBe(404);
    expect((await call(sandbox, 'DELETE', '/autorecordings/greetings/1')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/autorecordings/greetings')).json).toMatchObject({ id: '0' });
  });

  it('answers 400 for a greeting without a file name or with content that is not base64', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/autorecordings/greetings', {
      body: { base64Content: 'not base64!' },
    });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(['/filename', '/base64Content']);
  });
});
