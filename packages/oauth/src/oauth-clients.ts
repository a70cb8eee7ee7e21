import { type SipgateIOClient, validateId } from '@sipgateio/core';
import type { OAuthClientEntry, OAuthClientsModule } from './oauth-clients.types.js';
import { validateOAuthClientRequest } from './validate-oauth-client-request.js';

const CLIENTS_PATH = 'authorization/oauth2/clients';
const NOT_FOUND = { 404: 'OAuth client not found' } as const;

function clientPath(clientId: string): string {
  return `${CLIENTS_PATH}/${encodeURIComponent(validateId(clientId, 'clientId'))}`;
}

/**
 * Creates the module that manages the account's OAuth 2 clients (`/authorization/oauth2/clients`).
 *
 * @example
 * ```ts
 * const clients = createOAuthClientsModule(sipgateIO({ tokenId, token }));
 * for (const entry of await clients.list()) console.log(entry.clientId, entry.name);
 * ```
 */
export function createOAuthClientsModule(client: SipgateIOClient): OAuthClientsModule {
  return {
    async list() {
      const response = await client.get<{ data: OAuthClientEntry[] }>(CLIENTS_PATH);
      return response.data;
    },
    async get(clientId) {
      return client.get<OAuthClientEntry>(clientPath(clientId), { errorMessages: NOT_FOUND });
    },
    async create(request) {
      return client.post<OAuthClientEntry>(CLIENTS_PATH, validateOAuthClientRequest(request), {
        outcomeSubject: 'the OAuth client',
      });
    },
    async update(clientId, request) {
      const path = clientPath(clientId);
      return client.put<OAuthClientEntry>(path, validateOAuthClientRequest(request), {
        errorMessages: NOT_FOUND,
      });
    },
    async delete(clientId) {
      await client.delete(clientPath(clientId), { errorMessages: NOT_FOUND });
    },
  };
}
