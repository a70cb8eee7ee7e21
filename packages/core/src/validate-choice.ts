import { SipgateIOValidationError } from './errors.js';

/**
 * Checks that `value` is one of the allowed string values (an enum-like field: a direction, a restriction, a
 * target) and returns it, typed as that union.
 *
 * @example
 * ```ts
 * const target = validateChoice(setting.target, 'setting.target', ['REJECT', 'VOICEMAIL'] as const);
 * ```
 * @throws {SipgateIOValidationError} `Invalid <field>: expected one of A, B, got …`, naming `field`.
 */
export function validateChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new SipgateIOValidationError(
    `Invalid ${field}: expected one of ${choices.join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    field,
  );
}
