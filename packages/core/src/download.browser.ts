import type { SipgateIODownload } from './client.types.js';
import { withChunk } from './load-chunk.browser.js';

export { validateDownloadUrl } from './download-url.js';

/**
 * The browser build's `toDownload` (swapped in for download.ts by the shared build config): download.ts's,
 * loaded when the first download's answer arrives, so a program that never downloads leaves it out of its
 * main bundle. If that chunk cannot be loaded, the answer's body is cancelled (nobody could read it).
 */
export function toDownload(
  response: Response,
  bodyError: (error: unknown) => Error,
): Promise<SipgateIODownload> {
  return withChunk(
    () =>
      import('./download.js').catch(async (error: unknown) => {
        await response.body?.cancel().catch(() => undefined);
        throw error;
      }),
    (loaded) => loaded.toDownload(response, bodyError),
  );
}
