import { SipgateIOError } from '@sipgateio/core';

/** What an OAuth error says about the server's answer; never a token, code, verifier or secret. */
export interface OAuthErrorDetails {
  /** The OAuth error code, e.g. `invalid_grant`, `access_denied`, `state_mismatch`, `invalid_response`. */
  error: string;
  /** The server's `error_description`, when it sent one. */
  description?: string;
  /** The HTTP status of the server's answer, when there was one. */
  status?: number;
}

/** The authorization server refused a request or answered in a way that cannot be used. */
export class SipgateIOOAuthError extends SipgateIOError {
  override name = 'SipgateIOOAuthError';
  declare readonly error: string;
  declare readonly description: string | undefined;
  declare readonly status: number | undefined;

  constructor(message: string, details: OAuthErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.error = details.error;
    this.description = details.description;
    this.status = details.status;
  }
}

/** The callback's `state` is not the one of the login it claims to finish (a forged or mixed-up callback). */
export class SipgateIOOAuthStateMismatchError extends SipgateIOOAuthError {
  override name = 'SipgateIOOAuthStateMismatchError';
}

/** The callback carries `error=` instead of a code: the user declined, or sipgate refused the login. */
export class SipgateIOAuthorizationDeniedError extends SipgateIOOAuthError {
  override name = 'SipgateIOAuthorizationDeniedError';
}

/**
 * The grant is gone (`invalid_grant`: a reused or expired code, a revoked or expired refresh token): send the
 * user through the login again. A token provider throws it once per dead grant and never retries it.
 */
export class SipgateIOReauthorizationRequiredError extends SipgateIOOAuthError {
  override name = 'SipgateIOReauthorizationRequiredError';
}

/**
 * True when `error`, or an error it wraps (`cause`), says the user must sign in again: check a failed API
 * call with it to show "Log in with sipgate" instead of an error page.
 */
export function isReauthorizationRequired(error: unknown): error is Error {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (
      current instanceof SipgateIOReauthorizationRequiredError ||
      current.name === 'SipgateIOReauthorizationRequiredError'
    ) {
      return true;
    }
    current = current.cause;
  }
  return false;
}
