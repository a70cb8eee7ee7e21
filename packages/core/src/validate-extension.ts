import { SipgateIOValidationError } from './errors.js';

/** Extension type letters the sipgate API knows (a application, c conference, e VoIP device, f fax, …). */
export const EXTENSION_TYPES = 'acefghispqrtvwxy';

/** True when `value` is an extension such as `e0` or `p12` of one of the given type letters. */
export function isExtension(value: unknown, types: string = EXTENSION_TYPES): value is string {
  if (typeof value !== 'string' || value.length < 2) return false;
  if (!types.includes(value[0]!)) return false;
  return /^(0|[1-9][0-9]*)$/.test(value.slice(1));
}

/**
 * Checks that `value` is an extension of one of the type letters in `types`.
 * @throws {SipgateIOValidationError} `Invalid extension: <value>`, naming `field`.
 */
export function validateExtension(value: unknown, field: string, types: string = EXTENSION_TYPES): string {
  if (!isExtension(value, types)) {
    throw new SipgateIOValidationError(`Invalid extension: ${String(value)}`, field);
  }
  return value;
}
