import { SipgateIOValidationError } from '@sipgateio/core';

// The tagline is one header line on every page: keep it printable on one line of an A4 page.
const MAX_TAGLINE_LENGTH = 100;

/**
 * Checks a fax line's tagline: a string of at most 100 characters without line breaks (empty clears it).
 * @throws {SipgateIOValidationError} naming `tagline`.
 */
export function validateTagline(tagline: unknown): string {
  if (typeof tagline !== 'string' || tagline.length > MAX_TAGLINE_LENGTH || /[\r\n]/.test(tagline)) {
    throw new SipgateIOValidationError(
      `Invalid fax tagline: expected one line of at most ${MAX_TAGLINE_LENGTH} characters, got ${
        typeof tagline === 'string' ? JSON.stringify(tagline) : String(tagline)
      }`,
      'tagline',
    );
  }
  return tagline;
}
