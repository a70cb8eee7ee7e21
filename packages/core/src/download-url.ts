import { SipgateIOValidationError } from './errors.js';

/**
 * Checks the URL given to `client.download`: an http(s) URL, or a path below the client's base URL.
 * @throws {SipgateIOValidationError} naming `url`.
 */
export function validateDownloadUrl(url: unknown): string {
  if (
    typeof url !== 'string' ||
    url.trim() === '' ||
    (/^[a-z][\w+.-]*:/i.test(url) && !/^https?:\/\/[^/]/i.test(url))
  ) {
    throw new SipgateIOValidationError(`Invalid download URL: ${String(url)}`, 'url');
  }
  return url;
}
