import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, namingScopes, rejectionOf, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { NOT_BOOKED } from './__fixtures__/not-booked.js';
import { lineSettings, unsetLineSettings } from './__fixtures__/phoneline-settings.js';
import type { PhonelineWebhookSettings } from './phoneline-webhook-settings.types.js';
import { createSettingsModule } from './webhook-settings.js';
import type { WebhookSettingsModule } from './webhook-settings.types.js';

setupNock();

const PATH = '/v2/w0/phonelines/p0/sipgateio';

const settings = createSettingsModule(createTestClient());

describe('getPhonelineWebhookSettings', () => {
  it('sends GET /{userId}/phonelines/{phonelineId}/sipgateio for the given user', async () => {
    api().get('/v2/w1/phonelines/p1/sipgateio').query({}).reply(200, lineSettings);

    await expect(settings.getPhonelineWebhookSettings({ userId: 'w1', phonelineId: 'p1' })).resolves.toEqual(
      lineSettings,
    );
  });

  it('asks for the authenticated web user when only the line is given', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get(PATH).query({}).reply(200, lineSettings);
    const fresh = createSettingsModule(createTestClient());

    await expect(fresh.getPhonelineWebhookSettings('p0')).resolves.toEqual(lineSettings);
  });

  it("fills the URLs the API leaves out of an unset line with ''", async () => {
    api().get(PATH).reply(200, unsetLineSettings);

    await expect(settings.getPhonelineWebhookSettings({ userId: 'w0', phonelineId: 'p0' })).resolves.toEqual({
      ...unsetLineSettings,
      incomingUrl: '',
      outgoingUrl: '',
    });
  });
});

describe('updates: GET the line’s whole object, then PUT it back with the change', () => {
  it.each<[string, (module: WebhookSettingsModule) => Promise<void>, Partial<PhonelineWebhookSettings>]>([
    [
      'setPhonelineIncomingUrl',
      (m) => m.setPhonelineIncomingUrl({ userId: 'w0', phonelineId: 'p0' }, 'https://hooks.example.org/in'),
      { incomingUrl: 'https://hooks.example.org/in', incomingActive: true },
    ],
    [
      'setPhonelineOutgoingUrl',
      (m) => m.setPhonelineOutgoingUrl({ userId: 'w0', phonelineId: 'p0' }, 'http://localhost:3000/out'),
      { outgoingUrl: 'http://localhost:3000/out', outgoingActive: true },
    ],
    [
      'clearPhonelineIncomingUrl',
      (m) => m.clearPhonelineIncomingUrl({ userId: 'w0', phonelineId: 'p0' }),
      { incomingUrl: '', incomingActive: false },
    ],
    [
      'clearPhonelineOutgoingUrl',
      (m) => m.clearPhonelineOutgoingUrl({ userId: 'w0', phonelineId: 'p0' }),
      { outgoingUrl: '', outgoingActive: false },
    ],
    ['setPhonelineLog', (m) => m.setPhonelineLog({ userId: 'w0', phonelineId: 'p0' }, true), { log: true }],
  ])('%s', async (_name, call, change) => {
    api().get(PATH).reply(200, lineSettings);
    api()
      .put(PATH, { ...lineSettings, ...change })
      .reply(204);

    await expect(call(settings)).resolves.toBeUndefined();
  });

  it('asks for the web user once per module and sends both URLs the API requires', async () => {
    api().get('/v2/authorization/userinfo').once().reply(200, { sub: 'w0' });
    api().get(PATH).reply(200, unsetLineSettings);
    api().get(PATH).reply(200, unsetLineSettings);
    api()
      .put(PATH, {
        ...unsetLineSettings,
        incomingUrl: '',
        outgoingUrl: 'https://example.com/out',
        outgoingActive: true,
      })
      .reply(204);

    const fresh = createSettingsModule(createTestClient());

    await fresh.setPhonelineOutgoingUrl('p0', 'https://example.com/out');
    // The second call of the same module uses the web user it already knows.
    await expect(fresh.getPhonelineWebhookSettings('p0')).resolves.toEqual({
      ...unsetLineSettings,
      incomingUrl: '',
      outgoingUrl: '',
    });
  });

  it('queues concurrent updates of one line in call order, whether or not the user id is given', async () => {
    let stored: PhonelineWebhookSettings = { ...lineSettings };
    const puts: PhonelineWebhookSettings[] = [];
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api()
      .get(PATH)
      .times(3)
      .reply(() => [200, stored]);
    api()
      .put(PATH, (body: PhonelineWebhookSettings) => {
        stored = body;
        puts.push(body);
        return true;
      })
      .times(3)
      .reply(204);

    const fresh = createSettingsModule(createTestClient());

    await Promise.all([
      fresh.setPhonelineIncomingUrl('p0', 'https://example.com/first'),
      fresh.setPhonelineLog({ userId: 'w0', phonelineId: 'p0' }, true),
      fresh.clearPhonelineOutgoingUrl({ userId: 'w0', phonelineId: 'p0' }),
    ]);

    const first = { ...lineSettings, incomingUrl: 'https://example.com/first', incomingActive: true };
    const second = { ...first, log: true };
    expect(puts).toEqual([first, second, { ...second, outgoingUrl: '', outgoingActive: false }]);
  });
});

