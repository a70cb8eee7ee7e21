import {
  type ErrorMessages,
  normalizePhoneNumber,
  type SipgateIORestClient,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { SmsSenderRestoreError } from './errors.js';
import type { SmsCallerId, SmsExtension } from './sms.types.js';

/** The body of `POST /sessions/sms`. */
export interface SmsBody {
  smsId: string;
  recipient: string;
  message: string;
  sendAt?: number;
}

/** What sending from a phone number needs of the SMS module it belongs to. */
export interface SmsModuleSteps {
  client: SipgateIORestClient;
  errorMessages: ErrorMessages;
  getSmsExtensions(webuserId: string): Promise<SmsExtension[]>;
  sendFromExtension(body: SmsBody): Promise<void>;
}

async function getCallerIds(steps: SmsModuleSteps, webuserId: string, smsId: string): Promise<SmsCallerId[]> {
  const response = await steps.client.get<{ items: SmsCallerId[] }>(`${webuserId}/sms/${smsId}/callerids`, {
    errorMessages: steps.errorMessages,
  });
  return response.items;
}

function setDefaultCallerId(steps: SmsModuleSteps, webuserId: string, smsId: string, callerId: number) {
  return steps.client.put<void>(
    `${webuserId}/sms/${smsId}/callerids/${callerId}`,
    { defaultNumber: true },
    { errorMessages: steps.errorMessages },
  );
}

async function findSender(steps: SmsModuleSteps, webuserId: string, from: string) {
  const extensions = await steps.getSmsExtensions(webuserId);
  if (extensions.length === 0) {
    throw new SipgateIOValidationError('No SMS extension found for your account', 'from');
  }
  for (const extension of extensions) {
    const callerIds = await getCallerIds(steps, webuserId, extension.id);
    const match = callerIds.find((callerId) => normalizePhoneNumber(callerId.phonenumber) === from);
    if (match) return { smsId: extension.id, match, callerIds };
  }
  throw new SipgateIOValidationError('Number is not registered as a sender ID in your account', 'from');
}

/**
 * Sends an SMS from a verified phone number (`from`, already normalised): finds the SMS extension that has it
 * as a caller id, makes it the default sender for the SMS and puts the previous default back afterwards.
 * A module of its own, so that the browser build can load it on first use (see the .browser.ts variant).
 *
 * @throws {SipgateIOValidationError} (as a rejection) when no SMS extension has the number, it is not verified,
 * or the extension has no default sender.
 * @throws {SmsSenderRestoreError} (as a rejection) when the previous default could not be put back.
 */
export async function sendFromPhoneNumber(
  steps: SmsModuleSteps,
  from: string,
  body: Omit<SmsBody, 'smsId'>,
): Promise<void> {
  const webuserId = await steps.client.getAuthenticatedWebuserId();
  const { smsId, match, callerIds } = await findSender(steps, webuserId, from);
  if (!match.verified) throw new SipgateIOValidationError('Number is not verified yet', 'from');
  const previous = callerIds.find((callerId) => callerId.defaultNumber);
  if (previous === undefined) throw new SipgateIOValidationError('No default SmsId set', 'from');
  if (previous.id === match.id) return steps.sendFromExtension({ smsId, ...body });

  await setDefaultCallerId(steps, webuserId, smsId, match.id);
  let sendError: unknown;
  try {
    await steps.sendFromExtension({ smsId, ...body });
  } catch (error) {
    sendError = error;
  }
  try {
    await setDefaultCallerId(steps, webuserId, smsId, previous.id);
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
