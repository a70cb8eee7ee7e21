import { COUNTRY_CALLING_CODES } from './country-calling-codes.js';
import { SipgateIOValidationError } from './errors.js';

// Separators people type inside numbers; the original's phone library tolerated the same.
const SEPARATORS = /[\s\-()./\u00a0\u2010-\u2015]/g;
const TRUNK_PREFIX = /\(\s*0\s*\)/g;
// The digit on a phone keypad for each letter a–z (vanity numbers such as +1 800 FLOWERS).
const KEYPAD = '22233344455566677778889999';

// libphonenumber's bounds for the national significant number.
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;

/**
 * Turns an international number as people write it (`+49 (211) 123-456`, vanity letters allowed) into E.164
 * (`+49211123456`), or returns undefined when it is not one: no leading `+`, no assigned country calling code,
 * or a national number outside 2–17 digits. Whether the number is actually in service is not checked.
 */
export function normalizePhoneNumber(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // `+49 (0) 211 …`: a bracketed 0 is the national trunk prefix, written for local callers and never dialled
  // after the country code.
  const compact = value.trim().replace(TRUNK_PREFIX, '').replace(SEPARATORS, '');
  if (!compact.startsWith('+')) return undefined;
  let digits = '';
  for (const character of compact.slice(1).toLowerCase()) {
    if (character >= '0' && character <= '9') digits += character;
    else if (character >= 'a' && character <= 'z') digits += KEYPAD[character.charCodeAt(0) - 97];
    else return undefined;
  }
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (!COUNTRY_CALLING_CODES.has(code)) continue;
    const national = digits.length - length;
    return national >= MIN_NATIONAL_LENGTH && national <= MAX_NATIONAL_LENGTH ? `+${digits}` : undefined;
  }
  return undefined;
}

/** True when `value` parses as an international phone number (see {@link normalizePhoneNumber}). */
export function isPhoneNumber(value: unknown): value is string {
  return normalizePhoneNumber(value) !== undefined;
}

/** The message the original SDK used, without its doubled colon. */
export function invalidPhoneNumberMessage(value: unknown): string {
  return `Invalid phone number (please provide number in E.164 format): ${String(value)}`;
}

/**
 * Checks an international phone number and returns it in E.164 form.
 * @throws {SipgateIOValidationError} naming `field` when it is not one.
 */
export function validatePhoneNumber(value: unknown, field: string): string {
  const normalized = normalizePhoneNumber(value);
  if (normalized === undefined) throw new SipgateIOValidationError(invalidPhoneNumberMessage(value), field);
  return normalized;
}
