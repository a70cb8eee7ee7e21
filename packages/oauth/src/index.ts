export { SIPGATE_ISSUER } from './authorization-server.js';
export {
  isReauthorizationRequired,
  type OAuthErrorDetails,
  SipgateIOAuthorizationDeniedError,
  SipgateIOOAuthError,
  SipgateIOOAuthStateMismatchError,
  SipgateIOReauthorizationRequiredError,
} from './errors.js';
export { createMemoryTokenStore } from './memory-token-store.js';
export type {
  AuthorizationRequest,
  AuthorizationUrlOptions,
  ExchangeCodeOptions,
  OAuthClient,
  OAuthClientOptions,
  RefreshingTokenProvider,
  TokenProviderOptions,
  TokenRequestContext,
  TokenSet,
  TokenStore,
} from './oauth.types.js';
export { createOAuthClient } from './oauth-client.js';
export { createOAuthClientsModule } from './oauth-clients.js';
export type { OAuthClientEntry, OAuthClientRequest, OAuthClientsModule } from './oauth-clients.types.js';
