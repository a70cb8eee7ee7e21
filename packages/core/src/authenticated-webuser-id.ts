import type { SipgateIOClient } from './client.types.js';

/**
 * Returns a function that resolves the id (`w0`, …) of the web user behind a client's credentials, asking the
 * API once: that web user does not change for a client. A failed lookup is not kept, so the next call asks again.
 *
 * @example
 * ```ts
 * const webuserId = rememberAuthenticatedWebuserId(client);
 * const faxlines = await client.get(`${await webuserId()}/faxlines`);
 * ```
 * @throws {SipgateIOHttpError} (as a rejection of the returned function) when `GET /authorization/userinfo` fails.
 */
export function rememberAuthenticatedWebuserId(
  client: Pick<SipgateIOClient, 'getAuthenticatedWebuserId'>,
): () => Promise<string> {
  let webuserId: Promise<string> | undefined;
  return () => {
    webuserId ??= client.getAuthenticatedWebuserId().catch((error: unknown) => {
      webuserId = undefined;
      throw error;
    });
    return webuserId;
  };
}
