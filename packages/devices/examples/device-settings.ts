import { sipgateIO } from '@sipgateio/core';
import { createDevicesModule } from '@sipgateio/devices';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const devices = createDevicesModule(client);
const webuserId = await client.getAuthenticatedWebuserId();

const phone = await devices.getDevice('e0');
await devices.setDeviceAlias('e0', `${phone.alias} (front desk)`);
await devices.setCallerId('e0', '+4921100000000');
await devices.setLocalPrefix('e0', { value: '0211', active: true });
await devices.setTariffAnnouncement('e0', true);

const home = await devices.createExternalDevice(webuserId, { alias: 'Home', number: '+4921112345678' });
const mobile = await devices.createMobileDevice(webuserId, { alias: 'Mobile of Ada' });
console.log(`created ${home.id} and ${mobile.id} (SIM ${mobile.simState ?? 'unknown'})`);

for (const contingent of await devices.getContingents(webuserId, 'y0')) {
  console.log(`${contingent.type}: ${contingent.left} of ${contingent.amount} ${contingent.unit} left`);
}
