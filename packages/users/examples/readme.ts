import { sipgateIO } from '@sipgateio/core';
import { createUsersModule } from '@sipgateio/users';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const users = createUsersModule(client);

for (const user of await users.getUsers()) {
  console.log(`${user.id} ${user.firstname} ${user.lastname}${user.admin ? ' (admin)' : ''}`);
}

const alan = await users.getUser('w1');
await users.setDefaultDevice(alan.id, 'y1');
await users.setBusyOnBusy(alan.id, true);
await users.setLocation(alan.id, alan.addressId);
await users.setRole(alan.id, { admin: false });
