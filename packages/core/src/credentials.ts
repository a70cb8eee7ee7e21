import { utf8ToBase64 } from './base64.js';
import { SipgateIOValidationError } from './errors.js';
import {
  validateEmail,
  validateOAuthToken,
  validatePassword,
  validatePersonalAccessToken,
  validateTokenId,
} from './validate-credentials.js';

/**
 * A token function, called with no argument before every request, and once with the `rejectedToken` when the
 * API answered that token with 401 (the request is then repeated once with the token it returns).
 */
export type TokenProvider = (context?: { rejectedToken?: string }) => string | Promise<string>;

/** OAuth access token (implement the OAuth flow yourself; pass a function to refresh it). */
export interface OAuthCredentials {
  token: string | TokenProvider;
}

/** Personal access token, created in the sipgate web app: `tokenId` like `token-FQ1V12`, `token` a UUID. */
export interface PersonalAccessTokenCredentials {
  tokenId: string;
  token: string;
}

/**
 * Account e-mail and password.
 * @deprecated since 2.2.0 of the original SDK; use a personal access token or OAuth.
 */
export interface BasicAuthCredentials {
  username: string;
  password: string;
}

export type AuthCredentials = OAuthCredentials | PersonalAccessTokenCredentials | BasicAuthCredentials;

/**
 * Yields the `Authorization` header value for each request. `refresh` exists only for token functions: it
 * asks for a new token after the API answered the header `rejected` with 401.
 */
export interface Authorization {
  (): Promise<string>;
  refresh?: (rejected: string) => Promise<string>;
}

const BEARER = 'Bearer ';

let basicAuthWarned = false;

/**
 * Validates credentials synchronously (the original's order and messages) and returns a function that yields
 * the `Authorization` header value for each request.
 * @throws {SipgateIOValidationError} naming the credential field; secrets are never part of the message.
 */
export function createAuthorization(credentials: AuthCredentials): Authorization {
  if (credentials === null || typeof credentials !== 'object') {
    throw new SipgateIOValidationError(
      'Credentials are required: { tokenId, token }, { token } or { username, password }',
      'credentials',
    );
  }
  if ('tokenId' in credentials) {
    const tokenId = validateTokenId(credentials.tokenId, 'credentials.tokenId');
    const token = validatePersonalAccessToken(credentials.token, 'credentials.token');
    const header = `Basic ${utf8ToBase64(`${tokenId}:${token}`)}`;
    return async () => header;
  }
  if ('token' in credentials) {
    const { token } = credentials;
    if (typeof token === 'function') {
      const bearer = async (context?: { rejectedToken: string }) =>
        `${BEARER}${validateOAuthToken(await (context ? token(context) : token()), 'credentials.token')}`;
      const authorization: Authorization = () => bearer();
      authorization.refresh = (rejected) => bearer({ rejectedToken: rejected.slice(BEARER.length) });
      return authorization;
    }
    const header = `${BEARER}${validateOAuthToken(token, 'credentials.token')}`;
    return async () => header;
  }
  const { username, password } = credentials as Partial<BasicAuthCredentials>;
  validateEmail(username, 'credentials.username');
  validatePassword(password, 'credentials.password');
  if (!basicAuthWarned) {
    basicAuthWarned = true;
    console.warn(
      '[sipgateio] Username/password authentication is deprecated: use a personal access token ({ tokenId, token }).',
    );
  }
  const header = `Basic ${utf8ToBase64(`${username}:${password}`)}`;
  return async () => header;
}
