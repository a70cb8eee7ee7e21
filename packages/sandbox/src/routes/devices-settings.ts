import { ApiError } from '../api-error.js';
import type { SandboxContext } from '../context.js';
import type { Route, RouteRequest } from '../router.js';
import { deviceSettings } from '../seed-data.js';
import type { SandboxDeviceSettings } from '../state.types.js';
import { BodyChecker } from '../validate.js';
import { phone } from './sessions.js';

type SandboxDevice = Record<string, unknown>;

function findDevice(context: SandboxContext, deviceId: string): SandboxDevice {
  for (const devices of Object.values(context.state.devices)) {
    const device = devices.find((candidate) => candidate.id === deviceId);
    if (device) return device;
  }
  throw new ApiError(404, `Device ${deviceId} was not found`, '/deviceId');
}

function settingsOf(context: SandboxContext, deviceId: string): SandboxDeviceSettings {
  findDevice(context, deviceId);
  context.state.deviceSettings[deviceId] ??= deviceSettings('');
  return context.state.deviceSettings[deviceId];
}

function userDevice({ context, params }: RouteRequest): SandboxDevice {
  const { userId = '', deviceId = '' } = params;
  if (!context.state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
  const device = (context.state.devices[userId] ?? []).find((candidate) => candidate.id === deviceId);
  if (!device) throw new ApiError(404, `Device ${deviceId} of ${userId} was not found`, '/deviceId');
  return device;
}

function requireUser(request: RouteRequest): string {
  const userId = request.params.userId ?? '';
  if (!request.context.state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
  return userId;
}

function nextId(context: SandboxContext, letter: string): string {
  const taken = new Set(Object.values(context.state.devices).flatMap((devices) => devices.map((d) => d.id)));
  let index = 0;
  while (taken.has(`${letter}${index}`)) index += 1;
  return `${letter}${index}`;
}

/** A `GET`/`PUT` pair for a device flag such as `/devices/:deviceId/tariffannouncement` (`{ enabled }`). */
function flagRoutes(path: string, key: 'singleRowDisplay' | 'tariffAnnouncement'): Route[] {
  return [
    {
      method: 'GET',
      pattern: `/devices/:deviceId/${path}`,
      handle: ({ context, params }) => ({
        status: 200,
        body: { enabled: settingsOf(context, params.deviceId ?? '')[key] },
      }),
    },
    {
      method: 'PUT',
      pattern: `/devices/:deviceId/${path}`,
      jsonBody: true,
      handle: ({ context, params, body }) => {
        const checker = new BodyChecker(body);
        const enabled = checker.boolean('enabled', true);
        checker.done();
        settingsOf(context, params.deviceId ?? '')[key] = enabled as boolean;
        return { status: 204 };
      },
    },
  ];
}

/** One device, its settings, its SIM and contingents, and creating external and mobile devices. */
export const deviceSettingsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/devices/:deviceId',
    handle: ({ context, params }) => ({ status: 200, body: findDevice(context, params.deviceId ?? '') }),
  },
  {
    method: 'PUT',
    pattern: '/devices/:deviceId/alias',
    jsonBody: true,
    handle: ({ context, params, body }) => {
      const checker = new BodyChecker(body);
      const alias = checker.string('value', { required: true, nonBlank: true, maxLength: 255 });
      checker.done();
      findDevice(context, params.deviceId ?? '').alias = alias;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/devices/:deviceId/callerid',
    handle: ({ context, params }) => ({
      status: 200,
      body: { value: settingsOf(context, params.deviceId ?? '').callerId },
    }),
  },
  {
    method: 'PUT',
    pattern: '/devices/:deviceId/callerid',
    jsonBody: true,
    handle: ({ context, params, body }) => {
      const checker = new BodyChecker(body);
      const value = phone(checker, 'value', true);
      checker.done();
      const known = context.state.numbers.some((number) => number.number === value);
      if (!known) throw new ApiError(403, `${value} is not a number of this account`, '/value');
      settingsOf(context, params.deviceId ?? '').callerId = value as string;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/devices/:deviceId/localprefix',
    handle: ({ context, params }) => ({
      status: 200,
      body: settingsOf(context, params.deviceId ?? '').localPrefix,
    }),
  },
  {
    method: 'PUT',
    pattern: '/devices/:deviceId/localprefix',
    jsonBody: true,
    handle: ({ context, params, body }) => {
      const checker = new BodyChecker(body);
      const active = checker.boolean('active', true);
      const value = checker.string('value', {
        required: active === true,
        pattern: /^0[1-9][0-9]{0,4}$/,
        patternMessage: 'value must be an area code such as 0211',
      });
      checker.done();
      const settings = settingsOf(context, params.deviceId ?? '');
      settings.localPrefix = { value: value ?? settings.localPrefix.value, active: active as boolean };
      return { status: 204 };
    },
  },
  ...flagRoutes('singlerowdisplay', 'singleRowDisplay'),
  ...flagRoutes('tariffannouncement', 'tariffAnnouncement'),
  {
    method: 'GET',
    pattern: '/:userId/devices/:deviceId/contingents',
    handle: (request) => {
      const device = userDevice(request);
      const settings = settingsOf(request.context, device.id as string);
      return { status: 200, body: { contingents: settings.contingents } };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/devices/:deviceId/sim',
    jsonBody: true,
    handle: (request) => {
      const device = userDevice(request);
      const checker = new BodyChecker(request.body);
      const simId = checker.string('simId', { required: true, nonBlank: true });
      checker.done();
      if (device.type !== 'MOBILE')
        throw new ApiError(400, `Device ${device.id} has no SIM card`, '/deviceId');
      device.simState = 'ACTIVE';
      device.simId = simId;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/devices/:deviceId/sim',
    handle: (request) => {
      const device = userDevice(request);
      if (device.type !== 'MOBILE')
        throw new ApiError(400, `Device ${device.id} has no SIM card`, '/deviceId');
      device.simState = 'INACTIVE';
      delete device.simId;
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/devices/external',
    jsonBody: true,
    handle: (request) => {
      const userId = requireUser(request);
      const checker = new BodyChecker(request.body);
      const alias = checker.string('alias', { required: true, nonBlank: true, maxLength: 255 });
      const number = phone(checker, 'number', true);
      checker.done();
      const device = {
        id: nextId(request.context, 'x'),
        alias,
        type: 'EXTERNAL',
        online: true,
        dnd: false,
        activePhonelines: [],
        activeGroups: [],
        number,
        incomingCallDisplayState: 'CALLER_NUMBER',
      };
      return { status: 200, body: addDevice(request.context, userId, device) };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/devices/mobile',
    jsonBody: true,
    handle: (request) => {
      const userId = requireUser(request);
      const checker = new BodyChecker(request.body);
      const alias = checker.string('alias', { required: true, nonBlank: true, maxLength: 255 });
      checker.done();
      const device = {
        id: nextId(request.context, 'y'),
        alias,
        type: 'MOBILE',
        online: false,
        dnd: false,
        activePhonelines: [],
        activeGroups: [],
        simState: 'INACTIVE',
        esim: false,
      };
      return { status: 200, body: addDevice(request.context, userId, device) };
    },
  },
];

function addDevice(context: SandboxContext, userId: string, device: SandboxDevice): SandboxDevice {
  context.state.devices[userId] ??= [];
  context.state.devices[userId].push(device);
  context.state.deviceSettings[device.id as string] = deviceSettings('');
  return device;
}
