import { SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { sendFromPhoneNumber } from './send-from-phone-number.browser.js';
import type { SmsBody } from './send-from-phone-number.js';

// The browser build swaps this variant in (see the root tsup.config.ts): it loads send-from-phone-number.ts
// on first use. In Node that `import()` is the module itself; these tests check that the whole flow runs
// through the variant with the same requests and the same failures.

setupNock();

const ERROR_MESSAGES = { 403: 'Invalid SMS extension' };

function steps() {
  const client = createTestClient();
  return {
    client,
    errorMessages: ERROR_MESSAGES,
    getSmsExtensions: async (webuserId: string) =>
      (await client.get<{ items: { id: string }[] }>(`${webuserId}/sms`)).items as never,
    sendFromExtension: (body: SmsBody) => client.post<void>('/sessions/sms', body),
  };
}

function expectLookups(verified: boolean) {
  api().get('/v2/authorization/userinfo').reply(200, { sub: 'w9' });
  api()
    .get('/v2/w9/sms')
    .reply(200, { items: [{ id: 's9', alias: 'SMS', callerId: '+4921100000000' }] });
  api()
    .get('/v2/w9/sms/s9/callerids')
    .reply(200, {
      items: [
        { id: 0, phonenumber: '+4921100000000', verified: true, defaultNumber: true },
        { id: 5, phonenumber: '+4915799912345', verified, defaultNumber: false },
      ],
    });
}

describe('send-from-phone-number.browser.ts', () => {
  it('switches the default sender, sends and puts the previous default back', async () => {
    expectLookups(true);
    api().put('/v2/w9/sms/s9/callerids/5', { defaultNumber: true }).reply(204);
    api().post('/v2/sessions/sms', { smsId: 's9', recipient: '+4915700000001', message: 'Hi' }).reply(204);
    const restore = api().put('/v2/w9/sms/s9/callerids/0', { defaultNumber: true }).reply(204);

    await expect(
      sendFromPhoneNumber(steps(), '+4915799912345', { recipient: '+4915700000001', message: 'Hi' }),
    ).resolves.toBeUndefined();
    expect(restore.isDone()).toBe(true);
  });

  it('rejects an unverified number with the same validation error, sending nothing', async () => {
    expectLookups(false);

    const error = await sendFromPhoneNumber(steps(), '+4915799912345', {
      recipient: '+4915700000001',
      message: 'Hi',
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ message: 'Number is not verified yet', field: 'from' });
  });
});
