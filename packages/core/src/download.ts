import type { SipgateIODownload } from './client.types.js';
import { SipgateIOError, SipgateIOValidationError } from './errors.js';

/**
 * Checks the URL given to `client.download`: an absolute http(s) URL, or a path below the client's base URL.
 * @throws {SipgateIOValidationError} naming `url`.
 */
export function validateDownloadUrl(url: unknown): string {
  const absolute = typeof url === 'string' && /^[a-z][a-z\d+.-]*:/i.test(url);
  if (typeof url !== 'string' || url.trim() === '' || (absolute && !isHttpUrl(url))) {
    throw new SipgateIOValidationError(
      `Invalid download URL: expected an http(s) URL or a path below the base URL, got ${
        typeof url === 'string' ? JSON.stringify(url) : String(url)
      }`,
      'url',
    );
  }
  return url;
}

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:\/\/[^/]/i.test(url) && new URL(url) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Wraps an answer whose body the caller reads: as a stream or as bytes, once. `bodyError` maps a failure while
 * reading the bytes (connection lost, aborted) to our error.
 */
export function toDownload(response: Response, bodyError: (error: unknown) => Error): SipgateIODownload {
  let consumed = false;
  function take(): Response {
    if (consumed) throw new SipgateIOError('The download was already read: call stream() or bytes() once');
    consumed = true;
    return response;
  }
  const length = response.headers.get('content-length');
  // With a content encoding the header counts the compressed bytes, not the ones the caller gets.
  const known = length !== null && /^\d+$/.test(length) && !response.headers.has('content-encoding');
  return {
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    ...(known ? { contentLength: Number(length) } : {}),
    stream: () => take().body ?? new Blob([]).stream(),
    async bytes() {
      const taken = take();
      try {
        return new Uint8Array(await taken.arrayBuffer());
      } catch (error) {
        throw bodyError(error);
      }
    },
  };
}
