import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { rememberAuthenticatedWebuserId } from './authenticated-webuser-id.js';
import { SipgateIOHttpError } from './errors.js';

setupNock();

describe('rememberAuthenticatedWebuserId', () => {
  it('asks GET /authorization/userinfo once and resolves its sub every time', async () => {
    api().get('/v2/authorization/userinfo').once().reply(200, { sub: 'w7' });
    const webuserId = rememberAuthenticatedWebuserId(createTestClient());

    expect(await webuserId()).toBe('w7');
    expect(await webuserId()).toBe('w7');
  });

  it('asks again after a failed lookup', async () => {
    api().get('/v2/authorization/userinfo').reply(500, {});
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    const webuserId = rememberAuthenticatedWebuserId(createTestClient());

    await expect(webuserId()).rejects.toBeInstanceOf(SipgateIOHttpError);
    expect(await webuserId()).toBe('w0');
  });
});
