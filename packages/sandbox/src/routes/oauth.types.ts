/** How the sandbox plays sipgate's login (the `third-party` realm). */
export interface SandboxOAuthOptions {
  /** The OAuth client id the sandbox knows (default `sandbox-client`). */
  clientId?: string;
  /** The client's secret; required on the token and revocation endpoints (default generated). */
  clientSecret?: string;
  /** Redirect URIs the client may use; any http(s) URI when omitted. */
  redirectUris?: string[];
  /** Seconds an access token lives (default 300, like sipgate's). */
  accessTokenSeconds?: number;
  /** Seconds a refresh token lives (default 2 592 000, 30 days). */
  refreshTokenSeconds?: number;
  /** Seconds an authorization code can be exchanged (default 60). */
  codeSeconds?: number;
}

/** One request to the token or revocation endpoint, as the sandbox saw it (no token values). */
export interface OAuthEvent {
  endpoint: 'token' | 'revoke';
  grantType?: string;
  /** `ok`, or the OAuth error code of the answer, e.g. `invalid_grant`. */
  outcome: string;
}

/** The sandbox's authorization server, as tests see it. */
export interface SandboxOAuth {
  /** The issuer to pass to `createOAuthClient({ issuer })`, e.g. `http://127.0.0.1:4010/auth/realms/third-party`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Every token and revocation request since the start or the last `reset()`. */
  events: OAuthEvent[];
  /** Makes every access token issued so far expire now (the API then answers 401 for them). */
  expireAccessTokens(): void;
}
