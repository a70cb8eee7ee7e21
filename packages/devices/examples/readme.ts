import { sipgateIO } from '@sipgateio/core';
import { createDevicesModule, DeviceType } from '@sipgateio/devices';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const devices = createDevicesModule(client);

const webuserId = await client.getAuthenticatedWebuserId();
for (const device of await devices.getDevices(webuserId)) {
  const state = device.online ? 'online' : 'offline';
  const kind = device.type === DeviceType.REGISTER ? 'VoIP phone' : device.type.toLowerCase();
  console.log(`${device.id} ${device.alias} (${kind}, ${state}${device.dnd ? ', do not disturb' : ''})`);
}
