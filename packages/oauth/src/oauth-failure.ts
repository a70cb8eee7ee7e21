import { SipgateIONetworkError } from '@sipgateio/core';
import {
  SipgateIOAuthorizationDeniedError,
  SipgateIOOAuthError,
  SipgateIOReauthorizationRequiredError,
} from './errors.js';
import { loadOAuth4WebApi, type OAuth4WebApi } from './load-oauth4webapi.js';

/** Which step failed and where it went, for the message (an endpoint URL never carries a secret). */
export interface OAuthStep {
  /** What was attempted, e.g. `Refreshing the access token`. */
  action: string;
  /** What the user should do when the grant is gone. */
  reauthorize?: string;
  method: 'GET' | 'POST';
  endpoint: string;
}

function describe(error: { error: string; error_description?: string }): string {
  return error.error_description ? `${error.error}: ${error.error_description}` : error.error;
}

/**
 * Turns a failure of an oauth4webapi call into our error classes. oauth4webapi's own processing errors keep
 * the parsed response in `cause` (tokens, codes), so they are never attached; only their fixed message is.
 */
export function toOAuthFailure(step: OAuthStep, error: unknown, oauth: OAuth4WebApi): Error {
  if (error instanceof oauth.ResponseBodyError) {
    const details = { error: error.error, description: error.error_description, status: error.status };
    const cause = { cause: { error: error.error, error_description: error.error_description } };
    if (error.error === 'invalid_grant') {
      return new SipgateIOReauthorizationRequiredError(
        `${step.action} failed: the grant is no longer valid (${describe(error)}). ${step.reauthorize ?? 'Send the user through the login again.'}`,
        details,
        cause,
      );
    }
    return new SipgateIOOAuthError(
      `${step.action} failed: ${error.status} from ${step.endpoint} (${describe(error)}).`,
      details,
      cause,
    );
  }
  if (error instanceof oauth.AuthorizationResponseError) {
    return new SipgateIOAuthorizationDeniedError(
      `The login was not completed: sipgate answered ${describe(error)}. Offer the user to sign in again.`,
      { error: error.error, description: error.error_description },
    );
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    return new SipgateIOOAuthError(
      `${step.action} failed: the answer of ${step.endpoint} is not usable (${error.message}).`,
      { error: 'invalid_response' },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  const path = new URL(step.endpoint).pathname;
  return new SipgateIONetworkError(
    `${step.action} failed: the connection to ${step.endpoint} failed (${reason}). Nothing was changed; try again.`,
    { method: step.method, path },
    { cause: error },
  );
}

/**
 * Runs one oauth4webapi request and its processing with the loaded module, failing with our error classes
 * (a failure to load the module itself is not the server's fault, so it passes through unchanged).
 */
export async function runOAuthStep<T>(step: OAuthStep, run: (oauth: OAuth4WebApi) => Promise<T>): Promise<T> {
  const oauth = await loadOAuth4WebApi();
  try {
    return await run(oauth);
  } catch (error) {
    throw toOAuthFailure(step, error, oauth);
  }
}
