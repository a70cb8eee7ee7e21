/**
 * End-to-end: every function of the account module against the sandbox over real sockets on 127.0.0.1, each
 * request and answer checked against sipgate's OpenAPI description.
 */
import { type ContractRecorder, createContractRecorder } from '@sipgateio/contract';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import {
  type AccountModule,
  createAccountModule,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOValidationError,
  sipgateIO,
} from 'sipgateio';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let sandbox: Sandbox;
let account: AccountModule;
let contract: ContractRecorder;

beforeAll(async () => {
  contract = await createContractRecorder();
  sandbox = await createSandbox({ onExchange: contract.onExchange });
  account = createAccountModule(sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 0 }));
});
afterAll(async () => {
  await sandbox.stop();
});
beforeEach(() => {
  sandbox.reset();
});
afterEach(() => {
  contract.assertNoViolations();
});

describe('account', () => {
  it('reads the account, the balance, addresses and portings, updates an address and revokes a porting', async () => {
    expect(await account.getAccount()).toMatchObject({ mainProductType: 'TEAM', verified: true });
    expect(await account.getBalance()).toEqual({ amount: 123450, currency: 'EUR' });
    const [address] = await account.getAddresses();
    await account.updateAddress(address?.id ?? 0, { countrycode: 'DE', postcode: '10115', city: 'Berlin' });
    expect(await account.getAddress(address?.id ?? 0)).toMatchObject({
      locality: 'Berlin',
      postalCode: '10115',
    });
    expect((await account.getPortings()).map((porting) => porting.id)).toEqual(['1', '2']);
    expect(await account.getPorting(1)).toMatchObject({ revocable: true });
    await account.revokePorting('1');
    await expect(account.getPorting(1)).rejects.toMatchObject({ message: 'Porting 1 was not found' });
    await expect(account.revokePorting(2)).rejects.toBeInstanceOf(SipgateIOHttpError);
  });

  it('creates a notification of every kind, lists them and deletes one', async () => {
    await account.createVoicemailEmailNotification({ voicemailId: 'v0', email: 'office@example.com' });
    await account.createVoicemailSmsNotification({ voicemailId: 'v0', number: '+4915799912345' });
    await account.createFaxEmailNotification({
      faxlineId: 'f0',
      email: 'fax@example.com',
      direction: 'INCOMING',
    });
    await account.createFaxSmsNotification({
      faxlineId: 'f0',
      number: '+4915799912345',
      direction: 'OUTGOING',
    });
    await account.createFaxReportNotification({ faxlineId: 'f0', email: 'reports@example.com' });
    await account.createSmsEmailNotification({ endpointId: 'y0', email: 'sms@example.com', userId: 'w0' });
    const notifications = await account.getNotifications();
    expect(notifications.voicemail[0]?.emails.map((target) => target.email)).toEqual([
      'ada@example.com',
      'office@example.com',
    ]);
    expect(notifications.fax[0]).toMatchObject({
      endpointId: 'f0',
      reports: [{ email: 'reports@example.com' }],
    });
    expect(notifications.sms[0]).toMatchObject({ endpointId: 'y0' });
    const smsTarget = notifications.fax[0]?.sms[0]?.id ?? '';
    await account.deleteNotification(smsTarget);
    expect((await account.getNotifications()).fax[0]?.sms).toEqual([]);
    await expect(account.deleteNotification(smsTarget)).rejects.toBeInstanceOf(SipgateIONotFoundError);
  });

  it('adds and removes blacklist entries', async () => {
    expect(await account.addBlacklistEntry({ phoneNumber: '+49 157 900 00666' })).toEqual({
      phoneNumber: '+4915790000666',
      isBlock: false,
    });
    await account.addBlacklistEntry({ phoneNumber: '+49137', isBlock: true });
    expect((await account.getBlacklist()).map((entry) => entry.phoneNumber)).toContain('+49137');
    await expect(account.addBlacklistEntry({ phoneNumber: '+4915790000666' })).rejects.toMatchObject({
      status: 409,
      message: '+4915790000666 is already on the blacklist',
    });
    await account.removeBlacklistEntry('+4915790000666');
    await expect(account.removeBlacklistEntry('+4915790000666')).rejects.toBeInstanceOf(
      SipgateIONotFoundError,
    );
  });

  it('sets call restrictions and autorecording, uploads and deletes the greeting', async () => {
    expect(await account.setCallRestriction({ restriction: 'roaming', enabled: true })).toMatchObject({
      userId: 'w0',
      roaming: true,
    });
    expect(await account.getCallRestrictions()).toMatchObject({ roaming: true });
    expect(await account.getCallRestrictions({ userId: 'w1' })).toMatchObject({ roaming: false });
    expect(await account.setAutorecordingSetting('e0', true)).toEqual({ active: true });
    expect(await account.getAutorecordingSetting('e0')).toEqual({ active: true });
    await account.uploadAutorecordingGreeting({ filename: 'notice.mp3', base64Content: 'SUQzBAAAAAAA' });
    const greeting = await account.getAutorecordingGreeting();
    expect(greeting).toMatchObject({ alias: 'notice.mp3', active: true });
    await account.deleteAutorecordingGreeting(greeting.id);
    expect((await account.getAutorecordingGreeting()).id).not.toBe(greeting.id);
  });

  it('validates before sending', async () => {
    const before = sandbox.state.requests.length;
    await expect(account.addBlacklistEntry({ phoneNumber: 'nope' })).rejects.toBeInstanceOf(
      SipgateIOValidationError,
    );
    await expect(
      account.setCallRestriction({ restriction: 'roaming', enabled: 'yes' as never }),
    ).rejects.toMatchObject({
      field: 'enabled',
    });
    expect(sandbox.state.requests.length).toBe(before);
  });
});
