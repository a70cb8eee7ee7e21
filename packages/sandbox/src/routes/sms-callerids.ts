import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { SANDBOX_VERIFICATION_CODE } from '../seed-data.js';
import type { SandboxCallerId } from '../state.types.js';
import { BodyChecker } from '../validate.js';
import { requireSmsExtension } from './account.js';
import { phone } from './sessions.js';

function callerIdsOf(request: RouteRequest): SandboxCallerId[] {
  requireSmsExtension(request);
  const smsId = request.params.smsId ?? '';
  request.context.state.callerIds[smsId] ??= [];
  return request.context.state.callerIds[smsId];
}

function findCallerId(request: RouteRequest): SandboxCallerId {
  const target = callerIdsOf(request).find((callerId) => String(callerId.id) === request.params.callerId);
  if (!target) throw new ApiError(404, `Caller id ${request.params.callerId} was not found`, '/callerId');
  return target;
}

/** Adding, verifying and deleting SMS caller ids, and renaming an SMS extension. */
export const smsCallerIdRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/:userId/sms/:smsId/callerids',
    jsonBody: true,
    handle: (request) => {
      const callerIds = callerIdsOf(request);
      const checker = new BodyChecker(request.body);
      const phonenumber = phone(checker, 'phonenumber', true);
      checker.done();
      if (callerIds.some((callerId) => callerId.phonenumber === phonenumber)) {
        throw new ApiError(
          409,
          `${phonenumber} is already a caller id of ${request.params.smsId}`,
          '/phonenumber',
        );
      }
      const id = Math.max(-1, ...callerIds.map((callerId) => callerId.id)) + 1;
      callerIds.push({ id, phonenumber: phonenumber as string, verified: false, defaultNumber: false });
      request.context.state.callerIdVerifications[`${request.params.smsId}/${id}`] =
        SANDBOX_VERIFICATION_CODE;
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/:userId/sms/:smsId/callerids/:callerId/verification',
    jsonBody: true,
    handle: (request) => {
      const target = findCallerId(request);
      const checker = new BodyChecker(request.body);
      const code = checker.string('verificationCode', { required: true, nonBlank: true });
      checker.done();
      const key = `${request.params.smsId}/${target.id}`;
      if (target.verified) throw new ApiError(409, `Caller id ${target.id} is already verified`, '/callerId');
      // The code is never echoed back: the answer only says that it did not match.
      if (request.context.state.callerIdVerifications[key] !== code) {
        throw new ApiError(400, 'The verification code does not match', '/verificationCode');
      }
      target.verified = true;
      delete request.context.state.callerIdVerifications[key];
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/sms/:smsId/callerids/:callerId',
    handle: (request) => {
      const target = findCallerId(request);
      if (target.defaultNumber) {
        throw new ApiError(
          409,
          `Caller id ${target.id} is the default sender: make another one the default first`,
        );
      }
      const callerIds = callerIdsOf(request);
      callerIds.splice(callerIds.indexOf(target), 1);
      delete request.context.state.callerIdVerifications[`${request.params.smsId}/${target.id}`];
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/sms/:smsId',
    jsonBody: true,
    handle: (request) => {
      requireSmsExtension(request);
      const checker = new BodyChecker(request.body);
      const alias = checker.string('alias', { required: true, nonBlank: true, maxLength: 255 });
      checker.done();
      const extensions = request.context.state.smsExtensions[request.params.userId ?? ''] ?? [];
      const extension = extensions.find((candidate) => candidate.id === request.params.smsId);
      if (extension) extension.alias = alias as string;
      return { status: 204 };
    },
  },
];
