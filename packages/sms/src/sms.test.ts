import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, nock, setupNock } from '@sipgateio/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SmsSenderRestoreError } from './errors.js';
import { createSMSModule } from './sms.js';
import type { ShortMessage } from './sms.types.js';

setupNock();

const NOW = new Date('2026-11-26T12:00:00.000Z');
const CALLER_IDS = {
  items: [
    { id: 0, phonenumber: '+4921100000000', verified: true, defaultNumber: true },
    { id: 123456, phonenumber: '+4915799912345', verified: true, defaultNumber: false },
    { id: 777, phonenumber: '+4915700000777', verified: false, defaultNumber: false },
  ],
};

function expectPhoneRouteLookups() {
  api().get('/v2/authorization/userinfo').reply(200, { sub: 'w999' });
  api()
    .get('/v2/w999/sms')
    .reply(200, { items: [{ id: 's999', alias: 'SMS', callerId: '+4921100000000' }] });
  api().get('/v2/w999/sms/s999/callerids').reply(200, CALLER_IDS);
}

describe('send from an SMS extension', () => {
  it('posts smsId, recipient and message to /sessions/sms', async () => {
    api().post('/v2/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hello' }).reply(204);
    await expect(
      createSMSModule(createTestClient()).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' }),
    ).resolves.toBeUndefined();
  });

  it('sends the recipient in E.164 form when it was written with separators', async () => {
    api().post('/v2/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hi' }).reply(204);
    await createSMSModule(createTestClient()).send({ smsId: 's0', to: '+49 157 999-12345', message: 'Hi' });
  });

  describe('scheduled', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('sends sendAt as whole Unix seconds', async () => {
      const sendAt = new Date(NOW.getTime() + 86_400_000 + 123);
      api()
        .post('/v2/sessions/sms', {
          smsId: 's0',
          recipient: '+4915799912345',
          message: 'Later',
          sendAt: Math.floor(sendAt.getTime() / 1000),
        })
        .reply(204);
      await createSMSModule(createTestClient()).schedule(
        { smsId: 's0', to: '+4915799912345', message: 'Later' },
        sendAt,
      );
    });

    it.each([
      ['an invalid date', new Date('08 bar 2015'), 'Invalid date format'],
      ['a time 5 s in the past', new Date(NOW.getTime() - 5000), 'Scheduled time must be in future'],
      [
        'a time more than 30 days ahead',
        new Date(NOW.getTime() + 31 * 86_400_000),
        'Scheduled time should not be further than 30 days in the future',
      ],
    ])('rejects %s before any request', async (_name, sendAt, message) => {
      const error = await createSMSModule(createTestClient())
        .send({ smsId: 's0', to: '+4915799912345', message: 'x' }, sendAt)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect(error).toMatchObject({ message, field: 'sendAt' });
    });

    it('rejects schedule() without a date', async () => {
      await expect(
        createSMSModule(createTestClient()).schedule(
          { smsId: 's0', to: '+4915799912345', message: 'x' },
          undefined as unknown as Date,
        ),
      ).rejects.toMatchObject({ message: 'Invalid date format', field: 'sendAt' });
    });
  });

  it.each<[string, ShortMessage, string, string]>([
    [
      'no smsId',
      { to: '+4915799912345', message: 'x' } as unknown as ShortMessage,
      'smsId is undefined',
      'smsId',
    ],
    [
      'an smsId that is not an s extension (checked before the recipient)',
      { smsId: 'xyz123', to: '', message: 'x' },
      'Invalid extension: xyz123',
      'smsId',
    ],
    [
      'an empty recipient',
      { smsId: 's0', to: '', message: 'x' },
      'Invalid phone number (please provide number in E.164 format): ',
      'to',
    ],
    [
      'an empty message',
      { smsId: 's0', to: '+4915799912345', message: '' },
      'Invalid SMS message',
      'message',
    ],
    [
      'a blank message',
      { smsId: 's0', to: '+4915799912345', message: '  \n' },
      'Invalid SMS message',
      'message',
    ],
  ])('rejects %s', async (_name, sms, message, field) => {
    const error = await createSMSModule(createTestClient())
      .send(sms)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ message, field });
  });

  it('maps 403 to "Invalid SMS extension" and names the scopes that allow sending', async () => {
    api().post('/v2/sessions/sms').reply(403);
    const error = await createSMSModule(createTestClient())
      .send({ smsId: 's0', to: '+4915799912345', message: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({
      message:
        'Invalid SMS extension (POST /sessions/sms). ' +
        'The token needs one of the scopes sessions:sms:write, sessions:write, all.',
      requiredScopes: ['sessions:sms:write', 'sessions:write', 'all'],
      status: 403,
      path: '/sessions/sms',
    });
  });

  it('keeps core messages for other statuses', async () => {
    api().post('/v2/sessions/sms').reply(401);
    await expect(
      createSMSModule(createTestClient()).send({ smsId: 's0', to: '+4915799912345', message: 'x' }),
    ).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
  });

  it('sends exactly once after a 503, even with retries on', async () => {
    api().post('/v2/sessions/sms').once().reply(503);
    const error = await createSMSModule(createTestClient({ retry: 3 }))
      .send({ smsId: 's0', to: '+4915799912345', message: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 503 });
  });

  it('says the SMS may or may not have been sent when the POST times out', async () => {
    api().post('/v2/sessions/sms').delay(400).reply(204);
    const error = await createSMSModule(createTestClient({ retry: 3, timeout: 100 }))
      .send({ smsId: 's0', to: '+4915799912345', message: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as Error).message).toContain('the SMS may or may not have been sent');
  });
});

