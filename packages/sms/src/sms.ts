import {
  adaptClient,
  type ErrorMessages,
  normalizePhoneNumber,
  runExclusive,
  type SipgateIOClient,
  SipgateIOValidationError,
  validateExtension,
  validatePhoneNumber,
} from '@sipgateio/core';
import { SmsSenderRestoreError } from './errors.js';
import type { ShortMessage, SMSModule, SmsCallerId, SmsExtension } from './sms.types.js';
import { createSmsCallerIdManagement } from './sms-callerids.js';
import { validateSendAt } from './validate-send-at.js';

const ERROR_MESSAGES: ErrorMessages = { 403: 'Invalid SMS extension' };
const SEND_OPTIONS = { errorMessages: ERROR_MESSAGES, outcomeSubject: 'the SMS' };

interface SmsBody {
  smsId: string;
  recipient: string;
  message: string;
  sendAt?: number;
}

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

  async function getCallerIds(webuserId: string, smsId: string): Promise<SmsCallerId[]> {
    const response = await client.get<{ items: SmsCallerId[] }>(`${webuserId}/sms/${smsId}/callerids`, {
      errorMessages: ERROR_MESSAGES,
    });
    return response.items;
  }

  function setDefaultCallerId(webuserId: string, smsId: string, callerId: number): Promise<void> {
    return client.put(
      `${webuserId}/sms/${smsId}/callerids/${callerId}`,
      { defaultNumber: true },
      { errorMessages: ERROR_MESSAGES },
    );
  }

  function sendFromExtension(body: SmsBody): Promise<void> {
    return client.post('/sessions/sms', body, SEND_OPTIONS);
  }

  async function findSender(webuserId: string, from: string) {
    const extensions = await getSmsExtensions(webuserId);
    if (extensions.length === 0) {
      throw new SipgateIOValidationError('No SMS extension found for your account', 'from');
    }
    for (const extension of extensions) {
      const callerIds = await getCallerIds(webuserId, extension.id);
      const match = callerIds.find((callerId) => normalizePhoneNumber(callerId.phonenumber) === from);
      if (match) return { smsId: extension.id, match, callerIds };
    }
    throw new SipgateIOValidationError('Number is not registered as a sender ID in your account', 'from');
  }

  async function sendFromPhoneNumber(from: string, body: Omit<SmsBody, 'smsId'>): Promise<void> {
    const webuserId = await client.getAuthenticatedWebuserId();
    const { smsId, match, callerIds } = await findSender(webuserId, from);
    if (!match.verified) throw new SipgateIOValidationError('Number is not verified yet', 'from');
    const previous = callerIds.find((callerId) => callerId.defaultNumber);
    if (previous === undefined) throw new SipgateIOValidationError('No default SmsId set', 'from');
    if (previous.id === match.id) return sendFromExtension({ smsId, ...body });

    await setDefaultCallerId(webuserId, smsId, match.id);
    let sendError: unknown;
    try {
      await sendFromExtension({ smsId, ...body });
    } catch (error) {
      sendError = error;
    }
    try {
      await setDefaultCallerId(webuserId, smsId, previous.id);
    } catch (restoreError) {
      const sent = sendError === undefined;
      throw new SmsSenderRestoreError(
        `${sent ? 'The SMS was sent' : 'Sending the SMS failed'}, but restoring ${previous.phonenumber} as the default ` +
          `SMS sender failed: the default sender is still ${match.phonenumber}.`,
        { sent, previousDefault: previous.phonenumber, cause: sent ? restoreError : sendError },
      );
    }
    if (sendError !== undefined) throw sendError;
  }

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
        sendFromPhoneNumber(from, { recipient, message, ...scheduled }),
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
    // New operations go through `request`, which adapted clients have too (on their get/put/post/delete).
    ...createSmsCallerIdManagement(client),
  };
}
