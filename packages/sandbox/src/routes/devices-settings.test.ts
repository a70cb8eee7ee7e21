import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('device settings', () => {
  it('GET /devices/:deviceId reads a seeded device and 404s an unknown one', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/devices/y0')).json).toMatchObject({ id: 'y0', type: 'MOBILE' });
    expect((await call(sandbox, 'GET', '/devices/e9')).status).toBe(404);
  });

  it('PUT /devices/:deviceId/alias renames the device in the list too', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/devices/e0/alias', { body: { value: 'Front desk' } });
    expect(response.status).toBe(204);
    const { json } = await call(sandbox, 'GET', '/w0/devices');
    expect(json.items.find((device: { id: string }) => device.id === 'e0').alias).toBe('Front desk');
  });

  it.each([
    ['/devices/e0/alias', { value: ' ' }, '/value'],
    ['/devices/e0/callerid', { value: '0211' }, '/value'],
    ['/devices/e0/localprefix', { active: true }, '/value'],
    ['/devices/e0/localprefix', { active: 'yes', value: '0211' }, '/active'],
    ['/devices/e0/tariffannouncement', {}, '/enabled'],
    ['/devices/y0/singlerowdisplay', { enabled: 'true' }, '/enabled'],
  ])('PUT %s refuses %o with 400', async (path, body, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', path, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
  });

  it('caller id, local prefix and the two flags are read back after a write', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/devices/e0/callerid')).json).toEqual({ value: '+4921100000000' });
    await call(sandbox, 'PUT', '/devices/e0/callerid', { body: { value: '+4915799912345' } });
    await call(sandbox, 'PUT', '/devices/e0/localprefix', { body: { value: '030', active: true } });
    await call(sandbox, 'PUT', '/devices/e0/singlerowdisplay', { body: { enabled: true } });
    await call(sandbox, 'PUT', '/devices/e0/tariffannouncement', { body: { enabled: true } });
    expect((await call(sandbox, 'GET', '/devices/e0/callerid')).json).toEqual({ value: '+4915799912345' });
    expect((await call(sandbox, 'GET', '/devices/e0/localprefix')).json).toEqual({
      value: '030',
      active: true,
    });
    expect((await call(sandbox, 'GET', '/devices/e0/singlerowdisplay')).json).toEqual({ enabled: true });
    expect((await call(sandbox, 'GET', '/devices/e0/tariffannouncement')).json).toEqual({ enabled: true });
    expect(sandbox.state.deviceSettings.e0).toMatchObject({
      singleRowDisplay: true,
      tariffAnnouncement: true,
    });
  });

  it('refuses a caller id that is not a number of the account with 403', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/devices/e0/callerid', { body: { value: '+4930123456' } });
    expect(response.status).toBe(403);
  });

  it('lists the contingents of y0 and 404s a device of another user', async () => {
    const sandbox = await startSandbox();
    const { json } = await call(sandbox, 'GET', '/w0/devices/y0/contingents');
    expect(json.contingents.map((contingent: { type: string }) => contingent.type)).toEqual(['DATA', 'SMS']);
    expect((await call(sandbox, 'GET', '/w1/devices/y0/contingents')).status).toBe(404);
  });

  it('activates and deactivates the SIM of a mobile, and refuses other devices', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/w0/devices/y0/sim', { body: { simId: '8949' } })).status).toBe(204);
    expect((await call(sandbox, 'GET', '/devices/y0')).json).toMatchObject({ simState: 'ACTIVE' });
    expect((await call(sandbox, 'DELETE', '/w0/devices/y0/sim')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/devices/y0')).json).toMatchObject({ simState: 'INACTIVE' });
    expect((await call(sandbox, 'POST', '/w0/devices/e0/sim', { body: { simId: '1' } })).status).toBe(400);
    expect((await call(sandbox, 'POST', '/w0/devices/y0/sim', { body: {} })).status).toBe(400);
  });

  it('creates external and mobile devices that are listed and have settings', async () => {
    const sandbox = await startSandbox();
    const external = await call(sandbox, 'POST', '/w0/devices/external', {
      body: { alias: 'Home', number: '+49 211 12345678' },
    });
    expect(external).toMatchObject({
      status: 200,
      json: { id: 'x1', type: 'EXTERNAL', number: '+4921112345678' },
    });
    const mobile = await call(sandbox, 'POST', '/w1/devices/mobile', { body: { alias: 'Mobile of Alan' } });
    expect(mobile).toMatchObject({ status: 200, json: { id: 'y1', simState: 'INACTIVE', esim: false } });
    const { json } = await call(sandbox, 'GET', '/w1/devices');
    expect(json.items.map((device: { id: string }) => device.id)).toEqual(['e1', 'y1']);
    expect((await call(sandbox, 'GET', '/devices/y1/tariffannouncement')).json).toEqual({ enabled: false });
  });

  it.each([
    ['/w0/devices/external', { alias: 'Home', number: 'home' }, ['/number']],
    ['/w0/devices/external', { number: '+4921112345678' }, ['/alias']],
    ['/w0/devices/mobile', { alias: '' }, ['/alias']],
  ])('POST %s refuses %o with 400', async (path, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', path, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });

  it('answers 404 for an unknown user when creating a device', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/w9/devices/mobile', { body: { alias: 'Mobile' } })).status).toBe(
      404,
    );
  });
});
