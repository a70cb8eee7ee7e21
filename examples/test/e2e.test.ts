/**
 * End-to-end: every public module of the SDK against the sandbox over real sockets on 127.0.0.1, and the
 * webhook server against the sandbox's call simulator with signature verification on.
 */
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { type ContractRecorder, useContractSandbox } from '@sipgateio/contract';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { createWebhookModule, RejectReason, WebhookResponse, type WebhookServer } from '@sipgateio/webhook';
import {
  createCallModule,
  createContactsModule,
  createDevicesModule,
  createFaxModule,
  createGroupsModule,
  createHistoryModule,
  createNumbersModule,
  createRTCMModule,
  createSettingsModule,
  createSMSModule,
  createUsersModule,
  createVoicemailsModule,
  FaxStatus,
  FaxStatusTimeoutError,
  HistoryDirection,
  HistoryEntryType,
  SipgateIOAuthenticationError,
  type SipgateIOClient,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  SmsSenderRestoreError,
  sipgateIO,
} from 'sipgateio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A free TCP port on 127.0.0.1 (the webhook server needs its public address before it listens). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Every request these tests send and every answer is checked against sipgate's OpenAPI description.
// A fax moves one status per read (PENDING, SENDING, SENT), not by time: what the fax test reads first does not
// depend on how busy the machine is.
const sandboxed = useContractSandbox({ historySize: 250, fax: { advanceOnRead: true } });
let sandbox: Sandbox;
let client: SipgateIOClient;
let contract: ContractRecorder;

beforeAll(() => {
  ({ sandbox, contract } = sandboxed);
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 0 } as Parameters<
    typeof sipgateIO
  >[1]);
});

describe('core client', () => {
  it('authenticates with the sandbox credentials and fails with wrong ones', async () => {
    expect(await client.getAuthenticatedWebuserId()).toBe('w0');
    const wrong = sipgateIO(
      { tokenId: 'token-XXXXXX', token: '00000000-0000-4000-8000-000000000000' },
      { baseUrl: sandbox.url },
    );
    await expect(wrong.get('/users')).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
  });

  it('surfaces injected failures as typed errors', async () => {
    sandbox.fail({ path: '/users', status: 404 });
    await expect(client.get('/users')).rejects.toBeInstanceOf(SipgateIONotFoundError);
    sandbox.fail({ path: '/users', status: 500 });
    await expect(client.get('/users')).rejects.toBeInstanceOf(SipgateIOHttpError);
    sandbox.fail({ path: '/users', hang: 2_000 });
    await expect(client.get('/users', { timeout: 100 })).rejects.toBeInstanceOf(SipgateIOTimeoutError);
  });

  it('retries a GET after 429 with Retry-After, but never a POST', async () => {
    const retrying = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 2 });
    sandbox.fail({ method: 'GET', path: '/users', status: 429, headers: { 'Retry-After': '0' } });
    expect(await retrying.get('/users')).toMatchObject({ items: [{ id: 'w0' }, { id: 'w1' }] });
    expect(sandbox.state.requests.map((request) => request.status)).toEqual([429, 200]);
    sandbox.fail({ method: 'POST', path: '/sessions/sms', status: 503 });
    await expect(
      createSMSModule(retrying).send({ smsId: 's0', to: '+4915799912345', message: 'not twice' }),
    ).rejects.toMatchObject({ status: 503 });
    expect(sandbox.state.requests.filter((request) => request.path === '/sessions/sms')).toHaveLength(1);
  });

  it('reports a POST whose connection dropped after the body as outcome unknown, without retrying', async () => {
    sandbox.fail({ method: 'POST', path: '/sessions/sms', dropAfterBody: true });
    const sms = createSMSModule(client);
    await expect(sms.send({ smsId: 's0', to: '+4915799912345', message: 'once' })).rejects.toBeInstanceOf(
      SipgateIOOutcomeUnknownError,
    );
    expect(sandbox.state.sms).toHaveLength(1);
    expect(sandbox.state.requests.filter((request) => request.path === '/sessions/sms')).toHaveLength(1);
  });
});

