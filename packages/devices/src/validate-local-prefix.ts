import { SipgateIOValidationError, validateBoolean } from '@sipgateio/core';
import type { LocalPrefix } from './device-settings.types.js';

// German area codes: a trunk 0 and up to five more digits (030, 0211, 039999).
const AREA_CODE = /^0[1-9][0-9]{0,4}$/;

/**
 * Checks a local prefix setting and returns the request body for it.
 * @throws {SipgateIOValidationError} naming `localPrefix`, `localPrefix.active` or `localPrefix.value`.
 */
export function validateLocalPrefix(localPrefix: unknown): LocalPrefix {
  if (typeof localPrefix !== 'object' || localPrefix === null) {
    throw new SipgateIOValidationError('A local prefix { active, value? } is required', 'localPrefix');
  }
  const { active, value } = localPrefix as Partial<LocalPrefix>;
  validateBoolean(active, 'localPrefix.active');
  if (value === undefined && !active) return { active: false };
  if (typeof value !== 'string' || !AREA_CODE.test(value)) {
    throw new SipgateIOValidationError(
      `Invalid local prefix: expected an area code such as 0211, got ${
        typeof value === 'string' ? JSON.stringify(value) : String(value)
      }`,
      'localPrefix.value',
    );
  }
  return { value, active: active as boolean };
}
