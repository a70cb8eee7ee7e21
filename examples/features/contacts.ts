/** Creates a private contact and lists the private contacts. */
import { createContactsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Contacts', async ({ client }) => {
  const contacts = createContactsModule(client);
  await contacts.create(
    {
      firstname: 'Grace',
      lastname: 'Hopper',
      phone: { number: '+4915791234567', type: ['cell'] },
      email: { email: 'grace@example.com', type: ['work'] },
    },
    'PRIVATE',
  );
  report('created the private contact Grace Hopper');
  const list = await contacts.get('PRIVATE');
  report(`${list.length} private contacts: ${list.map((contact) => contact.name).join(', ')}`);
});
