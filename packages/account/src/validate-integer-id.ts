import { validateInteger } from '@sipgateio/core';

// The API declares these ids as int32.
const MAX_INT32 = 2_147_483_647;

/**
 * Checks an id the API declares as an integer (addresses, portings): a whole number from 0 to 2147483647, or a
 * string of its digits as ids read from URLs are, and returns it as a number.
 * @throws {SipgateIOValidationError} naming `field`.
 */
export function validateIntegerId(value: unknown, field: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return validateInteger(number, field, { min: 0, max: MAX_INT32 });
}
