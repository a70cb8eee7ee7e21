import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks that a history entry id is a non-empty string (an empty id would address the whole list).
 * @throws {SipgateIOValidationError} `Invalid history entry id: <value>`, naming `field`.
 */
export function validateHistoryEntryId(value: unknown, field: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  const shown = value === '' ? '<empty>' : typeof value === 'string' ? `"${value}"` : String(value);
  throw new SipgateIOValidationError(`Invalid history entry id: ${shown}`, field);
}
