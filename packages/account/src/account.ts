import { adaptClient, type SipgateIOClient } from '@sipgateio/core';
import type { Account, AccountAddress, Balance, Porting } from './account.types.js';
import type { AccountModule } from './account-module.types.js';
import { createCallSettingsFunctions } from './call-settings.js';
import { createNotificationFunctions } from './notifications.js';
import { createUserIdResolver } from './resolve-user.js';
import { validateAddress } from './validate-address.js';
import { validateIntegerId } from './validate-integer-id.js';

const addressMessages = (id: number) => ({ 404: `Address ${id} was not found` });
const portingMessages = (id: number) => ({ 404: `Porting ${id} was not found` });

/**
 * Creates the account module: the account's details and balance, its addresses and number portings, e-mail
 * and SMS notifications, the incoming blacklist, call restrictions and automatic call recording.
 *
 * @example
 * ```ts
 * const account = createAccountModule(sipgateIO({ tokenId, token }));
 * const { amount, currency } = await account.getBalance();
 * await account.addBlacklistEntry({ phoneNumber: '+4915799912345' });
 * ```
 */
export function createAccountModule(sipgateClient: SipgateIOClient): AccountModule {
  const client = adaptClient(sipgateClient);
  const resolveUserId = createUserIdResolver(client);
  return {
    async getAccount() {
      return (await client.request('GET /account')) as Account;
    },
    async getBalance() {
      return (await client.request('GET /balance')) as Balance;
    },
    async getAddresses() {
      const response = await client.request('GET /addresses');
      return (response?.items ?? []) as AccountAddress[];
    },
    async getAddress(addressId) {
      const id = validateIntegerId(addressId, 'addressId');
      return (await client.request(
        'GET /addresses/{addressId}',
        { addressId: id },
        { errorMessages: addressMessages(id) },
      )) as AccountAddress;
    },
    async updateAddress(addressId, address) {
      const id = validateIntegerId(addressId, 'addressId');
      const body = validateAddress(address);
      await client.request(
        'PUT /addresses/{addressId}',
        { addressId: id, body },
        { errorMessages: addressMessages(id) },
      );
    },
    async getPortings() {
      const response = await client.request('GET /portings');
      return (response?.items ?? []) as Porting[];
    },
    async getPorting(portingId) {
      const id = validateIntegerId(portingId, 'portingId');
      return (await client.request(
        'GET /portings/{portingId}',
        { portingId: id },
        { errorMessages: portingMessages(id) },
      )) as Porting;
    },
    async revokePorting(portingId) {
      const id = validateIntegerId(portingId, 'portingId');
      await client.request(
        'DELETE /portings/{portingId}',
        { portingId: id },
        { errorMessages: portingMessages(id) },
      );
    },
    ...createNotificationFunctions(client, resolveUserId),
    ...createCallSettingsFunctions(client, resolveUserId),
  };
}
