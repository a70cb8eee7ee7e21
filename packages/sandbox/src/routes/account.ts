import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxState } from '../state.types.js';
import { BodyChecker, integerParam } from '../validate.js';

/** Throws a 404 naming the user when the account has no user with this id. */
export function requireUser(state: SandboxState, userId: string): void {
  if (!state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
}

/** Throws a 404 unless the request's `userId` has the SMS extension `smsId`. */
export function requireSmsExtension(request: RouteRequest): void {
  const { userId = '', smsId = '' } = request.params;
  requireUser(request.context.state, userId);
  const extensions = request.context.state.smsExtensions[userId] ?? [];
  if (!extensions.some((extension) => extension.id === smsId)) {
    throw new ApiError(404, `SMS extension ${smsId} was not found for user ${userId}`, '/smsId');
  }
}

/** Account data: userinfo, users, numbers, devices, fax lines, voicemails, SMS extensions and caller ids. */
export const accountRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/authorization/userinfo',
    handle: ({ context }) => ({ status: 200, body: context.state.userinfo }),
  },
  {
    method: 'GET',
    pattern: '/users',
    handle: ({ context }) => ({ status: 200, body: { items: context.state.users } }),
  },
  {
    method: 'GET',
    pattern: '/numbers',
    handle: ({ context, query }) => {
      const offset = integerParam(query, 'offset', { fallback: 0 });
      const limit = integerParam(query, 'limit', { fallback: 5000, max: 5000 });
      return { status: 200, body: { items: context.state.numbers.slice(offset, offset + limit) } };
    },
  },
  {
    method: 'GET',
    pattern: '/voicemails',
    handle: ({ context }) => ({ status: 200, body: { items: context.state.voicemails } }),
  },
  {
    method: 'GET',
    pattern: '/:userId/devices',
    handle: ({ context, params }) => {
      requireUser(context.state, params.userId ?? '');
      return { status: 200, body: { items: context.state.devices[params.userId ?? ''] ?? [] } };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/faxlines',
    handle: ({ context, params }) => {
      requireUser(context.state, params.userId ?? '');
      return { status: 200, body: { items: context.state.faxlines[params.userId ?? ''] ?? [] } };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/sms',
    handle: ({ context, params }) => {
      requireUser(context.state, params.userId ?? '');
      return { status: 200, body: { items: context.state.smsExtensions[params.userId ?? ''] ?? [] } };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/sms/:smsId/callerids',
    handle: (request) => {
      requireSmsExtension(request);
      return {
        status: 200,
        body: { items: request.context.state.callerIds[request.params.smsId ?? ''] ?? [] },
      };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/sms/:smsId/callerids/:callerId',
    jsonBody: true,
    handle: (request) => {
      requireSmsExtension(request);
      const checker = new BodyChecker(request.body);
      // The spec says boolean; the original SDK sent the string 'true', which the live API accepts.
      const raw = checker.value.defaultNumber;
      if (raw !== true && raw !== false && raw !== 'true' && raw !== 'false') {
        checker.add(
          'defaultNumber',
          raw === undefined ? 'defaultNumber is required' : 'defaultNumber must be a boolean',
        );
      }
      checker.done();
      const callerIds = request.context.state.callerIds[request.params.smsId ?? ''] ?? [];
      const target = callerIds.find((callerId) => String(callerId.id) === request.params.callerId);
      if (!target) throw new ApiError(404, `Caller id ${request.params.callerId} was not found`, '/callerId');
      const makeDefault = raw === true || raw === 'true';
      if (makeDefault) {
        if (!target.verified) throw new ApiError(403, `Caller id ${target.phonenumber} is not verified`);
        for (const callerId of callerIds) callerId.defaultNumber = callerId === target;
      } else {
        target.defaultNumber = false;
      }
      return { status: 204 };
    },
  },
];
