import {
  isExtension,
  SipgateIOValidationError,
  validateBoolean,
  validateInteger,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { Forwarding } from './phonelines.types.js';

/** sipgate accepts at most three forwardings per line, each after 0 to 600 seconds of ringing. */
const MAX_FORWARDINGS = 3;
const MAX_TIMEOUT_SECONDS = 600;
/** Besides phone numbers, a forwarding can go to another phoneline (`p1`) or a group (`g0`) of the account. */
const INTERNAL_DESTINATIONS = 'gp';

function validateDestination(value: unknown, field: string): string {
  if (isExtension(value, INTERNAL_DESTINATIONS)) return value;
  if (typeof value === 'string' && !value.trim().startsWith('+')) {
    throw new SipgateIOValidationError(
      `${field} must be an international phone number (+49…) or a phoneline or group extension (p1, g0), got ${JSON.stringify(value)}`,
      field,
    );
  }
  return validatePhoneNumber(value, field);
}

/**
 * Checks the forwardings of a line and returns them as sent: phone numbers in E.164, only the documented fields.
 * @throws {SipgateIOValidationError} naming the field, e.g. `forwardings[1].timeout`.
 */
export function validateForwardings(forwardings: unknown): Forwarding[] {
  if (!Array.isArray(forwardings)) {
    throw new SipgateIOValidationError(
      `forwardings must be an array of at most ${MAX_FORWARDINGS} forwardings, got ${String(forwardings)}`,
      'forwardings',
    );
  }
  if (forwardings.length > MAX_FORWARDINGS) {
    throw new SipgateIOValidationError(
      `A phoneline has at most ${MAX_FORWARDINGS} forwardings, got ${forwardings.length}`,
      'forwardings',
    );
  }
  return forwardings.map((forwarding: unknown, index) => {
    const field = `forwardings[${index}]`;
    if (typeof forwarding !== 'object' || forwarding === null) {
      throw new SipgateIOValidationError(`${field} must be an object, got ${String(forwarding)}`, field);
    }
    const { destination, timeout, active } = forwarding as Record<string, unknown>;
    return {
      destination: validateDestination(destination, `${field}.destination`),
      timeout: validateInteger(timeout, `${field}.timeout`, { min: 0, max: MAX_TIMEOUT_SECONDS }),
      active: validateBoolean(active, `${field}.active`),
    };
  });
}
