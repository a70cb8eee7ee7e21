import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { BodyChecker } from '../validate.js';
import { phone, queueFax } from './sessions.js';

function userFaxlines(request: RouteRequest): Record<string, unknown>[] {
  const userId = request.params.userId ?? '';
  if (!request.context.state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
  request.context.state.faxlines[userId] ??= [];
  return request.context.state.faxlines[userId];
}

function findFaxline(request: RouteRequest): Record<string, unknown> {
  const { userId, faxlineId } = request.params;
  const faxline = userFaxlines(request).find((line) => line.id === faxlineId);
  if (!faxline) throw new ApiError(404, `Fax line ${faxlineId} of ${userId} was not found`, '/faxlineId');
  return faxline;
}

/** One `{ value }` string from a request body, checked by `rule`. */
function bodyValue(body: unknown, rule: Parameters<BodyChecker['string']>[1]): string {
  const checker = new BodyChecker(body);
  const value = checker.string('value', rule);
  checker.done();
  return value as string;
}

/** Fax lines of a user (create, rename, delete, caller id, tagline, numbers) and resending a fax. */
export const faxlineRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/:userId/faxlines',
    jsonBody: 'optional',
    handle: (request) => {
      const lines = userFaxlines(request);
      const taken = new Set(
        Object.values(request.context.state.faxlines).flatMap((list) => list.map((l) => l.id)),
      );
      let index = 0;
      while (taken.has(`f${index}`)) index += 1;
      const faxline = {
        id: `f${index}`,
        alias: `Fax ${index}`,
        tagline: '',
        canSend: true,
        canReceive: true,
      };
      lines.push(faxline);
      request.context.state.faxlineCallerIds[faxline.id] = '';
      return { status: 200, body: faxline };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/faxlines/:faxlineId',
    jsonBody: true,
    handle: (request) => {
      const faxline = findFaxline(request);
      const checker = new BodyChecker(request.body);
      const alias = checker.string('alias', { required: true, nonBlank: true, maxLength: 255 });
      checker.done();
      faxline.alias = alias;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/faxlines/:faxlineId',
    handle: (request) => {
      const faxline = findFaxline(request);
      const lines = userFaxlines(request);
      lines.splice(lines.indexOf(faxline), 1);
      delete request.context.state.faxlineCallerIds[faxline.id as string];
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/faxlines/:faxlineId/callerid',
    handle: (request) => {
      const faxline = findFaxline(request);
      return {
        status: 200,
        body: { value: request.context.state.faxlineCallerIds[faxline.id as string] ?? '' },
      };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/faxlines/:faxlineId/callerid',
    jsonBody: true,
    handle: (request) => {
      const faxline = findFaxline(request);
      const checker = new BodyChecker(request.body);
      const value = phone(checker, 'value', true);
      checker.done();
      if (!request.context.state.numbers.some((number) => number.number === value)) {
        throw new ApiError(403, `${value} is not a number of this account`, '/value');
      }
      request.context.state.faxlineCallerIds[faxline.id as string] = value as string;
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/faxlines/:faxlineId/tagline',
    jsonBody: true,
    handle: (request) => {
      const faxline = findFaxline(request);
      faxline.tagline = bodyValue(request.body, { required: true, maxLength: 100 });
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/faxlines/:faxlineId/numbers',
    handle: (request) => {
      const faxline = findFaxline(request);
      const items = request.context.state.numbers.filter((number) => number.endpointId === faxline.id);
      return { status: 200, body: { items } };
    },
  },
  {
    method: 'POST',
    pattern: '/sessions/fax/resend',
    jsonBody: true,
    handle: ({ context, body }) => {
      const checker = new BodyChecker(body);
      const faxId = checker.string('faxId', { required: true, nonBlank: true });
      const faxlineId = checker.string('faxlineId', {
        nonBlank: true,
        pattern: /^f(0|[1-9][0-9]*)$/,
        patternMessage: 'faxlineId must be a fax line such as f0',
      });
      checker.done();
      const original = context.state.faxes.find((fax) => fax.id === faxId);
      if (!original) throw new ApiError(404, `Fax ${faxId} was not found`, '/faxId');
      const line = faxlineId ?? original.faxlineId;
      const faxline = Object.values(context.state.faxlines)
        .flat()
        .find((candidate) => candidate.id === line);
      if (faxline?.canSend !== true) {
        throw new ApiError(403, `Fax line ${line} does not exist or cannot send`, '/faxlineId');
      }
      const { id: _id, createdAt: _createdAt, ...fax } = original;
      queueFax(context, { ...fax, faxlineId: line });
      return { status: 204 };
    },
  },
];
