import { ApiError } from '../api-error.js';
import type { Route } from '../router.js';
import type { SandboxAccountSettings, SandboxGreeting, SandboxState } from '../state.types.js';
import { BodyChecker, many } from '../validate.js';
import { requireUser } from './account.js';

type Restriction = keyof SandboxAccountSettings['callRestrictions'][string];

const RESTRICTIONS: readonly string[] = ['roaming', 'highCostForeignNumbers', 'foreignSpecial', 'charged'];
// The API description's pattern for blacklisted numbers and number prefixes.
const BLACKLIST_NUMBER = /^\+?[1-9]\d{1,14}$/;
const MAX_GREETING_BASE64 = 15_000_000;

/** Played while no greeting is uploaded; it cannot be deleted. */
const BUILT_IN_GREETING: SandboxGreeting = {
  id: '0',
  alias: 'Built-in recording notice',
  greetingUrl: 'https://sandbox.sipgate.invalid/autorecordings/greetings/0.mp3',
  recordingEnabled: true,
  active: true,
};

const sameNumber = (left: string, right: string) => left.replace(/^\+/, '') === right.replace(/^\+/, '');

function restrictionsOf(state: SandboxState, userId: string) {
  requireUser(state, userId);
  const all = state.accountSettings.callRestrictions;
  all[userId] ??= { roaming: false, highCostForeignNumbers: false, foreignSpecial: false, charged: false };
  return { userId, ...all[userId] };
}

function requireDevice(state: SandboxState, extension: string | undefined): string {
  const known = Object.values(state.devices)
    .flat()
    .some((device) => device.id === extension);
  if (!known || extension === undefined)
    throw new ApiError(404, `Device ${extension} was not found`, '/extension');
  return extension;
}

function greetingAnswer({ base64Content: _, ...greeting }: SandboxGreeting) {
  return greeting;
}

const blacklistRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/blacklist/incoming',
    handle: ({ context }) => ({ status: 200, body: { items: context.state.accountSettings.blacklist } }),
  },
  {
    method: 'POST',
    pattern: '/blacklist/incoming',
    jsonBody: true,
    handle: ({ context, body }) => {
      const checker = new BodyChecker(body);
      const phoneNumber = checker.string('phoneNumber', {
        required: true,
        pattern: BLACKLIST_NUMBER,
        patternMessage: 'phoneNumber is not a phone number',
      });
      const isBlock = checker.boolean('isBlock') ?? false;
      checker.done();
      const list = context.state.accountSettings.blacklist;
      if (list.some((entry) => sameNumber(entry.phoneNumber, phoneNumber ?? ''))) {
        throw new ApiError(409, `${phoneNumber} is already on the blacklist`, '/phoneNumber');
      }
      const entry = { phoneNumber: phoneNumber ?? '', isBlock };
      list.push(entry);
      return { status: 201, body: entry };
    },
  },
  {
    method: 'DELETE',
    pattern: '/blacklist/incoming/:phoneNumber',
    handle: ({ context, params }) => {
      const number = params.phoneNumber ?? '';
      if (!BLACKLIST_NUMBER.test(number))
        throw new ApiError(400, 'phoneNumber is not a phone number', '/phoneNumber');
      const settings = context.state.accountSettings;
      const index = settings.blacklist.findIndex((entry) => sameNumber(entry.phoneNumber, number));
      if (index < 0) throw new ApiError(404, `${number} is not on the blacklist`, '/phoneNumber');
      settings.blacklist.splice(index, 1);
      return { status: 204 };
    },
  },
];

const restrictionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/callrestrictions',
    handle: ({ context, query }) => {
      const userId = many(query, 'userIds')[0] ?? context.state.userinfo.sub;
      return { status: 200, body: restrictionsOf(context.state, userId) };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/callrestrictions/:restriction',
    jsonBody: 'optional',
    handle: ({ context, params, body }) => {
      const userId = params.userId ?? '';
      restrictionsOf(context.state, userId);
      const restriction = params.restriction ?? '';
      if (!RESTRICTIONS.includes(restriction)) {
        throw new ApiError(404, `Call restriction ${restriction} was not found`, '/restriction');
      }
      const checker = new BodyChecker(body ?? {});
      const enabled = checker.boolean('enabled') ?? false;
      checker.done();
      const user = context.state.accountSettings.callRestrictions[userId];
      if (user) user[restriction as Restriction] = enabled;
      return { status: 200, body: restrictionsOf(context.state, userId) };
    },
  },
];

const autorecordingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/autorecordings/greetings',
    handle: ({ context }) => ({
      status: 200,
      body: greetingAnswer(context.state.accountSettings.greeting ?? BUILT_IN_GREETING),
    }),
  },
  {
    method: 'POST',
    pattern: '/autorecordings/greetings',
    jsonBody: true,
    handle: ({ context, body }) => {
      const checker = new BodyChecker(body);
      const filename = checker.string('filename', { required: true, nonBlank: true, maxLength: 255 });
      const base64Content = checker.string('base64Content', {
        required: true,
        nonBlank: true,
        maxLength: MAX_GREETING_BASE64,
        pattern: /^[A-Za-z0-9+/]+={0,2}$/,
        patternMessage: 'base64Content is not base64',
      });
      checker.done();
      const settings = context.state.accountSettings;
      const id = String(settings.nextGreetingId++);
      settings.greeting = {
        id,
        alias: filename ?? '',
        greetingUrl: `https://sandbox.sipgate.invalid/autorecordings/greetings/${id}.mp3`,
        recordingEnabled: true,
        active: true,
        base64Content: base64Content ?? '',
      };
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/autorecordings/greetings/:greetingId',
    handle: ({ context, params }) => {
      const settings = context.state.accountSettings;
      if (settings.greeting?.id !== params.greetingId) {
        throw new ApiError(404, `Greeting ${params.greetingId} was not found`, '/greetingId');
      }
      settings.greeting = null;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/autorecordings/:extension/settings',
    handle: ({ context, params }) => {
      const extension = requireDevice(context.state, params.extension);
      return {
        status: 200,
        body: { active: context.state.accountSettings.autorecording[extension] ?? false },
      };
    },
  },
  {
    method: 'PUT',
    pattern: '/autorecordings/:extension/settings',
    jsonBody: 'optional',
    handle: ({ context, params, body }) => {
      const extension = requireDevice(context.state, params.extension);
      const checker = new BodyChecker(body ?? {});
      const active = checker.boolean('active') ?? false;
      checker.done();
      context.state.accountSettings.autorecording[extension] = active;
      return { status: 200, body: { active } };
    },
  },
];

/** The incoming blacklist, call restrictions and automatic call recording (settings per device, greeting). */
export const callSettingsRoutes: Route[] = [...blacklistRoutes, ...restrictionRoutes, ...autorecordingRoutes];
