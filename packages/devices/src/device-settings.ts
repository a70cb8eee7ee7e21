import {
  type ErrorMessages,
  type SipgateIORestClient,
  validateBoolean,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { DeviceSettingsModule } from './device-settings.types.js';
import { validateLocalPrefix } from './validate-local-prefix.js';

// Device extensions: e VoIP phones, x external phones, y mobiles.
const DEVICE_TYPES = 'exy';

function deviceMessages(action: string, deviceId: string, scope: string): ErrorMessages {
  return {
    403: `${action} failed: the feature is not booked for device ${deviceId}, the device is not the account's, or the token lacks the ${scope} scope.`,
    404: `Device ${deviceId} was not found`,
  };
}

function validateAlias(alias: unknown): string {
  return validateId(alias, 'alias', { message: (value) => `Invalid device alias: ${String(value)}` });
}

/** The device operations beyond listing, all through `client.request`. */
export function createDeviceSettings(client: SipgateIORestClient): DeviceSettingsModule {
  function device(deviceId: string, types = DEVICE_TYPES): { deviceId: string } {
    return { deviceId: validateExtension(deviceId, 'deviceId', types) };
  }
  function userDevice(webuserId: string, deviceId: string, types = DEVICE_TYPES) {
    return { userId: validateExtension(webuserId, 'webuserId', 'w'), ...device(deviceId, types) };
  }

  return {
    async getDevice(deviceId) {
      return client.request('GET /devices/{deviceId}', device(deviceId), {
        errorMessages: deviceMessages('Reading the device', deviceId, 'devices:read'),
      });
    },

    async setDeviceAlias(deviceId, alias) {
      const params = device(deviceId);
      await client.request(
        'PUT /devices/{deviceId}/alias',
        { ...params, body: { value: validateAlias(alias) } },
        { errorMessages: deviceMessages('Renaming the device', deviceId, 'devices:write') },
      );
    },

    async getCallerId(deviceId) {
      const response = await client.request('GET /devices/{deviceId}/callerid', device(deviceId), {
        errorMessages: deviceMessages('Reading the caller id', deviceId, 'devices:callerid:read'),
      });
      return response?.value ?? '';
    },

    async setCallerId(deviceId, callerId) {
      const params = device(deviceId);
      await client.request(
        'PUT /devices/{deviceId}/callerid',
        { ...params, body: { value: validatePhoneNumber(callerId, 'callerId') } },
        { errorMessages: deviceMessages('Setting the caller id', deviceId, 'devices:callerid:write') },
      );
    },

    async getLocalPrefix(deviceId) {
      const response = await client.request('GET /devices/{deviceId}/localprefix', device(deviceId), {
        errorMessages: deviceMessages('Reading the local prefix', deviceId, 'devices:localprefix:read'),
      });
      return response.value === undefined
        ? { active: response.active }
        : { value: response.value, active: response.active };
    },

    async setLocalPrefix(deviceId, localPrefix) {
      const params = device(deviceId);
      await client.request(
        'PUT /devices/{deviceId}/localprefix',
        { ...params, body: validateLocalPrefix(localPrefix) },
        { errorMessages: deviceMessages('Setting the local prefix', deviceId, 'devices:localprefix:write') },
      );
    },

    async getSingleRowDisplay(deviceId) {
      const response = await client.request('GET /devices/{deviceId}/singlerowdisplay', device(deviceId), {
        errorMessages: deviceMessages(
          'Reading the display setting',
          deviceId,
          'devices:singlerowdisplay:read',
        ),
      });
      return response.enabled;
    },

    async setSingleRowDisplay(deviceId, enabled) {
      const params = device(deviceId);
      await client.request(
        'PUT /devices/{deviceId}/singlerowdisplay',
        { ...params, body: { enabled: validateBoolean(enabled, 'enabled') } },
        {
          errorMessages: deviceMessages('Setting the display', deviceId, 'devices:singlerowdisplay:write'),
        },
      );
    },

    async getTariffAnnouncement(deviceId) {
      const response = await client.request('GET /devices/{deviceId}/tariffannouncement', device(deviceId), {
        errorMessages: deviceMessages(
          'Reading the rate announcement',
          deviceId,
          'devices:tariffannouncement:read',
        ),
      });
      return response.enabled;
    },

    async setTariffAnnouncement(deviceId, enabled) {
      const params = device(deviceId);
      await client.request(
        'PUT /devices/{deviceId}/tariffannouncement',
        { ...params, body: { enabled: validateBoolean(enabled, 'enabled') } },
        {
          errorMessages: deviceMessages(
            'Setting the rate announcement',
            deviceId,
            'devices:tariffannouncement:write',
          ),
        },
      );
    },

    async getContingents(webuserId, deviceId) {
      const response = await client.request(
        'GET /{userId}/devices/{deviceId}/contingents',
        userDevice(webuserId, deviceId),
        { errorMessages: deviceMessages('Reading the contingents', deviceId, 'devices:read') },
      );
      return response.contingents ?? [];
    },

    async activateSim(webuserId, deviceId, simId) {
      const params = userDevice(webuserId, deviceId, 'y');
      const body = { simId: validateId(simId, 'simId') };
      await client.request(
        'POST /{userId}/devices/{deviceId}/sim',
        { ...params, body },
        { errorMessages: deviceMessages('Activating the SIM', deviceId, 'devices:sim:write') },
      );
    },

    async deactivateSim(webuserId, deviceId) {
      await client.request('DELETE /{userId}/devices/{deviceId}/sim', userDevice(webuserId, deviceId, 'y'), {
        errorMessages: deviceMessages('Deactivating the SIM', deviceId, 'devices:sim:write'),
      });
    },

    async createExternalDevice(webuserId, options) {
      const userId = validateExtension(webuserId, 'webuserId', 'w');
      const body = {
        alias: validateAlias(options?.alias),
        number: validatePhoneNumber(options?.number, 'number'),
      };
      return client.request(
        'POST /{userId}/devices/external',
        { userId, body },
        {
          errorMessages: {
            403: `Creating an external device for ${userId} is not allowed: the user may not create external devices or the token lacks the devices:write scope.`,
          },
        },
      );
    },

    async createMobileDevice(webuserId, options) {
      const userId = validateExtension(webuserId, 'webuserId', 'w');
      const body = { alias: validateAlias(options?.alias) };
      return client.request(
        'POST /{userId}/devices/mobile',
        { userId, body },
        {
          errorMessages: {
            403: `Creating a mobile device for ${userId} is not allowed: the user may not create mobile devices or the token lacks the devices:write scope.`,
          },
        },
      );
    },
  };
}
