import { SipgateIOValidationError } from './errors.js';

/** The range a whole number must lie in (both ends included). */
export interface IntegerRange {
  min: number;
  max?: number;
}

/**
 * Checks that a value is a whole number within `range` (a delay in seconds, a count…) and returns it.
 *
 * @example
 * ```ts
 * const timeout = validateInteger(forwarding.timeout, 'forwardings[0].timeout', { min: 0, max: 600 });
 * ```
 * @throws {SipgateIOValidationError} `<field> must be a whole number from <min> to <max>, got …`, naming `field`.
 */
export function validateInteger(value: unknown, field: string, range: IntegerRange): number {
  const { min, max = Number.MAX_SAFE_INTEGER } = range;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const bounds = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  throw new SipgateIOValidationError(
    `${field} must be a whole number ${bounds}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    field,
  );
}
