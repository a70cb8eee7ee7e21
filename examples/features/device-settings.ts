/** Reads and changes one device's settings, creates an external and a mobile device and toggles the SIM. */
import { createDevicesModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Device settings', async ({ client }) => {
  const devices = createDevicesModule(client);
  const webuserId = await client.getAuthenticatedWebuserId();

  const phone = await devices.getDevice('e0');
  report(`e0 is ${phone.alias} (${phone.type})`);
  await devices.setDeviceAlias('e0', 'Front desk');
  await devices.setDeviceAlias('e0', phone.alias ?? 'e0');
  report(`renamed e0 and back to ${phone.alias}`);

  await devices.setCallerId('e0', '+4921100000000');
  report(`e0 calls out as ${await devices.getCallerId('e0')}`);
  await devices.setLocalPrefix('e0', { value: '0211', active: true });
  const prefix = await devices.getLocalPrefix('e0');
  report(`local prefix ${prefix.value} ${prefix.active ? 'on' : 'off'}`);
  await devices.setSingleRowDisplay('y0', true);
  report(`y0 shows incoming calls in one row: ${await devices.getSingleRowDisplay('y0')}`);
  await devices.setTariffAnnouncement('e0', true);
  report(`e0 announces rates: ${await devices.getTariffAnnouncement('e0')}`);

  for (const contingent of await devices.getContingents(webuserId, 'y0')) {
    report(`y0 ${contingent.type}: ${contingent.left} of ${contingent.amount} ${contingent.unit} left`);
  }

  const home = await devices.createExternalDevice(webuserId, { alias: 'Home', number: '+4921112345678' });
  report(`created external device ${home.id} ringing ${home.number}`);
  const mobile = await devices.createMobileDevice(webuserId, { alias: 'Second mobile' });
  report(`created mobile device ${mobile.id}`);
  await devices.activateSim(webuserId, mobile.id ?? '', '8949000000000000001');
  await devices.deactivateSim(webuserId, mobile.id ?? '');
  report(`activated and deactivated the SIM of ${mobile.id}`);
});
