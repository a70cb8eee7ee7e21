import { SipgateIOValidationError, validateId } from '@sipgateio/core';
import type { AccountAddressUpdate } from './account.types.js';

const REQUIRED = ['countrycode', 'postcode', 'city'] as const;
const OPTIONAL = ['state', 'street', 'number', 'address1', 'address2'] as const;

/**
 * Checks an address for `PUT /addresses/{addressId}` and returns only the fields the API knows.
 * @throws {SipgateIOValidationError} naming the field (`address.city`, …) that is missing or not a string.
 */
export function validateAddress(value: unknown): AccountAddressUpdate {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SipgateIOValidationError('Invalid address: expected an object', 'address');
  }
  const input = value as Record<string, unknown>;
  const address: Record<string, string> = {};
  for (const key of REQUIRED) address[key] = validateId(input[key], `address.${key}`);
  for (const key of OPTIONAL) {
    const field = input[key];
    if (field === undefined) continue;
    if (typeof field !== 'string') {
      throw new SipgateIOValidationError(
        `Invalid address.${key}: expected a string, got ${String(field)}`,
        `address.${key}`,
      );
    }
    address[key] = field;
  }
  return address as unknown as AccountAddressUpdate;
}
