import { sipgateIO } from '@sipgateio/core';
import { createSMSModule } from '@sipgateio/sms';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const sms = createSMSModule(client);
const webuserId = await client.getAuthenticatedWebuserId();

// sipgate sends a code to the added number; verify it with that code.
const added = await sms.addCallerId(webuserId, 's0', '+4915711111111');
await sms.verifyCallerId(webuserId, 's0', added.id, '123456');
await sms.renameSmsExtension(webuserId, 's0', 'Shop notifications');

for (const callerId of await sms.getCallerIds(webuserId, 's0')) {
  console.log(`${callerId.id} ${callerId.phonenumber}${callerId.verified ? '' : ' (not verified)'}`);
}
await sms.deleteCallerId(webuserId, 's0', added.id);
