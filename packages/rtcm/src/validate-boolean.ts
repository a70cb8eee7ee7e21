import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks that a flag is a real boolean (the API rejects `"true"` or `1`).
 * @throws {SipgateIOValidationError} naming `field`.
 */
export function validateBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new SipgateIOValidationError(
      `${field} must be true or false, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
      field,
    );
  }
  return value;
}
