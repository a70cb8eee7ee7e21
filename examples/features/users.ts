/** Lists the web users, then sets busy on busy for the authenticated one (keeping its device, role and location). */
import { createUsersModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Users', async ({ client }) => {
  const users = createUsersModule(client);
  const all = await users.getUsers();
  for (const user of all) {
    report(
      `${user.id}  ${user.firstname} ${user.lastname}  default device ${user.defaultDevice}${user.admin ? '  (admin)' : ''}`,
    );
  }
  report(`${all.length} users`);

  const me = await users.getUser(await client.getAuthenticatedWebuserId());
  await users.setBusyOnBusy(me.id, true);
  // Set to what they are: shows the calls without changing how the account routes or who administers it.
  await users.setDefaultDevice(me.id, me.defaultDevice);
  await users.setRole(me.id, { admin: me.admin });
  await users.setLocation(me.id, me.addressId);
  report(`busy on busy is on for ${me.id}; default device ${me.defaultDevice}, address ${me.addressId}`);
});
