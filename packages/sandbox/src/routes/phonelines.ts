import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { voicemailSettings } from '../seed-data.js';
import type { SandboxForwarding, SandboxParallelForwarding, SandboxState } from '../state.types.js';
import { BodyChecker, compactNumber, isDialable, isExtensionOf } from '../validate.js';
import { lineOf, linesOf, nextId, simplePhoneline, voicemailsOf } from './phoneline-state.js';
import { phonelineVoicemailRoutes } from './phoneline-voicemails.js';

const MAX_FORWARDINGS = 3;
const MAX_FORWARDING_TIMEOUT = 600;

function devicesOf(state: SandboxState, userId: string) {
  return (state.devices[userId] ?? []) as {
    id: string;
    activePhonelines: { id: string; alias: string }[];
  }[];
}

function forwardingAlias(state: SandboxState, destination: string): string {
  for (const lines of Object.values(state.phonelines)) {
    const line = lines.find((candidate) => candidate.id === destination);
    if (line) return line.alias;
  }
  return destination;
}

function readForwardings(request: RouteRequest): SandboxForwarding[] {
  const checker = new BodyChecker(request.body);
  const list = checker.array('forwardings') ?? [];
  if (list.length > MAX_FORWARDINGS) checker.add('forwardings', `at most ${MAX_FORWARDINGS} forwardings`);
  const forwardings = list.flatMap((item, index) => {
    if (typeof item !== 'object' || item === null) {
      checker.add(`forwardings/${index}`, 'forwardings entries must be objects');
      return [];
    }
    const entry = new BodyChecker(item, `/forwardings/${index}`);
    const destination = entry.string('destination', { required: true }) ?? '';
    if (destination !== '' && !isDialable(destination) && !isExtensionOf(destination, 'gp')) {
      entry.add('destination', 'destination must be a phone number or a phoneline or group extension');
    }
    const timeout = entry.number('timeout') ?? 0;
    if (!Number.isInteger(timeout) || timeout < 0 || timeout > MAX_FORWARDING_TIMEOUT) {
      entry.add('timeout', `timeout must be an integer from 0 to ${MAX_FORWARDING_TIMEOUT}`);
    }
    const active = entry.boolean('active') ?? false;
    checker.errors.push(...entry.errors);
    const target = isExtensionOf(destination, 'gp') ? destination : compactNumber(destination);
    return [{ alias: forwardingAlias(request.context.state, target), destination: target, timeout, active }];
  });
  checker.done();
  return forwardings;
}

function readParallelForwarding(body: unknown, id: string): SandboxParallelForwarding {
  const checker = new BodyChecker(body);
  const destination = checker.string('destination', { required: true }) ?? '';
  if (destination !== '' && !isDialable(destination))
    checker.add('destination', 'destination must be a phone number');
  const alias = checker.string('alias') ?? compactNumber(destination);
  const active = checker.boolean('active') ?? false;
  checker.done();
  return { id, alias, destination: compactNumber(destination), active };
}

function parallelForwardingOf(request: RouteRequest): { list: SandboxParallelForwarding[]; index: number } {
  const list = lineOf(request).parallelForwardings;
  const { parallelForwardingId = '' } = request.params;
  const index = list.findIndex((forwarding) => forwarding.id === parallelForwardingId);
  if (index < 0) {
    throw new ApiError(
      404,
      `Parallel forwarding ${parallelForwardingId} was not found`,
      '/parallelForwardingId',
    );
  }
  return { list, index };
}

function takenExternalIds(state: SandboxState): string[] {
  const devices = Object.values(state.devices)
    .flat()
    .map((device) => String(device.id));
  const forwardings = Object.values(state.phonelines)
    .flat()
    .flatMap((line) => line.parallelForwardings.map((forwarding) => forwarding.id));
  return [...devices, ...forwardings];
}

