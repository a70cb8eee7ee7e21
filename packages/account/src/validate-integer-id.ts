import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks an id the API declares as an integer (addresses, portings): a non-negative safe integer, or a string of
 * digits as ids read from URLs are, and returns it as a number.
 * @throws {SipgateIOValidationError} naming `field`.
 */
export function validateIntegerId(value: unknown, field: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number >= 0) return number;
  throw new SipgateIOValidationError(
    `Invalid ${field}: expected a non-negative integer, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    field,
  );
}
