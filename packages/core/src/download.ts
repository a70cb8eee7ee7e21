import type { SipgateIODownload } from './client.types.js';
import { SipgateIOError } from './errors.js';

// Its own module, so the browser build keeps the check and loads the rest of downloading on first use.
export { validateDownloadUrl } from './download-url.js';

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
