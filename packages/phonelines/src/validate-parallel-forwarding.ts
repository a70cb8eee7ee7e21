import { SipgateIOValidationError, validateBoolean, validateId, validatePhoneNumber } from '@sipgateio/core';
import type { NewParallelForwarding } from './phonelines.types.js';

/**
 * Checks a parallel forwarding and returns the request body: destination in E.164, alias and active flag.
 * @throws {SipgateIOValidationError} naming the field, e.g. `forwarding.destination`.
 */
export function validateParallelForwarding(forwarding: unknown): NewParallelForwarding {
  if (typeof forwarding !== 'object' || forwarding === null) {
    throw new SipgateIOValidationError(
      `forwarding must be an object, got ${String(forwarding)}`,
      'forwarding',
    );
  }
  const { destination, alias, active } = forwarding as Record<string, unknown>;
  return {
    destination: validatePhoneNumber(destination, 'forwarding.destination'),
    alias: validateId(alias, 'forwarding.alias'),
    active: validateBoolean(active, 'forwarding.active'),
  };
}
