import type { SipgateIODownload } from './client.types.js';
import { SipgateIOError, SipgateIOValidationError } from './errors.js';

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

/**
 * Wraps an answer whose body the caller reads: as a stream or as bytes, once. `bodyError` maps a failure while
 * reading the bytes (connection lost, aborted) to our error.
 */
export function toDownload(response: Response, bodyError: (error: unknown) => Error): SipgateIODownload {
  let consumed = false;
  function take(): Response {
    if (consumed) throw new SipgateIOError('The download was already read');
    consumed = true;
    return response;
  }
  const { headers } = response;
  const length = headers.get('content-length');
  return {
    contentType: headers.get('content-type') ?? 'application/octet-stream',
    // With a content encoding the header counts the compressed bytes, not the ones the caller gets.
    ...(length && /^\d+$/.test(length) && !headers.has('content-encoding') ? { contentLength: +length } : {}),
    stream: () => take().body ?? new Blob().stream(),
    bytes: async () =>
      new Uint8Array(
        await take()
          .arrayBuffer()
          .catch((error: unknown) => {
            throw bodyError(error);
          }),
      ),
  };
}
