import { SipgateIONotFoundError, SipgateIOPermissionError, SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { notifications } from './__fixtures__/account.js';
import { createAccountModule } from './account.js';
import type { AccountModule } from './account-module.types.js';

setupNock();

const module = createAccountModule(createTestClient());

/** A module of its own (it asks for the authenticated web user once) and the answer to that question. */
function freshModuleForW0(): AccountModule {
  api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
  return createAccountModule(createTestClient());
}

describe('getNotifications', () => {
  it('asks for the authenticated web user, then sends GET /w0/notifications', async () => {
    const own = freshModuleForW0();
    api().get('/v2/w0/notifications').query({}).reply(200, notifications);
    await expect(own.getNotifications()).resolves.toEqual(notifications);
  });

  it('uses the user id it is given and fills in groups the API leaves out', async () => {
    api().get('/v2/w1/notifications').query({}).reply(200, { voicemail: [] });
    await expect(module.getNotifications({ userId: 'w1' })).resolves.toEqual({
      voicemail: [],
      fax: [],
      sms: [],
    });
  });
});

type Create = (module: AccountModule) => Promise<void>;

const creations: [string, string, Create, Record<string, string>, string][] = [
  [
    'createVoicemailEmailNotification',
    'voicemail/email',
    (m) => m.createVoicemailEmailNotification({ voicemailId: 'v0', email: 'ada@example.com', userId: 'w1' }),
    { voicemailId: 'v0', email: 'ada@example.com' },
    'voicemail',
  ],
  [
    'createVoicemailSmsNotification',
    'voicemail/sms',
    (m) => m.createVoicemailSmsNotification({ voicemailId: 'v0', number: '+49 157 99912345', userId: 'w1' }),
    { voicemailId: 'v0', number: '+4915799912345' },
    'voicemail',
  ],
  [
    'createFaxEmailNotification',
    'fax/email',
    (m) =>
      m.createFaxEmailNotification({
        faxlineId: 'f0',
        email: 'ada@example.com',
        direction: 'INCOMING',
        userId: 'w1',
      }),
    { faxlineId: 'f0', email: 'ada@example.com', direction: 'INCOMING' },
    'fax',
  ],
  [
    'createFaxSmsNotification',
    'fax/sms',
    (m) =>
      m.createFaxSmsNotification({
        faxlineId: 'f0',
        number: '+4915799912345',
        direction: 'OUTGOING',
        userId: 'w1',
      }),
    { faxlineId: 'f0', number: '+4915799912345', direction: 'OUTGOING' },
    'fax',
  ],
  [
    'createFaxReportNotification',
    'fax/report',
    (m) => m.createFaxReportNotification({ faxlineId: 'f0', email: 'ada@example.com', userId: 'w1' }),
    { faxlineId: 'f0', email: 'ada@example.com' },
    'fax',
  ],
  [
    'createSmsEmailNotification',
    'sms/email',
    (m) => m.createSmsEmailNotification({ endpointId: 'y0', email: 'ada@example.com', userId: 'w1' }),
    { endpointId: 'y0', email: 'ada@example.com' },
    'SMS to e-mail',
  ],
];

describe.each(creations)('%s', (_, path, create, body, feature) => {
  it(`sends POST /w1/notifications/${path} with exactly the API's fields`, async () => {
    api().post(`/v2/w1/notifications/${path}`, body).query({}).reply(204);
    await expect(create(module)).resolves.toBeUndefined();
  });

  it('a 403 says which feature must be booked', async () => {
    api().post(`/v2/w1/notifications/${path}`, body).reply(403, { errors: [] });
    const error = await create(module).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({ status: 403, method: 'POST', path: `/w1/notifications/${path}` });
    expect((error as Error).message).toContain(`check that ${feature} is booked`);
  });
});

it('a notification for the authenticated web user asks for its id first', async () => {
  const own = freshModuleForW0();
  api()
    .post('/v2/w0/notifications/voicemail/email', { voicemailId: 'v0', email: 'ada@example.com' })
    .reply(204);
  await own.createVoicemailEmailNotification({ voicemailId: 'v0', email: 'ada@example.com' });
});

it('asks for the authenticated web user once per module, not once per call', async () => {
  const own = freshModuleForW0();
  api().get('/v2/w0/notifications').times(2).reply(200, notifications);
  api().delete('/v2/w0/notifications/42').reply(204);
  await own.getNotifications();
  await own.getNotifications();
  await own.deleteNotification('42');
});

it('asks again after the lookup of the authenticated web user failed', async () => {
  const own = createAccountModule(createTestClient());
  api().get('/v2/authorization/userinfo').reply(503, 'busy');
  api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
  api().get('/v2/w0/notifications').reply(200, notifications);
  await expect(own.getNotifications()).rejects.toMatchObject({ status: 503 });
  await expect(own.getNotifications()).resolves.toEqual(notifications);
});

describe('deleteNotification', () => {
  it('sends DELETE /w1/notifications/42', async () => {
    api().delete('/v2/w1/notifications/42').query({}).reply(204);
    await expect(module.deleteNotification('42', { userId: 'w1' })).resolves.toBeUndefined();
  });

  it('a missing notification is a not-found error with its id', async () => {
    const own = freshModuleForW0();
    api().delete('/v2/w0/notifications/41').reply(404, { errors: [] });
    const error = await own.deleteNotification('41').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Notification 41 was not found', method: 'DELETE' });
  });
});

describe('rejects bad input before any request, naming the field', () => {
  it.each<[string, (m: AccountModule) => Promise<unknown>]>([
    [
      'voicemailId',
      (m) => m.createVoicemailEmailNotification({ voicemailId: 'p0', email: 'ada@example.com' }),
    ],
    ['email', (m) => m.createVoicemailEmailNotification({ voicemailId: 'v0', email: 'ada' })],
    ['number', (m) => m.createVoicemailSmsNotification({ voicemailId: 'v0', number: '0157 99912345' })],
    [
      'faxlineId',
      (m) => m.createFaxEmailNotification({ faxlineId: '', email: 'a@b.de', direction: 'INCOMING' }),
    ],
    [
      'direction',
      (m) =>
        m.createFaxEmailNotification({ faxlineId: 'f0', email: 'a@b.de', direction: 'incoming' as never }),
    ],
    ['direction', (m) => m.createFaxSmsNotification({ faxlineId: 'f0', number: '+4915799912345' } as never)],
    ['email', (m) => m.createFaxReportNotification({ faxlineId: 'f0', email: '' })],
    ['endpointId', (m) => m.createSmsEmailNotification({ endpointId: 'y', email: 'a@b.de' })],
    ['userId', (m) => m.createSmsEmailNotification({ endpointId: 'y0', email: 'a@b.de', userId: 'p0' })],
    ['userId', (m) => m.getNotifications({ userId: '' })],
    ['notificationId', (m) => m.deleteNotification(' ')],
    ['voicemailId', (m) => m.createVoicemailSmsNotification(undefined as never)],
  ])('%s', async (field, run) => {
    const error = await run(module).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });
});
