import { SipgateIOValidationError } from '@sipgateio/core';
import type { OAuthClientOptions } from './oauth.types.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SipgateIOValidationError(`${field} must be a non-empty string`, field);
  }
  return value;
}

/** Parses an http(s) URL; plain http only for loopback hosts unless `anyHttp` is set. */
function requireUrl(value: unknown, field: string, anyHttp: boolean): URL {
  const text = requireText(value, field);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SipgateIOValidationError(`${field} must be an absolute URL, got "${text}"`, field);
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && (anyHttp || LOOPBACK_HOSTS.has(url.hostname)));
  if (!secure) {
    throw new SipgateIOValidationError(
      `${field} must be an https URL (http only on 127.0.0.1 or localhost), got "${text}"`,
      field,
    );
  }
  return url;
}

/**
 * Checks scopes: a non-empty list of space-free scope names.
 * @throws {SipgateIOValidationError} naming `field`.
 */
export function validateScopes(scopes: unknown, field: string): string[] {
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new SipgateIOValidationError(`${field} must be a non-empty array of scope names`, field);
  }
  for (const scope of scopes) {
    if (typeof scope !== 'string' || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)) {
      throw new SipgateIOValidationError(
        `${field} must contain scope names without spaces, e.g. "history:read"; got ${JSON.stringify(scope)}`,
        field,
      );
    }
  }
  return [...scopes];
}

/** The checked options of an OAuth client, with the issuer as a URL. */
export interface CheckedOAuthOptions {
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string[];
  issuer: URL;
}

/**
 * Checks the options of `createOAuthClient` before any request.
 * @throws {SipgateIOValidationError} naming the field (the client secret's value is never quoted).
 */
export function validateOAuthOptions(
  options: OAuthClientOptions,
  defaultIssuer: string,
): CheckedOAuthOptions {
  if (options === null || typeof options !== 'object') {
    throw new SipgateIOValidationError(
      'OAuth client options are required: { clientId, redirectUri, scopes }',
      'options',
    );
  }
  const clientId = requireText(options.clientId, 'clientId');
  if (
    options.clientSecret !== undefined &&
    (typeof options.clientSecret !== 'string' || options.clientSecret === '')
  ) {
    throw new SipgateIOValidationError('clientSecret must be a non-empty string when given', 'clientSecret');
  }
  // A redirect URI is where the user's browser goes: http is fine for a developer's own machine name too.
  const redirectUri = requireUrl(options.redirectUri, 'redirectUri', true).href;
  const scopes = validateScopes(options.scopes, 'scopes');
  const issuer = requireUrl(options.issuer ?? defaultIssuer, 'issuer', false);
  return { clientId, clientSecret: options.clientSecret, redirectUri, scopes, issuer };
}
