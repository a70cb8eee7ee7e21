import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { AUTH_HEADER, api, createTestClient, setupNock, TEST_CREDENTIALS } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { groupVoicemail, phonelineVoicemail } from './__fixtures__/voicemails.js';
import { createVoicemailsModule } from './voicemails.js';
import type { Voicemail } from './voicemails.types.js';

setupNock();

const voicemails = createVoicemailsModule(createTestClient());

describe('getVoicemails', () => {
  it('sends GET /voicemails without a query and resolves the items', async () => {
    api()
      .get('/v2/voicemails')
      .query({})
      .reply(200, { items: [phonelineVoicemail, groupVoicemail] });

    await expect(voicemails.getVoicemails()).resolves.toEqual([phonelineVoicemail, groupVoicemail]);
  });

  it('resolves an empty list', async () => {
    api().get('/v2/voicemails').reply(200, { items: [] });

    await expect(voicemails.getVoicemails()).resolves.toEqual([]);
  });

  describe('errors are mapped through core instead of surfacing raw transport errors', () => {
    it.each([
      [401, SipgateIOAuthenticationError, 'Unauthorized'],
      [
        403,
        SipgateIOPermissionError,
        'Forbidden (GET /voicemails). The token needs one of the scopes voicemails:read, all.',
      ],
      [404, SipgateIONotFoundError, 'Request failed with status 404 Not Found (GET /voicemails)'],
      [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (GET /voicemails)'],
    ])('status %i rejects with %o', async (status, errorClass, message) => {
      api().get('/v2/voicemails').reply(status, 'nope');

      const error = await voicemails.getVoicemails().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(errorClass);
      expect(error).not.toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({ message, status, method: 'GET', path: '/voicemails', body: 'nope' });
    });

    it('a connection failure rejects with a network error that carries no credentials', async () => {
      api().get('/v2/voicemails').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });

      const error = await voicemails.getVoicemails().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(SipgateIONetworkError);
      expect(error).toMatchObject({ method: 'GET', path: '/voicemails' });
      const text = JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).cause);
      expect(text).not.toContain(TEST_CREDENTIALS.token);
      expect(text).not.toContain(AUTH_HEADER.slice('Basic '.length));
    });
  });

  it('types the result', () => {
    expectTypeOf(voicemails.getVoicemails).returns.resolves.toEqualTypeOf<Voicemail[]>();
  });
});
