import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, rejectionOf, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { NOT_BOOKED } from './__fixtures__/not-booked.js';
import { currentSettings, disabledWhitelistSettings } from './__fixtures__/settings.js';
import { createSettingsModule } from './webhook-settings.js';
import type { WebhookSettings, WebhookSettingsModule } from './webhook-settings.types.js';

setupNock();

const PATH = '/v2/settings/sipgateio';
// What a 403 adds: the operation and the scopes that allow it.
const NEEDS_READ =
  ' (GET /settings/sipgateio). The token needs one of the scopes settings:sipgateio:read, settings:read, all.';
const NEEDS_WRITE =
  ' (PUT /settings/sipgateio). The token needs one of the scopes settings:sipgateio:write, settings:write, all.';

const settings = createSettingsModule(createTestClient());

describe('getWebhookSettings', () => {
  it('sends GET /settings/sipgateio and resolves the settings', async () => {
    api().get(PATH).query({}).reply(200, currentSettings);

    await expect(settings.getWebhookSettings()).resolves.toEqual(currentSettings);
  });

  it('keeps a disabled whitelist as null', async () => {
    api().get(PATH).reply(200, disabledWhitelistSettings);

    await expect(settings.getWebhookSettings()).resolves.toEqual(disabledWhitelistSettings);
  });
});

describe('updates: GET the whole object, then PUT it back with one field changed', () => {
  it.each<[string, (module: WebhookSettingsModule) => Promise<void>, Partial<WebhookSettings>]>([
    [
      'setIncomingUrl',
      (m) => m.setIncomingUrl('https://hooks.example.org/in?x=1'),
      { incomingUrl: 'https://hooks.example.org/in?x=1' },
    ],
    [
      'setOutgoingUrl',
      (m) => m.setOutgoingUrl('http://user:pass@hooks.example.org:8080/out'),
      { outgoingUrl: 'http://user:pass@hooks.example.org:8080/out' },
    ],
    ['clearIncomingUrl', (m) => m.clearIncomingUrl(), { incomingUrl: '' }],
    ['clearOutgoingUrl', (m) => m.clearOutgoingUrl(), { outgoingUrl: '' }],
    ['setWhitelist', (m) => m.setWhitelist(['g0', 'p19']), { whitelist: ['g0', 'p19'] }],
    ['setWhitelist with an empty list', (m) => m.setWhitelist([]), { whitelist: [] }],
    ['clearWhitelist', (m) => m.clearWhitelist(), { whitelist: [] }],
    ['disableWhitelist', (m) => m.disableWhitelist(), { whitelist: null }],
    ['setLog(true)', (m) => m.setLog(true), { log: true }],
  ])('%s', async (_name, call, change) => {
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, ...change })
      .reply(204);

    await expect(call(settings)).resolves.toBeUndefined();
  });

  it('setLog(false) and setWhitelist on an account whose whitelist is disabled', async () => {
    api().get(PATH).reply(200, disabledWhitelistSettings);
    api()
      .put(PATH, { ...disabledWhitelistSettings, log: false })
      .reply(204);
    api().get(PATH).reply(200, disabledWhitelistSettings);
    api()
      .put(PATH, { ...disabledWhitelistSettings, whitelist: ['p3'] })
      .reply(200, {});

    await settings.setLog(false);
    await settings.setWhitelist(['p3']);
  });

  it('does not keep a reference to the caller’s whitelist array', async () => {
    const extensions = ['p1'];
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, whitelist: ['p1'] })
      .reply(204);

    const pending = settings.setWhitelist(extensions);
    extensions.push('w0');
    await pending;
  });
});

describe('validation before any request', () => {
  it.each([
    'newUrl',
    'httptest://example.com',
    '',
    'httpsx',
    '://',
    'www.url.com',
    'ftp://example.com/hook',
    'http://',
    'https://',
    42,
    undefined,
  ])('setIncomingUrl and setOutgoingUrl reject %o', async (url) => {
    for (const call of [settings.setIncomingUrl, settings.setOutgoingUrl]) {
      const error = await rejectionOf(call(url as string));
      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({ field: 'url', message: `Invalid webhook URL: ${String(url)}` });
    }
  });

  it.each([
    [['g0', 'greatAgain'], 'extensions[1]', 'greatAgain'],
    [['f19'], 'extensions[0]', 'f19'],
    [['p1', 'e0'], 'extensions[1]', 'e0'],
    [['w0'], 'extensions[0]', 'w0'],
    [['P1'], 'extensions[0]', 'P1'],
    [['p01'], 'extensions[0]', 'p01'],
    [['g-1'], 'extensions[0]', 'g-1'],
    [[''], 'extensions[0]', ''],
    [['p1', 5], 'extensions[1]', '5'],
    [[null], 'extensions[0]', 'null'],
  ])('setWhitelist rejects %o', async (extensions, field, shown) => {
    const error = await rejectionOf(settings.setWhitelist(extensions as string[]));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field,
      message: `Whitelist allows only 'p' and 'g' extensions\nInvalid extension: ${shown}`,
    });
  });

  it.each([['p0'], [null], [undefined], [{ 0: 'p0' }]])(
    'setWhitelist rejects the non-array %o',
    async (value) => {
      const error = await rejectionOf(settings.setWhitelist(value as unknown as string[]));

      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({
        field: 'extensions',
        message: `Whitelist must be an array of 'p' and 'g' extensions, got ${String(value)}`,
      });
    },
  );

  it.each([
    ['true', "'true'"],
    [1, '1'],
    [0, '0'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('setLog rejects %o', async (value, shown) => {
    const error = await rejectionOf(settings.setLog(value as unknown as boolean));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'log',
      message: `Invalid log value: ${shown} (expected true or false)`,
    });
  });
});

