import { SipgateIOValidationError } from '@sipgateio/core';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Checks a scheduled send time and returns it as whole Unix seconds, as the API takes it.
 * @throws {SipgateIOValidationError} `Invalid date format`, `Scheduled time must be in future` or
 * `Scheduled time should not be further than 30 days in the future`, naming `sendAt`.
 */
export function validateSendAt(sendAt: unknown, now: number = Date.now()): number {
  const time = sendAt instanceof Date ? sendAt.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new SipgateIOValidationError('Invalid date format', 'sendAt');
  if (time < now) throw new SipgateIOValidationError('Scheduled time must be in future', 'sendAt');
  if (time > now + THIRTY_DAYS_MS) {
    throw new SipgateIOValidationError(
      'Scheduled time should not be further than 30 days in the future',
      'sendAt',
    );
  }
  return Math.floor(time / 1000);
}
