import { adaptClient, type SipgateIOClient, validateExtension } from '@sipgateio/core';
import { createDeviceSettings } from './device-settings.js';
import type { Device, DevicesModule } from './devices.types.js';

/**
 * Creates the devices module: list the phones of a web user, read and change one device's settings, create
 * external and mobile devices.
 *
 * @example
 * ```ts
 * const client = sipgateIO({ tokenId, token });
 * const devices = await createDevicesModule(client).getDevices(await client.getAuthenticatedWebuserId());
 * ```
 */
export function createDevicesModule(sipgateClient: SipgateIOClient): DevicesModule {
  const client = adaptClient(sipgateClient);
  return {
    async getDevices(webuserId) {
      validateExtension(webuserId, 'webuserId', 'w');
      // The original passed these errors on as raw transport errors: core's mapping gives them classes and a status.
      const response = await client.get<{ items: Device[] }>(`${webuserId}/devices`);
      return response.items;
    },
    // New operations go through `request`, which adapted clients have too (on their get/put/post/delete).
    ...createDeviceSettings(client),
  };
}
