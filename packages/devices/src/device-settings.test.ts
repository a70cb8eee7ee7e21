import {
  type SipgateIOClient,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, type nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createDevicesModule } from './devices.js';
import type { DevicesModule } from './devices.types.js';

setupNock();

const devices = createDevicesModule(createTestClient());

interface WireCase {
  name: string;
  call: (module: DevicesModule) => Promise<unknown>;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: nock.DataMatcherMap;
  reply?: unknown;
  resolves: unknown;
  /** The message a 403 gets. */
  forbidden: string;
}

const deviceForbidden = (action: string, scope: string, deviceId = 'e0') =>
  `${action} failed: the feature is not booked for device ${deviceId}, the device is not the account's, or the token lacks the ${scope} scope.`;

const externalDevice = {
  id: 'x1',
  alias: 'Home',
  type: 'EXTERNAL',
  online: true,
  dnd: false,
  number: '+4921112345678',
  incomingCallDisplayState: 'CALLER_NUMBER',
};

const cases: WireCase[] = [
  {
    name: 'getDevice',
    call: (module) => module.getDevice('e0'),
    method: 'GET',
    path: '/v2/devices/e0',
    reply: { id: 'e0', alias: 'Desk phone', type: 'REGISTER', online: true, dnd: false },
    resolves: { id: 'e0', alias: 'Desk phone', type: 'REGISTER', online: true, dnd: false },
    forbidden: deviceForbidden('Reading the device', 'devices:read'),
  },
  {
    name: 'setDeviceAlias',
    call: (module) => module.setDeviceAlias('e0', 'Desk phone'),
    method: 'PUT',
    path: '/v2/devices/e0/alias',
    body: { value: 'Desk phone' },
    resolves: undefined,
    forbidden: deviceForbidden('Renaming the device', 'devices:write'),
  },
  {
    name: 'getCallerId',
    call: (module) => module.getCallerId('y0'),
    method: 'GET',
    path: '/v2/devices/y0/callerid',
    reply: { value: '+4915799912345' },
    resolves: '+4915799912345',
    forbidden: deviceForbidden('Reading the caller id', 'devices:callerid:read', 'y0'),
  },
  {
    name: 'setCallerId',
    call: (module) => module.setCallerId('e0', '+49 211 12345678'),
    method: 'PUT',
    path: '/v2/devices/e0/callerid',
    body: { value: '+4921112345678' },
    resolves: undefined,
    forbidden: deviceForbidden('Setting the caller id', 'devices:callerid:write'),
  },
  {
    name: 'getLocalPrefix',
    call: (module) => module.getLocalPrefix('e0'),
    method: 'GET',
    path: '/v2/devices/e0/localprefix',
    reply: { value: '0211', active: true },
    resolves: { value: '0211', active: true },
    forbidden: deviceForbidden('Reading the local prefix', 'devices:localprefix:read'),
  },
  {
    name: 'setLocalPrefix',
    call: (module) => module.setLocalPrefix('e0', { value: '030', active: true }),
    method: 'PUT',
    path: '/v2/devices/e0/localprefix',
    body: { value: '030', active: true },
    resolves: undefined,
    forbidden: deviceForbidden('Setting the local prefix', 'devices:localprefix:write'),
  },
  {
    name: 'getSingleRowDisplay',
    call: (module) => module.getSingleRowDisplay('y0'),
    method: 'GET',
    path: '/v2/devices/y0/singlerowdisplay',
    reply: { enabled: true },
    resolves: true,
    forbidden: deviceForbidden('Reading the display setting', 'devices:singlerowdisplay:read', 'y0'),
  },
  {
    name: 'setSingleRowDisplay',
    call: (module) => module.setSingleRowDisplay('y0', false),
    method: 'PUT',
    path: '/v2/devices/y0/singlerowdisplay',
    body: { enabled: false },
    resolves: undefined,
    forbidden: deviceForbidden('Setting the display', 'devices:singlerowdisplay:write', 'y0'),
  },
  {
    name: 'getTariffAnnouncement',
    call: (module) => module.getTariffAnnouncement('e0'),
    method: 'GET',
    path: '/v2/devices/e0/tariffannouncement',
    reply: { enabled: false },
    resolves: false,
    forbidden: deviceForbidden('Reading the rate announcement', 'devices:tariffannouncement:read'),
  },
  {
    name: 'setTariffAnnouncement',
    call: (module) => module.setTariffAnnouncement('e0', true),
    method: 'PUT',
    path: '/v2/devices/e0/tariffannouncement',
    body: { enabled: true },
    resolves: undefined,
    forbidden: deviceForbidden('Setting the rate announcement', 'devices:tariffannouncement:write'),
  },
  {
    name: 'getContingents',
    call: (module) => module.getContingents('w0', 'y0'),
    method: 'GET',
    path: '/v2/w0/devices/y0/contingents',
    reply: {
      contingents: [
        { type: 'DATA', amount: 1024, used: 24, left: 1000, unit: 'MB', expires: '2026-12-31T23:59:59Z' },
      ],
    },
    resolves: [
      {
        type: 'DATA',
        amount: 1024,
        used: 24,
        left: 1000,
        unit: 'MB',
        expires: new Date('2026-12-31T23:59:59Z'),
      },
    ],
    forbidden: deviceForbidden('Reading the contingents', 'devices:read', 'y0'),
  },
  {
    name: 'activateSim',
    call: (module) => module.activateSim('w0', 'y0', '8949000000000000001'),
    method: 'POST',
    path: '/v2/w0/devices/y0/sim',
    body: { simId: '8949000000000000001' },
    resolves: undefined,
    forbidden: deviceForbidden('Activating the SIM', 'devices:sim:write', 'y0'),
  },
  {
    name: 'deactivateSim',
    call: (module) => module.deactivateSim('w0', 'y0'),
    method: 'DELETE',
    path: '/v2/w0/devices/y0/sim',
    resolves: undefined,
    forbidden: deviceForbidden('Deactivating the SIM', 'devices:sim:write', 'y0'),
  },
  {
    name: 'createExternalDevice',
    call: (module) => module.createExternalDevice('w0', { alias: 'Home', number: '+49 211 12345678' }),
    method: 'POST',
    path: '/v2/w0/devices/external',
    body: { alias: 'Home', number: '+4921112345678' },
    reply: externalDevice,
    resolves: externalDevice,
    forbidden:
      'Creating an external device for w0 is not allowed: the user may not create external devices or the token lacks the devices:write scope.',
  },
  {
    name: 'createMobileDevice',
    call: (module) => module.createMobileDevice('w0', { alias: 'Mobile of Ada' }),
    method: 'POST',
    path: '/v2/w0/devices/mobile',
    body: { alias: 'Mobile of Ada' },
    reply: { id: 'y1', alias: 'Mobile of Ada', type: 'MOBILE', online: false, dnd: false, esim: false },
    resolves: { id: 'y1', alias: 'Mobile of Ada', type: 'MOBILE', online: false, dnd: false, esim: false },
    forbidden:
      'Creating a mobile device for w0 is not allowed: the user may not create mobile devices or the token lacks the devices:write scope.',
  },
];

