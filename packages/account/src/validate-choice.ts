import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks that `value` is one of `choices` and returns it.
 * @throws {SipgateIOValidationError} `Invalid <field>: expected one of …`, naming `field`.
 */
export function validateChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new SipgateIOValidationError(
    `Invalid ${field}: expected one of ${choices.join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    field,
  );
}
