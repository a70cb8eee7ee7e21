import { ContactsDeletionError, createContactsModule } from '@sipgateio/contacts';
import { sipgateIO } from '@sipgateio/core';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const contacts = createContactsModule(client);

// Create one contact; the phone number is checked and sent in E.164 form.
await contacts.create(
  {
    firstname: 'Ada',
    lastname: 'Lovelace',
    phone: { number: '+49 211 63553355', type: ['work'] },
    email: { email: 'ada@example.com', type: ['home'] },
  },
  'PRIVATE',
);

// Import CSV (columns firstname, lastname, number in any order; quoted fields allowed) and vCards (4.0 or 3.0).
await contacts.importFromCsvString('lastname,firstname,number\r\n"Turing, Alan",Alan,+4921163553355\r\n');
await contacts.importVCardString(
  'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nTEL;TYPE=cell:+4915739777777\r\nEND:VCARD\r\n',
  'SHARED',
);

// Export one page (the API's default page holds 5000 contacts) as CSV, JSON or vCard 4.0.
const { response: csv, hasMore } = await contacts.paginatedExportAsCsv('ALL', ';', { limit: 100, offset: 0 });
console.log(csv, hasMore);
const vCardFile = await contacts.exportAsSingleVCard('PRIVATE');
console.log(vCardFile);

// Read every shared contact, one page in memory at a time.
for await (const contact of contacts.iterateAll('SHARED')) {
  console.log(
    contact.id,
    contact.name,
    contact.numbers.map(({ number }) => number),
  );
}

// Delete all shared contacts; the error lists the ones that could not be deleted.
try {
  await contacts.deleteAllShared();
} catch (error) {
  if (error instanceof ContactsDeletionError) console.error('still there:', error.failedIds);
  else throw error;
}
