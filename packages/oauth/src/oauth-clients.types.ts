/** What creating or updating an OAuth client sends (the API chooses id and secret). */
export interface OAuthClientRequest {
  name: string;
  description: string;
  /** Redirect URI patterns (simple wildcards allowed, e.g. `https://*.example.com/*`). */
  redirectUris: string[];
  /** Allowed CORS origins (simple wildcards allowed). */
  webOrigins: string[];
  privacyUrl: string;
  termsUrl: string;
}

/** An OAuth 2 client of the account (an app that may act for sipgate users). */
export interface OAuthClientEntry extends OAuthClientRequest {
  clientId: string;
  /** The client's secret, as the API returns it; keep it out of logs. */
  clientSecret: string;
}

/** Management of the account's OAuth clients (scopes `authorization:oauth2:clients:read` / `:write`). */
export interface OAuthClientsModule {
  /**
   * Lists the account's OAuth clients.
   * @throws {SipgateIOHttpError} (and its subclasses) when the API refuses.
   */
  list(): Promise<OAuthClientEntry[]>;
  /**
   * Reads one OAuth client.
   * @throws {SipgateIOValidationError} for an empty `clientId`.
   * @throws {SipgateIONotFoundError} when there is no such client.
   */
  get(clientId: string): Promise<OAuthClientEntry>;
  /**
   * Registers a new OAuth client and returns it with its id and secret.
   * @throws {SipgateIOValidationError} naming the field, before any request.
   * @throws {SipgateIOOutcomeUnknownError} when no answer arrived (it is not retried).
   */
  create(client: OAuthClientRequest): Promise<OAuthClientEntry>;
  /**
   * Replaces the settings of an OAuth client.
   * @throws {SipgateIOValidationError} naming the field, before any request.
   * @throws {SipgateIONotFoundError} when there is no such client.
   */
  update(clientId: string, client: OAuthClientRequest): Promise<OAuthClientEntry>;
  /**
   * Deletes an OAuth client; apps using it can no longer sign users in.
   * @throws {SipgateIOValidationError} for an empty `clientId`.
   * @throws {SipgateIONotFoundError} when there is no such client.
   */
  delete(clientId: string): Promise<void>;
}