describe('validation before any request', () => {
  it.each([
    ['e0', 'phonelineId', 'Invalid extension: e0'],
    ['', 'phonelineId', 'Invalid extension: '],
    [{ phonelineId: 'p01' }, 'phonelineId', 'Invalid extension: p01'],
    [{ userId: 'p0', phonelineId: 'p0' }, 'userId', 'Invalid extension: p0'],
    [{ userId: '', phonelineId: 'p0' }, 'userId', 'Invalid extension: '],
    [null, 'phonelineId', "Invalid phoneline: expected 'p0' or { userId, phonelineId }, got null"],
    [7, 'phonelineId', "Invalid phoneline: expected 'p0' or { userId, phonelineId }, got 7"],
  ])('rejects the phoneline %o naming %s', async (phoneline, field, message) => {
    const line = phoneline as string;
    for (const promise of [
      settings.getPhonelineWebhookSettings(line),
      settings.setPhonelineIncomingUrl(line, 'https://example.com/in'),
      settings.setPhonelineOutgoingUrl(line, 'https://example.com/out'),
      settings.clearPhonelineIncomingUrl(line),
      settings.clearPhonelineOutgoingUrl(line),
      settings.setPhonelineLog(line, true),
      settings.getPhonelineWebhookLog(line),
    ]) {
      const error = await rejectionOf(promise);
      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({ field, message });
    }
  });

  it.each(['www.url.com', 'ftp://example.com', 'https://', '', undefined])(
    'rejects the URL %o',
    async (url) => {
      for (const call of [settings.setPhonelineIncomingUrl, settings.setPhonelineOutgoingUrl]) {
        const error = await rejectionOf(call('p0', url as string));
        expect(error).toBeInstanceOf(SipgateIOValidationError);
        expect(error).toMatchObject({ field: 'url', message: `Invalid webhook URL: ${String(url)}` });
      }
    },
  );

  it('rejects a log value that is not a boolean', async () => {
    const error = await rejectionOf(settings.setPhonelineLog('p0', 'yes' as unknown as boolean));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'log',
      message: "Invalid log value: 'yes' (expected true or false)",
    });
  });
});

describe('errors', () => {
  it.each([
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [403, SipgateIOPermissionError, namingScopes(NOT_BOOKED)],
    [
      404,
      SipgateIONotFoundError,
      'Request failed with status 404 Not Found (GET /w0/phonelines/p0/sipgateio)',
    ],
    [
      500,
      SipgateIOHttpError,
      'Request failed with status 500 Internal Server Error (GET /w0/phonelines/p0/sipgateio)',
    ],
  ])('maps status %i of the GET to %o', async (status, errorClass, message) => {
    api().get(PATH).reply(status);
    api().get(PATH).reply(status);
    const line = { userId: 'w0', phonelineId: 'p0' };

    for (const promise of [
      settings.getPhonelineWebhookSettings(line),
      settings.setPhonelineIncomingUrl(line, 'https://example.com/in'),
    ]) {
      const error = await rejectionOf(promise);
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ status, message, method: 'GET', path: '/w0/phonelines/p0/sipgateio' });
    }
  });

  it('maps a 403 of the PUT to the not-booked message and the next update still runs', async () => {
    api().get(PATH).twice().reply(200, lineSettings);
    api()
      .put(PATH, { ...lineSettings, incomingUrl: '', incomingActive: false })
      .reply(403);
    api()
      .put(PATH, { ...lineSettings, log: true })
      .reply(204);
    const line = { userId: 'w0', phonelineId: 'p0' };

    const [failed, succeeded] = await Promise.allSettled([
      settings.clearPhonelineIncomingUrl(line),
      settings.setPhonelineLog(line, true),
    ]);

    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(SipgateIOPermissionError);
    expect((failed as PromiseRejectedResult).reason).toMatchObject({
      status: 403,
      message: namingScopes(NOT_BOOKED),
      method: 'PUT',
      path: '/w0/phonelines/p0/sipgateio',
    });
    expect(succeeded).toEqual({ status: 'fulfilled', value: undefined });
  });

  it('a failed web user lookup rejects the call and sends nothing else', async () => {
    api().get('/v2/authorization/userinfo').reply(401);

    const error = await rejectionOf(createSettingsModule(createTestClient()).clearPhonelineOutgoingUrl('p0'));

    expect(error).toBeInstanceOf(SipgateIOAuthenticationError);
    expect(error).toMatchObject({ status: 401, path: '/authorization/userinfo' });
  });
});

describe('types', () => {
  it('types the line settings and its reference', () => {
    expectTypeOf(
      settings.getPhonelineWebhookSettings,
    ).returns.resolves.toEqualTypeOf<PhonelineWebhookSettings>();
    expectTypeOf(settings.setPhonelineIncomingUrl)
      .parameter(0)
      .toEqualTypeOf<string | { userId?: string; phonelineId: string }>();
  });
});