function intercept(wire: WireCase, status: number, reply?: unknown) {
  const path = wire.path;
  const scope = api();
  const interceptor =
    wire.method === 'GET'
      ? scope.get(path)
      : wire.method === 'DELETE'
        ? scope.delete(path)
        : wire.method === 'PUT'
          ? scope.put(path, wire.body)
          : scope.post(path, wire.body);
  return reply === undefined ? interceptor.reply(status) : interceptor.reply(status, reply as nock.Body);
}

describe.each(cases)('$name', (wire) => {
  it(`sends ${wire.method} ${wire.path} with the body and resolves the answer`, async () => {
    intercept(wire, wire.reply === undefined ? 204 : 200, wire.reply);

    await expect(wire.call(devices)).resolves.toEqual(wire.resolves);
  });

  it('maps 403 to a permission error with a message that says what to check', async () => {
    intercept(wire, 403, { errors: [{ status: 403 }] });

    const error = await wire.call(devices).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({ status: 403, method: wire.method, message: wire.forbidden });
  });

  it('maps 500 to an HTTP error', async () => {
    intercept(wire, 500, { errors: [{ status: 500 }] });

    const error = await wire.call(devices).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 500, path: wire.path.slice('/v2'.length) });
  });
});

describe.each(cases.filter((wire) => wire.path.includes('/devices/e0') || wire.path.includes('/devices/y0')))(
  '$name on an unknown device',
  (wire) => {
    it('maps 404 to a not found error naming the device', async () => {
      intercept(wire, 404, { errors: [{ status: 404 }] });

      const error = await wire.call(devices).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(SipgateIONotFoundError);
      expect(error).toMatchObject({
        status: 404,
        message: expect.stringMatching(/^Device [ey]0 was not found$/),
      });
    });
  },
);

