import { SipgateIOValidationError } from './errors.js';

/**
 * Checks that a flag is a real boolean (the API rejects `"true"` or `1`) and returns it.
 *
 * @example
 * ```ts
 * const value = validateBoolean(options.value, 'recordOptions.value');
 * ```
 * @throws {SipgateIOValidationError} `<field> must be true or false, got …`, naming `field`.
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
