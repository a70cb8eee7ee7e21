import type { SmsCallerIdManagement } from './sms-callerids.types.js';

/** An SMS sent from an SMS extension (`s0`, …); the sender shown is that extension's default caller id. */
export interface SmsFromExtension {
  smsId: string;
  /** Recipient, an international number such as `+4915799912345`. */
  to: string;
  message: string;
}

/**
 * An SMS sent from one of the account's verified phone numbers. The SDK makes that number the default sender of
 * the SMS extension for the send and restores the previous default afterwards, also when sending fails.
 */
export interface SmsFromPhoneNumber {
  from: string;
  to: string;
  message: string;
}

/** @deprecated The original SDK's name for `from`. */
export interface SmsFromLegacyPhoneNumber {
  phoneNumber: string;
  to: string;
  message: string;
}

export type ShortMessage = SmsFromExtension | SmsFromPhoneNumber | SmsFromLegacyPhoneNumber;

/** An SMS extension of a web user (GET /{webuserId}/sms). */
export interface SmsExtension {
  id: string;
  alias: string;
  callerId: string;
}

/** A sender number of an SMS extension (GET /{webuserId}/sms/{smsId}/callerids). */
export interface SmsCallerId {
  id: number;
  phonenumber: string;
  verified: boolean;
  defaultNumber: boolean;
}

/** What `createSMSModule` returns. */
export interface SMSModule extends SmsCallerIdManagement {
  /**
   * Sends an SMS now, or at `sendAt` (at most 30 days ahead).
   * @throws {SipgateIOValidationError} for invalid input, before any request.
   * @throws {SipgateIOOutcomeUnknownError} when the send timed out or the connection dropped: the SMS may or may
   * not have been sent.
   * @throws {SmsSenderRestoreError} when the SMS went out but the previous default sender could not be restored.
   */
  send(sms: ShortMessage, sendAt?: Date): Promise<void>;
  /** Schedules an SMS for `sendAt` (in the future, at most 30 days ahead). Same errors as `send`. */
  schedule(sms: ShortMessage, sendAt: Date): Promise<void>;
  /** The SMS extensions of a web user. */
  getSmsExtensions(webuserId: string): Promise<SmsExtension[]>;
}
