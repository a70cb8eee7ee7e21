import {
  type ErrorMessages,
  type SipgateIORestClient,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { FaxlineManagement } from './faxlines.types.js';
import { validateTagline } from './validate-tagline.js';

function faxlineMessages(
  action: string,
  faxline: { userId: string; faxlineId: string },
  scope = 'faxlines:write',
): ErrorMessages {
  return {
    403: `${action} failed: fax is not booked for this account or the token lacks the ${scope} scope.`,
    404: `Fax line ${faxline.faxlineId} of ${faxline.userId} was not found`,
  };
}

function faxline(webuserId: string, faxlineId: string) {
  return {
    userId: validateExtension(webuserId, 'webuserId', 'w'),
    faxlineId: validateExtension(faxlineId, 'faxlineId', 'f'),
  };
}

/** Fax line management and resending, all through `client.request`. */
export function createFaxlineManagement(
  client: SipgateIORestClient,
  faxErrorMessages: ErrorMessages,
): FaxlineManagement {
  return {
    async createFaxline(webuserId) {
      const userId = validateExtension(webuserId, 'webuserId', 'w');
      return client.request(
        'POST /{userId}/faxlines',
        { userId },
        {
          errorMessages: {
            403: `Creating a fax line for ${userId} failed: fax is not booked for this account or the token lacks the faxlines:write scope.`,
            404: `Web user ${userId} was not found`,
          },
        },
      );
    },

    async renameFaxline(webuserId, faxlineId, alias) {
      const params = faxline(webuserId, faxlineId);
      const body = {
        alias: validateId(alias, 'alias', { message: (value) => `Invalid fax line alias: ${String(value)}` }),
      };
      await client.request(
        'PUT /{userId}/faxlines/{faxlineId}',
        { ...params, body },
        { errorMessages: faxlineMessages('Renaming the fax line', params) },
      );
    },

    async deleteFaxline(webuserId, faxlineId) {
      const params = faxline(webuserId, faxlineId);
      await client.request('DELETE /{userId}/faxlines/{faxlineId}', params, {
        errorMessages: faxlineMessages('Deleting the fax line', params),
      });
    },

    async getFaxlineCallerId(webuserId, faxlineId) {
      const params = faxline(webuserId, faxlineId);
      const response = await client.request('GET /{userId}/faxlines/{faxlineId}/callerid', params, {
        errorMessages: faxlineMessages('Reading the fax caller id', params, 'faxlines:read'),
      });
      return response?.value ?? '';
    },

    async setFaxlineCallerId(webuserId, faxlineId, callerId) {
      const params = faxline(webuserId, faxlineId);
      const body = { value: validatePhoneNumber(callerId, 'callerId') };
      await client.request(
        'PUT /{userId}/faxlines/{faxlineId}/callerid',
        { ...params, body },
        { errorMessages: faxlineMessages('Setting the fax caller id', params) },
      );
    },

    async setFaxlineTagline(webuserId, faxlineId, tagline) {
      const params = faxline(webuserId, faxlineId);
      const body = { value: validateTagline(tagline) };
      await client.request(
        'PUT /{userId}/faxlines/{faxlineId}/tagline',
        { ...params, body },
        { errorMessages: faxlineMessages('Setting the fax tagline', params) },
      );
    },

    async getFaxlineNumbers(webuserId, faxlineId) {
      const params = faxline(webuserId, faxlineId);
      const response = await client.request('GET /{userId}/faxlines/{faxlineId}/numbers', params, {
        errorMessages: faxlineMessages('Reading the fax line numbers', params, 'faxlines:numbers:read'),
      });
      return response.items ?? [];
    },

    async resendFax(faxId, options = {}) {
      const body = {
        faxId: validateId(faxId, 'faxId', { message: (value) => `Invalid fax id: ${String(value)}` }),
        ...(options.faxlineId === undefined
          ? {}
          : { faxlineId: validateExtension(options.faxlineId, 'faxlineId', 'f') }),
      };
      await client.request(
        'POST /sessions/fax/resend',
        { body },
        {
          errorMessages: {
            ...faxErrorMessages,
            402: 'Resending the fax failed: the balance does not cover it. Top up the account and try again.',
          },
          outcomeSubject: 'the fax',
        },
      );
    },
  };
}
