import { SipgateIOValidationError } from './errors.js';

// The scheme must be written out with its `//` and followed by a host: `URL` alone would also accept
// `http:example.com` and leading white space, which the API does not.
const HTTP_URL_START = /^https?:\/\/[^\s/?#]+/i;

/** Options of {@link validateHttpUrl}. */
export interface ValidateHttpUrlOptions {
  /** The field the error names. Default `url`. */
  field?: string;
  /** What the URL is, for the message `Invalid <description>: <value>`. Default `URL`. */
  description?: string;
}

/**
 * Checks that a value is an absolute `http://` or `https://` URL with a host, and returns it unchanged.
 *
 * @example
 * ```ts
 * validateHttpUrl(announcement, { field: 'announcement', description: 'announcement URL' });
 * ```
 * @throws {SipgateIOValidationError} `Invalid <description>: <value>`, naming `field`.
 */
export function validateHttpUrl(value: unknown, options: ValidateHttpUrlOptions = {}): string {
  if (typeof value !== 'string' || !HTTP_URL_START.test(value) || !hasHost(value)) {
    const { field = 'url', description = 'URL' } = options;
    throw new SipgateIOValidationError(`Invalid ${description}: ${String(value)}`, field);
  }
  return value;
}

function hasHost(value: string): boolean {
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}
