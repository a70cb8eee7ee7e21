import { sipgateIO } from '@sipgateio/core';
import { createGroupsModule } from '@sipgateio/groups';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const groups = createGroupsModule(client);

for (const group of await groups.getGroups()) {
  const members = await groups.getUsers(group.id);
  console.log(`${group.id} "${group.alias}": ${members.map((user) => user.firstname).join(', ')}`);
}

// Let Ada's mobile ring for the support group too, and stop it again.
await groups.addDevice('g0', 'y0');
await groups.removeDevice('g0', 'y0');

for (const faxline of await groups.getFaxlines('g0')) {
  console.log(`${faxline.id} sends as ${await groups.getFaxlineCallerId(faxline.id)}`);
}
