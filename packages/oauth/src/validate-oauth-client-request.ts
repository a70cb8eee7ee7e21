import { SipgateIOValidationError } from '@sipgateio/core';
import type { OAuthClientRequest } from './oauth-clients.types.js';

const TEXT_FIELDS = ['name', 'description', 'privacyUrl', 'termsUrl'] as const;
const LIST_FIELDS = ['redirectUris', 'webOrigins'] as const;

/**
 * Checks an OAuth client's settings and returns exactly the fields the API takes.
 * @throws {SipgateIOValidationError} naming the field.
 */
export function validateOAuthClientRequest(request: OAuthClientRequest): OAuthClientRequest {
  if (request === null || typeof request !== 'object') {
    throw new SipgateIOValidationError('The OAuth client settings must be an object', 'client');
  }
  for (const field of TEXT_FIELDS) {
    if (typeof request[field] !== 'string') {
      throw new SipgateIOValidationError(`client.${field} must be a string`, `client.${field}`);
    }
  }
  for (const field of LIST_FIELDS) {
    const list: unknown = request[field];
    if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string' || entry === '')) {
      throw new SipgateIOValidationError(
        `client.${field} must be an array of non-empty strings`,
        `client.${field}`,
      );
    }
  }
  const { name, description, redirectUris, webOrigins, privacyUrl, termsUrl } = request;
  return { name, description, redirectUris, webOrigins, privacyUrl, termsUrl };
}
