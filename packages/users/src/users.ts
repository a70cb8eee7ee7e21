import {
  adaptClient,
  type SipgateIOClient,
  SipgateIOValidationError,
  validateBoolean,
  validateExtension,
} from '@sipgateio/core';
import type { User, UsersModule } from './users.types.js';
import { validateAddressId } from './validate-address-id.js';

/** Device extensions a user's default device can be: VoIP phone, external phone, mobile. */
const DEVICE_TYPES = 'exy';

function validateUserId(userId: unknown): string {
  return validateExtension(userId, 'userId', 'w');
}

function notFound(userId: string) {
  return { errorMessages: { 404: `User ${userId} was not found` } };
}

/**
 * Creates the users module: the web users of the account, their role, default device, busy on busy and
 * location.
 *
 * @example
 * ```ts
 * const users = createUsersModule(sipgateIO({ tokenId, token }));
 * for (const user of await users.getUsers()) console.log(user.id, user.email);
 * await users.setBusyOnBusy('w1', true);
 * ```
 */
export function createUsersModule(sipgateClient: SipgateIOClient): UsersModule {
  const client = adaptClient(sipgateClient);
  return {
    async getUsers() {
      const response = await client.request('GET /users');
      // The description marks every field optional; the API sends them all.
      return response.items as User[];
    },

    async getUser(userId) {
      validateUserId(userId);
      return (await client.request('GET /users/{userId}', { userId }, notFound(userId))) as User;
    },

    async deleteUser(userId) {
      validateUserId(userId);
      await client.request('DELETE /users/{userId}', { userId }, notFound(userId));
    },

    async setRole(userId, role) {
      validateUserId(userId);
      if (typeof role !== 'object' || role === null) {
        throw new SipgateIOValidationError(
          `Invalid role: expected { admin: boolean }, got ${String(role)}`,
          'role',
        );
      }
      const admin = validateBoolean(role.admin, 'role.admin');
      await client.request('PUT /users/{userId}/role', { userId, body: { admin } }, notFound(userId));
    },

    async setDefaultDevice(userId, deviceId) {
      validateUserId(userId);
      validateExtension(deviceId, 'deviceId', DEVICE_TYPES);
      await client.request(
        'PUT /users/{userId}/defaultdevice',
        { userId, body: { deviceId } },
        notFound(userId),
      );
    },

    async setBusyOnBusy(userId, enabled) {
      validateUserId(userId);
      validateBoolean(enabled, 'enabled');
      await client.request('PUT /users/{userId}/busyonbusy', { userId, body: { enabled } }, notFound(userId));
    },

    async setLocation(userId, addressId) {
      validateUserId(userId);
      const body = { addressId: validateAddressId(addressId) };
      await client.request('PUT /users/{userId}/location', { userId, body }, notFound(userId));
    },
  };
}
