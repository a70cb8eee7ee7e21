import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxNotification, SandboxState } from '../state.types.js';
import { BodyChecker, isExtensionOf, PHONE_NUMBER } from '../validate.js';
import { requireUser } from './account.js';

type Kind = SandboxNotification['kind'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;

/** The request fields of each kind: the endpoint's field name and letters, then what else it carries. */
const KINDS: Record<
  Kind,
  { endpoint: 'voicemailId' | 'faxlineId' | 'endpointId'; letters: string; fields: string[] }
> = {
  'voicemail/email': { endpoint: 'voicemailId', letters: 'v', fields: ['email'] },
  'voicemail/sms': { endpoint: 'voicemailId', letters: 'v', fields: ['number'] },
  'fax/email': { endpoint: 'faxlineId', letters: 'f', fields: ['email', 'direction'] },
  'fax/sms': { endpoint: 'faxlineId', letters: 'f', fields: ['number', 'direction'] },
  'fax/report': { endpoint: 'faxlineId', letters: 'f', fields: ['email'] },
  'sms/email': { endpoint: 'endpointId', letters: 'eyx', fields: ['email'] },
};

function endpointAlias(state: SandboxState, id: string): string | undefined {
  const candidates = [
    ...state.voicemails,
    ...Object.values(state.faxlines).flat(),
    ...Object.values(state.devices).flat(),
  ] as { id?: unknown; alias?: unknown }[];
  const found = candidates.find((candidate) => candidate.id === id);
  return found ? String(found.alias ?? '') : undefined;
}

function create(kind: Kind, request: RouteRequest): SandboxNotification {
  const { state } = request.context;
  const rule = KINDS[kind];
  const checker = new BodyChecker(request.body);
  const endpointId = checker.string(rule.endpoint, { required: true, nonBlank: true });
  if (
    endpointId !== undefined &&
    (!isExtensionOf(endpointId, rule.letters) || !endpointAlias(state, endpointId))
  ) {
    checker.add(rule.endpoint, `${rule.endpoint} ${endpointId} does not exist`);
  }
  const notification: SandboxNotification = { id: '', kind, endpointId: endpointId ?? '' };
  if (rule.fields.includes('email')) {
    notification.email = checker.string('email', {
      required: true,
      pattern: EMAIL,
      patternMessage: 'email is not an e-mail address',
    });
  }
  if (rule.fields.includes('number')) {
    notification.number = checker.string('number', {
      required: true,
      pattern: PHONE_NUMBER,
      patternMessage: 'number is not a phone number',
    });
  }
  if (rule.fields.includes('direction')) {
    notification.direction = checker.string('direction', { required: true, oneOf: DIRECTIONS });
  }
  checker.done();
  return notification;
}

function targets(list: SandboxNotification[], kind: Kind, withDirection = false) {
  return list
    .filter((notification) => notification.kind === kind)
    .map(({ id, email, number, direction }) => ({
      id,
      ...(email === undefined ? {} : { email }),
      ...(number === undefined ? {} : { number }),
      ...(withDirection ? { direction: direction ?? 'INCOMING' } : {}),
    }));
}

/** Groups a user's notifications by endpoint, as `GET /{userId}/notifications` answers them. */
function grouped(state: SandboxState, notifications: SandboxNotification[]) {
  const byEndpoint = (prefix: string) => {
    const ids = [...new Set(notifications.filter((n) => n.kind.startsWith(prefix)).map((n) => n.endpointId))];
    return ids.map((endpointId) => ({
      endpointId,
      endpointAlias: endpointAlias(state, endpointId) ?? '',
      list: notifications.filter((n) => n.endpointId === endpointId),
    }));
  };
  return {
    voicemail: byEndpoint('voicemail/').map(({ list, ...endpoint }) => ({
      ...endpoint,
      emails: targets(list, 'voicemail/email'),
      sms: targets(list, 'voicemail/sms'),
    })),
    fax: byEndpoint('fax/').map(({ list, ...endpoint }) => ({
      ...endpoint,
      emails: targets(list, 'fax/email', true),
      sms: targets(list, 'fax/sms', true),
      reports: targets(list, 'fax/report'),
    })),
    sms: byEndpoint('sms/').map(({ list, ...endpoint }) => ({
      ...endpoint,
      emails: targets(list, 'sms/email', true),
    })),
    call: [],
  };
}

function userNotifications(state: SandboxState, userId: string): SandboxNotification[] {
  requireUser(state, userId);
  const settings = state.accountSettings;
  settings.notifications[userId] ??= [];
  return settings.notifications[userId];
}

const creationRoutes: Route[] = (Object.keys(KINDS) as Kind[]).map((kind) => ({
  method: 'POST',
  pattern: `/:userId/notifications/${kind}`,
  jsonBody: true,
  handle: (request) => {
    const { state } = request.context;
    const list = userNotifications(state, request.params.userId ?? '');
    const notification = create(kind, request);
    notification.id = String(state.accountSettings.nextNotificationId++);
    list.push(notification);
    return { status: 204 };
  },
}));

/** E-mail and SMS notifications of a user: listed grouped by endpoint, created per kind, deleted by id. */
export const notificationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/:userId/notifications',
    handle: ({ context, params }) => ({
      status: 200,
      body: grouped(context.state, userNotifications(context.state, params.userId ?? '')),
    }),
  },
  ...creationRoutes,
  {
    method: 'DELETE',
    pattern: '/:userId/notifications/:notificationId',
    handle: ({ context, params }) => {
      const userId = params.userId ?? '';
      const list = userNotifications(context.state, userId);
      const index = list.findIndex((notification) => notification.id === params.notificationId);
      if (index < 0)
        throw new ApiError(404, `Notification ${params.notificationId} was not found`, '/notificationId');
      list.splice(index, 1);
      return { status: 204 };
    },
  },
];