describe('sms', () => {
  it('sends from an SMS extension, schedules, and lists extensions', async () => {
    const sms = createSMSModule(client);
    await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello from the e2e test' });
    const sendAt = new Date(Date.now() + 60 * 60 * 1000);
    await sms.schedule({ smsId: 's0', to: '+4915799912345', message: 'Later' }, sendAt);
    expect(sandbox.state.sms.map(({ message, scheduled }) => [message, scheduled])).toEqual([
      ['Hello from the e2e test', false],
      ['Later', true],
    ]);
    expect(Date.parse(sandbox.state.sms[1]?.sendAt ?? '')).toBe(Math.floor(sendAt.getTime() / 1000) * 1000);
    expect((await sms.getSmsExtensions('w0')).map((extension) => extension.id)).toEqual(['s0']);
  });

  it('sends from a verified number and restores the previous default sender', async () => {
    const sms = createSMSModule(client);
    await sms.send({ from: '+4921100000000', to: '+4915799912345', message: 'From the landline' });
    expect(sandbox.state.sms[0]?.sender).toBe('+4921100000000');
    expect(sandbox.state.callerIds.s0?.filter((callerId) => callerId.defaultNumber).map((c) => c.id)).toEqual(
      [0],
    );
  });

  it('reports a sender that could not be restored, after the SMS was sent', async () => {
    // The restore PUT goes to the previous default (caller id 0); the switch went to caller id 1.
    sandbox.fail({ method: 'PUT', path: /\/callerids\/0$/, status: 500 });
    const error = await createSMSModule(client)
      .send({ from: '+4921100000000', to: '+4915799912345', message: 'sent anyway' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsSenderRestoreError);
    expect(error).toMatchObject({ sent: true });
    expect(sandbox.state.sms).toHaveLength(1);
  });

  it('validates before sending', async () => {
    const sms = createSMSModule(client);
    await expect(sms.send({ smsId: 's0', to: 'not a number', message: 'x' })).rejects.toBeInstanceOf(
      SipgateIOValidationError,
    );
    expect(sandbox.state.requests).toEqual([]);
  });
});

describe('fax', () => {
  it('sends a PDF and waits until it is SENT', async () => {
    const fax = createFaxModule(client);
    const { sessionId } = await fax.send({
      to: '+4921100000001',
      fileContent: PDF,
      faxlineId: 'f0',
      filename: 'e2e.pdf',
    });
    expect(await fax.getFaxStatus(sessionId)).toBe(FaxStatus.PENDING);
    expect(await fax.waitForFaxStatus(sessionId, { interval: 20, timeout: 60_000 })).toBe(FaxStatus.SENT);
    expect(sandbox.state.faxes[0]).toMatchObject({
      id: sessionId,
      filename: 'e2e.pdf',
      recipient: '+4921100000001',
    });
    expect((await fax.getFaxlines()).map((line) => line.id)).toEqual(['f0']);
    expect(await fax.getFaxlinesByWebUser('w1')).toEqual([]);
  });

  it('gives up waiting with FaxStatusTimeoutError while the fax is still pending', async () => {
    const slow = await createSandbox({ fax: { pendingMs: 60_000 } });
    try {
      const fax = createFaxModule(sipgateIO(slow.credentials, { baseUrl: slow.url }));
      const { sessionId } = await fax.send({ to: '+4921100000001', fileContent: PDF, faxlineId: 'f0' });
      await expect(fax.waitForFaxStatus(sessionId, { interval: 20, timeout: 200 })).rejects.toBeInstanceOf(
        FaxStatusTimeoutError,
      );
      expect(slow.state.faxes[0]?.filename).toMatch(/^Fax_2\d{7}_\d{4}/);
    } finally {
      await slow.stop();
    }
  });
});

describe('call and rtcm', () => {
  it('starts a call and controls it over RTCM until it is hung up', async () => {
    const { sessionId } = await createCallModule(client).initiate({ from: 'e0', to: '+4915799912345' });
    const rtcm = createRTCMModule(client);
    const [established] = await rtcm.getEstablishedCalls();
    expect(established?.callId).toBe(sessionId);
    const call = { callId: sessionId };
    await rtcm.mute(call, true);
    await rtcm.hold(call, true);
    await rtcm.record(call, { announcement: false, value: true });
    await rtcm.announce(call, 'https://example.com/hello.wav');
    await rtcm.transfer(call, { attended: true, phoneNumber: '+4930123456789' });
    await rtcm.sendDTMF(call, '*12#');
    expect((await rtcm.getEstablishedCalls())[0]).toMatchObject({ muted: true, hold: true, recording: true });
    await rtcm.hangUp(call);
    expect(await rtcm.getEstablishedCalls()).toEqual([]);
    await expect(rtcm.hangUp(call)).rejects.toBeInstanceOf(SipgateIONotFoundError);
    expect(sandbox.state.calls[0]).toMatchObject({
      dtmf: ['*12#'],
      announcements: ['https://example.com/hello.wav'],
    });
  });
});

describe('contacts', () => {
  it('creates, imports CSV, pages, exports and deletes', async () => {
    const contacts = createContactsModule(client);
    await contacts.create(
      { firstname: 'Grace', lastname: 'Hopper', phone: { number: '+4915791234567', type: ['cell'] } },
      'PRIVATE',
    );
    await contacts.importFromCsvString('firstname,lastname,number\nJürgen,Müller,+4930123456789\n');
    const all = await contacts.get('ALL');
    expect(all.map((contact) => contact.name).sort()).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Jürgen Müller',
    ]);
    const page = await contacts.paginatedGet('ALL', { limit: 2, offset: 0 });
    expect(page).toMatchObject({ hasMore: true });
    const vcards = await contacts.exportAsVCards('PRIVATE');
    expect(vcards).toHaveLength(2);
    expect(vcards.join('\n')).toContain('BEGIN:VCARD');
    expect(await contacts.exportAsCsv('ALL')).toContain('Grace Hopper');
    const names: string[] = [];
    for await (const contact of contacts.iterateAll('ALL', undefined, { pageSize: 1 }))
      names.push(contact.name);
    expect(names).toHaveLength(3);
    const grace = all.find((contact) => contact.name === 'Grace Hopper');
    await contacts.update({ ...(grace as NonNullable<typeof grace>), name: 'Admiral Hopper' });
    expect(sandbox.state.contacts.some((contact) => contact.name === 'Admiral Hopper')).toBe(true);
    await contacts.delete(grace?.id as string);
    await contacts.deleteAllPrivate();
    expect(sandbox.state.contacts.map((contact) => contact.scope)).toEqual(['SHARED']);
    await contacts.importVCardString(vcards[0] as string, 'SHARED');
    expect(sandbox.state.contacts).toHaveLength(2);
    await contacts.deleteAllShared();
    expect(sandbox.state.contacts).toEqual([]);
  });
});