describe('send from a phone number', () => {
  it('makes the number the default sender, sends, and restores the previous default', async () => {
    expectPhoneRouteLookups();
    api().put('/v2/w999/sms/s999/callerids/123456', { defaultNumber: true }).reply(204);
    api()
      .post('/v2/sessions/sms', { smsId: 's999', recipient: '+4915700000001', message: 'From my mobile' })
      .reply(204);
    api().put('/v2/w999/sms/s999/callerids/0', { defaultNumber: true }).reply(204);
    await createSMSModule(createTestClient()).send({
      from: '+4915799912345',
      to: '+4915700000001',
      message: 'From my mobile',
    });
  });

  it('accepts the legacy phoneNumber key', async () => {
    expectPhoneRouteLookups();
    api().put('/v2/w999/sms/s999/callerids/123456', { defaultNumber: true }).reply(204);
    api().post('/v2/sessions/sms', { smsId: 's999', recipient: '+4915700000001', message: 'x' }).reply(204);
    api().put('/v2/w999/sms/s999/callerids/0', { defaultNumber: true }).reply(204);
    await createSMSModule(createTestClient()).send({
      phoneNumber: '+4915799912345',
      to: '+4915700000001',
      message: 'x',
    });
  });

  it('restores the previous default sender also when sending fails', async () => {
    expectPhoneRouteLookups();
    api().put('/v2/w999/sms/s999/callerids/123456', { defaultNumber: true }).reply(204);
    api()
      .post('/v2/sessions/sms')
      .reply(500, { errors: [{ status: 500, title: 'boom' }] });
    const restore = api().put('/v2/w999/sms/s999/callerids/0', { defaultNumber: true }).reply(204);
    const error = await createSMSModule(createTestClient())
      .send({ from: '+4915799912345', to: '+4915700000001', message: 'x' })
      .catch((caught: unknown) => caught);
    expect(restore.isDone()).toBe(true);
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 500, body: { errors: [{ status: 500, title: 'boom' }] } });
  });

  it('reports a failed restore with SmsSenderRestoreError', async () => {
    expectPhoneRouteLookups();
    api().put('/v2/w999/sms/s999/callerids/123456', { defaultNumber: true }).reply(204);
    api().post('/v2/sessions/sms').reply(204);
    api().put('/v2/w999/sms/s999/callerids/0', { defaultNumber: true }).reply(500);
    const error = await createSMSModule(createTestClient())
      .send({ from: '+4915799912345', to: '+4915700000001', message: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsSenderRestoreError);
    expect(error).toMatchObject({ sent: true, previousDefault: '+4921100000000' });
    expect((error as Error).message).toContain('The SMS was sent');
  });

  it('sends without switching when the number already is the default', async () => {
    expectPhoneRouteLookups();
    api().post('/v2/sessions/sms', { smsId: 's999', recipient: '+4915700000001', message: 'x' }).reply(204);
    await createSMSModule(createTestClient()).send({
      from: '+4921100000000',
      to: '+4915700000001',
      message: 'x',
    });
  });

  it('looks through every SMS extension for the number', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w1' });
    api()
      .get('/v2/w1/sms')
      .reply(200, {
        items: [
          { id: 's0', alias: 'a', callerId: '' },
          { id: 's1', alias: 'b', callerId: '' },
        ],
      });
    api()
      .get('/v2/w1/sms/s0/callerids')
      .reply(200, { items: [{ id: 1, phonenumber: '+4921100000000', verified: true, defaultNumber: true }] });
    api().get('/v2/w1/sms/s1/callerids').reply(200, CALLER_IDS);
    api().put('/v2/w1/sms/s1/callerids/123456', { defaultNumber: true }).reply(204);
    api().post('/v2/sessions/sms', { smsId: 's1', recipient: '+4915700000001', message: 'x' }).reply(204);
    api().put('/v2/w1/sms/s1/callerids/0', { defaultNumber: true }).reply(204);
    await createSMSModule(createTestClient()).send({
      from: '+4915799912345',
      to: '+4915700000001',
      message: 'x',
    });
  });

  it.each([
    ['an unregistered number', '+4915712345678', 'Number is not registered as a sender ID in your account'],
    ['an unverified number', '+4915700000777', 'Number is not verified yet'],
  ])('rejects %s without changing anything', async (_name, from, message) => {
    expectPhoneRouteLookups();
    await expect(
      createSMSModule(createTestClient()).send({ from, to: '+4915700000001', message: 'x' }),
    ).rejects.toMatchObject({ message, field: 'from' });
  });

  it('rejects when no caller id is the default', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w999' });
    api()
      .get('/v2/w999/sms')
      .reply(200, { items: [{ id: 's999', alias: 'SMS', callerId: '' }] });
    api()
      .get('/v2/w999/sms/s999/callerids')
      .reply(200, {
        items: [{ id: 1, phonenumber: '+4915799912345', verified: true, defaultNumber: false }],
      });
    await expect(
      createSMSModule(createTestClient()).send({
        from: '+4915799912345',
        to: '+4915700000001',
        message: 'x',
      }),
    ).rejects.toMatchObject({ message: 'No default SmsId set' });
  });

  it('validates from, to and message before any request', async () => {
    const sms = createSMSModule(createTestClient());
    await expect(sms.send({ from: 'sipgate', to: '+4915700000001', message: 'x' })).rejects.toMatchObject({
      field: 'from',
    });
    await expect(sms.send({ from: '+4915799912345', to: '0211', message: 'x' })).rejects.toMatchObject({
      field: 'to',
    });
    await expect(
      sms.send({ from: '+4915799912345', to: '+4915700000001', message: '' }),
    ).rejects.toMatchObject({
      field: 'message',
    });
  });

  it('lets concurrent sends from different numbers take turns on the default sender', async () => {
    const order: string[] = [];
    const record = (label: string) => () => {
      order.push(label);
      return [204];
    };
    for (let round = 0; round < 2; round++) expectPhoneRouteLookups();
    const numbers = { a: { id: 123456 }, b: { id: 0 } };
    api().put(`/v2/w999/sms/s999/callerids/${numbers.a.id}`).reply(record('switch to a'));
    api()
      .post('/v2/sessions/sms', { smsId: 's999', recipient: '+4915700000001', message: 'a' })
      .reply(record('send a'));
    api().put('/v2/w999/sms/s999/callerids/0').reply(record('restore after a'));
    api()
      .post('/v2/sessions/sms', { smsId: 's999', recipient: '+4915700000001', message: 'b' })
      .reply(record('send b'));
    const sms = createSMSModule(createTestClient());
    await Promise.all([
      sms.send({ from: '+4915799912345', to: '+4915700000001', message: 'a' }),
      sms.send({ from: '+4921100000000', to: '+4915700000001', message: 'b' }),
    ]);
    expect(order).toEqual(['switch to a', 'send a', 'restore after a', 'send b']);
  });
});

describe('getSmsExtensions', () => {
  it('reads the SMS extensions of a web user', async () => {
    const items = [{ id: 's0', alias: 'SMS', callerId: '+4921100000000' }];
    api().get('/v2/w0/sms').reply(200, { items });
    expect(await createSMSModule(createTestClient()).getSmsExtensions('w0')).toEqual(items);
  });

  it('maps 403 to "Invalid SMS extension"', async () => {
    api().get('/v2/w0/sms').reply(403);
    await expect(createSMSModule(createTestClient()).getSmsExtensions('w0')).rejects.toMatchObject({
      message: 'Invalid SMS extension (GET /w0/sms). The token needs one of the scopes sms:read, all.',
      requiredScopes: ['sms:read', 'all'],
    });
  });

  it('rejects a web user id that is not a w extension', async () => {
    await expect(createSMSModule(createTestClient()).getSmsExtensions('s0')).rejects.toMatchObject({
      message: 'Invalid extension: s0',
      field: 'webuserId',
    });
    expect(nock.pendingMocks()).toEqual([]);
  });
});
