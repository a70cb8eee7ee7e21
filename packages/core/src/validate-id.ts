import { SipgateIOValidationError } from './errors.js';

/** How a feature words a missing id. */
export interface ValidateIdOptions {
  /** Builds the message on failure; default `Invalid <field>: expected a non-empty string, got …`. */
  message?: (value: unknown) => string;
}

/**
 * Checks that an id that goes into a path (a fax session id, a call id…) is a string with more than white
 * space in it, and returns it unchanged.
 *
 * @example
 * ```ts
 * validateId(sessionId, 'sessionId', { message: (value) => `Invalid fax session id: ${String(value)}` });
 * ```
 * @throws {SipgateIOValidationError} naming `field`.
 */
export function validateId(value: unknown, field: string, options: ValidateIdOptions = {}): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new SipgateIOValidationError(
    options.message?.(value) ??
      `Invalid ${field}: expected a non-empty string, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    field,
  );
}
