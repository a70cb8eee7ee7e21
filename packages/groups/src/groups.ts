import { adaptClient, type SipgateIOClient, validateExtension } from '@sipgateio/core';
import type {
  Group,
  GroupDetails,
  GroupFaxline,
  GroupNumber,
  GroupsModule,
  GroupUser,
  GroupVoicemail,
} from './groups.types.js';
import { validateGroupsFilter } from './validate-groups-filter.js';

/** Device extensions that can ring for a group: VoIP phone, external phone, mobile. */
const DEVICE_TYPES = 'exy';

function groupOptions(groupId: unknown) {
  validateExtension(groupId, 'groupId', 'g');
  return { errorMessages: { 404: `Group ${groupId} was not found` } };
}

function faxlineOptions(faxlineId: unknown) {
  validateExtension(faxlineId, 'faxlineId', 'f');
  return { errorMessages: { 404: `Group fax line ${faxlineId} was not found` } };
}

/**
 * Creates the groups module: the account's groups, their members, numbers, devices, voicemail and fax lines.
 * The API's answers mark every field optional; it sends them all, so the results are typed with them.
 *
 * @example
 * ```ts
 * const groups = createGroupsModule(sipgateIO({ tokenId, token }));
 * for (const group of await groups.getGroups()) console.log(group.id, group.alias);
 * await groups.addDevice('g0', 'e0');
 * ```
 */
export function createGroupsModule(sipgateClient: SipgateIOClient): GroupsModule {
  const client = adaptClient(sipgateClient);
  return {
    async getGroups(filter) {
      const query = validateGroupsFilter(filter);
      return (await client.request('GET /groups', query)).items as Group[];
    },

    async getGroup(groupId) {
      const options = groupOptions(groupId);
      return (await client.request('GET /groups/{groupId}', { groupId }, options)) as GroupDetails;
    },

    async getUsers(groupId) {
      const options = groupOptions(groupId);
      return (await client.request('GET /groups/{groupId}/users', { groupId }, options)).items as GroupUser[];
    },

    async getNumbers(groupId) {
      const options = groupOptions(groupId);
      return (await client.request('GET /groups/{groupId}/numbers', { groupId }, options))
        .items as GroupNumber[];
    },

    async addDevice(groupId, deviceId) {
      const options = groupOptions(groupId);
      validateExtension(deviceId, 'deviceId', DEVICE_TYPES);
      await client.request('POST /groups/{groupId}/devices', { groupId, body: { deviceId } }, options);
    },

    async removeDevice(groupId, deviceId) {
      validateExtension(groupId, 'groupId', 'g');
      validateExtension(deviceId, 'deviceId', DEVICE_TYPES);
      await client.request(
        'DELETE /groups/{groupId}/devices/{deviceId}',
        { groupId, deviceId },
        { errorMessages: { 404: `Device ${deviceId} was not found in group ${groupId}` } },
      );
    },

    async getVoicemails(groupId) {
      const options = groupOptions(groupId);
      return (await client.request('GET /groups/{groupId}/voicemail', { groupId }, options))
        .items as GroupVoicemail[];
    },

    async getFaxlines(groupId) {
      const options = groupOptions(groupId);
      return (await client.request('GET /groups/{groupId}/faxlines', { groupId }, options))
        .items as GroupFaxline[];
    },

    async getAllFaxlines(filter) {
      const query = validateGroupsFilter(filter);
      return (await client.request('GET /groupfaxlines', query)).items as GroupFaxline[];
    },

    async getFaxlineCallerId(faxlineId) {
      const options = faxlineOptions(faxlineId);
      const response = await client.request(
        'GET /groupfaxlines/{faxlineId}/callerid',
        { faxlineId },
        options,
      );
      return response.value as string;
    },

    async getFaxlineNumbers(faxlineId) {
      const options = faxlineOptions(faxlineId);
      return (await client.request('GET /groupfaxlines/{faxlineId}/numbers', { faxlineId }, options))
        .items as GroupNumber[];
    },
  };
}
