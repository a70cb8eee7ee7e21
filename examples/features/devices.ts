/** Lists the devices of the authenticated web user. */
import { createDevicesModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Devices', async ({ client }) => {
  const webuserId = await client.getAuthenticatedWebuserId();
  const devices = await createDevicesModule(client).getDevices(webuserId);
  for (const device of devices) report(`${device.id}  ${device.type}  ${device.alias}`);
  report(`${devices.length} devices of ${webuserId}`);
});
