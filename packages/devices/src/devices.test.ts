import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { AUTH_HEADER, api, createTestClient, setupNock, TEST_CREDENTIALS } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { externalDevice, mobileDevice, registerDevice } from './__fixtures__/devices.js';
import { createDevicesModule } from './devices.js';
import { type Device, DeviceType } from './devices.types.js';

setupNock();

const devices = createDevicesModule(createTestClient());

describe('getDevices', () => {
  it('sends GET /{webuserId}/devices and resolves the items', async () => {
    api()
      .get('/v2/w0/devices')
      .reply(200, { items: [registerDevice, mobileDevice, externalDevice] });

    const result = await devices.getDevices('w0');

    expect(result).toEqual([registerDevice, mobileDevice, externalDevice]);
    expect(result.map((device) => device.type)).toEqual([
      DeviceType.REGISTER,
      DeviceType.MOBILE,
      DeviceType.EXTERNAL,
    ]);
    expect(result[1]).toMatchObject({ online: false, dnd: true });
  });

  it('uses the given web user', async () => {
    api().get('/v2/w12/devices').reply(200, { items: [] });

    await expect(devices.getDevices('w12')).resolves.toEqual([]);
  });

  it.each(['', 'w', 'w01', 'W0', 'e0', 'p1', ' w0', 'w0/../x', '0', undefined, null, 7])(
    'rejects webuserId %o before any request',
    async (webuserId) => {
      const error = await devices.getDevices(webuserId as string).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({ field: 'webuserId', message: `Invalid extension: ${String(webuserId)}` });
    },
  );

  describe('errors are mapped through core instead of surfacing raw transport errors', () => {
    it.each([
      [401, SipgateIOAuthenticationError, 'Unauthorized'],
      [
        403,
        SipgateIOPermissionError,
        'Forbidden (GET /w0/devices). The token needs one of the scopes devices:read, all.',
      ],
      [404, SipgateIONotFoundError, 'Request failed with status 404 Not Found (GET /w0/devices)'],
      [429, SipgateIORateLimitError, 'Request failed with status 429 Too Many Requests (GET /w0/devices)'],
      [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (GET /w0/devices)'],
    ])('status %i rejects with %o', async (status, errorClass, message) => {
      api()
        .get('/v2/w0/devices')
        .reply(status, { errors: [{ status }] });

      const error = await devices.getDevices('w0').catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({
        message,
        status,
        method: 'GET',
        path: '/w0/devices',
        body: { errors: [{ status }] },
      });
    });

    it('a connection failure rejects with a network error that carries no credentials', async () => {
      api().get('/v2/w0/devices').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });

      const error = await devices.getDevices('w0').catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(SipgateIONetworkError);
      expect(error).toMatchObject({ method: 'GET', path: '/w0/devices' });
      const text = JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).cause);
      expect(text).not.toContain(TEST_CREDENTIALS.token);
      expect(text).not.toContain(AUTH_HEADER.slice('Basic '.length));
    });
  });

  it('types the result', () => {
    expectTypeOf(devices.getDevices).returns.resolves.toEqualTypeOf<Device[]>();
    expectTypeOf<Device['dnd']>().toEqualTypeOf<boolean>();
    expectTypeOf<Device['online']>().toEqualTypeOf<boolean>();
    expectTypeOf<Device['type']>().toEqualTypeOf<'REGISTER' | 'MOBILE' | 'EXTERNAL'>();
  });
});
