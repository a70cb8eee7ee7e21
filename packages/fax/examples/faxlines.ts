import { sipgateIO } from '@sipgateio/core';
import { createFaxModule } from '@sipgateio/fax';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const fax = createFaxModule(client);
const webuserId = await client.getAuthenticatedWebuserId();

const line = await fax.createFaxline(webuserId);
const faxlineId = line.id ?? 'f0';
await fax.renameFaxline(webuserId, faxlineId, 'Invoices');
await fax.setFaxlineTagline(webuserId, faxlineId, 'Example Ltd, accounting');
await fax.setFaxlineCallerId(webuserId, faxlineId, '+4921100000099');
console.log(await fax.getFaxlineCallerId(webuserId, faxlineId));
for (const number of await fax.getFaxlineNumbers(webuserId, faxlineId)) console.log(number.number);

// Send a fax again, from the new line; the history id of the first attempt is its faxId.
await fax.resendFax('F123456', { faxlineId });
await fax.deleteFaxline(webuserId, faxlineId);
