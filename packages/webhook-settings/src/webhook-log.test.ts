import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
} from '@sipgateio/core';
import { api, createTestClient, namingScopes, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { NOT_BOOKED } from './__fixtures__/not-booked.js';
import { logBody, logEntry } from './__fixtures__/phoneline-settings.js';
import type { WebhookLogEntry } from './phoneline-webhook-settings.types.js';
import { createSettingsModule } from './webhook-settings.js';

setupNock();

const settings = createSettingsModule(createTestClient());

describe('getWebhookLog', () => {
  it('sends GET /log/webhooks and resolves the entries with dates', async () => {
    api().get('/v2/log/webhooks').query({}).reply(200, logBody);

    await expect(settings.getWebhookLog()).resolves.toEqual([logEntry]);
  });

  it('resolves an empty list for a body without items', async () => {
    api().get('/v2/log/webhooks').reply(200, {});

    await expect(settings.getWebhookLog()).resolves.toEqual([]);
  });

  it.each([
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [403, SipgateIOPermissionError, namingScopes(NOT_BOOKED)],
    [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (GET /log/webhooks)'],
  ])('maps status %i to %o', async (status, errorClass, message) => {
    api().get('/v2/log/webhooks').reply(status);

    const error = await settings.getWebhookLog().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, message, method: 'GET', path: '/log/webhooks' });
  });
});

describe('getPhonelineWebhookLog', () => {
  it('sends GET /{userId}/phonelines/{phonelineId}/sipgateio/log', async () => {
    api().get('/v2/w1/phonelines/p1/sipgateio/log').query({}).reply(200, logBody);

    await expect(settings.getPhonelineWebhookLog({ userId: 'w1', phonelineId: 'p1' })).resolves.toEqual([
      logEntry,
    ]);
  });

  it('reads the line of the authenticated web user when only the line is given', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get('/v2/w0/phonelines/p0/sipgateio/log').reply(200, { items: [] });

    await expect(settings.getPhonelineWebhookLog('p0')).resolves.toEqual([]);
  });

  it.each([
    [403, SipgateIOPermissionError, namingScopes(NOT_BOOKED)],
    [
      404,
      SipgateIONotFoundError,
      'Request failed with status 404 Not Found (GET /w0/phonelines/p9/sipgateio/log)',
    ],
  ])('maps status %i to %o', async (status, errorClass, message) => {
    api().get('/v2/w0/phonelines/p9/sipgateio/log').reply(status);

    const error = await settings
      .getPhonelineWebhookLog({ userId: 'w0', phonelineId: 'p9' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, message, method: 'GET', path: '/w0/phonelines/p9/sipgateio/log' });
  });

  it('types the entries', () => {
    expectTypeOf(settings.getPhonelineWebhookLog).returns.resolves.toEqualTypeOf<WebhookLogEntry[]>();
    expectTypeOf<WebhookLogEntry['created']>().toEqualTypeOf<Date>();
  });
});