describe('settings updates the original got wrong', () => {
  it('the whitelist error names the invalid extension once, not `: x: x`', async () => {
    const error = await rejectionOf(settings.setWhitelist(['p0', 'x7']));

    expect((error as Error).message).toBe(
      "Whitelist allows only 'p' and 'g' extensions\nInvalid extension: x7",
    );
    expect((error as Error).message).not.toContain('x7: x7');
  });

  it('a bare scheme is not a webhook URL', async () => {
    const error = await rejectionOf(settings.setIncomingUrl('https://'));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
  });
});

describe('errors', () => {
  it.each([
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [403, SipgateIOPermissionError, NOT_BOOKED + NEEDS_READ],
    [404, SipgateIONotFoundError, 'Request failed with status 404 Not Found (GET /settings/sipgateio)'],
    [
      500,
      SipgateIOHttpError,
      'Request failed with status 500 Internal Server Error (GET /settings/sipgateio)',
    ],
  ])('maps status %i of the GET to %o', async (status, errorClass, message) => {
    api().get(PATH).reply(status);
    api().get(PATH).reply(status);

    for (const promise of [settings.getWebhookSettings(), settings.setLog(true)]) {
      const error = await rejectionOf(promise);
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ status, message, method: 'GET', path: '/settings/sipgateio' });
    }
  });

  it('maps a 403 of the PUT to the not-booked message', async () => {
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, incomingUrl: '' })
      .reply(403);

    const error = await rejectionOf(settings.clearIncomingUrl());

    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({
      status: 403,
      message: NOT_BOOKED + NEEDS_WRITE,
      method: 'PUT',
      path: '/settings/sipgateio',
    });
  });
});

describe('queueing', () => {
  it('a failed GET rejects only its own caller and the next update still runs', async () => {
    api().get(PATH).reply(500);
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, log: true })
      .reply(204);

    const [failed, succeeded] = await Promise.allSettled([
      settings.setIncomingUrl('https://example.com/new'),
      settings.setLog(true),
    ]);

    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(SipgateIOHttpError);
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ status: 500, method: 'GET' });
    expect(succeeded).toEqual({ status: 'fulfilled', value: undefined });
  });

  it('a failed PUT rejects only its own caller and the next update reads the unchanged settings', async () => {
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, whitelist: null })
      .reply(403);
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, outgoingUrl: '' })
      .reply(204);
    api()
      .get(PATH)
      .reply(200, { ...currentSettings, outgoingUrl: '' });

    const results = await Promise.allSettled([
      settings.disableWhitelist(),
      settings.clearOutgoingUrl(),
      settings.getWebhookSettings(),
    ]);

    expect(results[0]).toMatchObject({
      status: 'rejected',
      reason: { status: 403, message: NOT_BOOKED + NEEDS_WRITE },
    });
    expect(results[1]).toEqual({ status: 'fulfilled', value: undefined });
    expect(results[2]).toEqual({ status: 'fulfilled', value: { ...currentSettings, outgoingUrl: '' } });
  });

  it('an invalid call does not wait in the queue and sends nothing', async () => {
    api().get(PATH).reply(200, currentSettings);
    api()
      .put(PATH, { ...currentSettings, log: true })
      .reply(204);

    const settled: string[] = [];
    const valid = settings.setLog(true).then(() => settled.push('valid'));
    const invalid = rejectionOf(settings.setWhitelist(['e0'])).then((error) => {
      settled.push('invalid');
      return error;
    });

    await expect(invalid).resolves.toBeInstanceOf(SipgateIOValidationError);
    await valid;
    expect(settled).toEqual(['invalid', 'valid']);
  });
});

describe('types', () => {
  it('types the settings', () => {
    expectTypeOf(settings.getWebhookSettings).returns.resolves.toEqualTypeOf<WebhookSettings>();
    expectTypeOf<WebhookSettings['whitelist']>().toEqualTypeOf<string[] | null>();
    expectTypeOf(settings.setLog).parameter(0).toEqualTypeOf<boolean>();
  });
});
