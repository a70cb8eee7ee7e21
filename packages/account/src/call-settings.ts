import {
  type SipgateIORestClient,
  validateBoolean,
  validateChoice,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import {
  type AutorecordingGreeting,
  type AutorecordingSetting,
  type BlacklistEntry,
  CALL_RESTRICTIONS,
  type CallRestrictions,
} from './account.types.js';
import type { AccountModule } from './account-module.types.js';
import type { UserIdResolver } from './resolve-user.js';
import { validateGreeting } from './validate-greeting.js';

type CallSettingsFunctions = Pick<
  AccountModule,
  | 'getBlacklist'
  | 'addBlacklistEntry'
  | 'removeBlacklistEntry'
  | 'getCallRestrictions'
  | 'setCallRestriction'
  | 'getAutorecordingSetting'
  | 'setAutorecordingSetting'
  | 'getAutorecordingGreeting'
  | 'uploadAutorecordingGreeting'
  | 'deleteAutorecordingGreeting'
>;

const deviceMessages = (extension: string) => ({
  errorMessages: { 404: `Device ${extension} was not found` },
});

/** The blacklist, call restriction and autorecording functions of the account module. */
export function createCallSettingsFunctions(
  client: SipgateIORestClient,
  resolveUserId: UserIdResolver,
): CallSettingsFunctions {
  return {
    async getBlacklist() {
      const response = await client.request('GET /blacklist/incoming');
      return (response?.items ?? []) as BlacklistEntry[];
    },
    async addBlacklistEntry(entry) {
      const phoneNumber = validatePhoneNumber(entry?.phoneNumber, 'phoneNumber');
      const isBlock = entry.isBlock === undefined ? false : validateBoolean(entry.isBlock, 'isBlock');
      const created = await client.request(
        'POST /blacklist/incoming',
        { body: { phoneNumber, isBlock } },
        {
          errorMessages: { 409: `${phoneNumber} is already on the blacklist` },
          outcomeSubject: 'the blacklist entry',
        },
      );
      return (created ?? { phoneNumber, isBlock }) as BlacklistEntry;
    },
    async removeBlacklistEntry(phoneNumber) {
      const number = validatePhoneNumber(phoneNumber, 'phoneNumber');
      await client.request(
        'DELETE /blacklist/incoming/{phoneNumber}',
        { phoneNumber: number },
        { errorMessages: { 404: `${number} is not on the blacklist` } },
      );
    },
    async getCallRestrictions(options = {}) {
      const userId = await resolveUserId(options.userId);
      return (await client.request(
        'GET /callrestrictions',
        { userIds: [userId] },
        { errorMessages: { 404: `User ${userId} was not found` } },
      )) as CallRestrictions;
    },
    async setCallRestriction(options) {
      const restriction = validateChoice(options?.restriction, 'restriction', CALL_RESTRICTIONS);
      const enabled = validateBoolean(options.enabled, 'enabled');
      const userId = await resolveUserId(options.userId);
      return (await client.request(
        'POST /{userId}/callrestrictions/{restriction}',
        { userId, restriction, body: { enabled } },
        {
          errorMessages: { 404: `User ${userId} or call restriction ${restriction} was not found` },
          outcomeSubject: 'the call restriction change',
        },
      )) as CallRestrictions;
    },
    async getAutorecordingSetting(extension) {
      const device = validateExtension(extension, 'extension');
      return (await client.request(
        'GET /autorecordings/{extension}/settings',
        { extension: device },
        deviceMessages(device),
      )) as AutorecordingSetting;
    },
    async setAutorecordingSetting(extension, active) {
      const device = validateExtension(extension, 'extension');
      const body = { active: validateBoolean(active, 'active') };
      return (await client.request(
        'PUT /autorecordings/{extension}/settings',
        { extension: device, body },
        deviceMessages(device),
      )) as AutorecordingSetting;
    },
    async getAutorecordingGreeting() {
      return (await client.request('GET /autorecordings/greetings')) as AutorecordingGreeting;
    },
    async uploadAutorecordingGreeting(greeting) {
      const body = validateGreeting(greeting);
      await client.request('POST /autorecordings/greetings', { body }, { outcomeSubject: 'the greeting' });
    },
    async deleteAutorecordingGreeting(greetingId) {
      const id = validateId(greetingId, 'greetingId');
      await client.request(
        'DELETE /autorecordings/greetings/{greetingId}',
        { greetingId: id },
        { errorMessages: { 404: `Greeting ${id} was not found` } },
      );
    },
  };
}
