import { SipgateIOValidationError } from '@sipgateio/core';

// `PUT /users/{userId}/location` takes an int32 addressId, while users are read with it as a string.
const MAX_INT32 = 2_147_483_647;

/**
 * Checks the address id of a location and returns it as the number the API takes: a whole number from 0 to
 * 2147483647, or a string of such digits (the `addressId` of a user as read).
 *
 * @throws {SipgateIOValidationError} naming `addressId`.
 */
export function validateAddressId(value: unknown): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= MAX_INT32) {
    return number;
  }
  throw new SipgateIOValidationError(
    `Invalid addressId: expected a whole number from 0 to ${MAX_INT32} (or its digits), got ${
      typeof value === 'string' ? JSON.stringify(value) : String(value)
    }`,
    'addressId',
  );
}