describe('history', () => {
  it('filters, pages, updates, exports and deletes', async () => {
    const history = createHistoryModule(client);
    const calls = await history.fetchAll(
      { types: [HistoryEntryType.CALL], directions: [HistoryDirection.INCOMING] },
      { limit: 20 },
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const entry of calls) expect(entry).toMatchObject({ type: 'CALL', direction: 'INCOMING' });
    expect(calls[0]?.created).toBeInstanceOf(Date);
    const ids: string[] = [];
    for await (const entry of history.iterateAll({}, { pageSize: 100 })) ids.push(entry.id);
    expect(ids.length).toBe(sandbox.state.history.filter((entry) => !entry.archived).length);
    expect(new Set(ids).size).toBe(ids.length);
    const first = calls[0] as (typeof calls)[number];
    expect((await history.fetchById(first.id)).id).toBe(first.id);
    await history.batchUpdateEvents(calls.slice(0, 3), () => ({ starred: true, read: true }));
    await history.batchUpdateEvents([first], () => ({ note: 'called back' }));
    expect(sandbox.state.history.find((entry) => entry.id === first.id)).toMatchObject({
      starred: true,
      note: 'called back',
    });
    const csv = await history.exportAsCsvString({ types: [HistoryEntryType.SMS] }, { limit: 5 });
    expect(csv.split('\r\n')[0]).toContain('id,created,type');
    await history.deleteById(first.id);
    await history.deleteByListOfIds(calls.slice(1, 3).map((entry) => entry.id));
    await expect(history.fetchById(first.id)).rejects.toBeInstanceOf(SipgateIONotFoundError);
    await expect(history.fetchAll({}, { limit: 5000 })).rejects.toBeInstanceOf(SipgateIOValidationError);
    // Past the client-side check, the sandbox enforces the same limit.
    const violations = await contract.expectViolations(async () => {
      const tooMany = client.get('/history', { params: { limit: 5000 } });
      await expect(tooMany).rejects.toBeInstanceOf(SipgateIOHttpError);
      await expect(tooMany).rejects.toMatchObject({ status: 400 });
    });
    expect(violations).toMatchObject([
      { operationId: 'getHistory', location: 'request', path: '$.query.limit' },
    ]);
  });
});

