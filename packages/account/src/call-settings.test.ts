import {
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { blacklistEntry, callRestrictions, greeting } from './__fixtures__/account.js';
import { createAccountModule } from './account.js';
import type { AccountModule } from './account-module.types.js';

setupNock();

const module = createAccountModule(createTestClient());

const rejection = (promise: Promise<unknown>) => promise.catch((caught: unknown) => caught);

describe('incoming blacklist', () => {
  it('getBlacklist sends GET /blacklist/incoming and resolves the items', async () => {
    api()
      .get('/v2/blacklist/incoming')
      .query({})
      .reply(200, { items: [blacklistEntry] });
    await expect(module.getBlacklist()).resolves.toEqual([blacklistEntry]);
  });

  it('addBlacklistEntry sends the number in E.164 and isBlock false by default', async () => {
    api().post('/v2/blacklist/incoming', blacklistEntry).query({}).reply(201, blacklistEntry);
    await expect(module.addBlacklistEntry({ phoneNumber: '+49 157 999 123 45' })).resolves.toEqual(
      blacklistEntry,
    );
  });

  it('addBlacklistEntry blocks a whole range with isBlock', async () => {
    const range = { phoneNumber: '+49900', isBlock: true };
    api().post('/v2/blacklist/incoming', range).reply(200, range);
    await expect(module.addBlacklistEntry(range)).resolves.toEqual(range);
  });

  it('a number already on the list is a 409 that says so', async () => {
    api().post('/v2/blacklist/incoming', blacklistEntry).reply(409, { errors: [] });
    const error = await rejection(module.addBlacklistEntry({ phoneNumber: '+4915799912345' }));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ message: '+4915799912345 is already on the blacklist', status: 409 });
  });

  it('a lost connection after sending the entry is an outcome-unknown error, not retried', async () => {
    api()
      .post('/v2/blacklist/incoming', blacklistEntry)
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });
    const error = await rejection(module.addBlacklistEntry({ phoneNumber: '+4915799912345' }));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as Error).message).toContain('the blacklist entry');
  });

  it('removeBlacklistEntry sends DELETE with the number encoded in the path', async () => {
    api().delete('/v2/blacklist/incoming/%2B4915799912345').query({}).reply(204);
    await expect(module.removeBlacklistEntry('+4915799912345')).resolves.toBeUndefined();
  });

  it('removing a number that is not listed is a not-found error that names it', async () => {
    api().delete('/v2/blacklist/incoming/%2B4915799912345').reply(404, { errors: [] });
    const error = await rejection(module.removeBlacklistEntry('+4915799912345'));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: '+4915799912345 is not on the blacklist', method: 'DELETE' });
  });
});

describe('call restrictions', () => {
  it('getCallRestrictions asks for the authenticated web user and sends GET /callrestrictions?userIds=w0', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    const own = createAccountModule(createTestClient());
    api().get('/v2/callrestrictions').query({ userIds: 'w0' }).reply(200, callRestrictions);
    await expect(own.getCallRestrictions()).resolves.toEqual(callRestrictions);
  });

  it('a missing user is a not-found error that names it', async () => {
    api().get('/v2/callrestrictions').query({ userIds: 'w9' }).reply(404, { errors: [] });
    const error = await rejection(module.getCallRestrictions({ userId: 'w9' }));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'User w9 was not found' });
  });

  it('setCallRestriction sends POST /w1/callrestrictions/roaming with enabled', async () => {
    api().post('/v2/w1/callrestrictions/roaming', { enabled: true }).query({}).reply(200, callRestrictions);
    await expect(
      module.setCallRestriction({ userId: 'w1', restriction: 'roaming', enabled: true }),
    ).resolves.toEqual(callRestrictions);
  });

  it('a 404 on setCallRestriction names user and restriction', async () => {
    api().post('/v2/w1/callrestrictions/charged', { enabled: false }).reply(404, { errors: [] });
    const error = await rejection(
      module.setCallRestriction({ userId: 'w1', restriction: 'charged', enabled: false }),
    );
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({
      message: 'User w1 or call restriction charged was not found',
      method: 'POST',
    });
  });
});

