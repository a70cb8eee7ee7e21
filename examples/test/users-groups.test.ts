/**
 * End-to-end: every function of the users and groups modules against the sandbox on 127.0.0.1, each exchange
 * checked against sipgate's OpenAPI description.
 */
import { type ContractRecorder, createContractRecorder } from '@sipgateio/contract';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import {
  createDevicesModule,
  createGroupsModule,
  createUsersModule,
  type SipgateIOClient,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  sipgateIO,
} from 'sipgateio';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let sandbox: Sandbox;
let client: SipgateIOClient;
let contract: ContractRecorder;

beforeAll(async () => {
  contract = await createContractRecorder();
  sandbox = await createSandbox({ onExchange: contract.onExchange });
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 0 });
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