describe('numbers, devices, voicemails', () => {
  it('lists the account data', async () => {
    const numbers = await createNumbersModule(client).getAllNumbers({ limit: 2, offset: 1 });
    expect(numbers.items.map((number) => number.id)).toEqual(['1002', '1003']);
    const all = [];
    for await (const number of createNumbersModule(client).iterateAll({ pageSize: 3 })) all.push(number);
    expect(all).toHaveLength(4);
    expect((await createDevicesModule(client).getDevices('w0')).map((device) => device.id)).toEqual([
      'e0',
      'y0',
      'x0',
    ]);
    expect((await createVoicemailsModule(client).getVoicemails()).map((voicemail) => voicemail.id)).toEqual([
      'v0',
      'v1',
    ]);
  });
});

describe('webhook settings', () => {
  it('reads and modifies the settings with read-modify-write', async () => {
    const settings = createSettingsModule(client);
    await settings.setIncomingUrl('https://example.com/incoming');
    await settings.setOutgoingUrl('https://example.com/outgoing');
    await settings.setWhitelist(['p0', 'g1']);
    await settings.setLog(true);
    expect(await settings.getWebhookSettings()).toEqual({
      incomingUrl: 'https://example.com/incoming',
      outgoingUrl: 'https://example.com/outgoing',
      log: true,
      whitelist: ['p0', 'g1'],
    });
    await settings.clearIncomingUrl();
    await settings.disableWhitelist();
    expect(sandbox.state.settings).toMatchObject({ incomingUrl: '', whitelist: null });
    await expect(settings.setIncomingUrl('ftp://nope')).rejects.toBeInstanceOf(SipgateIOValidationError);
  });
});

describe('webhook server against the call simulator', () => {
  let server: WebhookServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('runs a small IVR with signature verification on', async () => {
    const answered: string[] = [];
    const hungUp: string[] = [];
    const port = await freePort();
    server = await createWebhookModule().createServer({
      port,
      hostname: '127.0.0.1',
      serverAddress: `http://127.0.0.1:${port}/`,
      publicKey: sandbox.publicKey,
    });
    server.onNewCall(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 5000 }));
    server.onData((event) =>
      event.dtmf === '1'
        ? WebhookResponse.redirectCall({ numbers: ['+4930123456789'] })
        : WebhookResponse.rejectCall({ reason: RejectReason.BUSY }),
    );
    server.onAnswer((event) => {
      answered.push(event.answeringNumber ?? '');
    });
    server.onHangUp((event) => {
      hungUp.push(event.cause);
    });
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `http://127.0.0.1:${port}/`,
      dtmf: ['1'],
    });
    expect(transcript.events.map((event) => [event.event, event.status])).toEqual([
      ['newCall', 200],
      ['dtmf', 200],
      ['answer', 200],
      ['hangup', 200],
    ]);
    expect(transcript.finalState).toMatchObject({
      status: 'completed',
      dialed: ['+4930123456789'],
      gathered: ['1'],
    });
    expect(answered).toEqual(['+4930123456789']);
    expect(hungUp).toEqual(['normalClearing']);

    const rejected = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `http://127.0.0.1:${port}/`,
      dtmf: ['9'],
    });
    expect(rejected.finalState).toMatchObject({ status: 'busy', cause: 'busy' });
  });

  it('rejects pushes signed with another key (the default is sipgate’s public key)', async () => {
    const port = await freePort();
    const strict = await createWebhookModule().createServer({
      port,
      hostname: '127.0.0.1',
      serverAddress: `http://127.0.0.1:${port}/`,
      onError: () => {},
    });
    try {
      strict.onNewCall(() => WebhookResponse.hangUpCall());
      const transcript = await sandbox.simulateIncomingCall({
        from: '+4915791234567',
        to: '+4921100000000',
        webhookUrl: `http://127.0.0.1:${port}/`,
      });
      expect(transcript.events[0]?.status).toBeGreaterThanOrEqual(400);
      expect(transcript.xml).toEqual([]);
    } finally {
      await strict.stop();
    }
  });
});

