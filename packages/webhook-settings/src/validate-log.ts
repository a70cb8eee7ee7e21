import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks the `setLog` flag: a boolean, since the API would otherwise receive (and may store) a string or number.
 * @throws {SipgateIOValidationError} `Invalid log value: <value> (expected true or false)`, field `log`.
 */
export function validateLog(value: unknown): boolean {
  if (typeof value !== 'boolean') {
    const shown = typeof value === 'string' ? `'${value}'` : String(value);
    throw new SipgateIOValidationError(`Invalid log value: ${shown} (expected true or false)`, 'log');
  }
  return value;
}
