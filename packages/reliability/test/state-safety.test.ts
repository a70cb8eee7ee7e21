import { ContactsDeletionError, createContactsModule } from '@sipgateio/contacts';
import { type SipgateIOClient, SipgateIOError, sipgateIO } from '@sipgateio/core';
import { createHistoryModule, HistoryBatchUpdateError } from '@sipgateio/history';
import { createSandbox, type FaultRule, type Sandbox, type SandboxContact } from '@sipgateio/sandbox';
import { createSMSModule } from '@sipgateio/sms';
import { createSettingsModule, type WebhookSettings } from '@sipgateio/webhook-settings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let sandbox: Sandbox;
let client: SipgateIOClient;

beforeAll(async () => {
  sandbox = await createSandbox({ historySize: 400 });
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, timeout: 10_000, retry: 2 });
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(() => sandbox.reset());

describe('webhook settings', () => {
  type Operation = { field: keyof WebhookSettings; value: unknown; run: () => Promise<void> };

  it('100 concurrent updates from several modules of one client lose none', async () => {
    const modules = [
      createSettingsModule(client),
      createSettingsModule(client),
      createSettingsModule(client),
    ];
    const operations: Operation[] = Array.from({ length: 100 }, (_, index) => {
      const settings = modules[index % modules.length] as ReturnType<typeof createSettingsModule>;
      switch (index % 4) {
        case 0: {
          const value = `https://example.com/incoming/${index}`;
          return { field: 'incomingUrl', value, run: () => settings.setIncomingUrl(value) };
        }
        case 1: {
          const value = `https://example.com/outgoing/${index}`;
          return { field: 'outgoingUrl', value, run: () => settings.setOutgoingUrl(value) };
        }
        case 2: {
          const value = [`p${index}`, 'g0'];
          return { field: 'whitelist', value, run: () => settings.setWhitelist(value) };
        }
        default: {
          const value = index % 8 === 3;
          return { field: 'log', value, run: () => settings.setLog(value) };
        }
      }
    });
    await Promise.all(operations.map((operation) => operation.run()));

    const puts = sandbox.state.requests.filter(
      (request) => request.method === 'PUT' && request.path === '/settings/sipgateio',
    );
    expect(puts).toHaveLength(100);
    // Every written object is the previous one with exactly one operation applied: no change was overwritten.
    let previous: Record<string, unknown> = { incomingUrl: '', outgoingUrl: '', log: false, whitelist: null };
    const applied = new Set<number>();
    for (const put of puts) {
      const body = put.body as Record<string, unknown>;
      const changed = Object.keys(body).filter(
        (key) => JSON.stringify(body[key]) !== JSON.stringify(previous[key]),
      );
      expect(changed.length).toBeLessThanOrEqual(1);
      const index = operations.findIndex(
        (operation, candidate) =>
          !applied.has(candidate) &&
          JSON.stringify(body[operation.field]) === JSON.stringify(operation.value) &&
          Object.keys(body).every(
            (key) => key === operation.field || JSON.stringify(body[key]) === JSON.stringify(previous[key]),
          ),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      applied.add(index);
      previous = body;
    }
    expect(applied.size).toBe(100);
    // The final state holds, per field, the last value written in call order (the queue is first in, first out).
    const lastOf = (field: keyof WebhookSettings) =>
      operations.filter((operation) => operation.field === field).at(-1)?.value;
    expect(sandbox.state.settings).toEqual({
      incomingUrl: lastOf('incomingUrl'),
      outgoingUrl: lastOf('outgoingUrl'),
      whitelist: lastOf('whitelist'),
      log: lastOf('log'),
    });
  });
});

describe('SMS from a phone number: the default sender is left as it was', () => {
  const defaultSender = () =>
    sandbox.state.callerIds.s0?.find((callerId) => callerId.defaultNumber)?.phonenumber;
  const faults: [string, Omit<FaultRule, 'method' | 'path'>][] = [
    ['HTTP 500', { status: 500 }],
    ['HTTP 403', { status: 403 }],
    ['HTTP 503', { status: 503 }],
    ['a dropped connection', { dropAfterBody: true }],
    ['a timeout', { hang: 3000 }],
  ];

  it.each(faults)('when the send fails with %s', async (_label, fault) => {
    const before = defaultSender();
    expect(before).toBe('+4915799912345');
    sandbox.fail({ method: 'POST', path: '/sessions/sms', ...fault });
    // A short timeout for this client only: the timeout case must time out; the others answer at once.
    const impatient = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, timeout: 1500, retry: 2 });
    const error = await createSMSModule(impatient)
      .send({ from: '+4921100000000', to: '+4915791234567', message: 'Hello' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(defaultSender()).toBe(before);
  });

  it('concurrent sends from two numbers each go out from their own number and restore the default', async () => {
    const sms = createSMSModule(client);
    const froms = Array.from({ length: 10 }, (_, index) => (index % 2 ? '+4921100000000' : '+4915799912345'));
    await Promise.all(
      froms.map((from, index) => sms.send({ from, to: '+4915791234567', message: `message ${index}` })),
    );
    expect(sandbox.state.sms.map((message) => [message.message, message.sender]).sort()).toEqual(
      froms.map((from, index) => [`message ${index}`, from]).sort(),
    );
    expect(defaultSender()).toBe('+4915799912345');
  });
});

describe('contacts deleteAllShared', () => {
  function addContacts(count: number, scope: SandboxContact['scope']): void {
    for (let index = 0; index < count; index++) {
      sandbox.state.contacts.push({
        id: `${scope.toLowerCase()}-${index}`,
        name: `${scope} ${index}`,
        picture: null,
        emails: [],
        numbers: [{ number: `+49211${String(index).padStart(7, '0')}`, type: ['work'] }],
        addresses: [],
        organization: [],
        scope,
      });
    }
  }

  it('deletes every page of shared contacts and leaves the others', async () => {
    // More than one page of 1000 (the module's page size), private contacts on both pages.
    addContacts(15, 'PRIVATE');
    addContacts(1010, 'SHARED');
    addContacts(15, 'PRIVATE');
    const privateBefore = sandbox.state.contacts.filter((contact) => contact.scope !== 'SHARED').length;
    await createContactsModule(client).deleteAllShared();
    const pages = sandbox.state.requests.filter(
      (request) => request.method === 'GET' && request.path === '/contacts',
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(sandbox.state.contacts.filter((contact) => contact.scope === 'SHARED')).toEqual([]);
    expect(sandbox.state.contacts.filter((contact) => contact.scope !== 'SHARED')).toHaveLength(
      privateBefore,
    );
  }, 60_000);

  it('reports exactly the contacts it could not delete', async () => {
    addContacts(120, 'SHARED');
    const failing = ['shared-7', 'shared-77', 'shared-119'];
    for (const id of failing) sandbox.fail({ method: 'DELETE', path: `/contacts/${id}`, status: 403 });
    const error = await createContactsModule(client)
      .deleteAllShared()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContactsDeletionError);
    const deletion = error as ContactsDeletionError;
    expect([...deletion.failedIds].sort()).toEqual([...failing].sort());
    const remaining = sandbox.state.contacts
      .filter((contact) => contact.scope === 'SHARED')
      .map((contact) => contact.id);
    expect(remaining.sort()).toEqual([...failing].sort());
    expect(deletion.deletedIds).toHaveLength(
      sandbox.state.requests.filter((r) => r.method === 'DELETE').length - 3,
    );
  }, 60_000);
});

describe('history batchUpdateEvents', () => {
  it('reports exactly which ids failed, and only those were left unchanged', async () => {
    const entries = sandbox.state.history.slice(0, 320).map((entry) => ({ id: entry.id }));
    const noted = new Set(entries.filter((_, index) => index % 10 === 0).map((entry) => entry.id));
    const failingNoted = [...noted].filter((_, index) => index % 4 === 1);
    for (const id of failingNoted) sandbox.fail({ method: 'PUT', path: `/history/${id}`, status: 404 });
    // The second bulk request (entries of the second chunk) fails as a whole.
    sandbox.fail({ method: 'PUT', path: '/history', status: 400 });
    const history = createHistoryModule(client);
    const error = await history
      .batchUpdateEvents(entries, (entry) =>
        noted.has(entry.id) ? { note: `note ${entry.id}` } : { starred: true },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HistoryBatchUpdateError);
    const batch = error as HistoryBatchUpdateError;

    const bulkRequests = sandbox.state.requests.filter(
      (request) => request.method === 'PUT' && request.path === '/history',
    );
    const failedBulk = bulkRequests.find((request) => request.status === 400);
    expect(failedBulk).toBeDefined();
    const failedBulkIds = ((failedBulk?.body ?? []) as { id: string }[]).map((item) => item.id);
    const expectedFailed = [...failingNoted, ...failedBulkIds].sort();
    expect([...batch.failedIds].sort()).toEqual(expectedFailed);
    expect([...batch.succeededIds].sort()).toEqual(
      entries
        .map((entry) => entry.id)
        .filter((id) => !expectedFailed.includes(id))
        .sort(),
    );
    expect([...batch.causes.keys()].sort()).toEqual(expectedFailed);

    const byId = new Map(sandbox.state.history.map((entry) => [entry.id, entry]));
    const initial = new Map((await createSandboxSnapshot()).map((entry) => [entry.id, entry] as const));
    for (const { id } of entries) {
      const entry = byId.get(id);
      const failed = expectedFailed.includes(id);
      if (noted.has(id)) expect(entry?.note).toBe(failed ? initial.get(id)?.note : `note ${id}`);
      else expect(entry?.starred).toBe(failed ? initial.get(id)?.starred : true);
    }
  });
});

/** The history as the sandbox generates it initially (same seed), to compare unchanged entries against. */
async function createSandboxSnapshot() {
  const fresh = await createSandbox({ historySize: 400 });
  const history = fresh.state.history.map((entry) => ({ ...entry }));
  await fresh.stop();
  return history;
}
