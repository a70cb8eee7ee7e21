/** Options of {@link createOAuthClient}: the OAuth client registered for your app at sipgate. */
export interface OAuthClientOptions {
  /** The client id sipgate gave your app. */
  clientId: string;
  /** The client secret of a confidential client (server-side apps); omit for public clients (PKCE only). */
  clientSecret?: string;
  /** Where sipgate sends the browser back after the login; must be registered for the client. */
  redirectUri: string;
  /** Scopes to ask for, e.g. `['history:read']`. */
  scopes: readonly string[];
  /**
   * The authorization server, discovered through `<issuer>/.well-known/openid-configuration`. Default:
   * sipgate's `https://login.sipgate.com/auth/realms/third-party`. Plain `http` is accepted for loopback
   * hosts only (the sandbox).
   */
  issuer?: string;
  /** A `fetch` implementation to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

/** What a login or a refresh yields. Plain JSON: store it as it is. */
export interface TokenSet {
  /** The short-lived bearer token the API accepts. */
  accessToken: string;
  /** The long-lived token that renews the access token; sipgate rotates it on every refresh. */
  refreshToken?: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
  /** The scopes the user granted. */
  scopes: string[];
}

/** Options of {@link OAuthClient.authorizationUrl}. */
export interface AuthorizationUrlOptions {
  /** Scopes for this login instead of the client's. */
  scopes?: readonly string[];
  /** The OpenID Connect `prompt` parameter, e.g. `login` to force a new sign-in. */
  prompt?: string;
}

/** Where the login starts, and what the callback needs to finish it: keep `state` and `codeVerifier` in the session. */
export interface AuthorizationRequest {
  /** Send the browser here. */
  url: string;
  /** A fresh random value that the callback must return unchanged. */
  state: string;
  /** The PKCE secret that proves the callback belongs to this login; never send it to the browser. */
  codeVerifier: string;
}

/** What {@link OAuthClient.exchangeCode} checks the callback against. */
export interface ExchangeCodeOptions {
  state: string;
  codeVerifier: string;
}

/** Where a token provider keeps the token set; implement it over your database for more than one process. */
export interface TokenStore {
  /** The current token set, or undefined when the user has not signed in. */
  get(): Promise<TokenSet | undefined>;
  /** Saves a token set (after a login or a refresh, which rotates the refresh token). */
  set(tokenSet: TokenSet): Promise<void>;
}

/** Options of {@link OAuthClient.tokenProvider}. */
export interface TokenProviderOptions {
  /** Where the token set lives. Default: a new in-memory store (sign in with `store.set(tokenSet)`). */
  store?: TokenStore;
  /** Refresh this many seconds before the access token expires. Default 30. */
  skewSeconds?: number;
}

/** What core passes to a token function (when a request with the token got 401, the rejected token). */
export interface TokenRequestContext {
  rejectedToken?: string;
}

/** A token function for `sipgateIO({ token })` that refreshes the access token when needed. */
export type RefreshingTokenProvider = (context?: TokenRequestContext) => Promise<string>;

/** The OAuth 2 client of one app: login, token exchange, refresh, revocation and a token provider. */
export interface OAuthClient {
  /**
   * Builds the URL that starts a login (authorization code flow with PKCE S256 and a random `state`).
   * @throws {SipgateIOValidationError} for malformed scopes.
   * @throws {SipgateIONetworkError} when the authorization server's discovery document cannot be fetched.
   * @throws {SipgateIOOAuthError} when the discovery document is not usable.
   */
  authorizationUrl(options?: AuthorizationUrlOptions): Promise<AuthorizationRequest>;
  /**
   * Finishes a login: checks the callback URL and exchanges its code for a token set.
   * @throws {SipgateIOOAuthStateMismatchError} when the callback's `state` is not the login's.
   * @throws {SipgateIOAuthorizationDeniedError} when the callback carries `error=` (the user declined).
   * @throws {SipgateIOReauthorizationRequiredError} when the code was already used, expired or the verifier is wrong.
   * @throws {SipgateIONetworkError} when the token endpoint cannot be reached.
   */
  exchangeCode(callbackUrl: string | URL, options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Renews a token set with its refresh token; the result carries the rotated refresh token.
   * @throws {SipgateIOReauthorizationRequiredError} when the grant is no longer valid (`invalid_grant`).
   * @throws {SipgateIONetworkError} when the token endpoint cannot be reached.
   */
  refresh(tokenSet: TokenSet): Promise<TokenSet>;
  /**
   * Ends the grant (logout): revokes the refresh token, or the access token when there is none.
   * @throws {SipgateIOOAuthError} when the server has no revocation endpoint or refuses.
   * @throws {SipgateIONetworkError} when the revocation endpoint cannot be reached.
   */
  revoke(tokenSet: TokenSet): Promise<void>;
  /**
   * A token function for `sipgateIO({ token })`: refreshes ahead of expiry, once for any number of
   * concurrent callers, and saves the rotated token set in the store.
   * @throws {SipgateIOValidationError} for a negative or non-finite `skewSeconds`.
   */
  tokenProvider(options?: TokenProviderOptions): RefreshingTokenProvider;
}
