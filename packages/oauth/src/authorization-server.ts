import type * as oauth from 'oauth4webapi';
import { SipgateIOOAuthError } from './errors.js';
import type { OAuth4WebApi } from './load-oauth4webapi.js';
import { runOAuthStep } from './oauth-failure.js';

/** sipgate's authorization server for apps acting for other sipgate users. */
export const SIPGATE_ISSUER = 'https://login.sipgate.com/auth/realms/third-party';

/** Options every oauth4webapi request of one client gets: its fetch, and plain http for loopback issuers. */
export type HttpOptions = {
  [oauth.customFetch]?: typeof globalThis.fetch;
  [oauth.allowInsecureRequests]?: boolean;
};

/** What a client's requests need besides the module: a custom fetch, and whether the issuer is plain http. */
export interface HttpSettings {
  issuer: URL;
  fetch: typeof globalThis.fetch | undefined;
}

/** Creates the request options of one client (their keys are symbols of the loaded module). */
export function createHttpOptions(oauth: OAuth4WebApi, { issuer, fetch }: HttpSettings): HttpOptions {
  const options: HttpOptions = {};
  if (fetch) options[oauth.customFetch] = fetch;
  if (issuer.protocol === 'http:') options[oauth.allowInsecureRequests] = true;
  return options;
}

/**
 * Returns a function that fetches the issuer's discovery document once and shares it; a failed fetch is
 * not kept, so the next call tries again.
 */
export function createDiscovery(settings: HttpSettings): () => Promise<oauth.AuthorizationServer> {
  let pending: Promise<oauth.AuthorizationServer> | undefined;
  const { issuer } = settings;
  const endpoint = new URL(`${issuer.href.replace(/\/$/, '')}/.well-known/openid-configuration`).href;
  return () => {
    pending ??= runOAuthStep(
      { action: 'Reading the authorization server metadata', method: 'GET', endpoint },
      async (oauth) =>
        oauth.processDiscoveryResponse(
          issuer,
          await oauth.discoveryRequest(issuer, {
            ...createHttpOptions(oauth, settings),
            algorithm: 'oidc',
          }),
        ),
    );
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

/**
 * The endpoint of a server.
 * @throws {SipgateIOOAuthError} when the server's metadata has none.
 */
export function requireEndpoint(
  server: oauth.AuthorizationServer,
  name: 'authorization_endpoint' | 'token_endpoint' | 'revocation_endpoint',
): string {
  const endpoint = server[name];
  if (typeof endpoint !== 'string') {
    throw new SipgateIOOAuthError(
      `The authorization server ${server.issuer} does not offer a ${name} in its metadata.`,
      { error: 'unsupported_operation' },
    );
  }
  return endpoint;
}
