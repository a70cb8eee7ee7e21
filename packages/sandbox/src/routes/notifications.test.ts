import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('/{userId}/notifications', () => {
  it('creates notifications of every kind, lists them grouped by endpoint and deletes one', async () => {
    const sandbox = await startSandbox();
    const created = [
      ['voicemail/sms', { voicemailId: 'v0', number: '+4915799912345' }],
      ['fax/email', { faxlineId: 'f0', email: 'fax@example.com', direction: 'INCOMING' }],
      ['fax/sms', { faxlineId: 'f0', number: '+4915799912345', direction: 'OUTGOING' }],
      ['fax/report', { faxlineId: 'f0', email: 'reports@example.com' }],
      ['sms/email', { endpointId: 'y0', email: 'sms@example.com' }],
    ] as const;
    for (const [kind, body] of created) {
      expect((await call(sandbox, 'POST', `/w0/notifications/${kind}`, { body })).status).toBe(204);
    }
    const list = await call(sandbox, 'GET', '/w0/notifications');
    expect(list.status).toBe(200);
    expect(list.json).toEqual({
      voicemail: [
        {
          endpointId: 'v0',
          endpointAlias: 'Voicemail of Ada',
          emails: [{ id: '1', email: 'ada@example.com' }],
          sms: [{ id: '2', number: '+4915799912345' }],
        },
      ],
      fax: [
        {
          endpointId: 'f0',
          endpointAlias: 'Fax of Ada',
          emails: [{ id: '3', email: 'fax@example.com', direction: 'INCOMING' }],
          sms: [{ id: '4', number: '+4915799912345', direction: 'OUTGOING' }],
          reports: [{ id: '5', email: 'reports@example.com' }],
        },
      ],
      sms: [
        {
          endpointId: 'y0',
          endpointAlias: 'Mobile of Ada',
          emails: [{ id: '6', email: 'sms@example.com', direction: 'INCOMING' }],
        },
      ],
      call: [],
    });
    expect((await call(sandbox, 'DELETE', '/w0/notifications/4')).status).toBe(204);
    expect((await call(sandbox, 'DELETE', '/w0/notifications/4')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/w0/notifications')).json.fax[0].sms).toEqual([]);
  });

  it('keeps each user’s notifications apart and answers 404 for an unknown user', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/w1/notifications')).json).toMatchObject({ voicemail: [], fax: [] });
    expect((await call(sandbox, 'GET', '/w7/notifications')).status).toBe(404);
    const body = { voicemailId: 'v0', email: 'a@example.com' };
    expect((await call(sandbox, 'POST', '/w7/notifications/voicemail/email', { body })).status).toBe(404);
  });

  it.each([
    ['voicemail/email', { voicemailId: 'v9', email: 'a@example.com' }, ['/voicemailId']],
    ['voicemail/email', { voicemailId: 'v0' }, ['/email']],
    ['fax/email', { faxlineId: 'f0', email: 'a@example.com', direction: 'BOTH' }, ['/direction']],
    ['fax/sms', { faxlineId: 'p0', number: '0157', direction: 'INCOMING' }, ['/faxlineId', '/number']],
    ['sms/email', { endpointId: 'y0', email: 'not-an-address' }, ['/email']],
  ])('answers 400 for a bad %s notification', async (kind, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', `/w0/notifications/${kind}`, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
    expect(sandbox.state.accountSettings.notifications.w0).toHaveLength(1);
  });
});
