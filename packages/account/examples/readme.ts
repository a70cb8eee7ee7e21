import { createAccountModule } from '@sipgateio/account';
import { sipgateIO } from '@sipgateio/core';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const account = createAccountModule(client);

const { company, mainProductType } = await account.getAccount();
const { amount, currency } = await account.getBalance();
console.log(`${company} (${mainProductType}): balance ${amount} ${currency}`);

// Block one caller, and every number of a premium-rate range.
await account.addBlacklistEntry({ phoneNumber: '+4915799912345' });
await account.addBlacklistEntry({ phoneNumber: '+49900', isBlock: true });

// An e-mail for every new voicemail in box v0 of the authenticated web user.
await account.createVoicemailEmailNotification({ voicemailId: 'v0', email: 'office@example.com' });
for (const box of (await account.getNotifications()).voicemail) {
  console.log(box.endpointId, box.emails.map((target) => target.email).join(', '));
}

await account.setCallRestriction({ restriction: 'roaming', enabled: true });
await account.setAutorecordingSetting('e0', true);
