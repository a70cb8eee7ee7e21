/** Reads the account and its balance, blocks a caller, adds a voicemail notification and records e0's calls. */
import { createAccountModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Account', async ({ client }) => {
  const account = createAccountModule(client);
  const { company, mainProductType } = await account.getAccount();
  const { amount, currency } = await account.getBalance();
  report(`${company} (${mainProductType}), balance ${amount} ${currency}`);

  for (const porting of await account.getPortings()) {
    report(`porting ${porting.id} on ${porting.portDate}: status ${porting.status}`);
  }

  await account.addBlacklistEntry({ phoneNumber: '+4915790000666' });
  const blacklist = await account.getBlacklist();
  report(`blacklist: ${blacklist.map((entry) => entry.phoneNumber).join(', ')}`);

  await account.createVoicemailSmsNotification({ voicemailId: 'v0', number: '+4915799912345' });
  const [box] = (await account.getNotifications()).voicemail;
  report(
    `voicemail ${box?.endpointId} notifies ${box?.sms.map((target) => target.number).join(', ')} by SMS`,
  );

  const restrictions = await account.setCallRestriction({ restriction: 'roaming', enabled: true });
  report(`roaming calls barred for ${restrictions.userId}: ${restrictions.roaming}`);

  await account.setAutorecordingSetting('e0', true);
  const { active } = await account.getAutorecordingSetting('e0');
  report(`automatic recording on e0: ${active}`);
});
