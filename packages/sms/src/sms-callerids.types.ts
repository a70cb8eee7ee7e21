import type { SmsCallerId } from './sms.types.js';

/** Managing the sender numbers of an SMS extension; part of what `createSMSModule` returns. */
export interface SmsCallerIdManagement {
  /**
   * Lists the sender numbers of an SMS extension (`GET /{userId}/sms/{smsId}/callerids` → `items`).
   * @throws {SipgateIOValidationError} when `webuserId` is not a web user (`w0`) or `smsId` not an SMS extension
   * (`s0`).
   * @throws {SipgateIONotFoundError} `SMS extension <smsId> of <webuserId> was not found`.
   */
  getCallerIds(webuserId: string, smsId: string): Promise<SmsCallerId[]>;
  /**
   * Adds a phone number as a sender of an SMS extension (`POST /{userId}/sms/{smsId}/callerids`); sipgate then
   * sends a verification code to that number. Resolves the new, unverified caller id as the list shows it.
   * Never retried.
   * @throws {SipgateIOValidationError} for a bad `webuserId`, `smsId` or `phoneNumber`.
   * @throws {SipgateIOHttpError} status 402 when the balance does not cover the verification.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the number may or may not have been added.
   * @throws {SipgateIOError} when the number is not listed after it was added.
   */
  addCallerId(webuserId: string, smsId: string, phoneNumber: string): Promise<SmsCallerId>;
  /**
   * Verifies an added sender number with the code sipgate sent to it
   * (`POST /{userId}/sms/{smsId}/callerids/{callerId}/verification`). The code never appears in an error.
   * @throws {SipgateIOValidationError} for a bad `webuserId`, `smsId`, `callerId` (an integer id from
   * `getCallerIds`) or an empty `verificationCode`.
   * @throws {SipgateIOHttpError} with core's class for the status (a wrong code is refused by the API).
   */
  verifyCallerId(webuserId: string, smsId: string, callerId: number, verificationCode: string): Promise<void>;
  /**
   * Removes a sender number from an SMS extension (`DELETE /{userId}/sms/{smsId}/callerids/{callerId}`).
   * @throws {SipgateIOValidationError} for a bad `webuserId`, `smsId` or `callerId`.
   * @throws {SipgateIONotFoundError} `Caller id <callerId> of <smsId> was not found`.
   */
  deleteCallerId(webuserId: string, smsId: string, callerId: number): Promise<void>;
  /**
   * Renames an SMS extension (`PUT /{userId}/sms/{smsId}`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `smsId` or an empty `alias`.
   * @throws {SipgateIONotFoundError} `SMS extension <smsId> of <webuserId> was not found`.
   */
  renameSmsExtension(webuserId: string, smsId: string, alias: string): Promise<void>;
}
