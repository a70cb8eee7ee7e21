import {
  invalidPhoneNumberMessage,
  isExtension,
  normalizePhoneNumber,
  SipgateIOValidationError,
  validateBoolean,
} from '@sipgateio/core';
import type { TransferOptions } from './rtcm.types.js';

/**
 * Checks transfer options and returns the request body: the target is a phone number (normalized to E.164)
 * or an extension; the optional caller id is a phone number. The original sent any value unchecked.
 * @throws {SipgateIOValidationError} naming `transferOptions.<field>`.
 */
export function validateTransferOptions(options: unknown): TransferOptions {
  if (typeof options !== 'object' || options === null) {
    throw new SipgateIOValidationError(
      `Invalid transfer options: expected { attended, phoneNumber }, got ${String(options)}`,
      'transferOptions',
    );
  }
  const { attended, phoneNumber, callerId } = options as Record<string, unknown>;
  validateBoolean(attended, 'transferOptions.attended');
  const target = isExtension(phoneNumber) ? phoneNumber : normalizePhoneNumber(phoneNumber);
  if (target === undefined) {
    throw new SipgateIOValidationError(
      `Invalid transfer target (expected a phone number in E.164 format or an extension): ${String(phoneNumber)}`,
      'transferOptions.phoneNumber',
    );
  }
  const body: TransferOptions = { attended: attended as boolean, phoneNumber: target };
  if (callerId !== undefined) {
    const normalized = normalizePhoneNumber(callerId);
    if (normalized === undefined) {
      throw new SipgateIOValidationError(invalidPhoneNumberMessage(callerId), 'transferOptions.callerId');
    }
    body.callerId = normalized;
  }
  return body;
}
