/** Lists the groups of the authenticated web user with their members, numbers, fax lines and voicemail boxes. */
import { createDevicesModule, createGroupsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Groups', async ({ client }) => {
  const groups = createGroupsModule(client);
  const webuserId = await client.getAuthenticatedWebuserId();
  const devices = await createDevicesModule(client).getDevices(webuserId);

  for (const group of await groups.getGroups({ userId: webuserId })) {
    const members = await groups.getUsers(group.id);
    const numbers = await groups.getNumbers(group.id);
    report(
      `${group.id}  ${group.alias}: ${members.map((user) => user.firstname).join(', ')}; ${numbers.length} numbers`,
    );
    for (const faxline of await groups.getFaxlines(group.id)) {
      report(
        `  fax line ${faxline.id} "${faxline.alias}" sends as ${await groups.getFaxlineCallerId(faxline.id)}`,
      );
    }
    for (const voicemail of await groups.getVoicemails(group.id)) {
      report(`  voicemail ${voicemail.id} "${voicemail.alias}" answers after ${voicemail.timeout} s`);
    }

    // Take one of our devices out of the group and put it back: the group rings as before.
    const device = devices.find((candidate) =>
      candidate.activeGroups?.some((active) => active.id === group.id),
    );
    if (device) {
      await groups.removeDevice(group.id, device.id);
      await groups.addDevice(group.id, device.id);
      report(`  ${device.id} left ${group.id} and joined it again`);
    }
  }
});