describe('autorecording', () => {
  it('getAutorecordingSetting sends GET /autorecordings/e0/settings', async () => {
    api().get('/v2/autorecordings/e0/settings').query({}).reply(200, { active: false });
    await expect(module.getAutorecordingSetting('e0')).resolves.toEqual({ active: false });
  });

  it('setAutorecordingSetting sends PUT /autorecordings/e0/settings with active', async () => {
    api().put('/v2/autorecordings/e0/settings', { active: true }).query({}).reply(200, { active: true });
    await expect(module.setAutorecordingSetting('e0', true)).resolves.toEqual({ active: true });
  });

  it('a missing device is a not-found error that names it', async () => {
    api().put('/v2/autorecordings/e9/settings', { active: true }).reply(404, { errors: [] });
    const error = await rejection(module.setAutorecordingSetting('e9', true));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Device e9 was not found', method: 'PUT' });
  });

  it('getAutorecordingGreeting sends GET /autorecordings/greetings', async () => {
    api().get('/v2/autorecordings/greetings').query({}).reply(200, greeting);
    await expect(module.getAutorecordingGreeting()).resolves.toEqual(greeting);
  });

  it('uploadAutorecordingGreeting sends filename and base64Content', async () => {
    const upload = { filename: 'greeting.mp3', base64Content: 'SUQzBAAAAAAA' };
    api().post('/v2/autorecordings/greetings', upload).query({}).reply(204);
    await expect(module.uploadAutorecordingGreeting(upload)).resolves.toBeUndefined();
  });

  it('deleteAutorecordingGreeting sends DELETE /autorecordings/greetings/42', async () => {
    api().delete('/v2/autorecordings/greetings/42').query({}).reply(204);
    await expect(module.deleteAutorecordingGreeting('42')).resolves.toBeUndefined();
  });

  it('deleting a missing greeting is a not-found error that names it', async () => {
    api().delete('/v2/autorecordings/greetings/41').reply(404, { errors: [] });
    const error = await rejection(module.deleteAutorecordingGreeting('41'));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Greeting 41 was not found' });
  });
});

describe('rejects bad input before any request, naming the field', () => {
  it.each<[string, (m: AccountModule) => Promise<unknown>]>([
    ['phoneNumber', (m) => m.addBlacklistEntry({ phoneNumber: '015799912345' })],
    ['phoneNumber', (m) => m.addBlacklistEntry(undefined as never)],
    ['isBlock', (m) => m.addBlacklistEntry({ phoneNumber: '+4915799912345', isBlock: 'yes' as never })],
    ['phoneNumber', (m) => m.removeBlacklistEntry('')],
    ['userId', (m) => m.getCallRestrictions({ userId: 'e0' })],
    ['restriction', (m) => m.setCallRestriction({ restriction: 'international' as never, enabled: true })],
    ['enabled', (m) => m.setCallRestriction({ restriction: 'roaming', enabled: 'true' as never })],
    ['extension', (m) => m.getAutorecordingSetting('../e0')],
    ['active', (m) => m.setAutorecordingSetting('e0', 1 as never)],
    ['filename', (m) => m.uploadAutorecordingGreeting({ filename: '', base64Content: 'AAAA' })],
    [
      'base64Content',
      (m) => m.uploadAutorecordingGreeting({ filename: 'a.mp3', base64Content: 'not base64!' }),
    ],
    ['base64Content', (m) => m.uploadAutorecordingGreeting({ filename: 'a.mp3', base64Content: '' })],
    ['greetingId', (m) => m.deleteAutorecordingGreeting(undefined as never)],
  ])('%s', async (field, run) => {
    const error = await rejection(run(module));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });

  it('rejects a greeting beyond the API limit of 15,000,000 base64 characters', async () => {
    const error = await rejection(
      module.uploadAutorecordingGreeting({ filename: 'a.mp3', base64Content: 'A'.repeat(15_000_004) }),
    );
    expect(error).toMatchObject({
      field: 'base64Content',
      message: expect.stringContaining('at most 15000000'),
    });
  });
});
