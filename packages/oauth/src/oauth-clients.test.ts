import { SipgateIONotFoundError, SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createOAuthClientsModule } from './oauth-clients.js';
import type { OAuthClientRequest } from './oauth-clients.types.js';

setupNock();

const PATH = '/v2/authorization/oauth2/clients';
const REQUEST = {
  name: 'CRM connector',
  description: 'Shows calls in the CRM',
  redirectUris: ['https://crm.example.com/oauth/*'],
  webOrigins: ['https://crm.example.com'],
  privacyUrl: 'https://crm.example.com/privacy',
  termsUrl: 'https://crm.example.com/terms',
} satisfies OAuthClientRequest;
const ENTRY = { ...REQUEST, clientId: 'c-123', clientSecret: 'entry-secret' };

describe('createOAuthClientsModule', () => {
  it('lists the clients', async () => {
    api()
      .get(PATH)
      .reply(200, { data: [ENTRY] });

    await expect(createOAuthClientsModule(createTestClient()).list()).resolves.toEqual([ENTRY]);
  });

  it('reads one client, encoding its id into the path', async () => {
    api().get(`${PATH}/c%2F123`).reply(200, ENTRY);

    await expect(createOAuthClientsModule(createTestClient()).get('c/123')).resolves.toEqual(ENTRY);
  });

  it('creates a client with exactly the settings fields', async () => {
    api().post(PATH, REQUEST).reply(200, ENTRY);

    await expect(
      createOAuthClientsModule(createTestClient()).create({ ...REQUEST, extra: 1 } as OAuthClientRequest),
    ).resolves.toEqual(ENTRY);
  });

  it('updates a client', async () => {
    api().put(`${PATH}/c-123`, REQUEST).reply(200, ENTRY);

    await expect(createOAuthClientsModule(createTestClient()).update('c-123', REQUEST)).resolves.toEqual(
      ENTRY,
    );
  });

  it('deletes a client', async () => {
    api().delete(`${PATH}/c-123`).reply(202);

    await expect(createOAuthClientsModule(createTestClient()).delete('c-123')).resolves.toBeUndefined();
  });

  it('reports an unknown client as not found', async () => {
    api().get(`${PATH}/c-404`).reply(404);

    const error = await createOAuthClientsModule(createTestClient())
      .get('c-404')
      .catch((caught) => caught);

    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error.message).toContain('OAuth client not found');
  });

  it.each([
    ['client.name', { name: 1 }],
    ['client.redirectUris', { redirectUris: 'https://crm.example.com/*' }],
    ['client.webOrigins', { webOrigins: [''] }],
  ])('rejects a bad %s before any request', async (field, override) => {
    const module = createOAuthClientsModule(createTestClient());

    await expect(module.create({ ...REQUEST, ...override } as OAuthClientRequest)).rejects.toMatchObject({
      constructor: SipgateIOValidationError,
      field,
    });
  });

  it('rejects an empty client id before any request', async () => {
    await expect(createOAuthClientsModule(createTestClient()).delete(' ')).rejects.toMatchObject({
      constructor: SipgateIOValidationError,
      field: 'clientId',
    });
  });
});
