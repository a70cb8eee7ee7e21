import { base64ToBytes } from './base64.js';
import { SipgateIOValidationError } from './errors.js';

// The original's rules (HTML5 e-mail shape, token-XXXXXX, UUID v4). Secret values are never echoed.
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// The original was case-sensitive about the `token-` prefix and allowed ASCII letters and digits after it.
const TOKEN_ID = /^token-[a-zA-Z0-9]{6}$/;
const PERSONAL_ACCESS_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function shown(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : '<empty>';
}

/** @throws {SipgateIOValidationError} `Invalid email: <value>` */
export function validateEmail(value: unknown, field = 'email'): string {
  if (typeof value !== 'string' || !EMAIL.test(value)) {
    throw new SipgateIOValidationError(`Invalid email: ${shown(value)}`, field);
  }
  return value;
}

/** @throws {SipgateIOValidationError} `Invalid password` (the value is never shown) */
export function validatePassword(value: unknown, field = 'password'): string {
  if (typeof value !== 'string' || value === '' || /\s/.test(value)) {
    throw new SipgateIOValidationError('Invalid password', field);
  }
  return value;
}

/** @throws {SipgateIOValidationError} `Invalid token id: <value>` */
export function validateTokenId(value: unknown, field = 'tokenId'): string {
  if (typeof value !== 'string' || !TOKEN_ID.test(value)) {
    throw new SipgateIOValidationError(`Invalid token id: ${shown(value)}`, field);
  }
  return value;
}

/**
 * @throws {SipgateIOValidationError} `Invalid personal access token` (unlike the original, the rejected
 * secret is not echoed)
 */
export function validatePersonalAccessToken(value: unknown, field = 'token'): string {
  if (typeof value !== 'string' || !PERSONAL_ACCESS_TOKEN.test(value)) {
    const hint = value === '' || value === undefined ? '<empty>' : 'expected a UUID such as 8d7f…-…';
    throw new SipgateIOValidationError(`Invalid personal access token: ${hint}`, field);
  }
  return value;
}

/**
 * Checks that an OAuth access token is JWT-shaped: its payload segment decodes (base64 or base64url) to JSON.
 * @throws {SipgateIOValidationError} `The provided OAuth token is invalid`
 */
export function validateOAuthToken(value: unknown, field = 'token'): string {
  const payload = typeof value === 'string' ? value.split('.')[1] : undefined;
  if (payload === undefined || !isJsonBase64(payload)) {
    throw new SipgateIOValidationError('The provided OAuth token is invalid', field);
  }
  return value as string;
}

function isJsonBase64(segment: string): boolean {
  const bytes = base64ToBytes(segment, { url: true });
  if (!bytes) return false;
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}
