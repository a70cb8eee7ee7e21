import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks that an announcement is an absolute http(s) URL the API can download.
 * @throws {SipgateIOValidationError} `Invalid announcement URL: <value>`, naming `announcement`.
 */
export function validateAnnouncementUrl(value: unknown): string {
  if (typeof value !== 'string' || !isHttpUrl(value)) {
    throw new SipgateIOValidationError(`Invalid announcement URL: ${String(value)}`, 'announcement');
  }
  return value;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
