import {
  adaptClient,
  type ErrorMessages,
  runExclusive,
  type SipgateIOClient,
  SipgateIOValidationError,
  validateExtension,
  validatePhoneNumber,
} from '@sipgateio/core';
import { type SmsBody, sendFromPhoneNumber } from './send-from-phone-number.js';
import type { ShortMessage, SMSModule, SmsExtension } from './sms.types.js';
import { validateSendAt } from './validate-send-at.js';

const ERROR_MESSAGES: ErrorMessages = { 403: 'Invalid SMS extension' };
const SEND_OPTIONS = { errorMessages: ERROR_MESSAGES, outcomeSubject: 'the SMS' };

function validateMessage(message: unknown): string {
  // The original let whitespace-only texts through to a 400 from the API.
  if (typeof message !== 'string' || message.trim() === '') {
    throw new SipgateIOValidationError('Invalid SMS message', 'message');
  }
  return message;
}

function senderOf(sms: ShortMessage): { field: 'from' | 'phoneNumber'; value: unknown } {
  if ('from' in sms) return { field: 'from', value: sms.from };
  return { field: 'phoneNumber', value: (sms as { phoneNumber?: unknown }).phoneNumber };
}

/**
 * Creates the SMS module.
 *
 * @example
 * ```ts
 * import { sipgateIO } from '@sipgateio/core';
 * import { createSMSModule } from '@sipgateio/sms';
 *
 * const sms = createSMSModule(sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' }));
 * await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello from sipgate.io' });
 * ```
 */
export function createSMSModule(sipgateClient: SipgateIOClient): SMSModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  async function getSmsExtensions(webuserId: string): Promise<SmsExtension[]> {
    validateExtension(webuserId, 'webuserId', 'w');
    const response = await client.get<{ items: SmsExtension[] }>(`${webuserId}/sms`, {
      errorMessages: ERROR_MESSAGES,
    });
    return response.items;
  }

  function sendFromExtension(body: SmsBody): Promise<void> {
    return client.post('/sessions/sms', body, SEND_OPTIONS);
  }

  const steps = { client, errorMessages: ERROR_MESSAGES, getSmsExtensions, sendFromExtension };

  async function send(sms: ShortMessage, sendAt?: Date): Promise<void> {
    if (sms === null || typeof sms !== 'object') {
      throw new SipgateIOValidationError('An SMS object { smsId | from, to, message } is required', 'sms');
    }
    const scheduled = sendAt === undefined ? {} : { sendAt: validateSendAt(sendAt) };
    const sender = senderOf(sms);
    if (sender.value !== undefined) {
      const from = validatePhoneNumber(sender.value, sender.field);
      const recipient = validatePhoneNumber(sms.to, 'to');
      const message = validateMessage(sms.message);
      // Switching the account-wide default sender is not atomic: sends through one client take turns.
      return runExclusive(client, 'sms-default-sender', () =>
        sendFromPhoneNumber(steps, from, { recipient, message, ...scheduled }),
      );
    }
    const { smsId } = sms as { smsId?: unknown };
    if (smsId === undefined) throw new SipgateIOValidationError('smsId is undefined', 'smsId');
    validateExtension(smsId, 'smsId', 's');
    const recipient = validatePhoneNumber(sms.to, 'to');
    const message = validateMessage(sms.message);
    return sendFromExtension({ smsId: smsId as string, recipient, message, ...scheduled });
  }

  return {
    send,
    async schedule(sms, sendAt) {
      if (sendAt === undefined) throw new SipgateIOValidationError('Invalid date format', 'sendAt');
      return send(sms, sendAt);
    },
    getSmsExtensions,
  };
}