/** Phonelines of a web user: lines, numbers, devices, forwardings, block-anonymous and busy-on-busy. */
export const phonelineRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/:userId/phonelines',
    handle: ({ context, params }) => {
      const userId = params.userId ?? '';
      const lines = linesOf(context.state, userId);
      return { status: 200, body: { items: lines.map((line) => simplePhoneline(userId, line)) } };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/phonelines',
    jsonBody: 'optional',
    handle: ({ context, params }) => {
      const { state } = context;
      const userId = params.userId ?? '';
      const lines = linesOf(state, userId);
      const id = nextId(
        'p',
        Object.values(state.phonelines)
          .flat()
          .map((line) => line.id),
      );
      const line = {
        id,
        alias: `Phoneline ${id.slice(1)}`,
        forwardings: [],
        parallelForwardings: [],
        blockAnonymous: { enabled: false, target: 'REJECT' as const },
      };
      lines.push(line);
      // Every phoneline comes with a voicemail box, as on the live API.
      const voicemailId = nextId(
        'v',
        state.voicemails.map((voicemail) => String(voicemail.id)),
      );
      state.voicemails.push({
        id: voicemailId,
        alias: `Voicemail of ${line.alias}`,
        belongsToEndpoint: { extension: id, type: 'PHONELINE' },
      });
      state.voicemailSettings[voicemailId] = voicemailSettings(voicemailId, false);
      return { status: 200, body: simplePhoneline(userId, line) };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId',
    handle: (request) => {
      const line = lineOf(request);
      const voicemails = voicemailsOf(request.context.state, line.id).map(({ id, settings }) => ({
        id,
        timeout: settings.timeout,
        active: settings.active,
      }));
      return { status: 200, body: { id: line.id, alias: line.alias, voicemails } };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId',
    jsonBody: true,
    handle: (request) => {
      const line = lineOf(request);
      const checker = new BodyChecker(request.body);
      const alias = checker.string('alias', { required: true, nonBlank: true, maxLength: 255 });
      checker.done();
      line.alias = alias as string;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/phonelines/:phonelineId',
    handle: (request) => {
      const { state } = request.context;
      const userId = request.params.userId ?? '';
      const line = lineOf(request);
      const lines = linesOf(state, userId);
      lines.splice(lines.indexOf(line), 1);
      for (const { id } of voicemailsOf(state, line.id)) {
        delete state.voicemailSettings[id];
        state.voicemails.splice(
          state.voicemails.findIndex((voicemail) => voicemail.id === id),
          1,
        );
      }
      for (const device of devicesOf(state, userId)) {
        device.activePhonelines = device.activePhonelines.filter((active) => active.id !== line.id);
      }
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/numbers',
    handle: (request) => {
      const line = lineOf(request);
      const items = request.context.state.numbers
        .filter((number) => number.endpointId === line.id)
        .map((number) => ({ number: number.number, type: [number.type] }));
      return { status: 200, body: { items } };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/devices',
    handle: (request) => {
      const line = lineOf(request);
      const items = devicesOf(request.context.state, request.params.userId ?? '').filter((device) =>
        device.activePhonelines.some((active) => active.id === line.id),
      );
      return { status: 200, body: { items } };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/phonelines/:phonelineId/devices',
    jsonBody: true,
    handle: (request) => {
      const line = lineOf(request);
      const checker = new BodyChecker(request.body);
      const deviceId = checker.string('deviceId', { required: true });
      checker.done();
      const device = devicesOf(request.context.state, request.params.userId ?? '').find(
        (candidate) => candidate.id === deviceId,
      );
      if (!device) throw new ApiError(404, `Device ${deviceId} was not found`, '/deviceId');
      if (!device.activePhonelines.some((active) => active.id === line.id)) {
        device.activePhonelines.push({ id: line.id, alias: line.alias });
      }
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/phonelines/:phonelineId/devices/:deviceId',
    handle: (request) => {
      const line = lineOf(request);
      const { deviceId = '' } = request.params;
      const device = devicesOf(request.context.state, request.params.userId ?? '').find(
        (candidate) =>
          candidate.id === deviceId && candidate.activePhonelines.some((active) => active.id === line.id),
      );
      if (!device) throw new ApiError(404, `Device ${deviceId} does not ring for ${line.id}`, '/deviceId');
      device.activePhonelines = device.activePhonelines.filter((active) => active.id !== line.id);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/forwardings',
    handle: (request) => ({ status: 200, body: { items: lineOf(request).forwardings } }),
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/forwardings',
    jsonBody: true,
    handle: (request) => {
      const line = lineOf(request);
      line.forwardings = readForwardings(request);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/parallelforwardings',
    handle: (request) => ({ status: 200, body: { items: lineOf(request).parallelForwardings } }),
  },
  {
    method: 'POST',
    pattern: '/:userId/phonelines/:phonelineId/parallelforwardings',
    jsonBody: true,
    handle: (request) => {
      const line = lineOf(request);
      const id = nextId('x', takenExternalIds(request.context.state));
      line.parallelForwardings.push(readParallelForwarding(request.body, id));
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/parallelforwardings/:parallelForwardingId',
    jsonBody: true,
    handle: (request) => {
      const { list, index } = parallelForwardingOf(request);
      list[index] = readParallelForwarding(request.body, list[index]?.id ?? '');
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/phonelines/:phonelineId/parallelforwardings/:parallelForwardingId',
    handle: (request) => {
      const { list, index } = parallelForwardingOf(request);
      list.splice(index, 1);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/blockanonymous',
    handle: (request) => ({ status: 200, body: lineOf(request).blockAnonymous }),
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/blockanonymous',
    jsonBody: true,
    handle: (request) => {
      const line = lineOf(request);
      const checker = new BodyChecker(request.body);
      const enabled = checker.boolean('enabled');
      const target = checker.string('target', { oneOf: ['REJECT', 'VOICEMAIL'] });
      checker.done();
      line.blockAnonymous = {
        enabled: enabled ?? false,
        target: (target as 'REJECT' | 'VOICEMAIL' | undefined) ?? line.blockAnonymous.target,
      };
      return { status: 200, body: line.blockAnonymous };
    },
  },
  // Busy-on-busy is a setting of the web user in the API; it applies to all of the user's lines.
  {
    method: 'GET',
    pattern: '/users/:userId',
    handle: ({ context, params }) => {
      const user = context.state.users.find((candidate) => candidate.id === params.userId);
      if (!user) throw new ApiError(404, `User ${params.userId} was not found`, '/userId');
      return { status: 200, body: user };
    },
  },
  {
    method: 'PUT',
    pattern: '/users/:userId/busyonbusy',
    jsonBody: true,
    handle: ({ body, context, params }) => {
      const user = context.state.users.find((candidate) => candidate.id === params.userId);
      if (!user) throw new ApiError(404, `User ${params.userId} was not found`, '/userId');
      const checker = new BodyChecker(body);
      const enabled = checker.boolean('enabled', true);
      checker.done();
      user.busyOnBusy = enabled;
      return { status: 204 };
    },
  },
  ...phonelineVoicemailRoutes,
];
