import type { ErrorMessages, SipgateIOClient, SipgateIORestClient } from './client.types.js';
import { withChunk } from './load-chunk.browser.js';
import { isOwnClient } from './own-client.js';

export { isOwnClient, markOwnClient } from './own-client.js';

const METHODS = [
  'get',
  'delete',
  'post',
  'put',
  'patch',
  'getAuthenticatedWebuserId',
  'getWebUsers',
  'request',
  'download',
] as const;

/**
 * The browser build's `adaptClient` (swapped in for adapt-client.ts by the shared build config). Our own
 * client is returned as it is; for any other client the adapter of adapt-client.ts is loaded on the first
 * call of one of its methods (all of them are asynchronous), so programs that pass our client, nearly all,
 * leave it out of their main bundle.
 */
export function adaptClient(
  client: SipgateIOClient,
  originalMessages: ErrorMessages = {},
): SipgateIORestClient {
  if (isOwnClient(client)) return client as SipgateIORestClient;
  let adapted: SipgateIORestClient | undefined;
  const adapter = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of METHODS) {
    adapter[name] = (...args) =>
      withChunk(
        () => import('./adapt-client.js'),
        (loaded) => {
          adapted ??= loaded.adaptClient(client, originalMessages);
          return (adapted[name] as (...values: unknown[]) => Promise<unknown>)(...args);
        },
      );
  }
  return adapter as unknown as SipgateIORestClient;
}