describe('validation before any request', () => {
  it.each([
    ['getDevice', () => devices.getDevice('w0'), 'deviceId'],
    ['getDevice', () => devices.getDevice(''), 'deviceId'],
    ['setDeviceAlias', () => devices.setDeviceAlias('e0', '  '), 'alias'],
    ['setDeviceAlias', () => devices.setDeviceAlias('p0', 'Desk'), 'deviceId'],
    ['getCallerId', () => devices.getCallerId('e0/../x'), 'deviceId'],
    ['setCallerId', () => devices.setCallerId('e0', '0211 123456'), 'callerId'],
    ['getLocalPrefix', () => devices.getLocalPrefix(undefined as unknown as string), 'deviceId'],
    [
      'setLocalPrefix',
      () => devices.setLocalPrefix('e0', { value: '211', active: true }),
      'localPrefix.value',
    ],
    ['setLocalPrefix', () => devices.setLocalPrefix('e0', { active: true }), 'localPrefix.value'],
    [
      'setLocalPrefix',
      () => devices.setLocalPrefix('e0', { value: '0211', active: 'yes' as unknown as boolean }),
      'localPrefix.active',
    ],
    [
      'setLocalPrefix',
      () => devices.setLocalPrefix('e0', null as unknown as { active: boolean }),
      'localPrefix',
    ],
    ['getSingleRowDisplay', () => devices.getSingleRowDisplay('g0'), 'deviceId'],
    ['setSingleRowDisplay', () => devices.setSingleRowDisplay('y0', 1 as unknown as boolean), 'enabled'],
    ['getTariffAnnouncement', () => devices.getTariffAnnouncement('x'), 'deviceId'],
    [
      'setTariffAnnouncement',
      () => devices.setTariffAnnouncement('e0', 'true' as unknown as boolean),
      'enabled',
    ],
    ['getContingents', () => devices.getContingents('u0', 'y0'), 'webuserId'],
    ['getContingents', () => devices.getContingents('w0', 'p0'), 'deviceId'],
    ['activateSim', () => devices.activateSim('w0', 'e0', '8949'), 'deviceId'],
    ['activateSim', () => devices.activateSim('w0', 'y0', ''), 'simId'],
    ['deactivateSim', () => devices.deactivateSim('w0', 'x0'), 'deviceId'],
    [
      'createExternalDevice',
      () => devices.createExternalDevice('w0', { alias: 'Home', number: '12' }),
      'number',
    ],
    [
      'createExternalDevice',
      () => devices.createExternalDevice('w0', { alias: '', number: '+4921112345678' }),
      'alias',
    ],
    [
      'createExternalDevice',
      () => devices.createExternalDevice('e0', { alias: 'Home', number: '+4921112345678' }),
      'webuserId',
    ],
    ['createMobileDevice', () => devices.createMobileDevice('w0', {} as { alias: string }), 'alias'],
    [
      'createMobileDevice',
      () => devices.createMobileDevice('w0', undefined as unknown as { alias: string }),
      'alias',
    ],
  ])('%s rejects bad %s', async (_name, call, field) => {
    const error = await call().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });

  it('turns an inactive local prefix without a value into { active: false }', async () => {
    api().put('/v2/devices/e0/localprefix', { active: false }).reply(204);

    await expect(devices.setLocalPrefix('e0', { active: false })).resolves.toBeUndefined();
  });
});

describe('creating things is never retried', () => {
  const retrying = createDevicesModule(createTestClient({ retry: 2 }));

  it('sends createMobileDevice once when the answer is 503', async () => {
    api().post('/v2/w0/devices/mobile', { alias: 'Mobile' }).once().reply(503);

    await expect(retrying.createMobileDevice('w0', { alias: 'Mobile' })).rejects.toBeInstanceOf(
      SipgateIOHttpError,
    );
  });

  it('says plainly that the outcome is unknown when the connection drops after sending', async () => {
    api()
      .post('/v2/w0/devices/y0/sim', { simId: '1' })
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });

    const error = await retrying.activateSim('w0', 'y0', '1').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
  });
});

describe("users' own clients (drop-in with the original SDK)", () => {
  it('reach the new operations through their get/put/post/delete with the same paths and plain bodies', async () => {
    const calls: unknown[][] = [];
    const record =
      (method: string, answer: unknown) =>
      async <T>(...args: unknown[]): Promise<T> => {
        calls.push([method, ...args]);
        return answer as T;
      };
    const mockClient = {
      get: record('get', { enabled: true }),
      put: record('put', undefined),
      post: record('post', undefined),
      patch: record('patch', undefined),
      delete: record('delete', undefined),
      getAuthenticatedWebuserId: async () => 'w0',
      getWebUsers: async () => [],
    };
    const module = createDevicesModule(mockClient);

    await expect(module.getTariffAnnouncement('e0')).resolves.toBe(true);
    await module.setDeviceAlias('e0', 'Desk');
    await module.activateSim('w0', 'y0', '42');
    await module.deactivateSim('w0', 'y0');

    expect(calls).toEqual([
      ['get', '/devices/e0/tariffannouncement'],
      ['put', '/devices/e0/alias', { value: 'Desk' }],
      ['post', '/w0/devices/y0/sim', { simId: '42' }],
      ['delete', '/w0/devices/y0/sim'],
    ]);
  });

  it('turn their rejections into typed errors', async () => {
    const rejecting = {
      get: async () => {
        throw { response: { status: 404, data: {} } };
      },
      put: async () => undefined,
      post: async () => undefined,
      patch: async () => undefined,
      delete: async () => undefined,
      getAuthenticatedWebuserId: async () => 'w0',
      getWebUsers: async () => [],
    };

    const error = await createDevicesModule(rejecting as unknown as SipgateIOClient)
      .getDevice('e7')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ status: 404, method: 'GET', path: '/devices/e7' });
  });
});