describe('users', () => {
  it('lists, reads and changes users; the changes are read back', async () => {
    const users = createUsersModule(client);
    expect((await users.getUsers()).map((user) => user.id)).toEqual(['w0', 'w1']);

    await users.setRole('w1', { admin: true });
    await users.setBusyOnBusy('w1', false);
    await users.setDefaultDevice('w0', 'y0');
    await users.setLocation('w0', 42);

    expect(await users.getUser('w1')).toMatchObject({ admin: true, busyOnBusy: false });
    expect(await users.getUser('w0')).toMatchObject({ defaultDevice: 'y0', addressId: '42' });
  });

  it('deletes a user, who is then not found', async () => {
    const users = createUsersModule(client);
    await users.deleteUser('w1');

    const error = await users.getUser('w1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'User w1 was not found', status: 404 });
    expect((await users.getUsers()).map((user) => user.id)).toEqual(['w0']);
  });

  it('refuses to delete the authenticated user with a permission error', async () => {
    const error = await createUsersModule(client)
      .deleteUser('w0')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
  });
});

describe('groups', () => {
  it('reads groups, members, numbers, voicemail and fax lines', async () => {
    const groups = createGroupsModule(client);
    expect(await groups.getGroups()).toMatchObject([{ id: 'g0', alias: 'Support' }]);
    expect(await groups.getGroups({ userId: 'w1' })).toMatchObject([{ id: 'g0' }]);
    expect(await groups.getGroup('g0')).toMatchObject({ voicemails: [{ id: 'v10', active: true }] });
    expect((await groups.getUsers('g0')).map((user) => user.id)).toEqual(['w0', 'w1']);
    expect(await groups.getNumbers('g0')).toEqual([]);
    expect(await groups.getVoicemails('g0')).toMatchObject([{ id: 'v10', alias: 'Voicemail of Support' }]);
    expect(await groups.getFaxlines('g0')).toMatchObject([{ id: 'f10', groupId: 'g0' }]);
    expect(await groups.getAllFaxlines({ userId: 'w0' })).toMatchObject([{ id: 'f10' }]);
    expect(await groups.getFaxlineCallerId('f10')).toBe('+4921100000000');
    expect(await groups.getFaxlineNumbers('f10')).toEqual([]);
  });

  it('removes a device from a group and adds it again, as the device list shows', async () => {
    const groups = createGroupsModule(client);
    const devices = createDevicesModule(client);
    const activeGroupsOf = async (deviceId: string) =>
      (await devices.getDevices('w1')).find((device) => device.id === deviceId)?.activeGroups;

    await groups.removeDevice('g0', 'e1');
    expect(await activeGroupsOf('e1')).toEqual([]);
    const error = await groups.removeDevice('g0', 'e1').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ message: 'Device e1 was not found in group g0', status: 404 });

    await groups.addDevice('g0', 'e1');
    expect(await activeGroupsOf('e1')).toEqual([{ id: 'g0', alias: 'Support' }]);
  });

  it('names an unknown group in the not-found error', async () => {
    const error = await createGroupsModule(client)
      .getUsers('g9')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Group g9 was not found' });
  });
});
