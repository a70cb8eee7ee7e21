import {
  type ErrorMessages,
  normalizePhoneNumber,
  SipgateIOError,
  type SipgateIORestClient,
  SipgateIOValidationError,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { SmsCallerIdManagement } from './sms-callerids.types.js';

function extension(webuserId: string, smsId: string) {
  return {
    userId: validateExtension(webuserId, 'webuserId', 'w'),
    smsId: validateExtension(smsId, 'smsId', 's'),
  };
}

function validateCallerId(callerId: unknown): number {
  if (typeof callerId !== 'number' || !Number.isInteger(callerId) || callerId < 0) {
    throw new SipgateIOValidationError(
      `Invalid caller id: expected the integer id from getCallerIds, got ${String(callerId)}`,
      'callerId',
    );
  }
  return callerId;
}

// The code is a secret: the message says what is wrong with it, never what it was.
function validateVerificationCode(code: unknown): string {
  if (typeof code !== 'string' || code.trim() === '') {
    throw new SipgateIOValidationError(
      'Invalid verification code: expected a non-empty string',
      'verificationCode',
    );
  }
  return code.trim();
}

function messages(
  action: string,
  params: { userId: string; smsId: string; callerId?: number },
  scope: string,
): ErrorMessages {
  return {
    403: `${action} failed: the token lacks the ${scope} scope or ${params.smsId} is not an SMS extension of ${params.userId}.`,
    404:
      params.callerId === undefined
        ? `SMS extension ${params.smsId} of ${params.userId} was not found`
        : `Caller id ${params.callerId} of ${params.smsId} was not found`,
  };
}

/** SMS caller id management and renaming, all through `client.request`. */
export function createSmsCallerIdManagement(client: SipgateIORestClient): SmsCallerIdManagement {
  async function getCallerIds(webuserId: string, smsId: string) {
    const params = extension(webuserId, smsId);
    const response = await client.request('GET /{userId}/sms/{smsId}/callerids', params, {
      errorMessages: messages('Reading the SMS caller ids', params, 'sms:callerid:read'),
    });
    return (response.items ?? []) as Awaited<ReturnType<SmsCallerIdManagement['getCallerIds']>>;
  }

  return {
    getCallerIds,

    async addCallerId(webuserId, smsId, phoneNumber) {
      const params = extension(webuserId, smsId);
      const phonenumber = validatePhoneNumber(phoneNumber, 'phoneNumber');
      await client.request(
        'POST /{userId}/sms/{smsId}/callerids',
        { ...params, body: { phonenumber } },
        {
          errorMessages: {
            ...messages('Adding the SMS caller id', params, 'sms:callerid:write'),
            402: 'Adding the SMS caller id failed: the balance does not cover the verification SMS. Top up the account and try again.',
          },
        },
      );
      // The API answers without a body: the new id comes from the list, where the number now appears.
      const added = (await getCallerIds(params.userId, params.smsId)).find(
        (callerId) => normalizePhoneNumber(callerId.phonenumber) === phonenumber,
      );
      if (added === undefined) {
        throw new SipgateIOError(
          `${phonenumber} was added as a caller id of ${params.smsId} but is not listed yet: read getCallerIds later.`,
        );
      }
      return added;
    },

    async verifyCallerId(webuserId, smsId, callerId, verificationCode) {
      const params = { ...extension(webuserId, smsId), callerId: validateCallerId(callerId) };
      const body = { verificationCode: validateVerificationCode(verificationCode) };
      await client.request(
        'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification',
        { ...params, body },
        { errorMessages: messages('Verifying the SMS caller id', params, 'sms:callerid:write') },
      );
    },

    async deleteCallerId(webuserId, smsId, callerId) {
      const params = { ...extension(webuserId, smsId), callerId: validateCallerId(callerId) };
      await client.request('DELETE /{userId}/sms/{smsId}/callerids/{callerId}', params, {
        errorMessages: messages('Deleting the SMS caller id', params, 'sms:callerid:write'),
      });
    },

    async renameSmsExtension(webuserId, smsId, alias) {
      const params = extension(webuserId, smsId);
      const body = {
        alias: validateId(alias, 'alias', {
          message: (value) => `Invalid SMS extension alias: ${String(value)}`,
        }),
      };
      await client.request(
        'PUT /{userId}/sms/{smsId}',
        { ...params, body },
        { errorMessages: messages('Renaming the SMS extension', params, 'sms:write') },
      );
    },
  };
}
